/**
 * Pages can shadow DOM properties by naming elements: <img name="cloneNode"> makes
 * `document.cloneNode` that image, and <input name="getAttribute"> does the same to its form
 * ([LegacyOverrideBuiltIns] on Document and HTMLFormElement; content scripts see it too).
 * The core reads the page only through these helpers, and strips the names from its clone
 * before anything else touches it.
 */

/** The descriptor of a property on the prototypes of `target`, where names cannot reach. */
function protoDescriptor(target: object, name: string): PropertyDescriptor | undefined {
	for (let proto = Object.getPrototypeOf(target) as object | null; proto; proto = Object.getPrototypeOf(proto) as object | null) {
		const descriptor = Object.getOwnPropertyDescriptor(proto, name);
		if (descriptor) return descriptor;
	}
	return undefined;
}

/** The real property of `target`. */
function native(target: object, name: string): unknown {
	const descriptor = protoDescriptor(target, name);
	return descriptor?.get ? descriptor.get.call(target) : descriptor?.value;
}

function call<T>(target: object, name: string, ...args: unknown[]): T {
	return (native(target, name) as (...a: unknown[]) => T).apply(target, args);
}

/** A deep copy of the page, made with the real cloneNode. */
export function cloneDocument(doc: Document): Document {
	return call<Document>(doc, 'cloneNode', true);
}

/** NodeFilter's constants, for realms (documents from DOMParser in Node) that have no window at all. */
const NODE_FILTER = {SHOW_ELEMENT: 1, SHOW_TEXT: 4, SHOW_CDATA_SECTION: 8, SHOW_PROCESSING_INSTRUCTION: 64, SHOW_COMMENT: 128, FILTER_ACCEPT: 1, FILTER_REJECT: 2, FILTER_SKIP: 3};

/**
 * What DOMPurify needs of a window, taken from the realm of `doc` itself: DOMPurify calls
 * createElement on its window's document when it starts and the page's document may be clobbered,
 * and a document from DOMParser has no window at all. Its `document` is a fresh empty one; its
 * DOMParser, when the realm has a window, is the window's own (page names cannot shadow it).
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
	const view = windowOf(doc) as {NodeFilter?: unknown; DOMParser?: unknown} | null;
	return {
		document: inert,
		Element: elementClass,
		Node: nodeClass,
		HTMLFormElement: constructorOf(element),
		HTMLTemplateElement: constructorOf(inert.createElement('template')),
		DocumentFragment: constructorOf(inert.createDocumentFragment()),
		NamedNodeMap: constructorOf(element.attributes),
		NodeFilter: view?.NodeFilter ?? NODE_FILTER,
		// For HTML strings (a view's sanitizeToFragment); a document from DOMParser in Node has none.
		DOMParser: view?.DOMParser,
	};
}

/** The window of `doc`, read past page names; null for a document from DOMParser or a clone. */
export function windowOf(doc: Document): object | null {
	return (native(doc, 'defaultView') as object | null) ?? null;
}

/** The realm a purifier for `doc` is cached under: its Document class. */
export function realmOf(doc: Document): object {
	return Object.getPrototypeOf(doc) as object;
}

/** Tags whose `name` shadows a Document property, and those a form lists (their `name` or `id` shadows the form's). */
const NAMED_IN_DOCUMENT = new Set(['IMG', 'FORM', 'EMBED', 'IFRAME', 'OBJECT']);
const LISTED_IN_FORM = new Set(['BUTTON', 'FIELDSET', 'INPUT', 'OBJECT', 'OUTPUT', 'SELECT', 'TEXTAREA', 'IMG']);

/**
 * Removes the names that shadow properties of `doc` and its forms (ids stay on everything
 * else: the clutter rules read them), and returns every element in document order, so the
 * steps that follow need no walk of their own: on a page of 100,000 elements each walk counts.
 */
export function unclobber(doc: Document): Element[] {
	const walker = call<TreeWalker>(doc, 'createTreeWalker', doc, 1);
	const all: Element[] = [];
	const named: [Element, string][] = [];
	// A form's own tagName can be one of its inputs: read it with Element's getter.
	let tagNameOf: ((this: Element) => string) | undefined;
	while (walker.nextNode()) {
		const el = walker.currentNode as Element;
		all.push(el);
		tagNameOf ??= protoDescriptor(el, 'tagName')!.get as (this: Element) => string;
		const tag = tagNameOf.call(el);
		if (NAMED_IN_DOCUMENT.has(tag) || LISTED_IN_FORM.has(tag)) named.push([el, tag]);
	}
	// Element's own removeAttribute, looked up once: a page may name thousands of form fields.
	const removeAttribute = named.length > 0 ? (protoDescriptor(named[0]![0], 'removeAttribute')!.value as (this: Element, name: string) => void) : undefined;
	for (const [el, tag] of named) {
		removeAttribute!.call(el, 'name');
		if (LISTED_IN_FORM.has(tag) && tag !== 'IMG') removeAttribute!.call(el, 'id');
	}
	return all;
}
