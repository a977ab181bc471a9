// Browsers let named elements shadow built-in properties: <img name="body"> is `document.body`
// and <input name="id"> is `form.id` ([LegacyOverrideBuiltIns] on Document and HTMLFormElement,
// HTML spec). They act as own properties of the document or form, for every Document (clones
// too). jsdom does not do this, so this puts the same lookups on one jsdom window's objects.
import {JSDOM, VirtualConsole} from 'jsdom';

const DOCUMENT_NAMED = (name: string) => ['img', 'form', 'embed', 'object', 'iframe'].map(tag => `${tag}[name="${name}"]`).join(', ');

function realDescriptor(target: object, name: string): PropertyDescriptor | undefined {
	for (let proto = Object.getPrototypeOf(target) as object | null; proto; proto = Object.getPrototypeOf(proto) as object | null) {
		const found = Object.getOwnPropertyDescriptor(proto, name);
		if (found) return found;
	}
	return undefined;
}

/**
 * jsdom's own code (and the selector engine it uses) reads document properties through the
 * same objects, where a browser's engine reads its internals: those reads must see the real
 * ones. Readability and DOMPurify are libraries too, but run in the page's world, as the core does.
 */
function fromLibrary(): boolean {
	const caller = new Error().stack?.split('\n')[3] ?? '';
	return /node_modules[\\/](jsdom|@asamuzakjp|nwsapi|parse5|cssstyle)/.test(caller);
}

/** Parses `html` in a jsdom whose documents and forms are clobbered by the names the page uses, as in a browser. */
export function parseClobbered(html: string, url: string): Document {
	const {window} = new JSDOM(html, {url, virtualConsole: new VirtualConsole()});
	const names = new Set([...html.matchAll(/\b(?:name|id)="([^"]+)"/g)].map(match => match[1]!));
	const query = window.Element.prototype.querySelector;
	const documentQuery = window.Document.prototype.querySelector;
	const queryAll = window.Document.prototype.querySelectorAll;
	// The lookups below run jsdom code that reads these properties too; they must see the real ones.
	let busy = false;
	const shadow = (target: object, find: (name: string) => Element | null) => {
		for (const name of names) {
			// [LegacyUnforgeable] properties (document.location) are own and cannot be shadowed.
			if (Object.getOwnPropertyDescriptor(target, name)?.configurable === false) continue;
			const real = realDescriptor(target, name);
			Object.defineProperty(target, name, {
				configurable: true,
				get() {
					const own: unknown = real?.get ? real.get.call(target) : real?.value;
					if (busy || fromLibrary()) return own;
					busy = true;
					try {
						return find(name) ?? own;
					} finally {
						busy = false;
					}
				},
			});
		}
	};
	const clobber = (doc: Document) => {
		shadow(doc, name => documentQuery.call(doc, DOCUMENT_NAMED(name)));
		for (const form of queryAll.call(doc, 'form')) shadow(form, name => query.call(form, `[name="${name}"], [id="${name}"]`));
	};
	// A clone is a Document too: its named elements shadow its properties the same way.
	const cloneNode = window.Node.prototype.cloneNode;
	window.Node.prototype.cloneNode = function (this: Node, deep?: boolean) {
		const copy = cloneNode.call(this, deep);
		if (copy.nodeType === 9) clobber(copy as Document);
		return copy;
	};
	clobber(window.document);
	return window.document;
}
