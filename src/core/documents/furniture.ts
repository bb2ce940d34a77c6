// What web pages wrap around an article: navigation, cookie banners, share buttons, newsletter and
// donation pleas, author boxes, related links. Patterns describe the kind of text, never one site.
import { hasOnlyAsciiLetters } from '../text/normalise.js';

/** Whole-line furniture: a short line that is nothing but one of these. */
const LINE_PATTERNS: RegExp[] = [
  /^skip to (?:the )?(?:main )?(?:content|navigation|search)\b/i,
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
  /^register for alerts$/i,
  /^get (?:the )?[\p{Lu}][\p{L}\d&]+(?: [\p{Lu}][\p{L}\d&]+)* (?:news|alerts|updates|newsletter)$/iu,
  /^(?:keep informed|stay informed|stay up to date)\b.*\b(?:news|alerts|updates|notifications|inbox|newsletter)\b/i,
  /\b(?:notifications can be managed|browser preferences)\b/i,
  /^thank you for (?:registering|subscribing|signing up|reading)\b/i,
  /^please (?:refresh|reload|log in|sign in|enable)\b/i,
  /^(?:image|photo|picture|video|graphic)(?: source| credit| caption)?\s*:?\s*$/i,
  /^(?:image|photo|picture) (?:source|credit|caption)s?\s*:/i,
  /^download(?:\s*\/\s*print)?(?: this)?(?: article| page)?(?: pdf| as pdf)?$/i,
  /^(?:written for|news type|content type|article type|section|category)$/i,
  /^(?:text content|form analysis\b.*|public scan|open in urlscan(?: pro)?\b.*|.*\burlscan pro\b.*)$/i,
  /^submission:\s/i,
  /^for immediate release$/i,
  /^(?:updated|last updated|last modified|modified)\b.{0,40}\d{4}$/i,
  /^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i,
  /^(?:press release|news release|media release|news story|statement|speech|policy paper|guidance|correspondence|transcript|official statement)$/i,
  /^(?:\d{1,3}\.){3}\d{1,3}\b/,
  // A bare domain ("www.ncsc.gov.uk"); the last label has a letter, so "18.3.2021" is no domain.
  /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z][a-z0-9-]*(?:\/\S*)?(?:\s+open in .*)?$/i,
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

/** A photo caption line ending in a picture agency credit: "… (PA Wire)", "… (Getty Images)". */
export function isCaptionCredit(line: string): boolean {
  return /\((?:PA|PA Wire|PA Media|AP|AP Photo[^)]*|AFP[^)]*|Reuters[^)]*|Getty Images[^)]*|EPA[^)]*|Shutterstock|Alamy|Bloomberg[^)]*)\)\s*$/.test(
    line.trim(),
  );
}

/** Words glued together by a menu flattened to text: "HomeInformation for...Advice & guidanceEducation". */
export function isGluedMenu(line: string): boolean {
  const glued = (line.match(hasOnlyAsciiLetters(line) ? /[a-z][A-Z][a-z]/g : /\p{Ll}\p{Lu}\p{Ll}/gu) ?? [])
    .length;
  return (
    glued >= 3 || (glued >= 2 && (!/[.!?]["”’]?$/.test(line.trim()) || /(?:\.\.\.|…)$/.test(line.trim())))
  );
}
