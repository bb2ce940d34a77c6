// Cleaning passes that mark page furniture: navigation and share bars, cookie banners, captions, menus,
// what follows the article's end, pull quotes, the outlet's promotion of itself, repeated paragraphs.
// Each pass reads the page as the passes before it left it and changes only paragraphs' roles.
import { contentWords, overlap } from '../text/normalise.js';
import { END_OF_ARTICLE, isCaptionCredit, isFurnitureLine, isGluedMenu, isPlea } from './furniture.js';
import { CAPTION_LABEL, type Page, type Para, TERMINAL } from './page.js';

export type CleaningPass = (page: Page) => void;

const isCookieBanner = (p: Para) =>
  /\bcookies?\b/i.test(p.text) &&
  /\b(?:we|our|you|website|site|browser|consent|accept)\b/i.test(p.text) &&
  p.words <= 40;

/** Lines that are furniture on their own: menus, share buttons, pleas, caption credits, cookie banners. */
export function furnitureLines(page: Page): void {
  for (const p of page.paras) {
    if (isFurnitureLine(p.text) || isGluedMenu(p.text) || isCaptionCredit(p.text) || isPlea(p.text))
      p.role = 'furniture';
    if (isCookieBanner(p)) p.role = 'furniture';
  }
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

/** A line with no sentence ending, stranded between two pieces of furniture, is furniture too. */
export function strandedLabels(page: Page): void {
  const { paras } = page;
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < paras.length; i++) {
      const p = paras[i];
      if (p?.role !== 'text' || TERMINAL.test(p.text) || p.words > 20) continue;
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

/** The same paragraph twice (captions, repeated share bars): keep the first. */
export function repeats(page: Page): void {
  const seen = new Set<string>();
  for (const p of page.paras) {
    if (p.role !== 'text') continue;
    if (seen.has(p.text)) p.role = 'furniture';
    seen.add(p.text);
  }
}
