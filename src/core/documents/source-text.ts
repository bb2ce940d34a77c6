// What the format readers (HTML, Markdown) hand to the plain-text cleaner: the article's text and the
// metadata the format itself declares. The cleaner does the final furniture removal.
import type { IsoDate } from '../model.js';
import { foldSpace } from '../text/normalise.js';

export interface SourceText {
  /**
   * Article text only: paragraphs separated by exactly one blank line, headings and list items as their
   * own paragraphs, no markup, entities decoded, whitespace folded inside paragraphs.
   */
  text: string;
  title: string | null;
  /** The outlet or body that published it (og:site_name, JSON-LD publisher, front matter). */
  publisher: string | null;
  author: string | null;
  /** Publication date at the precision the source declares; null when it declares none. */
  published: IsoDate | null;
  /** Canonical address, else the one the caller passed in. */
  url: string | null;
  /**
   * False when no article body was found and `text` is the whole page's text (HTML), or when the input
   * held no text at all.
   */
  isArticle: boolean;
}

export function emptySourceText(url: string | null = null): SourceText {
  return { text: '', title: null, publisher: null, author: null, published: null, url, isArticle: false };
}

// feed.ts reads these two from here; they live with the text and date helpers.

/** "By Jane Smith, Security Correspondent | 25 March 2024" → "Jane Smith". */
export function cleanByline(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let s = foldSpace(raw);
  s = s.replace(/^(?:written\s+|posted\s+|reported\s+)?by\s*:?\s+/i, '');
  // Anything after a separator that carries a date or a time is the dateline, not the name.
  s = s.replace(/\s*(?:[|·•]|\s[-–—]\s).*$/, '');
  s = s.replace(
    /,?\s*(?:on\s+|updated\s+|published\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}|\d+\s+(?:minutes?|hours?|days?)\s+ago).*$/iu,
    '',
  );
  s = s.replace(
    /,\s*(?:[\p{L}-]+\s+){0,4}(?:editor|reporter|correspondent|writer|journalist|contributor|columnist|analyst|producer|staff)\b.*$/iu,
    '',
  );
  s = s.replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '');
  if (!s || /^https?:\/\//i.test(s) || s.length > 100) return null;
  return s;
}

export function joinNames(names: string[]): string | null {
  const unique = [...new Set(names)];
  if (unique.length === 0) return null;
  if (unique.length === 1) return unique[0] ?? null;
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}
