/**
 * Pages can shadow DOM properties by naming elements: <img name="cloneNode"> makes
 * `document.cloneNode` that image, and <input name="getAttribute"> does the same to its form
 * ([LegacyOverrideBuiltIns] on Document and HTMLFormElement; content scripts see it too).
 * The core reads the page only through these helpers, and strips the names from its clone
 * before anything else touches it.
 */

/** The real property of `target`, looked up on its prototypes, where names cannot reach. */
function native(target: object, name: string): unknown {
	for (let proto = Object.getPrototypeOf(target) as object | null; proto; proto = Object.getPrototypeOf(proto) as object | null) {
		const descriptor = Object.getOwnPropertyDescriptor(proto, name);
		if (!descriptor) continue;
		return descriptor.get ? descriptor.get.call(target) : descriptor.value;
	}
	return undefined;
}

function call<T>(target: object, name: string, ...args: unknown[]): T {
	return (native(target, name) as (...a: unknown[]) => T).apply(target, args);
}

/** A deep copy of the page, made with the real cloneNode. */
export function cloneDocument(doc: Document): Document {
	return call<Document>(doc, 'cloneNode', true);
}

/** NodeFilter's constants, for realms (documents from DOMParser in Node) with no window. */
const NODE_FILTER = {SHOW_ELEMENT: 1, SHOW_TEXT: 4, SHOW_CDATA_SECTION: 8, SHOW_PROCESSING_INSTRUCTION: 64, SHOW_COMMENT: 128, FILTER_ACCEPT: 1, FILTER_REJECT: 2, FILTER_SKIP: 3};

/**
 * What DOMPurify needs of a window, taken from the realm of `doc` itself: DOMPurify calls
 * `window.document.createElement` when it starts and the page's document may be clobbered,
 * and a document from DOMParser has no window at all. Its `document` is a fresh empty one.
 */
export function purifierWindow(doc: Document): object {
	const implementation = native(doc, 'implementation') as DOMImplementation;
	const inert = call<Document>(implementation, 'createHTMLDocument', '');
	const constructorOf = (node: object) => (Object.getPrototypeOf(node) as {constructor: unknown}).constructor;
	const element = inert.createElement('form');
	let elementClass: unknown;
	let nodeClass: unknown;
	for (let proto = Object.getPrototypeOf(element) as {constructor: {name: string}} | null; proto; proto = Object.getPrototypeOf(proto) as typeof proto) {
		if (proto.constructor.name === 'Element') elementClass = proto.constructor;
		if (proto.constructor.name === 'Node') nodeClass = proto.constructor;
	}
	const view = native(doc, 'defaultView') as {NodeFilter?: unknown} | null;
	return {
		document: inert,
		Element: elementClass,
		Node: nodeClass,
		HTMLFormElement: constructorOf(element),
		HTMLTemplateElement: constructorOf(inert.createElement('template')),
		DocumentFragment: constructorOf(inert.createDocumentFragment()),
		NamedNodeMap: constructorOf(element.attributes),
		NodeFilter: view?.NodeFilter ?? NODE_FILTER,
	};
}

/** The realm a purifier for `doc` is cached under: its Document class. */
export function realmOf(doc: Document): object {
	return Object.getPrototypeOf(doc) as object;
}

/**
 * What gives a Document or a form named properties: `name` on these tags, `id` on <object>,
 * and `id` or `name` on anything a form lists.
 */
const NAMED = 'img[name], form[name], embed[name], iframe[name], object[name], object[id], form [id], form [name]';

/** Removes the names that shadow properties of `doc` and its forms; ids outside forms stay for the rules. */
export function unclobber(doc: Document): void {
	const named = call<NodeListOf<Element>>(doc, 'querySelectorAll', NAMED);
	for (const el of named) {
		call(el, 'removeAttribute', 'name');
		if (call<boolean>(el, 'matches', 'object, form [id]') && !call<boolean>(el, 'matches', 'form')) call(el, 'removeAttribute', 'id');
	}
}
