// Cleaning passes that mark page furniture: navigation and share bars, cookie banners, captions, menus,
// what follows the article's end, pull quotes, the outlet's promotion of itself, repeated paragraphs.
// Each pass reads the page as the passes before it left it and changes only paragraphs' roles, except that
// a link's words are cut off the end of the paragraph they close.
import { isGivenName } from '../data/given-names.js';
import { contentWords, overlap } from '../text/normalise.js';
import {
  END_OF_ARTICLE,
  isCaption,
  isEditorialNote,
  isFurnitureLine,
  isGluedMenu,
  isLinkBar,
  isPlea,
  isSeparatorBar,
  SKIP_LINK,
} from './furniture.js';
import { CAPTION_LABEL, type Page, type Para, TERMINAL } from './page.js';

export type CleaningPass = (page: Page) => void;

const isCookieBanner = (p: Para) =>
  /\bcookies?\b/i.test(p.text) &&
  /\b(?:we|our|you|website|site|browser|consent|accept)\b/i.test(p.text) &&
  p.words <= 40;

const FURNITURE_TESTS: readonly ((text: string) => boolean)[] = [
  isFurnitureLine,
  isGluedMenu,
  isCaption,
  isPlea,
  isEditorialNote,
  isLinkBar,
  isSeparatorBar,
];

/** Lines that are furniture on their own: menus, link bars, share buttons, pleas, captions, cookie banners. */
export function furnitureLines(page: Page): void {
  for (const p of page.paras) {
    if (FURNITURE_TESTS.some((test) => test(p.text)) || isCookieBanner(p)) p.role = 'furniture';
  }
}

/** How far down a page its skip link may stand: below that, the words are the article's own. */
const SKIP_LINK_DEPTH = 40;

/**
 * The page begins at its skip link ("Skip to main content"): whatever a saved copy has above it (the saving
 * tool's header, a cookie banner) is not the page's text, unless it holds prose.
 */
export function aboveSkipLink(page: Page): void {
  const { paras } = page;
  const at = paras.slice(0, SKIP_LINK_DEPTH).findIndex((p) => SKIP_LINK.test(p.text.trim()));
  if (at <= 0) return;
  const above = paras.slice(0, at);
  if (above.some((p) => p.role === 'text' && p.prose)) return;
  for (const p of above) p.role = 'furniture';
}

/** A note that speaks of the text just above it: "This information is provided by …", "The above was prepared …". */
const POINTS_BACK =
  /^(?:this|the above|the (?:information|text|summary) above)(?: [\p{L}]+){0,2} (?:is|was|has been) (?:provided|supplied|written|prepared|compiled)\b/iu;

/** Sentences a page-top note points back to: at most this many, each short. */
const NOTE_BLOCK = { paragraphs: 3, words: 60 };

/**
 * A site's explanation above the article, closed by a disclaimer that points back to it ("This information
 * is provided by … and is not the official record"): the sentences it points to are the site's too. Only
 * between the page's header and its first prose, where such a box stands; at the end of a page the same walk
 * back would eat the article.
 */
export function notesPointingBack(page: Page): void {
  const { paras } = page;
  const at = paras.findIndex((p) => p.role === 'furniture' && POINTS_BACK.test(p.text.trim()));
  if (at <= 0) return;
  let from = at;
  while (from > 0 && at - from < NOTE_BLOCK.paragraphs) {
    const p = paras[from - 1];
    if (p?.role !== 'text' || !TERMINAL.test(p.text) || p.words > NOTE_BLOCK.words) break;
    from--;
  }
  const prose = (p: Para) => p.role === 'text' && p.prose;
  if (from === at || paras.slice(0, from).some(prose) || !paras.slice(at + 1).some(prose)) return;
  for (const p of paras.slice(from, at)) p.role = 'furniture';
}

/** A caption line right above "Image source:" and friends. */
export function captions(page: Page): void {
  const { paras } = page;
  for (let i = 0; i + 1 < paras.length; i++) {
    const p = paras[i];
    const next = paras[i + 1];
    if (p && next && CAPTION_LABEL.test(next.text) && p.words <= 12 && !TERMINAL.test(p.text))
      p.role = 'furniture';
  }
}

const isShortLabel = (p: Para) => p.words <= 4 && !TERMINAL.test(p.text);
// Navigation shouts or title-cases every item; a list inside the article reads like prose.
const navLike = (p: Para) =>
  p.text.split(/\s+/).every((w) => /^[^\p{Ll}]/u.test(w) || /^(?:&|and|of|for|the|to|in|on|a)$/.test(w));

