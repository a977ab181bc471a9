import {describe, expect, it} from 'vitest';
import {RemovalLog} from '../../src/core/clutter/removal-log.js';
import {removeByText} from '../../src/core/clutter/text-pass.js';
import {isMetaLine, isSocialLine} from '../../src/core/clutter/text-rules.js';
import {bodyOf} from './dom.js';

const PROSE = '<p>The council met on Tuesday to discuss the budget, and members agreed to fund the new library after a long debate about costs.</p>';

function clean(html: string) {
	const body = bodyOf(`${PROSE}${html}${PROSE}`);
	const log = new RemovalLog(el => el.outerHTML);
	removeByText(body, log, 'https://news.example/story');
	return {text: body.textContent!.replace(/\s+/g, ' ').trim(), reasons: log.blocks.map(block => block.reason)};
}

describe('removeByText', () => {
	it.each([
		['a MORE: box', '<p><strong>MORE:</strong> <a href="/t">DONALD TRUMP</a></p><ul><li><a href="/a">Trump backtracks on threats</a></li><li><a href="/b">Mystery surrounds plane crash</a></li></ul>', 'related'],
		['a "You may also like" rail', '<div><h3>You may also like...</h3><ul><li><a href="/a">One headline here</a></li><li><a href="/b">Another headline here</a></li></ul></div>', 'related'],
		['a comment form notice', '<p>Your email address will not be published. Required fields are marked *</p>', 'comments'],
		['a "Like this:" widget', '<div><h3>Like this:</h3><p><a href="#">Like</a> Loading...</p></div>', 'likes'],
		['a newsletter promo', '<p>Sign up to our newsletter for exclusive updates and offers.</p>', 'promo'],
		['a copyright line', '<p>© 2024 The Newsroom. All rights reserved.</p>', 'footer'],
		['an advertisement label', '<p>Advertisement</p>', 'ad'],
		['"Continue Reading"', '<p><a href="/next">Continue Reading</a></p>', 'navigation'],
		['a share row', '<p>Facebook Twitter WhatsApp Email</p>', 'share'],
		['a tag list under its label', '<div><h4>Tags</h4><p><a href="/t/a">stock car 2018</a>, <a href="/t/b">interlagos</a>, <a href="/t/c">calendar</a></p></div>', 'navigation'],
		['a Russian reviews box under its label', '<div><h3>Отзывы</h3><p><a href="#add">Добавить отзыв</a></p></div>', 'comments'],
		['a comment moderation notice', '<p>ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não serão aprovados pelo moderador.</p>', 'comments'],
		['a German related box', '<div><h3>Mehr zum Thema</h3><p><a href="/x">Ein anderer Artikel über die Stadt</a></p></div>', 'related'],
		['a "Zum Weiterlesen:" list', '<p><strong>Zum Weiterlesen:</strong></p><ul><li><a href="/a">Wandern im Winter</a></li><li><a href="/b">Schuhe richtig pflegen</a></li></ul>', 'related'],
		['a "Das könnte dich auch interessieren" rail', '<div><h4>Das könnte dich auch interessieren</h4><ul><li><a href="/a">Die besten Radwege</a></li><li><a href="/b">Zelten am See</a></li></ul></div>', 'related'],
		...[
			'Você pode gostar...',
			'También te puede gustar',
			'Potrebbe interessarti anche',
			'Vous aimerez aussi',
			'Dit vind je misschien ook leuk',
			'Może cię zainteresować',
			'Вам также может понравиться',
		].map(words => [`a "${words}" rail`, `<div><h3>${words}</h3><ul><li><a href="/a">One headline here</a></li><li><a href="/b">Another headline here</a></li></ul></div>`, 'related']),
		['a Spanish "MIRA:" link to another story', '<p><strong>MIRA:</strong> <a href="/otra">Madre se acerca a conocer los motivos de captura de su hijo</a></p>', 'related'],
		['a rating widget', '<div><p>Hier können Sie den Artikel bewerten</p><p><button>1</button><button>2</button><button>3</button></p></div>', 'likes'],
		['a share question over its buttons', '<div><p>Möchten Sie den Artikel teilen?</p><p><a href="https://facebook.com/sharer">Facebook</a> <a href="mailto:?">E-Mail</a></p></div>', 'share'],
		['a next-article teaser label', '<p>Vorschau auf den nächsten Artikel</p>', 'navigation'],
		['a slideshow\'s notice for readers without scripts', '<p class="slideshow-noscript">This slideshow requires JavaScript.</p>', 'navigation'],
		['a paywall notice', '<p>To view the full story, please subscribe to <a href="/subscribe">The Haitian Times</a>.</p>', 'promo'],
		['an e-paper notice', '<p>Subscribe now to our <a href="/enation"><strong>eNATION</strong></a> edition for the full story.</p>', 'promo'],
		['a reading time alone on its line', '<p>4 Min Read</p>', 'metadata'],
		['a PDF download button', '<div><p>Dieses Skript als PDF herunterladen</p></div>', 'metadata'],
		['an embed waiting for consent', '<div><p>Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her.</p><p><a href="/settings">Datenschutzeinstellungen verwalten</a></p></div>', 'cookie'],
		['a paywall\'s log-in line', '<p>If you’re seeing this message but you’re already a subscriber, you can <a href="/account">log in</a> for immediate access to this story.</p>', 'promo'],
		['a newsletter call with its link', '<p><i>Do you want to be informed of our actions? <a href="/newsletter">Sign up here</a></i></p>', 'promo'],
		['a Telegram channel promo', '<p>¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular en este <a href="https://t.me/x">enlace de invitación</a>.</p>', 'follow'],
		['a log-in-to-comment notice', '<p>Du musst <a href="#login">Eingeloggt</a> sein um Kommentare zu schreiben!</p>', 'comments'],
		['a "Weitere Beiträge zum Thema" rail', '<h2>Weitere Beiträge zum Thema</h2><div><article><h3><a href="/a">The Motor Chain: Respekt vor dem Klassiker</a></h3></article></div>', 'related'],
		['a "Weiterführender Link" box', '<div><p>Weiterführender Link</p><div><p><a href="https://other.example/tlus">Personal Leadership 5.0</a></p></div></div>', 'related'],
		['an apps promo', '<p>For the latest stories download the Nationnews apps for <a href="/ios">iOS</a> and <a href="/android">Android</a>.</p>', 'promo'],
	])('removes %s', (_name, html, reason) => {
		const {text, reasons} = clean(html);
		expect(reasons).toContain(reason);
		expect(text).toBe(bodyOf(PROSE + PROSE).textContent!.trim());
	});

	it.each([
		['a paragraph starting "Read more about"', '<p>Read more about the plan in the council papers, which run to 300 pages and set out every cost.</p>'],
		['a subheading that says "Comments from residents"', '<h2>What residents said in their comments to the council</h2>'],
		['a quote with a link', '<blockquote><p>“We will <a href="/budget">publish the budget</a> in full,” the mayor said.</p></blockquote>'],
		['numbered subheadings', '<h2>Part 2</h2><h3>Day 3</h3><h3>At 5</h3><h2>Test 1</h2>'],
		['a linked paragraph starting with "More than"', '<p><a href="/report">More than 40 people were hurt in the crash</a>, it says.</p>'],
		['a linked paragraph starting with "Watchdogs"', '<p><a href="/watchdog">Watchdogs said the deal</a> broke the rules.</p>'],
		['a subheading "Auch interessant" over prose', '<h3>Auch interessant</h3><p>Der Rat hat am Dienstag beschlossen, die neue Bibliothek zu finanzieren, nachdem lange über die Kosten gestritten worden war.</p>'],
		['a sentence of the story that names its full story', '<p>The paper printed the full story on Sunday, and for the full story of the library the council will <a href="/report">publish its report</a> in May after the summer recess.</p>'],
		['a Spanish sentence that starts with "Mira"', '<p>Mira cómo el consejo <a href="/presupuesto">aprobó el presupuesto</a> después de un largo debate sobre los costos de la nueva biblioteca.</p>'],
		['a story sentence that names a Telegram channel', '<p>The group ran a channel on Telegram where it posted its plans, police said, and thousands of people followed it every day.</p>'],
		['a story sentence with a log-in link', '<p>Readers said they had to <a href="/help">log in</a> twice before the site let them read the report on the council budget.</p>'],
		['a subheading on reading time', '<h3>Lesezeit für Kinder</h3><p>Der Rat hat am Dienstag beschlossen, die neue Bibliothek zu finanzieren, nachdem lange über die Kosten gestritten worden war.</p>'],
		['a picture whose caption starts with its © credit', '<div><figure><img src="/a.jpg"><figcaption><span>© midi</span><p>Das Lebensgefühl der Menschen ist ambivalent.</p></figcaption></figure></div>'],
	])('keeps %s', (_name, html) => {
		const {reasons} = clean(html);
		expect(reasons).toEqual([]);
	});
});

