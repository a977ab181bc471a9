import {describe, expect, it} from 'vitest';
import {readMetadata} from '../../src/core/metadata.js';
import {articleByline} from '../../src/core/header/index.js';
import {cleanByline} from '../../src/core/header/byline.js';
import {parseHtml} from '../../src/node/clean-html.js';

const url = 'https://www.harbour-times.example/story';
const context = {siteNames: ['The Harbour Times'], hosts: ['harbourtimesexample', 'harbourtimes']};
const bylineOf = (head: string, body = '', readability: string | null = null) => articleByline(readMetadata(parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, url), url).header, readability);
const jsonLd = (data: object) => `<script type="application/ld+json">${JSON.stringify({'@context': 'https://schema.org', ...data})}</script>`;

describe('byline', () => {
	it('rejects labels and CMS accounts that name no one', () => {
		for (const junk of ['cpm', 'Alle Beiträge', 'Zeige alle Beiträge von mywriter →', 'View all posts by Ann Lee', 'Foto: Jan Brede', 'No Author', 'Auteur', 'Auteur(s)', 'By', 'Posted on', 'Publiziert am', 'wordpressadmin |', 'Super User', 'admin', 'Administrator', '@harbourdesk', 'https://harbour-times.example/author/ann']) {
			expect(cleanByline(junk, context), junk).toBeNull();
		}
	});

	it("rejects the site's own name and a byline that is only a date", () => {
		expect(cleanByline('The Harbour Times', context)).toBeNull();
		expect(cleanByline('harbour-times.example', context)).toBeNull();
		expect(cleanByline('March 12, 2021', context)).toBeNull();
		expect(cleanByline('Posted on 12.03.2021', context)).toBeNull();
	});

	it('strips the label, the separator and the date glued to the name', () => {
		expect(cleanByline('By Ann Lee', context)).toBe('Ann Lee');
		expect(cleanByline('Von Jana Hoffmann', context)).toBe('Jana Hoffmann');
		expect(cleanByline('Text und Interview: Harald Willenbrock', context)).toBe('Harald Willenbrock');
		expect(cleanByline('Text & Fotos: Jana Hoffmann', context)).toBe('Jana Hoffmann');
		expect(cleanByline('Posted by Ann Lee', context)).toBe('Ann Lee');
		expect(cleanByline('Ann Lee |', context)).toBe('Ann Lee');
		expect(cleanByline('By Ann Lee | Updated March 12, 2021 at 10:45 a.m.', context)).toBe('Ann Lee');
		expect(cleanByline('Jana Hoffmann, 12.03.2021, 14:20 Uhr', context)).toBe('Jana Hoffmann');
		expect(cleanByline('Posted on March 12, 2021 by Ann Lee', context)).toBe('Ann Lee');
		expect(cleanByline('Monika Berg', context)).toBe('Monika Berg');
	});

	it('keeps every JSON-LD author, followed by reference into the @graph', () => {
		const three = jsonLd({'@type': 'NewsArticle', author: [{'@type': 'Person', name: 'Ann Lee'}, {'@type': 'Person', name: 'Bo Chen'}, {'@type': 'Person', name: 'Cy Dunn'}]});
		expect(bylineOf(three, '', 'Ann Lee')).toBe('Ann Lee, Bo Chen, Cy Dunn');
		const graph = jsonLd({'@graph': [{'@type': 'Person', '@id': '#ann', name: 'Ann Lee'}, {'@type': 'BlogPosting', author: {'@id': '#ann'}}]});
		expect(bylineOf(graph)).toBe('Ann Lee');
		expect(bylineOf(jsonLd({'@type': 'Article', author: ['Ann Lee', 'Bo Chen']}))).toBe('Ann Lee, Bo Chen');
	});

	it('lists every writer when the JSON-LD keeps only the first of those the page names', () => {
		const first = jsonLd({'@type': 'NewsArticle', author: {'@type': 'Person', name: 'Ann Lee'}});
		expect(bylineOf(`${first}<meta name="author" content="Ann Lee, Bo Chen">`)).toBe('Ann Lee, Bo Chen');
		expect(bylineOf(`${first}<meta name="author" content="Bo Chen, Cy Dunn">`)).toBe('Ann Lee');
		// The data gives the first name, the column's opening line the whole name.
		const firstName = jsonLd({'@type': 'BlogPosting', author: {'@type': 'Person', name: 'Nils'}});
		expect(bylineOf(firstName, '<h1>Story</h1><p><strong>Eine Kolumne von Nils Aberg</strong></p><p>Text.</p>')).toBe('Nils Aberg');
		expect(bylineOf(firstName, '<h1>Story</h1><p>Ein Teil von Berlin ist gesperrt.</p><p>Text.</p>')).toBe('Nils');
	});

	it("shows the writer the meta tags and the page's byline agree on over another the JSON-LD names", () => {
		const other = jsonLd({'@type': 'NewsArticle', author: {'@type': 'Person', name: 'Kay Ditmar'}});
		const byline = '<h1>Crash on the bypass</h1><div class="article-byline">By <a rel="author" href="/author/jo-hale/">Jo Hale</a>, <a rel="author" href="/author/gil-lev/">Gil Lev</a></div><p>Text.</p>';
		expect(bylineOf(`${other}<meta name="author" content="Jo Hale">`, byline)).toBe('Jo Hale');
		expect(bylineOf(`${other}<meta name="author" content="Jo Hale">`, '<h1>Crash on the bypass</h1><p>Text.</p>')).toBe('Kay Ditmar');
	});

	it('counts no particle as a word of a name', () => {
		expect(bylineOf('', '<h1>Pétition</h1><div class="mo-author"><strong>Les Membres du Choeur de Radio Lumière</strong></div><p>Text.</p>')).toBe('Les Membres du Choeur de Radio Lumière');
	});

	it('skips a JSON-LD author that is the publisher, and falls back to the next source', () => {
		const org = jsonLd({'@type': 'NewsArticle', author: {'@type': 'Organization', name: 'The Harbour Times'}, publisher: {'@type': 'Organization', name: 'The Harbour Times'}});
		expect(bylineOf(`${org}<meta name="author" content="Ann Lee">`)).toBe('Ann Lee');
	});

	it('finds bylines Readability misses: meta author, article:author names, itemprop and rel=author', () => {
		expect(bylineOf('<meta property="article:author" content="https://facebook.example/ann">', '<a rel="author" href="/ann">Ann Lee</a>')).toBe('Ann Lee');
		expect(bylineOf('<meta property="article:author" content="Ann Lee">')).toBe('Ann Lee');
		expect(bylineOf('', '<span itemprop="author" itemscope><span itemprop="name">Ann Lee</span></span>')).toBe('Ann Lee');
	});

	it("does not take a cited paper's authors in the reference list for the writer", () => {
		const references = '<ol><li itemprop="citation" itemscope itemtype="https://schema.org/ScholarlyArticle"><meta itemprop="author" content="KL. Moss, TR. Vane, "><meta itemprop="headline" content="An older study"></li></ol>';
		expect(bylineOf('<meta name="dc.creator" content="Hanna P. Velde">', `<h1>A review</h1><p>Text.</p>${references}`)).toBe('Hanna P. Velde');
	});

	it("does not take a commenter's name for the author", () => {
		expect(bylineOf('', '<h1>Story</h1><p>Text.</p><ol class="comment-list"><li><a rel="author" href="/u/x">Zed</a></li></ol>')).toBeNull();
	});

	it("reads the page's own byline by the headline when the metadata names no one", () => {
		expect(bylineOf('', '<article><h1>Story</h1><div class="entry-meta"><span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/ann/">Ann Lee</a></span></span></div><p>Text.</p></article>')).toBe('Ann Lee');
		expect(bylineOf('', '<h1>Neue Brücke</h1><p>Von Lena Brandt und Tom Ullrich am 3. März 2021</p><p>Text.</p>')).toBe('Lena Brandt und Tom Ullrich');
		expect(bylineOf('', '<h1>Neue Brücke</h1><p>Von der Idee zur Umsetzung</p>')).toBeNull();
		// The date first, then the label.
		expect(bylineOf('', '<h1>Neue Brücke</h1><h2>Stadt (1 / 3) <span>06.11.2023 13:30 von Olga Brenner</span></h2><p>Text.</p>')).toBe('Olga Brenner');
		expect(bylineOf('', '<h1>New bridge</h1><div>March 3, 2021 by Jane Doe</div><p>Text.</p>')).toBe('Jane Doe');
		expect(bylineOf('', '<h1>Neue Brücke</h1><p>06.11.2023 von 9 bis 17 Uhr geöffnet</p>')).toBeNull();
		expect(bylineOf('', '<h1>Faire Lieferketten</h1><div class="news-single-timedata">05.02.2020 <span>- Redaktion: Eberhard Fuhr (Pressesprecher)</span></div><p>Text.</p>')).toBe('Eberhard Fuhr');
		const blogger = '<h3 class="post-title entry-title">A walk</h3><div class="post-footer"><span class="post-author vcard">Posted by <span class="fn">Margaret Lowe</span></span> at <abbr>19:12</abbr> <a>3 comments:</a></div>';
		expect(bylineOf('', blogger)).toBe('Margaret Lowe');
	});

	it('reads the byline past a share bar under the headline, but not past the comments', () => {
		const share = '<div class="share-bar"><ul><li><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a></li><li><a href="mailto:?body=x">E-Mail</a></li></ul></div>';
		expect(bylineOf('', `<h1>Boric inicia gira</h1>${share}<p><em><strong>Por Agencia EFE</strong></em></p><p>Text.</p>`)).toBe('Agencia EFE');
		expect(bylineOf('', `<h1>Boric inicia gira</h1><p>Text.</p><div class="comments"><p>Por Juan Pérez</p></div>`)).toBeNull();
	});

	it('takes a login or a company from the data fields for no byline, but shows the name the page shows', () => {
		expect(bylineOf('<meta name="author" content="fhaacker">')).toBeNull();
		expect(bylineOf('<meta name="author" content="Harbour Media GmbH, Hamburg, Germany">')).toBeNull();
		expect(bylineOf('<meta name="author" content="fhaacker">', '<h1>Story</h1><p class="byline">Posted by jancak</p>')).toBe('jancak');
	});

	it("keeps a blogger's name when the blog is published under it", () => {
		const graph = jsonLd({'@graph': [{'@type': 'Article', author: {'@id': '#me'}, publisher: {'@id': '#me'}}, {'@type': 'Person', '@id': '#me', name: 'Marta Lindqvist'}]});
		expect(bylineOf(graph)).toBe('Marta Lindqvist');
	});

	it("does not read an infobox's vCard as the author", () => {
		expect(bylineOf('', '<h1>Caldermoor Light Railway</h1><table class="infobox vcard"><tr><th class="fn org">Caldermoor Light Railway</th></tr></table>')).toBeNull();
	});

	it("shows no CMS login where the writer set no name, nor the site's address", () => {
		expect(bylineOf('', '<h1>Story</h1><p class="byline">von <a href="/author/fhaacker/">fhaacker</a></p>')).toBeNull();
		expect(bylineOf('', '<h1>Story</h1><p class="byline">von <a href="/author/heiko/">Heiko</a></p>')).toBe('Heiko');
		expect(cleanByline('harbour-times.example Redaktion', context)).toBeNull();
		expect(cleanByline('facebook.com/harbourtimes', context)).toBeNull();
		expect(cleanByline('Harbour Times', context)).toBeNull();
	});

	it('takes an author field that starts with the name in the address for the site, and reads the page instead', () => {
		const story = '<h1>Story</h1><p class="bodytext">Von Ann Lee</p><p>Text.</p>';
		expect(bylineOf('<meta name="author" content="Harbour-Times – Das Magazin am Hafen">', story)).toBe('Ann Lee');
		expect(bylineOf('<meta name="author" content="Harbour Times Verlag, Kiel, Germany">')).toBeNull();
		// The site's name, then the writer's; the site's desk.
		expect(bylineOf('<meta name="author" content="harbourtimes - Alberto Ávila">')).toBe('Alberto Ávila');
		expect(bylineOf('<meta name="author" content="Harbour-Times-Team">')).toBe('Harbour-Times-Team');
		// A subdomain is not the site's name: on a blog host it is the blogger's.
		const blog = 'https://margit.blogs.example/post';
		expect(articleByline(readMetadata(parseHtml('<!doctype html><html><head><meta name="author" content="Margit Hauser"></head><body><h1>Post</h1></body></html>', blog), blog).header, null)).toBe('Margit Hauser');
		const shown = '<h1>Post</h1><span class="author vcard"><a class="url fn n" href="https://margit.blogs.example/author/margit/" rel="author">Margit</a></span>';
		expect(articleByline(readMetadata(parseHtml(`<!doctype html><html><head></head><body>${shown}</body></html>`, blog), blog).header, null)).toBe('Margit');
	});

	it("reads the writer from a Twitter card's label and data pair", () => {
		const card = (label: string, name: string) => `<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="3 minutes"><meta name="twitter:label2" content="${label}"><meta name="twitter:data2" content="${name}">`;
		expect(bylineOf(card('Verfasst von', 'Karoline Herr'))).toBe('Karoline Herr');
		expect(bylineOf(card('Written by', 'Ann Lee'))).toBe('Ann Lee');
		// The reading time is no writer, nor a login in the writer's field.
		expect(bylineOf(card('Est. reading time', 'Ann Lee'))).toBeNull();
		expect(bylineOf(card('Written by', 'admin'))).toBeNull();
	});

	it('reads the author markup of a post that the blog engine puts in a widget', () => {
		const post = '<div class="widget Blog" id="Blog1"><div class="post hentry"><h3 class="post-title entry-title">A walk</h3><div class="post-body"><p>Text of the post, long enough to be the story.</p></div>'
			+ '<div class="post-footer"><span class="post-author vcard"><a class="g-profile" href="https://profiles.example/0358" rel="author"><span itemprop="name">T. V. Raman</span></a></span></div></div></div>';
		expect(bylineOf('<title>A walk</title>', post)).toBe('T. V. Raman');
		// The engine's footer lines inside the post's footer are the post's too.
		expect(bylineOf('<title>A walk</title>', post.replace('<span class="post-author vcard">', '<div class="post-footer-line post-footer-line-1"><span class="post-author vcard">').replace('</span></div></div></div>', '</span></div></div></div></div>'))).toBe('T. V. Raman');
		// A sidebar widget beside the story is still not the story.
		const sidebar = '<div class="post"><h1>A walk</h1><p>Text.</p></div><div class="widget profile"><a rel="author" href="/me">Zed Quill</a></div>';
		expect(bylineOf('<title>A walk</title>', sidebar)).toBeNull();
	});

	it('reads the name beside a label that sits alone in a small heading or a cell', () => {
		expect(bylineOf('', '<h1>Der lange Weg</h1><div class="meta"><h5 class="title-inline">Datum: </h5>03.11.2021 <br><h5 class="title-inline">Autor: </h5>Peter Maahn/SP-X</div><p>Text.</p>')).toBe('Peter Maahn/SP-X');
		expect(bylineOf('', '<h1>Der lange Weg</h1><table><tr><td>Autor:</td><td>Jana Hoffmann</td></tr></table>')).toBe('Jana Hoffmann');
		expect(bylineOf('', '<h1>Wir waren in Quarantäne</h1><div class="news__meta"><h4 class="news__meta-title">Autor</h4>\n<p class="news__meta-text"> <a href="/profil/nikolai-huke">Nikolai Huke</a><b>, </b></p></div><p>Text.</p>')).toBe('Nikolai Huke');
		expect(bylineOf('', '<h1>Solarthermie</h1><p>Text.</p><a href="#"><b>Von:</b> <br /> <br /> Götz Warnke</a>')).toBe('Götz Warnke');
		// A heading that only starts like a label is a heading.
		expect(bylineOf('', '<h1>Der lange Weg</h1><h4>Von</h4>der Idee zur Umsetzung')).toBeNull();
	});

	it('reads a magazine\'s credit, its label set on lines of its own, and no section that an "Interview" heading opens', () => {
		const credit = '<section class="credits"><div class="credit"><div class="credit-label">\n   Interview\n  </div>\n<div class="credit-text">\n   SVEN MICHAELSEN\n  </div></div></section>';
		// At the end of the story, where the credits of a magazine piece stand.
		const story = Array.from({length: 4}, () => `<p>${'She talks about her films, her family and the years after her stroke, and about what she would do again. '.repeat(4)}</p>`).join('');
		expect(bylineOf('', `<h1>Sharon Stone</h1>${story}${credit}`)).toBe('SVEN MICHAELSEN');
		expect(bylineOf('', '<h1>Sharon Stone</h1><h3>Interview</h3><p>Frau Stone, wie geht es Ihnen?</p>')).toBeNull();
	});

	it('keeps a writer typed Person whose blog is named after them, but not the site by its display name', () => {
		const blog = 'https://marta-lindqvist.example/post';
		const byline = (head: string) => articleByline(readMetadata(parseHtml(`<!doctype html><html><head>${head}</head><body><h1>Post</h1></body></html>`, blog), blog).header, null);
		const author = (type: string) => jsonLd({'@type': 'BlogPosting', author: {'@type': type, name: 'Marta Lindqvist'}, publisher: {'@type': [type], name: 'Marta Lindqvist'}});
		expect(byline(`<meta property="og:site_name" content="Marta kocht">${author('Person')}`)).toBe('Marta Lindqvist');
		expect(byline(`<meta property="og:site_name" content="Marta kocht">${author('Organization')}`)).toBeNull();
		expect(byline(`<meta property="og:site_name" content="Marta Lindqvist">${author('Person')}`)).toBeNull();
	});

	it("takes neither a hidden vCard's login nor a photo library's user for the writer", () => {
		expect(bylineOf('', '<h1>Story</h1><div class="td-author-name vcard author"><span class="fn"><a href="/author/fhaacker/">fhaacker</a></span></div><p>Text.</p>')).toBeNull();
		expect(bylineOf('', '<h1>Story</h1><p>Text.</p><p>Foto: <a href="https://photos.example/de/users/dahancoo-548756/">dahancoo</a> / Photos</p>')).toBeNull();
		expect(bylineOf('', '<h1>Story</h1><div class="td-author-name vcard author"><span class="fn"><a href="/author/fhaacker/">fhaacker</a></span></div><p>Text.</p>', 'fhaacker')).toBeNull();
		// The theme's hidden microdata repeats the login as the author's name.
		const microdata = '<span itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="fhaacker"></span>';
		expect(bylineOf('', `<h1>Story</h1><div class="td-author-name vcard author" style="display: none"><span class="fn"><a href="/author/fhaacker/">fhaacker</a></span></div>${microdata}<p>Text.</p>`)).toBeNull();
		// The same link on the site's own author page is the writer's.
		expect(bylineOf('', '<h1>Story</h1><p class="byline">von <a href="https://www.harbour-times.example/author/heiko/">Heiko</a></p>')).toBe('Heiko');
	});

	it('rejects a recipe author typed Person that is the site, when the site publishes as an organisation', () => {
		const shop = 'https://www.nestor-family.example/en/recipes/rice';
		const recipe = jsonLd({'@type': 'Recipe', author: {'@type': 'Person', name: 'Nestor Family'}, publisher: {'@type': 'Organization', name: 'Nestor SA'}});
		expect(articleByline(readMetadata(parseHtml(`<!doctype html><html><head>${recipe}</head><body><h1>Rice</h1></body></html>`, shop), shop).header, null)).toBeNull();
	});
});
