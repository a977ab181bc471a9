/**
 * The page's JSON-LD, read once into plain objects. Publishers nest the article in an
 * `@graph`, in arrays, or under `mainEntity`, and name its author by `@id` in another node;
 * Readability reads only the first block's top level, so this reader walks all of it.
 */

export type JsonNode = Record<string, unknown>;

/** Article-like schema.org types, best first: the node that describes the story itself. */
const ARTICLE_TYPE = /^(?:\w*Article|\w*Posting|Report|Recipe|Review|Blog)$/;
const PAGE_TYPE = /^(?:\w*WebPage|ItemPage)$/;
/** Nested objects that may hold the article node. */
const NESTED = ['@graph', 'mainEntity', 'mainEntityOfPage'];

export interface JsonLd {
	/** Every object found, in document order. */
	nodes: JsonNode[];
	/** The node describing the article (or, failing that, the web page), or null. */
	article: JsonNode | null;
}

export function readJsonLd(scripts: Element[]): JsonLd {
	const nodes: JsonNode[] = [];
	for (const script of scripts) collect(parse(script.textContent ?? ''), nodes, 0);
	const article = nodes.find(node => typesOf(node).some(type => ARTICLE_TYPE.test(type))) ?? nodes.find(node => typesOf(node).some(type => PAGE_TYPE.test(type))) ?? null;
	return {nodes, article};
}

function parse(text: string): unknown {
	const source = text.replace(/^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$/g, '');
	try {
		return JSON.parse(source);
	} catch {
		// Raw line breaks and tabs inside strings are the most common fault in hand-written blocks.
		try {
			return JSON.parse(source.replace(/[\u0000-\u001F]+/g, ' '));
		} catch {
			return null;
		}
	}
}

function collect(value: unknown, into: JsonNode[], depth: number): void {
	if (depth > 6 || !value || typeof value !== 'object') return;
	if (Array.isArray(value)) {
		for (const item of value) collect(item, into, depth + 1);
		return;
	}
	const node = value as JsonNode;
	into.push(node);
	for (const key of NESTED) collect(node[key], into, depth + 1);
}

export function typesOf(node: JsonNode): string[] {
	const type = node['@type'];
	const types = Array.isArray(type) ? type : [type];
	return types.filter((t): t is string => typeof t === 'string').map(t => t.replace(/^https?:\/\/schema\.org\//, ''));
}

/** A string field of a node (the first, when it is a list). */
export function stringOf(value: unknown): string | null {
	if (typeof value === 'string') return value.trim() || null;
	if (Array.isArray(value)) return value.map(stringOf).find(Boolean) ?? null;
	return null;
}

/** The node an `{"@id": …}` reference points at, or the value itself. */
function resolve(value: unknown, nodes: JsonNode[]): unknown {
	if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
	const ref = (value as JsonNode)['@id'];
	if (typeof ref !== 'string' || Object.keys(value).length > 1) return value;
	return nodes.find(node => node !== value && node['@id'] === ref) ?? value;
}

/** The names in a person-or-organisation field: a string, an object with `name`, or a list of either; references followed. */
export function namesOf(value: unknown, nodes: JsonNode[]): string[] {
	const list = Array.isArray(value) ? value : [value];
	const names: string[] = [];
	for (const item of list) {
		const person = resolve(item, nodes);
		const name = typeof person === 'string' ? person : person && typeof person === 'object' ? stringOf((person as JsonNode).name) : null;
		if (name && !names.includes(name.trim())) names.push(name.trim());
	}
	return names;
}

/** The names in a person-or-organisation field that are typed Person: a person, whatever the site is called. */
export function peopleOf(value: unknown, nodes: JsonNode[]): string[] {
	const list = Array.isArray(value) ? value : [value];
	return list.map(item => resolve(item, nodes)).filter((person): person is JsonNode => Boolean(person) && typeof person === 'object' && typesOf(person as JsonNode).includes('Person'))
		.map(person => stringOf(person.name)?.trim()).filter((name): name is string => Boolean(name));
}

/** The name of the site: the WebSite node's, else the publisher's when it is an organisation (a blogger publishes as a Person). */
export function siteNameOf(jsonLd: JsonLd): string | null {
	const site = jsonLd.nodes.find(node => typesOf(node).includes('WebSite'));
	const siteName = site ? stringOf(site.name) : null;
	if (siteName) return siteName;
	const publisher = jsonLd.article ? resolve(jsonLd.article.publisher, jsonLd.nodes) : null;
	if (!publisher || typeof publisher !== 'object' || typesOf(publisher as JsonNode).includes('Person')) return null;
	return stringOf((publisher as JsonNode).name);
}