describe('labelled boxes', () => {
	it('never take most of the page: "More news" on a page of links removes its own box, not the whole page', () => {
		const card = (n: number) => `<div class="card"><h3><a href="/s/${n}">Headline number ${n} about the harbour</a></h3><p>One line of summary for story ${n}.</p></div>`;
		const more = `<section><h2>More news</h2><div><a href="/m/1">Walk-in centre to open longer hours</a></div><div><a href="/m/2">Primary school wins award</a></div></section>`;
		const body = bodyOf(`<div><div>${Array.from({length: 12}, (_, n) => card(n)).join('')}</div>${more}</div>`);
		const log = new RemovalLog(el => el.outerHTML);
		removeByText(body, log, 'https://news.example/story');
		expect(body.textContent).toContain('Headline number 0 about the harbour');
		expect(body.textContent).toContain('Headline number 11 about the harbour');
		expect(body.textContent).not.toContain('Walk-in centre');
	});
});

describe('a heading that ends the article', () => {
	const run = (html: string) => {
		const body = bodyOf(html);
		const log = new RemovalLog(el => el.outerHTML);
		removeByText(body, log, 'https://news.example/story');
		return log.blocks.map(block => block.rule);
	};

	it('heads nothing, and goes: what it named was left out of the page', () => {
		expect(run(`${PROSE}<h3>Weitere Informationen zum Coronavirus in Thüringen:</h3>`)).toEqual(['text:orphan-heading']);
	});

	it('stays when pictures or a table follow it, or prose', () => {
		expect(run(`${PROSE}<h3>Bilder des Abends</h3><figure><img src="/a.jpg"></figure>`)).toEqual([]);
		expect(run(`${PROSE}<h3>Results</h3><table><tr><td>1</td></tr></table>`)).toEqual([]);
		expect(run(`<h3>What the council decided</h3>${PROSE}`)).toEqual([]);
	});
});

