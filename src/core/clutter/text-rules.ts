import type {RemovalReason} from '../types.js';

/**
 * Clutter recognised by what it says. Labels are whole short blocks ("You may also like",
 * "Leave a Reply"); notices are sentences that only widgets write. Patterns cover the
 * languages of the corpus and the main European ones; add a language by adding words here.
 */
export interface LabelRule {
	reason: RemovalReason;
	pattern: RegExp;
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
				String.raw`mehr zum thema|das könnte sie auch interessieren|lesen sie auch|weitere artikel|meistgelesen`,
				String.raw`à lire aussi|a lire aussi|lire aussi|sur le même sujet|les plus lus`,
				String.raw`lee también|te puede interesar|noticias relacionadas|leggi anche|potrebbe interessarti`,
				String.raw`leia também|veja também|lees ook|zie ook|czytaj także|читайте также`,
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
				String.raw`kommentare|kommentieren|commentaires|réagissez|réagir|comentarios|commenti|التعليقات|תגובות`,
			].join('|'),
		),
	},
	{
		reason: 'likes',
		pattern: label(String.raw`like this|like loading|(?:%d|\d+) bloggers? like[sd]? this|be the first to like this|loading\.\.\.`),
	},
	{
		reason: 'share',
		pattern: label(
			String.raw`share(?: this)?(?: (?:article|story|post|page|on))?|share on .{1,20}|teilen|artikel teilen|partager|partagez|compartir|condividi|شارك|שתפו|share via`,
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
		pattern: label(
			String.raw`(?:back )?to top|top|continue reading(?: .{1,40})?|read more|read (?:the )?full (?:article|story)|previous (?:post|article)|next (?:post|article)|zum seitenanfang|nach oben|haut de page|volver arriba`,
		),
	},
	{
		reason: 'ad',
		pattern: label(String.raw`advertisement|advertising|ad|sponsored(?: content)?|anzeige|werbung|publicité|publicidad|pubblicità|reklama|إعلان|פרסומת`),
	},
];

/** Sentences written by widgets, not by reporters: the block that holds one is removed. */
export const noticeRules: LabelRule[] = [
	{
		reason: 'comments',
		pattern:
			/your email address will not be published|required fields are marked|this site uses akismet|learn how your comment data is processed|notify me of (?:new|follow-up) (?:comments|posts)|save my name, email, and website/iu,
	},
	{reason: 'cookie', pattern: /\b(?:we use cookies|this (?:site|website) uses cookies|cookie (?:policy|settings|preferences))\b/iu},
	{reason: 'footer', pattern: /^(?:©|\(c\)|copyright\b)|all rights reserved\.?$/iu},
];

/** "MORE: …", "READ MORE: …", "Related: …": a label then links to other stories. */
export const inlineRelated = /^(?:more|read more|related|see also|also read|read also|read next|watch|mehr|lesen sie auch|lire aussi|à lire aussi|leer más|lee también)\s*[:»›|]/iu;
