// What web pages wrap around an article: navigation, cookie banners, share buttons, newsletter and
// donation pleas, author boxes, related links. Patterns describe the kind of text, never one site.
import { hasOnlyAsciiLetters, wordCount } from '../text/normalise.js';

/** A link that skips the page's menus: what stands above it in a saved copy is not the page's text. */
export const SKIP_LINK =
  /^(?:(?:skip|jump)(?: to)?(?: the)? (?:main )?(?:content|navigation|search|menu)|(?:direct )?link to (?:the )?(?:main )?content)\b/i;

/** Whole-line furniture: a short line that is nothing but one of these. */
const LINE_PATTERNS: RegExp[] = [
  SKIP_LINK,
  /^(?:share|share this(?: article| page| story)?|share on \w+|copy link|copied(?: to clipboard)?|link copied|print(?: this page)?|email|e-mail|tweet|comments?|\d+ comments?|save|bookmark)$/i,
  /^(?:facebook|twitter|x|linkedin|whatsapp|reddit|instagram|youtube|telegram|pinterest|threads|mastodon|bluesky|tiktok|flipboard|rss)$/i,
  /^(?:menu|search|home|close|open|back|next|previous|more|show more|load more|read more|see more|view all|back to top|top)$/i,
  /^(?:advertisement|advert|sponsored(?: content)?|ad|promoted)$/i,
  /^(?:accept|reject|manage|allow)(?: all| optional| essential| necessary)? cookies\b/i,
  /\bcookies? (?:settings|preferences|policy|on this site)\b/i,
  /^we use (?:some )?(?:essential |necessary )?cookies\b/i,
  /^you need to enable javascript\b/i,
  /^invalid date(?:time)?$/i,
  /^\d+\s*(?:min(?:ute)?s?)\s*read$/i,
  /^(?:about the authors?|about the author\(s\))$/i,
  /^(?:you may also like|you might also like|related(?: articles| stories| content| links| reading| topics)?|more (?:on this|from|stories|news)\b.*|recommended(?: for you)?|most (?:read|popular|viewed)|trending(?: now)?|also see|see also|further reading|popular searches|topics|tags|follow us|in this section|explore more)$/i,
  /^(?:sign up|sign in|log in|log out|register|subscribe)(?: (?:now|here|today|for (?:free|alerts|our newsletter|updates)))?\.?$/i,
  /^get (?:the )?[\p{Lu}][\p{L}\d&]+(?: [\p{Lu}][\p{L}\d&]+)* (?:news|alerts|updates|newsletter)$/iu,
  /^(?:keep informed|stay informed|stay up to date)\b.*\b(?:news|alerts|updates|notifications|inbox|newsletter)\b/i,
  /\b(?:notifications can be managed|browser preferences)\b/i,
  /^thank you for (?:registering|subscribing|signing up|reading)\b/i,
  /^please (?:refresh|reload|log in|sign in|enable)\b/i,
  /^(?:image|photo|picture|video|graphic)(?: source| credit| caption)?\s*:?\s*$/i,
  /^(?:image|photo|picture) (?:source|credit|caption)s?\s*:/i,
  /^download(?:\s*\/\s*print)?(?: this)?(?: article| page)?(?: pdf| as pdf)?$/i,
  /^(?:content type|article type|section|category)$/i,
  /^for immediate release$/i,
  /^(?:e-?)?(?:ISSN|ISBN)(?:-1[03])?:?\s*[\dX][\dX -]{6,16}$/i,
  /^(?:(?:remarks|speech|testimony|statement) )?as (?:prepared for delivery|delivered)$/i,
  // A relative time stamp: "(1 day, 6 hours ago)", "3 hours ago".
  /^\(?(?:\d+|an?|one) (?:second|minute|hour|day|week|month|year)s?(?:,? (?:and )?\d+ (?:second|minute|hour|day|week|month|year)s?)* ago\)?$/i,
  /^(?:media|press|news) (?:contacts?|enquiries|inquiries)\b\s*(?::.{0,80})?$/i,
  /^(?:updated|last updated|last modified|modified)\b.{0,40}\d{4}$/i,
  /^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i,
  /^(?:press release|news release|media release|news story|statement|speech|policy paper|guidance|correspondence|transcript|official statement)$/i,
  /^(?:\d{1,3}\.){3}\d{1,3}\b/,
  // A bare domain ("www.ncsc.gov.uk"); the last label has a letter, so "18.3.2021" is no domain.
  /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z][a-z0-9-]*(?:\/\S*)?$/i,
  /^@\w{2,}$/,
  /^(?:follow|find) us on\b/i,
  /^(?:all rights reserved|©|copyright)\b/i,
  /^(?:privacy (?:notice|policy)|terms (?:&|and) conditions|terms of (?:use|service)|accessibility(?: statement)?|cookie policy|social media policy|contact us)$/i,
];

/** Paragraph-level furniture: pleas and promos that run to a sentence or two. */
const PLEA =
  /\b(?:donat(?:e|ion|ions|ing)|paywalls?|subscri(?:be|ption|bers?)|newsletters?|sign up|your support|support (?:us|our (?:journalism|work|reporting))|ad-?free|(?:in|to) your inbox|logged in|log in to|notifications from)\b/i;