/** Three or more short labels in a row are a menu: around the article, or styled like navigation in it. */
export function menus(page: Page): void {
  const { paras } = page;
  const prose = paras.map((p, i) => (p.role === 'text' && p.prose ? i : -1)).filter((i) => i >= 0);
  const firstProse = prose[0] ?? paras.length;
  const lastProse = prose[prose.length - 1] ?? -1;
  for (let i = 0; i < paras.length; ) {
    let j = i;
    while (
      j < paras.length &&
      (paras[j]?.role === 'furniture' || (paras[j]?.role === 'text' && isShortLabel(paras[j] as Para)))
    )
      j++;
    const run = paras.slice(i, j).filter((p) => p.role === 'text');
    const outside = j <= firstProse || i > lastProse;
    if (run.length >= 3 && (outside || run.every(navLike))) for (const p of run) p.role = 'furniture';
    i = j > i ? j : i + 1;
  }
}

/** "Stephen Doughty Portrait …": a heading that opens with someone's name introduces what they say. */
const opensWithName = (p: Para) => {
  const [first = '', second = ''] = p.text.split(/\s+/);
  return isGivenName(first) && /^\p{Lu}\p{Ll}/u.test(second);
};

/** A line with no sentence ending, stranded between two pieces of furniture, is furniture too. */
export function strandedLabels(page: Page): void {
  const { paras } = page;
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < paras.length; i++) {
      const p = paras[i];
      if (p?.role !== 'text' || TERMINAL.test(p.text) || p.words > 5 || opensWithName(p)) continue;
      const prev = paras[i - 1];
      const next = paras[i + 1];
      if ((!prev || prev.role === 'furniture') && next?.role === 'furniture' && prev) {
        p.role = 'furniture';
        changed = true;
      }
    }
  }
}

/** Everything from the first end marker ("Related", "About the author") after most of the prose has gone by. */
export function endOfArticle(page: Page): void {
  const { paras } = page;
  const proseTotal = paras.reduce((n, p) => n + (p.role === 'text' && p.prose ? p.text.length : 0), 0);
  let seen = 0;
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    if (!p) continue;
    if (p.role === 'text' && p.prose) seen += p.text.length;
    if (END_OF_ARTICLE.test(p.text.trim()) && seen >= 0.4 * proseTotal) {
      for (const q of paras.slice(i)) if (q.role !== 'date') q.role = 'furniture';
      return;
    }
  }
}

/** A pull quote repeats, without quote marks, words the article quotes elsewhere; it and its credit go. */
export function pullQuotes(page: Page): void {
  const { paras } = page;
  const quoted = paras
    .filter((p) => p.role === 'text' && /[“"]/.test(p.text))
    .map((p) => contentWords(p.text));
  if (quoted.length === 0) return;
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    if (p?.role !== 'text' || /[“"]/.test(p.text) || p.words < 8) continue;
    const words = contentWords(p.text);
    // The length test first: it is cheap and rules out most pairs.
    if (!quoted.some((q) => q.length >= words.length * 0.8 && overlap(words, q) >= 0.9)) continue;
    const next = paras[i + 1];
    const credit =
      next &&
      next.role === 'text' &&
      next.words <= 8 &&
      /^[\p{Lu}][^.!?]*,/u.test(next.text) &&
      !TERMINAL.test(next.text);
    p.role = 'furniture';
    if (credit && next) next.role = 'furniture';
  }
}

/** The outlet talking about itself ("The Independent is on the ground… we know") is a promo, not news. */
export function selfPromotion(page: Page): void {
  if (!page.publisher) return;
  const self = new RegExp(`\\b${page.publisher.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
  for (const p of page.paras) {
    if (p.role === 'text' && self.test(p.text) && /\b(?:we|our|us)\b/i.test(p.text) && !/[“"]/.test(p.text))
      p.role = 'furniture';
  }
}

/** A pointer to another page, left without its full stop when the link was flattened to text. */
const TRAILING_LINK = /(?<=[.!?]["”’)]?)\s+(?:See|Visit|Refer to|Click|Download|View)\s[^.!?]{8,160}$/;

/** "… framework. See the framework page for all techniques": the closing link's words are not the article's. */
export function trailingLinks(page: Page): void {
  for (const p of page.paras) {
    if (p.role !== 'text' || !TRAILING_LINK.test(p.text)) continue;
    p.text = p.text.replace(TRAILING_LINK, '');
  }
}

/** The same paragraph twice (captions, repeated share bars): keep the first. */
export function repeats(page: Page): void {
  const seen = new Set<string>();
  for (const p of page.paras) {
    if (p.role !== 'text') continue;
    if (seen.has(p.text)) p.role = 'furniture';
    seen.add(p.text);
  }
}
