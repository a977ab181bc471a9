/** esbuild bundles .css imports as text (build.mjs `loader`), for the overlay's shadow root. */
declare module '*.css' {
	const css: string;
	export default css;
}

/** True only in the test builds (dist/test-chrome, dist/test-firefox, made by build.mjs beside the shipped ones): exposes test hooks, never shipped. */
declare const __CLEARPAGE_TEST__: boolean;
