// Types for what the TypeScript side (tests/e2e/server.ts, bench-browser.ts) uses of corpus.mjs.
export const corpusDir: string;
export function requireCorpus(): void;
