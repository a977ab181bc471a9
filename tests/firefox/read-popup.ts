// Reads the popup the way a person sees it: the article's headings and visible text, the Captions section apart.
import type {Page} from 'puppeteer-core';

export interface PopupContent {
	headings: string[];
	/** Visible text of the article view outside its Captions section. */
	bodyText: string;
	/** One entry per caption: its text, and its credit line as shown (the credit may carry a label). */
	captions: {text: string; credit: string | null}[];
}

/** States the popup leaves on its own; any other one is final (src/popup/screens.ts sets `body[data-state]`). */
const passing = ['loading', 'page-loading'];

/**
 * Waits for the popup to settle on an article (or 60 s), then reads it. Text is `innerText`, so only
 * what is rendered counts: the collapsed list of removed blocks is not "shown".
 */
export async function readPopup(popup: Page): Promise<PopupContent> {
	await popup.waitForFunction(passing => !passing.includes(document.body.dataset.state ?? 'loading'), {timeout: 60_000}, passing);
	const article = await popup.$('article');
	if (!article) throw new Error(`the popup shows no article:\n${await popup.evaluate(() => document.body.innerText)}`);
	return article.evaluate(article => {
		const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
		const headings = [...article.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]')];
		const section = headings.find(heading => clean(heading.textContent) === 'Captions')?.closest('section') ?? null;
		const captions = [...(section?.querySelectorAll('li') ?? [])].map(item => {
			const credit = item.querySelector<HTMLElement>('[class*="credit"]');
			const text = [...item.childNodes].filter(node => node !== credit).map(node => node.textContent).join('');
			return {text: clean(text), credit: credit ? clean(credit.innerText) : null};
		});
		const outside = [...article.children].filter(child => child !== section) as HTMLElement[];
		return {
			headings: headings.map(heading => clean(heading.textContent)),
			bodyText: outside.map(child => child.innerText).join('\n'),
			captions,
		};
	});
}
