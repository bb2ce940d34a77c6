// What the format readers (HTML, Markdown) hand to the plain-text cleaner: the article's text and the
// metadata the format itself declares. The cleaner does the final furniture removal.
import type { IsoDate } from '../model.js';
import { collapseSpaces } from '../text/normalise.js';
import { chrono } from './libraries.js';

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

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is being removed
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/** Folds runs of whitespace (including non-breaking and thin spaces) to one space; drops control characters. */
export function foldSpace(s: string): string {
  return collapseSpaces(s.replace(CONTROL, '')).trim();
}

/**
 * A declared date cut to the precision it states: `2024-03-25T16:42:07+00:00` → `2024-03-25`. The date is
 * the one written (the publisher's local day), not shifted to UTC. Null for anything not ISO-shaped.
 */
export function isoDatePrefix(value: string): IsoDate | null {
  const m = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T\s]|[+-]\d{2}:?\d{2}$|Z)/.exec(value);
  if (!m) return null;
  const [, y, mo, d] = m;
  const year = Number(y);
  // CMS placeholders (0001-01-01, 1970-01-01 epoch defaults) say nothing about the report.
  if (year < 1971 || year > 2999) return null;
  if (mo === undefined) return y ?? null;
  const month = Number(mo);
  if (month < 1 || month > 12) return null;
  if (d === undefined) return `${y}-${mo}`;
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  return `${y}-${mo}-${d}`;
}

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

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';

/** A date as a page declares it, at the precision declared; null when it does not name a year. */
export function declaredDate(value: string | null | undefined): IsoDate | null {
  if (!value) return null;
  const v = foldSpace(value);
  const iso = isoDatePrefix(v);
  if (iso) return iso;
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(v);
  if (compact) return isoDatePrefix(`${compact[1]}-${compact[2]}-${compact[3]}`);
  // Numeric day/month orders are ambiguous (03/04/2024); only spelled-out months are trusted.
  if (/\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/.test(v) || !/\b\d{4}\b/.test(v)) return null;
  const monthYear = new RegExp(`^(${MONTHS})\\s+(\\d{4})$`, 'i').exec(v);
  if (monthYear?.[1] && monthYear[2]) {
    const m = MONTHS.split('|').indexOf(monthYear[1].toLowerCase()) + 1;
    return isoDatePrefix(`${monthYear[2]}-${String(m).padStart(2, '0')}`);
  }
  try {
    const r = chrono().strict.parse(v, new Date(Date.UTC(2000, 0, 1)))[0];
    if (!r || !/\b\d{4}\b/.test(r.text)) return null;
    const c = r.start;
    if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) return null;
    const pad = (n: number | null) => String(n ?? 0).padStart(2, '0');
    return isoDatePrefix(`${c.get('year')}-${pad(c.get('month'))}-${pad(c.get('day'))}`);
  } catch {
    return null;
  }
}
