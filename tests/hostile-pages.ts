// The hostile corpus (tests/fixtures/hostile/): each payload file holds only its payloads; the
// article around them is one of the stories in story/stories.json, laid out by story/page.html.
// Used by the unit suite and the end-to-end test server, so both read the same pages.
import {readdirSync, readFileSync} from 'node:fs';

const dir = new URL('./fixtures/hostile/', import.meta.url);

interface Story {
	title: string;
	site: string;
	byline: string;
	paragraphs: string[];
}

/** Page lines a section can name: `@top`, `@paragraph 4`, `@after paragraph 3`, `@head to body`… */
const LINES = ['doctype', 'comment', 'html', 'head-open', 'meta', 'title', 'head', 'head-close', 'body', 'header', 'top', 'main', 'article', 'headline', 'byline',
	...[1, 2, 3, 4, 5, 6, 7].map(n => `paragraph ${n}`), 'article-close', 'bottom', 'main-close', 'footer', 'body-close', 'html-close', 'end'];

const SECTION = /^<!-- @(.+) -->$/;

/** The names of the payload pages, sorted. */
export function hostilePageNames(): string[] {
	return readdirSync(dir).filter(name => name.endsWith('.html')).map(name => name.slice(0, -5)).sort();
}

/** The whole page of payload `name`: its story's page with the payload sections put in. */
export function hostilePage(name: string): string {
	const [comment = '', storyLine = '', ...rest] = readFileSync(new URL(`${name}.html`, dir), 'utf8').replace(/\n$/, '').split('\n');
	const storyName = /^<!-- @story (\S+) -->$/.exec(storyLine)?.[1];
	const story = storyName ? stories()[storyName] : undefined;
	if (!story) throw new Error(`${name}.html: the second line must name a story of story/stories.json`);
	const sections: {at: string; lines: string[]}[] = [];
	for (const line of rest) {
		const at = SECTION.exec(line)?.[1];
		if (at !== undefined) sections.push({at, lines: []});
		else if (sections.length) sections.at(-1)!.lines.push(line);
		else throw new Error(`${name}.html: payload before any section marker`);
	}
	const page = template(story, comment).map(line => [line]);
	for (const {at, lines} of sections) place(page, at, lines, name);
	return page.flat().join('\n');
}

/** Puts `lines` where `section` says: after a line, or in place of one line or a run of them. */
function place(page: string[][], section: string, lines: string[], name: string): void {
	const index = (line: string) => {
		const at = LINES.indexOf(line);
		if (at < 0) throw new Error(`${name}.html: no page line "${line}"`);
		return at;
	};
	const after = /^after (.+)$/.exec(section);
	if (after) {
		page[index(after[1]!)]!.push(...lines);
		return;
	}
	const [first, last = first] = section.split(' to ') as [string, string?];
	const from = index(first);
	page[from] = lines;
	for (let i = from + 1; i <= index(last!); i++) page[i] = [];
}

let loaded: Record<string, Story> | undefined;
function stories(): Record<string, Story> {
	return (loaded ??= JSON.parse(readFileSync(new URL('story/stories.json', dir), 'utf8')) as Record<string, Story>);
}

function template(story: Story, comment: string): string[] {
	const fields: Record<string, string> = {title: story.title, site: story.site, byline: story.byline, comment};
	story.paragraphs.forEach((text, i) => (fields[`paragraph ${i + 1}`] = text));
	return readFileSync(new URL('story/page.html', dir), 'utf8')
		.split('\n')
		.map(line => line.replace(/\{\{([^}]+)\}\}/g, (_all, key: string) => fields[key] ?? ''));
}
