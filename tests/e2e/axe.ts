// axe-core in the browser: injected as source (no network), run, and reduced to the
// violations that matter here (serious or critical).
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import type {Page} from 'playwright-core';
import {evaluateInContentWorld} from './content-world.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
	id: string;
	impact: string | null;
	help: string;
	targets: string[];
}

const SUMMARY = `(results) => results.violations
	.filter(v => v.impact === 'serious' || v.impact === 'critical')
	.map(v => ({id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => JSON.stringify(n.target))}))`;

/** Serious and critical violations on an extension page (evaluate is not bound by its CSP). */
export async function axeViolations(page: Page): Promise<Violation[]> {
	await page.evaluate(axeSource);
	return page.evaluate(`axe.run(document).then(results => {
		if (results.passes.length < 10) throw new Error('axe saw almost nothing');
		return (${SUMMARY})(results);
	})`) as Promise<Violation[]>;
}

/**
 * Serious and critical violations in the reading-mode overlay. axe runs in the content
 * script's world, where the host's `shadowRoot` is pointed at the closed root for axe's
 * eyes only (an own property on that world's wrapper; the page never sees it).
 */
export async function overlayViolations(page: Page): Promise<Violation[]> {
	await evaluateInContentWorld(page, `${axeSource};0`);
	return evaluateInContentWorld<Violation[]>(page, `(async () => {
		const host = document.querySelector('clearpage-reader');
		const root = globalThis.__clearpageTest.shadowRoot();
		Object.defineProperty(host, 'shadowRoot', {get: () => root, configurable: true});
		const results = await axe.run({include: [host]});
		// Targets inside a shadow root are paths [host, inner]: proof that axe looked inside.
		const inside = results.passes.flatMap(rule => rule.nodes).filter(node => Array.isArray(node.target[0]) || node.target.length > 1);
		if (inside.length < 10) throw new Error('axe did not see inside the overlay');
		return (${SUMMARY})(results);
	})()`);
}
