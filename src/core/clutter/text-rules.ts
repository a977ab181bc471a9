import type {RemovalReason} from '../types.js';

/**
 * Clutter recognised by what it says. Labels are whole short blocks ("You may also like",
 * "Leave a Reply"); notices are sentences that only widgets write. Patterns cover the
 * languages of the corpus and the main European ones; add a language by adding words here.
 */
export interface LabelRule {
	reason: RemovalReason;
	pattern: RegExp;
	/** The label heads a box of links (a tag list) though its reason alone does not say so. */
	heads?: boolean;
}

const END = String.raw`\s*[:.…!»›→|-]*\s*$`;

function label(words: string): RegExp {
	return new RegExp(String.raw`^(?:${words})${END}`, 'iu');
}

/** A short block that is only one of these labels heads a clutter box (or is one). */
export const labelRules: LabelRule[] = [
	{
		reason: 'related',
		pattern: label(
			[
				String.raw`related(?: (?:articles?|posts?|stories|content|coverage|links|reading|topics|news|videos?))?`,
				String.raw`you (?:may|might) (?:also )?(?:like|enjoy|be interested in)`,
				String.raw`more (?:in|from|on|about) .{1,40}`,
				String.raw`more (?:stories|news|articles|headlines|to read|like this)`,
				String.raw`(?:read|see) (?:also|next)|also read|see more|recommended(?: (?:for you|stories|articles|reading))?`,
				String.raw`most (?:read|popular|viewed|shared)|trending(?: now)?|top stories|further reading|what to read next`,
				String.raw`latest (?:news|stories|articles)|in other news|don'?t miss|editor'?s picks`,
				String.raw`mehr zum thema|das könnte (?:sie|dich) auch interessieren|lesen sie auch(?: die folgenden beiträge)?|auch lesen|zum weiterlesen|auch interessant`,
				String.raw`weitere (?:artikel|beiträge)(?: zum thema)?|ähnliche (?:artikel|beiträge)|neueste (?:artikel|beiträge)|beiträge zum thema|weiterführende[rn]? links?|meistgelesen`,
				String.raw`à lire aussi|a lire aussi|lire aussi|sur le même sujet|les plus lus`,
				String.raw`lee también|mira también|(?:también )?te (?:puede|podría) (?:gustar|interesar)|(?:quizás?|tal vez) te (?:guste|interese)|(?:noticias|artículos|entradas|publicaciones) relacionad[ao]s`,
				String.raw`leggi anche|(?:ti )?potrebbe(?:ro)? (?:anche )?(?:piacerti|interessarti|piacere|interessare)(?: anche)?|articoli correlati`,
				String.raw`vous (?:aimerez|aimeriez|pourriez aimer)(?: (?:aussi|également|peut-être))*|articles (?:similaires|liés|connexes)`,
				String.raw`leia também|veja também|(?:você|voce) (?:também )?(?:pode|poderá|vai) (?:gostar|se interessar)(?: (?:também|de|disso))?|talvez (?:você|voce) (?:também )?goste|(?:posts|artigos|matérias|notícias) relacionad[ao]s`,
				String.raw`lees ook|zie ook|(?:dit |dat )?vind je (?:misschien )?ook leuk|gerelateerde (?:artikelen|berichten)|czytaj także|może (?:cię|ci) (?:też |także |również )?(?:zainteresować|się spodobać)`,
				String.raw`читайте также|вам (?:также |тоже )?может (?:понравиться|быть интересно)|похожие (?:статьи|записи)`,
				String.raw`اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|مواضيع ذات صلة|קרא עוד|קראו עוד`,
			].join('|'),
		),
	},
	{
		reason: 'comments',
		pattern: label(
			[
				String.raw`(?:\d+\s+)?(?:comments?|responses?|replies|reactions)(?:\s*\(\d+\))?`,
				String.raw`leave a (?:reply|comment)|post a comment|add a comment|write a comment|join the (?:discussion|conversation)`,
				String.raw`click to comment|show comments|view comments|load comments|comments are closed`,
				String.raw`kommentare|kommentieren|commentaires|réagissez|réagir|comentarios|commenti|комментарии|отзывы|добавить (?:отзыв|комментарий)|التعليقات|תגובות`,
			].join('|'),
		),
	},
	{
		reason: 'likes',
		pattern: label(
			[
				String.raw`like this|like loading|(?:%d|\d+) bloggers? like[sd]? this|be the first to like this|loading\.\.\.`,
				// The rating widget under a story: a question to the reader, with its buttons.
				String.raw`was this (?:article|page|story) (?:helpful|useful)\??|war (?:der|dieser) (?:artikel|beitrag) (?:nützlich|hilfreich)\??|hier können sie (?:den|diesen) (?:artikel|beitrag) bewerten`,
			].join('|'),
		),
	},
	{
		reason: 'share',
		pattern: label(
			String.raw`share(?: this)?(?: (?:article|story|post|page|on))?|share on .{1,20}|teilen|artikel teilen|möchten sie (?:den|diesen) (?:artikel|beitrag) teilen\??|partager|partagez|compartir|condividi|شارك|שתפו|share via`,
		),
	},
	{
		reason: 'follow',
		pattern: label(String.raw`connect with us|follow us(?: on .{1,30})?|stay connected|find us on .{1,30}|folgen sie uns|suivez-nous`),
	},
	{
		reason: 'promo',
		pattern: label(
			[
				String.raw`sign up (?:for|to) (?:our|the) .{0,40}newsletters?|subscribe(?: now| today| to .{1,60})?|newsletters?`,
				String.raw`get (?:our|the) .{0,40}newsletter|newsletter abonnieren|jetzt abonnieren|abonnez-vous.{0,60}|suscríbete.{0,60}`,
			].join('|'),
		),
	},
	{
		reason: 'navigation',
		heads: true,
		pattern: label(String.raw`tags?|tagged(?: with)?|topics|schlagwörter|schlagworte|stichwörter|etiquetas|mots-clés|argomenti|tagi|теги|метки`),
	},
	{
		reason: 'metadata',
		// A reading time or a print / PDF button alone on its line: the header shows the one, the browser does the other.
		pattern: label(
			[
				String.raw`\d+\s*min(?:ute)?s?\.?\s+read|(?:lesezeit|lesedauer)\s*:?\s*(?:ca\.\s*)?\d+\s*min(?:uten|\.)?|\d+\s*min(?:uten|\.)?\s+(?:lesezeit|lesedauer)`,
				String.raw`temps de lecture\s*:?\s*\d+\s*min(?:utes?)?|tiempo de lectura\s*:?\s*\d+\s*min(?:utos)?|\d+\s*minutos? de lectura`,
				String.raw`(?:dieses|diesen|den) (?:skript|artikel|beitrag|text) als pdf(?: herunterladen| downloaden)?|download (?:this|the) (?:article|story|transcript|post) as (?:a )?pdf|print this (?:article|page|story)|(?:artikel|seite|beitrag) drucken`,
			].join('|'),
		),
	},
	{reason: 'author', pattern: label(String.raw`about the author|about (?:the )?writer|über den autor|über die autorin|à propos de l'auteur|sobre el autor`)},
	{
		reason: 'navigation',
		pattern: label(
			String.raw`sign in|log in|login|register|close|menu|loading(?: content)?|media playback is unsupported on your device|(?:back )?to top|top|continue reading(?: .{1,40})?|read more|read (?:the )?full (?:article|story)|previous (?:post|article)|next (?:post|article)|zum seitenanfang|nach oben|haut de page|volver arriba|vorschau auf den nächsten artikel|lade weitere inhalte|this slideshow requires javascript|weitere inhalte laden|breaking(?: news)?|eilmeldung|(?:image|photo|picture|slide|bild|foto)?\s*\d+\s*(?:of|von|de|sur|\/)\s*\/?\s*\d+|(?:show |hide )?caption`,
		),
	},
	{
		reason: 'ad',
		pattern: label(String.raw`(?:story|article) continues (?:below|after) (?:this )?advertisement|advertisement|advertising|advert|ad|iklan|publicidade|реклама|sponsored(?: content)?|anzeige|werbung|publicité|publicidad|pubblicità|reklama|إعلان|פרסומת`),
	},
];

