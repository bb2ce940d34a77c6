// A page's body to paragraphs: furniture removed before Readability looks for the article, the article (or
// the whole page when Readability finds none) walked block by block, and the headline it repeats dropped.
import { foldSpace, looseKey } from '../text/normalise.js';
import { all, type DomDocument, type DomElement, type DomNode, ELEMENT, TEXT } from './html-dom.js';
import { readability } from './libraries.js';

// ---------------------------------------------------------------------------------------------------------
// Furniture removal before Readability

const DROP_TAGS =
  'script, style, noscript, template, iframe, svg, canvas, object, embed, form, button, input, select, textarea, nav, footer, aside, dialog, menu';
const DROP_ROLES =
  '[role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="search"], [role="dialog"], [role="alertdialog"], [aria-modal="true"], [hidden], [aria-hidden="true"]';
const FURNITURE_WORD =
  /(?:^|[_-])(?:cookies?|consent|gdpr|newsletters?|subscribe|subscription|signup|sign-up|share|sharing|social|related|most-(?:read|popular|viewed)|trending|recommended|promo|adverts?|advertisement|ads?|sponsored|breadcrumbs?|pagination|pager|comments?|skip-link|outbrain|taboola|paywall|feedback|visually-hidden|sr-only|screen-reader-text)(?=$|[_-])/i;
/** State classes (`has-comments`, `share-enabled`) describe the page, not a box of furniture. */
const STATE_CLASS =
  /^(?:has|is|no|with|js|show|hide)[_-]|[_-](?:enabled|disabled|active|open|loaded|visible|ready|free|count)$/i;

function isFurnitureBox(el: DomElement): boolean {
  const tokens = `${el.id} ${typeof el.className === 'string' ? el.className : ''}`
    .split(/\s+/)
    .filter(Boolean);
  return tokens.some((t) => !STATE_CLASS.test(t) && FURNITURE_WORD.test(t));
}

/** Removes what is never article text. Anything holding the headline or most of the page stays. */
export function stripFurniture(doc: DomDocument): void {
  const pageLength = (doc.body.textContent ?? '').length;
  const holdsArticle = (el: DomElement) => {
    if (/^(?:HTML|BODY|MAIN|ARTICLE)$/.test(el.tagName)) return true;
    if (el.querySelector('article, main, [role="main"], h1')) return true;
    return pageLength > 400 && (el.textContent ?? '').length > 0.5 * pageLength;
  };
  const tryRemove = (el: DomElement) => {
    if (!holdsArticle(el)) el.remove();
  };
  for (const el of all(doc, 'script, style, noscript, template')) el.remove();
  for (const el of all(doc.body, DROP_TAGS)) tryRemove(el);
  for (const el of all(doc.body, DROP_ROLES)) tryRemove(el);
  for (const el of all(doc.body, '[style]')) {
    if (/(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(el.getAttribute('style') ?? '')) tryRemove(el);
  }
  // Site headers (logo, menus); the article's own <header> holds the headline and stays.
  for (const el of all(doc.body, 'header')) {
    if (!el.closest('article, main, [role="main"]')) tryRemove(el);
  }
  for (const el of all(doc.body, '[class], [id]')) {
    if (isFurnitureBox(el)) tryRemove(el);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Readability

export function runReadability(doc: DomDocument): { paragraphs: string[]; byline: string | null } | null {
  try {
    // Readability resolves links against document.baseURI, which linkedom leaves null; it catches the
    // failure and keeps the href as written, which is harmless since links are reduced to their text.
    const { Readability } = readability();
    const reader = new Readability<DomElement>(doc, {
      charThreshold: 250,
      disableJSONLD: true,
      // Only the text is read from the article, so stripping its class attributes is wasted work.
      keepClasses: true,
      serializer: (node) => node as unknown as DomElement,
    });
    const result = reader.parse();
    if (!result?.content) return null;
    return { paragraphs: toParagraphs(result.content), byline: result.byline ?? null };
  } catch {
    return null;
  }
}

const TERMINAL = /[.!?…]["'”’)\]]*$/;

/** Readability always returns its best attempt; a page of headlines and labels is not an article. */
export function isSubstantial(paragraphs: string[]): boolean {
  const prose = paragraphs.filter((p) => TERMINAL.test(p) && p.split(' ').length >= 12);
  return prose.reduce((n, p) => n + p.length, 0) >= 200;
}

// ---------------------------------------------------------------------------------------------------------
// DOM → paragraphs

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'IMG',
  'PICTURE',
  'SOURCE',
  'TRACK',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'MATH',
]);
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIR',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'OPTION',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'UL',
]);

// Deeper than any real page; keeps garbage from exhausting the stack.
const MAX_DEPTH = 1000;

/** Block elements become paragraphs; list items and headings one each; a table row one line of cells. */
export function toParagraphs(root: DomNode): string[] {
  const out: string[] = [];
  let cur = '';
  const flush = () => {
    const p = foldSpace(cur);
    if (p) out.push(p);
    cur = '';
  };
  const walk = (node: DomNode, depth: number): void => {
    if (node.nodeType === TEXT) {
      cur += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIP.has(tag) || depth > MAX_DEPTH) return;
    if (tag === 'BR') {
      flush();
      return;
    }
    if (tag === 'PRE') {
      flush();
      for (const line of (node.textContent ?? '').split('\n')) {
        cur = line;
        flush();
      }
      return;
    }
    if (tag === 'TR') {
      flush();
      const cells = Array.from(node.childNodes)
        .filter((c) => c.nodeType === ELEMENT && /^(?:TD|TH)$/i.test(c.nodeName))
        .map((c) => toParagraphs(c).join(' '))
        .filter(Boolean);
      cur = cells.join(' | ');
      flush();
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child, depth + 1);
    if (block) flush();
  };
  walk(root, 0);
  flush();
  return out;
}

/** The headline repeated at the top of the text is metadata, not body. */
export function dropLeadingTitles(paragraphs: string[], headings: Set<string>): string[] {
  const out = [...paragraphs];
  for (let i = 0; i < Math.min(out.length, 4); ) {
    const p = out[i] ?? '';
    if (headings.has(looseKey(p))) {
      out.splice(i, 1);
      continue;
    }
    if (TERMINAL.test(p) && p.split(' ').length >= 12) break;
    i++;
  }
  return out;
}
