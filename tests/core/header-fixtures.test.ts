// What the fixtures harness does not check of the header fixtures: the date exactly as the page
// states it (the harness compares instants) and the lead image.
import {describe, expect, it} from 'vitest';
import {cleanFixture, loadFixture} from '../helpers.js';

const article = (slug: string) => {
	const result = cleanFixture(loadFixture(slug));
	if (result.kind !== 'article') throw new Error(result.reason);
	return result;
};

describe('header fixtures', () => {
	it("news page: the date keeps the page's offset and the share image is the body's photo, so none is shown above it", () => {
		const result = article('news-header-json-ld-graph');
		expect(result.publishedTime).toBe('2020-01-02T00:30:00+01:00');
		expect(result.leadImage).toBeNull();
	});

	it("blog post: the dateline's day, and the theme's logo is no lead image", () => {
		const result = article('blog-header-site-title');
		expect(result.publishedTime).toBe('2021-03-12');
		expect(result.leadImage).toBeNull();
	});
});