export const FOOTER_NOTICE = /^(?:©|\(c\)|copyright\b)|all rights reserved\.?$|©\s?\d{4}|\bcopyright\s(?:©\s?)?\d{4}/iu;

/** Sentences written by widgets, not by reporters: the block that holds one is removed. */
export const noticeRules: LabelRule[] = [
	{
		reason: 'comments',
		pattern:
			/\b(?:comments?|kommentare|commentaires|comentários|comentarios|commenti)\b.{0,100}\b(?:moderated|approved|aprovados|aprobados|moderiert|freigeschaltet|modérés|moderati|moderador|moderatore)\b|your email address will not be published|required fields are marked|this site uses akismet|learn how your comment data is processed|\byou must be logged in to (?:post a )?comment\b|\b(?:musst|müssen|muss)\b.{0,30}\b(?:eingeloggt|angemeldet)\b.{0,20}\bum (?:einen )?kommentare? zu (?:schreiben|verfassen)\b|notify me of (?:new|follow-up) (?:comments|posts)|save my name, email, and website/iu,
	},
	{
		reason: 'cookie',
		// Also the placeholder of an embed that waits for consent ("…no connection to Twitter without your consent").
		pattern:
			/\b(?:we use cookies|this (?:site|website) uses cookies|cookie (?:policy|settings|preferences))\b|\bwir respektieren (?:deine|ihre) privatsphäre\b|\bohne (?:dein|ihr) einverständnis\b.{0,60}\bverbindung\b|\bmit dem laden des (?:inhalts|videos|beitrags)\b.{0,80}\bdatenschutz|\bexterne[nr]? inhalte?\b.{0,60}\b(?:laden|anzeigen|zustimmen|akzeptieren)\b|\b(?:accept|allow) (?:the )?(?:cookies|consent)\b.{0,40}\bto (?:view|see|watch|load)\b/iu,
	},
	{reason: 'footer', pattern: FOOTER_NOTICE},
	{
		reason: 'promo',
		pattern:
			/\b(?:sign up|subscribe|register)\b.{0,80}\b(?:newsletters?|e-?mails?|updates|inbox)\b|\bclick here\b.{0,60}\b(?:app|subscribe|download|get)\b|\b(?:get|download) (?:the|our) .{0,30}\bapps?\b|\bjoin our .{0,40}\b(?:forums?|community|newsletter)\b|\b(?:sign up|subscribe) (?:here|now|today)\b/iu,
	},
	{
		reason: 'promo',
		// A paywall's word to the reader, the story and the subscription in one sentence: the rest is not on the page.
		pattern:
			/\b(?:subscribe|subscription)\b.{0,80}\bfor the full (?:story|article)\b|\bto (?:view|read|see|continue reading) the (?:full|rest of the|entire) (?:story|article),? (?:please )?(?:subscribe|sign in|log in|register)\b|\balready an? (?:subscriber|member)\b.{0,60}\blog ?in\b|\bpour lire la suite\b.{0,80}\b(?:abonn|créez votre compte|connectez)|\bhazte (?:miembro|socio)\b/iu,
	},
	{reason: 'share', pattern: /\bshare (?:it|this(?: story| article)?) with (?:a friend|your friends)\b/iu},
	{
		reason: 'follow',
		pattern:
			/^(?:follow|like|find) (?:us|[\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+)?) on (?:facebook|twitter|instagram|youtube|x|tiktok|linkedin)\b|\b(?:channel|canal|kanal|grupo|group) (?:de|on|en|auf|bei|in) (?:telegram|whatsapp)\b|\b(?:telegram|whatsapp)[- ](?:channel|kanal|canal)\b/iu,
	},
];

