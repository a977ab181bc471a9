/** esbuild bundles .css imports as text (build.mjs `loader`), for the overlay's shadow root. */
declare module '*.css' {
	const css: string;
	export default css;
}

/** True only in the test build (`node build.mjs --test`): exposes test hooks, never shipped. */
declare const __CLEARPAGE_TEST__: boolean;
