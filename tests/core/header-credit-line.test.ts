import {describe, expect, it} from 'vitest';
import {readMetadata} from '../../src/core/metadata.js';
import {articleByline} from '../../src/core/header/index.js';
import {parseHtml} from '../../src/node/clean-html.js';

const url = 'https://www.harbour-times.example/story';
const bylineOf = (body: string) => articleByline(readMetadata(parseHtml(`<!doctype html><html><head></head><body>${body}</body></html>`, url), url).header, null);

describe('credit lines by the headline', () => {
	it("reads the story's credit line under the headline, not a picture's", () => {
		expect(bylineOf('<header><h1>Masks stolen from hospital</h1><p class="credit">KYODO</p></header><p>Text.</p>')).toBe('KYODO');
		expect(bylineOf('<header><h1>Masks stolen from hospital</h1><figure><img src="a.jpg"><p class="credit">Getty Images</p></figure></header><p>Text.</p>')).toBeNull();
		expect(bylineOf('<h1>Masks stolen from hospital</h1><p class="credit">Foto: Lena Brandt</p><p>Text.</p>')).toBeNull();
	});

	it('reads the agency in the dateline that opens the story, not a place in brackets', () => {
		expect(bylineOf('<h1>Tumult im Hörsaal</h1><p>Kiel (dpa/lno) – Nach dem Streit um die Vorlesung wollen beide Seiten reden.</p>')).toBe('dpa/lno');
		expect(bylineOf('<h1>Tumult im Hörsaal</h1><p>Die Hauptstadt (Berlin) – so steht es im Plan – bekommt neue Linien.</p>')).toBeNull();
	});

	it('reads the writer from a name field that gives the day and the name', () => {
		expect(bylineOf('<h1>Die Freiheit der Planung</h1><div class="views-field views-field-name"><span class="field-content">25.10.2022 - Rainer Nagold</span></div><p>Text.</p>')).toBe('Rainer Nagold');
		expect(bylineOf('<h1>Die Freiheit der Planung</h1><div class="views-field views-field-title"><span class="field-content">25.10.2022 - Neue Studie</span></div><p>Text.</p>')).toBeNull();
	});
});