/** Words that make up a row of share or follow buttons. */
const SOCIAL =
	/^(?:facebook|twitter|x|whatsapp|pinterest|pint|pin|linkedin|reddit|tumblr|telegram|messenger|email|e-mail|mail|print|sms|vk|xing|pocket|flipboard|google|copy|link|share|tweet|instagram|youtube|tiktok|threads|bluesky|mastodon|comments?|save|baixar|teilen|partager|compartir|\d+)$/iu;

/** A short line that is only the names of social networks and share verbs. */
export function isSocialLine(text: string): boolean {
	if (text.length > 120) return false;
	const words = text.match(/[\p{L}\p{N}+]+/gu) ?? [];
	const social = words.filter(word => SOCIAL.test(word.replace(/\+$/, '')));
	// Share counts stand beside the networks' names; numbers alone ("13.4 MB (-81%)") are data.
	const named = social.filter(word => !/^\d+$/.test(word)).length;
	return named >= 2 && social.length / words.length >= 0.75;
}

const BYLINE = /^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Pp]rzez|[Аа]втор)(?::\s*|\s+)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:and|&|und|et|y|,)\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})*(?:\s*[|,•·–—-]\s*.{0,80})?$/u;
const STAMP = /^\(?(?:updated|published|posted|last updated|last modified|modified|aktualisiert|veröffentlicht|publié|mis à jour|actualizado|publicado|pubblicato|aggiornato)\b.{0,100}$/iu;
/** Words only a date says: month and weekday names, "ago". */
const DATE_WORDS =
	/\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|ago)\b/giu;