describe('a line of its own', () => {
	const run = (html: string, url = 'https://news.example/story') => {
		const body = bodyOf(`${PROSE}${html}${PROSE}`, url);
		const log = new RemovalLog(el => el.outerHTML);
		removeByText(body, log, url);
		return {text: body.textContent!.replace(/\s+/g, ' ').trim(), rules: log.blocks.map(block => block.rule)};
	};

	it('takes an inline dateline between blocks for a line, not for words of a sentence', () => {
		expect(run('<div><h2>Budget passes</h2><span>Updated 11:21 pm CST, Tuesday, November 19, 2019</span><p>More prose follows here, written by the council.</p></div>').rules).toEqual(['text:meta-line']);
		const sentence = run('<p>The vote, <span>Updated 11:21 pm CST, Tuesday, November 19, 2019</span>, was close.</p>');
		expect(sentence.rules).toEqual([]);
		expect(sentence.text).toContain('November 19, 2019');
	});

	it('drops the page address a print header writes, and keeps any other address', () => {
		expect(run('<p>https://www.news.example/story/</p>').rules).toEqual(['text:page-address']);
		const other = run('<p>https://council.example/budget-2024.pdf</p>');
		expect(other.rules).toEqual([]);
		expect(other.text).toContain('council.example/budget-2024.pdf');
	});

	it("drops a gallery's counter and a caption toggle, and keeps a score", () => {
		expect(run('<p>Image 1 of 9</p>').rules).toEqual(['label:navigation']);
		expect(run('<p><button>Hide caption</button></p>').rules).toEqual(['label:navigation']);
		expect(run('<p>The home side won 3 of 5 sets in the final.</p>').rules).toEqual([]);
	});
});

describe('line rules', () => {
	it('knows rows of share buttons', () => {
		expect(isSocialLine('Whatsapp Facebook Pint Baixar')).toBe(true);
		expect(isSocialLine('Facebook said on Tuesday it would appeal')).toBe(false);
	});

	it('knows byline and dateline rows', () => {
		expect(isMetaLine('By Justine Coleman - 11/18/19 11:04 PM EST')).toBe(true);
		expect(isMetaLine('Updated 11:21 pm CST, Tuesday, November 19, 2019')).toBe(true);
		expect(isMetaLine('19.11.2019, 08:57')).toBe(true);
		expect(isMetaLine('Von: Götz Warnke')).toBe(true);
		expect(isMetaLine('12/03/2024 - Publicado por: Ana Souza - Categoria: Cidade - Tags: obras ponte')).toBe(true);
		expect(isMetaLine('Posted by: Jane Roe | Category: Gardening')).toBe(true);
		// One field is a line of the article's own (a review's facts); the post line has both.
		expect(isMetaLine('Written by: Jane Roe, with drawings by her son')).toBe(false);
		expect(isMetaLine('Category: Fiction | Pages: 320 | Price: £12.99')).toBe(false);
		expect(isMetaLine('By the end of the year the council expects to have spent the whole budget.')).toBe(false);
		expect(isMetaLine('3 hours ago')).toBe(true);
		expect(isMetaLine('Nov. 19, 2019 10 a.m. EST')).toBe(true);
		// A time alone heads a live blog's entry: it is the article's.
		expect(isMetaLine('8:45 p.m.')).toBe(false);
		expect(isMetaLine('10 a.m. EST')).toBe(false);
		expect(isMetaLine('Part 2')).toBe(false);
		expect(isMetaLine('Day 3')).toBe(false);
		expect(isMetaLine('What next: 2025')).toBe(false);
		// An exhibition's span of days is the article's, not when it was written.
		expect(isMetaLine('29 November 2018 | 20 January 2019')).toBe(false);
	});
});