/** Headings after which the rest of a page is not the article. */
export const END_OF_ARTICLE =
  /^(?:about the authors?|about the author\(s\)|you may also like|you might also like|related(?: articles| stories| content| links| reading)?|more (?:on this story|stories|from .+)|recommended(?: for you)?|most (?:read|popular|viewed)|also see|see also|popular searches|follow us|back to top|thank you for (?:registering|subscribing)|register for alerts|share this (?:article|story|page)|topics|tags|comments|leave a (?:comment|reply))\.?$/i;

export function isFurnitureLine(line: string): boolean {
  const t = line.trim().replace(/^[*•·\-–]\s*/, '');
  if (t.length === 0) return true;
  // A lone lower-case word is a site-section label ("news", "opinion"), not prose.
  if (/^\p{Ll}+$/u.test(t)) return true;
  if (t.length > 200) return false;
  return LINE_PATTERNS.some((re) => re.test(t));
}

/** A paragraph that asks the reader for something (money, a sign-up) rather than reporting. */
export function isPlea(paragraph: string): boolean {
  // Most paragraphs have no plea word: that test first spares them the rest.
  if (!PLEA.test(paragraph)) return false;
  const words = paragraph.split(/\s+/).length;
  // The outlet addressing its reader: a plea word together with "you", "your", "we", "us" or "our".
  const addressed = /\b(?:you|your|we|us|our)\b/i.test(paragraph) || words <= 8;
  return words <= 80 && addressed && !/[“"]/.test(paragraph);
}

/**
 * A photo caption: a line ending in a picture agency credit ("… (PA Wire)", "… (Getty Images)"), or a wire
 * photo's caption, which opens with "FILE -" whatever its length.
 */
export function isCaption(line: string): boolean {
  const t = line.trim();
  return (
    /^FILE(?: PHOTO)?\s*[-–—:]\s/.test(t) ||
    /\((?:PA|PA Wire|PA Media|AP|AP Photo[^)]*|AFP[^)]*|Reuters[^)]*|Getty Images[^)]*|EPA[^)]*|Shutterstock|Alamy|Bloomberg[^)]*)\)\s*$/.test(
      t,
    )
  );
}

/** Notes about the page rather than its subject: how it is printed, and that it is not the official record. */
const EDITORIAL_NOTE =
  /\bprinted in (?:bold|light|italic|roman|heavy) type\b|\bpreceded by an asterisk\b|\b(?:does|do) not (?:comprise|form|constitute) (?:any )?part of the\b|\bis not (?:part of )?the official record\b/i;

export function isEditorialNote(paragraph: string): boolean {
  return EDITORIAL_NOTE.test(paragraph) && wordCount(paragraph) <= 50;
}

const LINK_VERB = /(?:^|\s)(?:Read|Watch|View|Listen to|Download|Print|Share|See)\s+(?=\p{Lu})/gu;

/**
 * Links flattened onto one line: "Read Full debate Read Hansard Text Watch Debate", or one link under a
 * label, "Full Debate: Read Full Debate". Not a sentence: no end punctuation, every link a verb and a name.
 */
export function isLinkBar(line: string): boolean {
  const t = line.trim();
  if (/[.!?,;]$/.test(t) || wordCount(t) > 16) return false;
  const links = t.replace(/^\p{Lu}[\p{L}]*(?: \p{L}+){0,2}:\s+/u, '');
  if (!/^(?:Read|Watch|View|Listen to|Download|Print|Share|See)\s/.test(links)) return false;
  const verbs = links.match(LINK_VERB)?.length ?? 0;
  return verbs >= 2 || (verbs === 1 && links !== t);
}

/**
 * Items between separators: a breadcrumb ("Home » Media Centre » …") or a menu bar ("Crime | Housing |
 * Unions", "- View Speech - Hansard - - - Excerpts"), each item a few words and none a sentence.
 */
export function isSeparatorBar(line: string): boolean {
  const t = line.trim();
  if ((t.match(/\s[»›](?=\s|$)/g)?.length ?? 0) >= 2) return true;
  const parts = t.split(/\s*(?:[|·•]|(?<=^|\s)[-–](?=\s|$))\s*/);
  const items = parts.map((x) => x.trim()).filter(Boolean);
  // Three separators, or two with nothing between or after them ("Hansard - -").
  const bar = parts.length >= 4 || (parts.length === 3 && items.length < 3);
  // No item is a sentence; a short one may end in an abbreviation ("Local Govt.").
  const sentence = (x: string) => /[!?]$/.test(x) || (x.endsWith('.') && wordCount(x) > 2);
  return bar && items.every((x) => wordCount(x) <= 4 && !sentence(x));
}

/** Words glued together by a menu flattened to text: "HomeInformation for...Advice & guidanceEducation". */
export function isGluedMenu(line: string): boolean {
  const glued = (line.match(hasOnlyAsciiLetters(line) ? /[a-z][A-Z][a-z]/g : /\p{Ll}\p{Lu}\p{Ll}/gu) ?? [])
    .length;
  return (
    glued >= 3 || (glued >= 2 && (!/[.!?]["”’]?$/.test(line.trim()) || /(?:\.\.\.|…)$/.test(line.trim())))
  );
}
