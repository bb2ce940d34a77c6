// Reading one date that stands alone: a range's end ("March 2023"), a dateline ("Monday 25 March 2024
// 16:14 GMT"), and a date a page or feed declares in its metadata ("2024-03-25T16:42:07+00:00").
import { chrono } from '../documents/libraries.js';
import type { IsoDate } from '../model.js';
import { foldSpace, wordCount } from '../text/normalise.js';
import {
  daysInMonth,
  FULL_MONTH_PATTERN,
  isoDate,
  MONTH_PATTERN,
  monthIndex,
  WEEKDAY_PATTERN,
  YEAR_PATTERN,
} from './calendar.js';
import type { DateContext } from './date-rule.js';
import { fullDates } from './full-dates.js';

const ONLY_YEAR = new RegExp(`^${YEAR_PATTERN}$`);
const ONLY_MONTH_YEAR = new RegExp(`^(${MONTH_PATTERN})\\s*(?:of\\s+)?(${YEAR_PATTERN})$`, 'i');

/** One date expression without context words, as in a range's ends: "March 2023", "2021", "25 March 2024". */
export function parseSingleDate(s: string, ctx: DateContext): IsoDate | null {
  const t = s.trim().replace(/^(?:early|late|mid-?|the end of|the start of)\s*/i, '');
  if (ONLY_YEAR.test(t)) return t;
  const m = ONLY_MONTH_YEAR.exec(t);
  if (m?.[1] && m[2]) {
    const mi = monthIndex(m[1]);
    return mi ? isoDate(m[2], mi) : null;
  }
  const full = fullDates(t, ctx);
  const only = full.find((c) => c.start === 0 && c.end === t.length);
  return only ? only.iso : null;
}

const ANY_WEEKDAY = new RegExp(WEEKDAY_PATTERN, 'gi');
const DATE_LABEL =
  /^(?:published|posted|updated|last updated|first published|date|release date|issued|dated|last revised|revised|last modified|modified|publication date|date of publication|for (?:immediate )?release)\s*(?:on)?\s*[:\-–]?\s*/i;
/** A place before a dateline's date: "WASHINGTON,", "Ottawa, Ontario,", or one word without the comma ("Helsinki"). */
const PLACE_BEFORE =
  /^\s*(?:\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?:, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})?,|\p{Lu}[\p{L}'’-]+)\s*$/u;
/** A place or a source after a dash: "– Ottawa, Ontario - Global Affairs Canada", "- Press Office". */
const SOURCE_AFTER = /^\s*[-–—|]\s*[\p{Lu}][\p{L}.'’&,() -]*$/u;

/**
 * A line that is nothing but a date (a dateline or "Published: …" label), at day precision; a place may
 * precede the date ("WASHINGTON, May 9, 2023 —") and a place or source follow it after a dash.
 */
export function parseDateLine(line: string, ctx: DateContext): IsoDate | null {
  const t = line
    .trim()
    .replace(DATE_LABEL, '')
    .replace(/^\*\s*/, '');
  if (t.length === 0 || t.length > 90) return null;
  const first = fullDates(t, ctx)[0];
  if (!first || first.relative) return null;
  const before = withoutTimeWords(t.slice(0, first.start));
  const after = withoutTimeWords(t.slice(first.end));
  const framed = (x: string) => x.replace(/[\s,|·•\-–—()]+/g, '').length === 0;
  const beforeOk = framed(before) || PLACE_BEFORE.test(before);
  const afterOk = framed(after) || (SOURCE_AFTER.test(after) && wordCount(after) <= 8);
  return beforeOk && afterOk ? first.iso : null;
}

/** After an opening dateline's date: a closing bracket, a wire's tag, then a dash or colon before the text. */
const AFTER_OPENING_DATE = /^\)?\s*(?:\/[\p{L}\s-]{2,20}\/\s*)?(?:-{1,2}|[–—:])\s+(?=[\p{Lu}“"])/u;

/**
 * A dateline that opens a release's first paragraph: "WASHINGTON, May 9, 2023 — The Department…", "OTTAWA,
 * ONTARIO (Oct. 4, 2018) – …". Its date is the release's; `end` is where the text proper starts.
 */
export function openingDateline(text: string, ctx: DateContext): { iso: IsoDate; end: number } | null {
  const head = text.slice(0, 80);
  const first = fullDates(head, ctx)[0];
  if (!first || first.relative || !/^\d{4}-\d{2}-\d{2}$/.test(first.iso)) return null;
  const before = head.slice(0, first.start).replace(/\s*\(\s*$/, ',');
  const after = AFTER_OPENING_DATE.exec(text.slice(first.end));
  if (!after || !PLACE_BEFORE.test(before)) return null;
  return { iso: first.iso, end: first.end + after[0].length };
}

/** A dateline's weekday, time and zone taken out: what is left must be separators, a place or a source. */
function withoutTimeWords(s: string): string {
  return s
    .replace(ANY_WEEKDAY, '')
    .replace(/\b(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:am|pm)?\b/gi, '')
    .replace(/\b(?:GMT|BST|UTC|CET|CEST|EET|EEST|EST|EDT|CST|CDT|PST|PDT|NZST|NZDT|AEST|AEDT)\b/g, '');
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
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${y}-${mo}-${d}`;
}

const DECLARED_MONTH_YEAR = new RegExp(`^(${FULL_MONTH_PATTERN})\\s+(\\d{4})$`, 'i');

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
  const monthYear = DECLARED_MONTH_YEAR.exec(v);
  if (monthYear?.[1] && monthYear[2]) return isoDatePrefix(isoDate(monthYear[2], monthIndex(monthYear[1])));
  try {
    const r = chrono().strict.parse(v, new Date(Date.UTC(2000, 0, 1)))[0];
    if (!r || !/\b\d{4}\b/.test(r.text)) return null;
    const c = r.start;
    if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) return null;
    return isoDatePrefix(isoDate(c.get('year') ?? 0, c.get('month') ?? 0, c.get('day') ?? 0));
  } catch {
    return null;
  }
}