/** Words a date may hold but that say nothing alone ("Day 3" is a subheading, "3 days ago" a stamp). */
const DATE_FILLER = /\b(?:am|pm|a\.m|p\.m|at|on|hours?|minutes?|days?)\b/giu;
/** Time zones are capitals: case-insensitive, the pattern would take "Part" and "Test" for zones. */
const TIME_ZONES = /\b(?:[A-Z]{2,4}T|UTC|GMT)\b/gu;
const YEAR = /\b(?:1[89]|20)\d{2}\b/g;
const NUMERIC_DATE = /\d{1,4}[./-]\d{1,2}[./-]\d{1,4}/u;

/** Who posted it, then where it is filed: the fields of a blog's post line, each a label and a colon. */
const POSTED_BY = /\b(?:posted|published|written|publicado|postado|escrito|publié|veröffentlicht|pubblicato)\s+(?:by|por|par|von|da)\s*:/iu;
const FILED_IN = /\b(?:categor(?:y|ies|ia|ias|ía|ías|ie|ies)|tags?|etiquetas|schlagwörter|rubrique)\s*:/iu;

/** Byline and dateline rows ("By Jane Doe - 11/18/19", "Updated 10:01 pm PST", "Nov. 19, 2019 8:45 p.m."): shown in the header, not the body. */
export function isMetaLine(text: string): boolean {
	if (text.length > 160) return false;
	if (BYLINE.test(text) || STAMP.test(text)) return true;
	if (POSTED_BY.test(text) && FILED_IN.test(text)) return true;
	if (text.length > 60 || !/\d/.test(text)) return false;
	// Two different years: a span of days ("29 November 2018 | 20 January 2019", an exhibition's), not when the story was written.
	if (new Set(text.match(YEAR)).size >= 2) return false;
	const undated = text.replace(DATE_WORDS, ' ');
	// A time alone ("8:45 p.m.") heads an entry of a live blog; a dateline says the day.
	if (undated === text && !NUMERIC_DATE.test(text)) return false;
	const rest = undated.replace(DATE_FILLER, ' ').replace(TIME_ZONES, ' ').replace(/[\d\s.,:\/|()–—-]+/g, ' ').trim();
	return rest.length === 0;
}

/**
 * "MORE: …", "READ MORE: …", "Related: …": a label then links to other stories (a whole word: not
 * "Watchdogs"). "More", "Watch", "Mehr" and "Mira" also begin sentences ("More than 40 people…"): they count
 * as a label only with a separator after them.
 */
export const inlineRelated =
	/^(?:(?:more|watch|mehr|mira|mire)(?=\s*[:»›|])|read more|related|see also|also read|read also|read next|mehr zum thema|lesen sie auch|lire aussi|à lire aussi|a lire aussi|voir aussi|leer más|lee también|leggi anche|leia também|اقرأ أيضا|اقرأ أيضاً)(?=[\s:»›|]|$)(\s*[:»›|])?/iu;
