// Date expressions at the precision the text gives. chrono-node reads full calendar dates in their many
// spellings; years, months, ranges and relative dates follow our own rules, because chrono has no notion
// of a bare year, a range like "2021-22", or of leaving a date unresolved when the anchor is unknown.
import { chrono } from '../documents/libraries.js';
import type { IsoDate } from '../model.js';

export interface DateContext {
  /** Publication date of the document (any precision), the anchor for relative dates. */
  published: IsoDate | null;
  /** Read 3/4/2024 as 3 April (most of the world) rather than 4 March (United States). */
  dayFirst: boolean;
}

export interface DateMention {
  start: number;
  end: number;
  text: string;
  iso: IsoDate;
  /** True when the date was resolved against the publication date ("last year"). */
  relative: boolean;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_RE =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** The years read as years: a four-digit number outside them is anything but a date in a report. */
export const YEARS_READ = { first: 1950, last: 2049 } as const;
const YEAR_RE = '(?:19[5-9]\\d|20[0-4]\\d)'; // YEARS_READ
const NOT_NUMBER_BEFORE = '(?<![\\d,.\\-/\\p{L}])';
const NOT_NUMBER_AFTER = '(?![\\d\\p{L}]|[,.]\\d)';

const pad = (n: number) => String(n).padStart(2, '0');

export function monthIndex(name: string): number | null {
  const key = name.toLowerCase().replace(/\.$/, '').slice(0, 3);
  const i = MONTHS.findIndex((m) => m.startsWith(key));
  return i >= 0 ? i + 1 : null;
}

function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

interface Anchor {
  y: number;
  m: number | null;
  d: number | null;
}

function anchorOf(published: IsoDate | null): Anchor | null {
  if (!published) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published);
  if (!m) return null;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : null, d: m[3] ? Number(m[3]) : null };
}

function addDays(a: Anchor, days: number): IsoDate | null {
  if (a.m == null || a.d == null) return null;
  const t = new Date(Date.UTC(a.y, a.m - 1, a.d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

const FUTURE_CUE =
  /\b(?:will|shall|is due|are due|is expected|are expected|plans? to|planned|next|upcoming|scheduled)\b/i;

interface Candidate extends DateMention {
  priority: number;
}

type Rule = (text: string, ctx: DateContext, anchor: Anchor | null) => Candidate[];

/** Every match of a global pattern. The patterns are compiled once, at load: this runs for every sentence. */
function matches(g: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  g.lastIndex = 0;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    out.push(m);
    if (m[0].length === 0) g.lastIndex++;
  }
  return out;
}

function candidate(m: RegExpExecArray, iso: IsoDate | null, priority: number, relative = false): Candidate[] {
  if (!iso) return [];
  return [{ start: m.index, end: m.index + m[0].length, text: m[0], iso, relative, priority }];
}

const ONLY_YEAR = new RegExp(`^${YEAR_RE}$`);
const ONLY_MONTH_YEAR = new RegExp(`^(${MONTH_RE})\\s*(?:of\\s+)?(${YEAR_RE})$`, 'i');

/** One date expression without context words, as in a range's ends: "March 2023", "2021", "25 March 2024". */
export function parseSingleDate(s: string, ctx: DateContext): IsoDate | null {
  const t = s.trim().replace(/^(?:early|late|mid-?|the end of|the start of)\s*/i, '');
  if (ONLY_YEAR.test(t)) return t;
  const m = ONLY_MONTH_YEAR.exec(t);
  if (m?.[1] && m[2]) {
    const mi = monthIndex(m[1]);
    return mi ? `${m[2]}-${pad(mi)}` : null;
  }
  const full = fullDates(t, ctx);
  const only = full.find((c) => c.start === 0 && c.end === t.length);
  return only ? only.iso : null;
}

/** A month name or abbreviation anywhere: without one, chrono (strict) finds no date we keep. */
const ANY_MONTH = new RegExp(MONTH_RE, 'i');
/**
 * A year anywhere: every rule but the relative ones and chrono's needs one. Most sentences have none, and
 * this one quick scan spares them those rules' slower patterns.
 */
const ANY_YEAR = new RegExp(YEAR_RE);
const ISO_DATE = new RegExp(`${NOT_NUMBER_BEFORE}(${YEAR_RE})-(\\d{2})-(\\d{2})${NOT_NUMBER_AFTER}`, 'gu');
const NUMERIC_DATE = new RegExp(
  `${NOT_NUMBER_BEFORE}(\\d{1,2})([./])(\\d{1,2})\\2(${YEAR_RE})${NOT_NUMBER_AFTER}`,
  'gu',
);

/** Calendar dates at day precision: chrono for the spelled-out forms, our rules for numeric ones. */
function fullDates(text: string, ctx: DateContext, anchor: Anchor | null = null): Candidate[] {
  const out: Candidate[] = [];
  const hasYear = ANY_YEAR.test(text);
  // ISO 2024-03-25
  for (const m of hasYear ? matches(ISO_DATE, text) : []) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (isValidDay(y, mo, d)) out.push(...candidate(m, `${y}-${pad(mo)}-${pad(d)}`, 5));
  }
  // Numeric 18.3.2021, 25/03/2024, 3/25/2024
  for (const m of hasYear ? matches(NUMERIC_DATE, text) : []) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = Number(m[4]);
    // Dots are day-first everywhere they are used for dates; slashes follow the document's convention
    // unless one of the numbers cannot be a month.
    let dayFirst = m[2] === '.' || ctx.dayFirst;
    if (a > 12) dayFirst = true;
    else if (b > 12) dayFirst = false;
    const [d, mo] = dayFirst ? [a, b] : [b, a];
    if (isValidDay(y, mo, d)) out.push(...candidate(m, `${y}-${pad(mo)}-${pad(d)}`, 5));
  }
  if (!ANY_MONTH.test(text)) return out;
  const ref =
    anchor?.m && anchor.d
      ? new Date(Date.UTC(anchor.y, anchor.m - 1, anchor.d, 12))
      : new Date(Date.UTC(2000, 0, 1));
  for (const r of chrono().strict.parse(text, ref)) {
    const s = r.start;
    if (!s.isCertain('day') || !s.isCertain('month')) continue;
    const y = s.get('year');
    const mo = s.get('month');
    const d = s.get('day');
    if (y == null || mo == null || d == null) continue;
    // Keep the date itself: no leading preposition, no trailing time or zone.
    const lead = /^(?:on|from|since|by|until|the)\s+/i.exec(r.text)?.[0].length ?? 0;
    const dateText = r.text.slice(lead).replace(/[\s,]+(?:at\s+)?\d{1,2}[:.]\d{2}.*$/i, '');
    const index = r.index + lead;
    if (/^\d+([./])\d+\1\d+$/.test(dateText)) continue; // numeric: handled above with the document's convention
    if (!ANY_MONTH.test(dateText)) continue; // "for two weeks" and other durations are not dates
    let iso = `${y}-${pad(mo)}-${pad(d)}`;
    let relative = false;
    const e = r.end;
    if (e?.isCertain('day') && e.get('year') === y && (e.get('month') !== mo || e.get('day') !== d)) {
      iso = `${iso}/${y}-${pad(e.get('month') ?? mo)}-${pad(e.get('day') ?? d)}`;
    }
    if (!s.isCertain('year')) {
      // "on 25 March": only meaningful against a known publication date.
      if (!anchor?.m) continue;
      let year = anchor.y;
      const future = FUTURE_CUE.test(text.slice(0, r.index));
      if (!future && (mo > anchor.m || (mo === anchor.m && d > (anchor.d ?? 31) + 7))) year -= 1;
      iso = iso.replaceAll(String(y), String(year));
      relative = true;
    }
    out.push({ start: index, end: index + dateText.length, text: dateText, iso, relative, priority: 4 });
  }
  return out;
}

const RANGE_END = `((?:early |late |mid-?)?(?:\\d{1,2}(?:st|nd|rd|th)? )?(?:${MONTH_RE}\\.? )?(?:of )?${YEAR_RE}|${MONTH_RE})`;
const BETWEEN_RANGE = new RegExp(
  `\\b(?:between|from)\\s+${RANGE_END}\\s+(?:and|to|until|till|through|-|–)\\s+${RANGE_END}${NOT_NUMBER_AFTER}`,
  'giu',
);
const YEAR_RANGE = new RegExp(
  `${NOT_NUMBER_BEFORE}(${YEAR_RE})\\s?[-–—/]\\s?(\\d{4}|\\d{2})${NOT_NUMBER_AFTER}`,
  'gu',
);
const DAY_RANGE = new RegExp(`\\b(\\d{1,2})\\s?[-–]\\s?(\\d{1,2}) (${MONTH_RE}) (${YEAR_RE})\\b`, 'giu');

const ranges: Rule = (text, ctx) => {
  // An end without a year is a bare month ("between March and May"), which alone dates nothing.
  if (!ANY_YEAR.test(text)) return [];
  const out: Candidate[] = [];
  // between X and Y / from X to Y
  for (const m of matches(BETWEEN_RANGE, text)) {
    const left = m[1] ?? '';
    const right = m[2] ?? '';
    const rightIso = parseSingleDate(right, ctx);
    if (!rightIso) continue;
    // "between March and May 2023": the left end borrows the right end's year.
    const leftIso = parseSingleDate(ANY_YEAR.test(left) ? left : `${left} ${rightIso.slice(0, 4)}`, ctx);
    if (leftIso && leftIso < rightIso) out.push(...candidate(m, `${leftIso}/${rightIso}`, 9));
  }
  // 2021-22, 2021–2022, 2021/22
  for (const m of matches(YEAR_RANGE, text)) {
    const y1 = Number(m[1]);
    const tail = m[2] ?? '';
    const y2 = tail.length === 2 ? Math.floor(y1 / 100) * 100 + Number(tail) : Number(tail);
    if (y2 > y1 && y2 - y1 < 50) out.push(...candidate(m, `${y1}/${y2}`, 8));
  }
  // 25-27 March 2024
  for (const m of matches(DAY_RANGE, text)) {
    const mo = monthIndex(m[3] ?? '');
    const y = Number(m[4]);
    const d1 = Number(m[1]);
    const d2 = Number(m[2]);
    if (mo && d1 < d2 && isValidDay(y, mo, d2))
      out.push(...candidate(m, `${y}-${pad(mo)}-${pad(d1)}/${y}-${pad(mo)}-${pad(d2)}`, 8));
  }
  return out;
};

const calendarDates: Rule = (text, ctx, anchor) => fullDates(text, ctx, anchor);

const MONTH_YEAR = new RegExp(`\\b(${MONTH_RE})\\.?,?\\s+(?:of\\s+)?(${YEAR_RE})${NOT_NUMBER_AFTER}`, 'giu');

const monthYears: Rule = (text) =>
  (ANY_YEAR.test(text) ? matches(MONTH_YEAR, text) : []).flatMap((m) => {
    const mi = monthIndex(m[1] ?? '');
    // "May 2021" only after a preposition, because "may" is also a verb.
    if (
      m[1]?.toLowerCase() === 'may' &&
      !/\b(?:in|since|during|until|by|from|of|early|late|mid-?)\s*$/i.test(text.slice(0, m.index))
    )
      return [];
    return mi ? candidate(m, `${m[2]}-${pad(mi)}`, 3) : [];
  });

/** Words before a bare year that make it a date rather than a count, a name or part of a title. */
const YEAR_LEAD =
  '(?:in|into|through|during|since|by|until|till|from|throughout|before|after|around|circa|of|early|late|mid-?|the (?:summer|spring|autumn|fall|winter|end|start|beginning|middle) of|(?:summer|spring|autumn|fall|winter))';

const BARE_YEAR = new RegExp(
  `\\b${YEAR_LEAD}\\s*(?:at least |as early as |as late as |about |approximately )?(${YEAR_RE})(?:'s)?${NOT_NUMBER_AFTER}`,
  'giu',
);

const bareYears: Rule = (text) =>
  (ANY_YEAR.test(text) ? matches(BARE_YEAR, text) : []).flatMap((m) => {
    const year = m[1] ?? '';
    // "of 2023" names things ("the Act of 2023") more often than it dates them; keep it only after a
    // time word such as "summer of".
    if (/^of\b/i.test(m[0])) return [];
    return candidate(m, year, 2);
  });

const TODAY =
  /\b(?:earlier |later )?(?:today|this (?:morning|afternoon|evening)|tonight)\b(?:\s*\((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\))?/gi;
const DAY_POSSESSIVE = /\b(?:today|yesterday)'s\b/gi;
const YESTERDAY = /\byesterday\b/gi;
const TOMORROW = /\btomorrow\b/gi;
const NEIGHBOUR_PERIOD = /\b(last|this|earlier this|the previous|the following|next)\s+(year|month)\b/gi;
const YEARS_AGO = /\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) years ago\b/gi;
const WEEKDAY = new RegExp(
  `(?:\\b(on|last|this|since)\\s+(${WEEKDAY_RE})\\b|\\((${WEEKDAY_RE})\\)|\\b(${WEEKDAY_RE})(?:'s)?\\s+(?:morning|afternoon|evening|night)\\b)`,
  'gu',
);
const NAMED_MONTH = new RegExp(
  `\\b(in|during|since|last|this|early|late|mid-?|by|until|the end of)\\s+(${MONTH_RE})\\b(?!\\.?\\s*\\d)`,
  'giu',
);

/**
 * A word every relative pattern needs ("today", "yesterday" and weekdays end in "day"), matched with the
 * most permissive flags among them (case-insensitive Unicode) so that it never misses what they find.
 */
const RELATIVE_CUE =
  /day|tonight|morning|afternoon|evening|tomorrow|year|month|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/iu;

const relativeDates: Rule = (text, _ctx, anchor) => {
  if (!anchor || !RELATIVE_CUE.test(text)) return [];
  const out: Candidate[] = [];
  const day = (m: RegExpExecArray, delta: number) =>
    out.push(...candidate(m, addDays(anchor, delta), 6, true));
  for (const m of matches(TODAY, text)) day(m, 0);
  for (const m of matches(DAY_POSSESSIVE, text)) day(m, /^today/i.test(m[0]) ? 0 : -1);
  for (const m of matches(YESTERDAY, text)) day(m, -1);
  for (const m of matches(TOMORROW, text)) day(m, 1);
  for (const m of matches(NEIGHBOUR_PERIOD, text)) {
    const which = (m[1] ?? '').toLowerCase();
    const delta = /last|previous/.test(which) ? -1 : /next|following/.test(which) ? 1 : 0;
    if ((m[2] ?? '').toLowerCase() === 'year') out.push(...candidate(m, String(anchor.y + delta), 6, true));
    else if (anchor.m != null) {
      const t = new Date(Date.UTC(anchor.y, anchor.m - 1 + delta, 1));
      out.push(...candidate(m, `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}`, 6, true));
    }
  }
  for (const m of matches(YEARS_AGO, text)) {
    const words = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
    const n = /\d/.test(m[1] ?? '') ? Number(m[1]) : words.indexOf((m[1] ?? '').toLowerCase());
    if (n > 0) out.push(...candidate(m, String(anchor.y - n), 6, true));
  }
  // Weekdays: "on Monday", "last Tuesday", "(Monday)", "Monday night".
  for (const m of matches(WEEKDAY, text)) {
    if (anchor.m == null || anchor.d == null) continue;
    const name = (m[2] ?? m[3] ?? m[4] ?? '').toLowerCase();
    const target = WEEKDAYS.indexOf(name);
    const pubDow = new Date(Date.UTC(anchor.y, anchor.m - 1, anchor.d)).getUTCDay();
    let back = (pubDow - target + 7) % 7;
    if ((m[1] ?? '').toLowerCase() === 'last' && back === 0) back = 7;
    if (FUTURE_CUE.test(text.slice(0, m.index)) && back !== 0) day(m, 7 - back);
    else day(m, -back);
  }
  // "in December", "last March", "since May": the most recent such month (the next one in future tense).
  for (const m of matches(NAMED_MONTH, text)) {
    if (anchor.m == null) continue;
    const mi = monthIndex(m[2] ?? '');
    if (!mi) continue;
    if ((m[2] ?? '').toLowerCase() === 'may' && !/^(in|since|during|until|by|last)$/i.test(m[1] ?? ''))
      continue;
    const future = FUTURE_CUE.test(text.slice(0, m.index));
    let year = anchor.y;
    if (future) year = mi < anchor.m ? anchor.y + 1 : anchor.y;
    else if (mi > anchor.m || ((m[1] ?? '').toLowerCase() === 'last' && mi === anchor.m)) year = anchor.y - 1;
    out.push(...candidate(m, `${year}-${pad(mi)}`, 3, true));
  }
  return out;
};

const RULES: Rule[] = [ranges, calendarDates, monthYears, bareYears, relativeDates];

/**
 * Every date expression in a text, without overlaps (the longer, more specific reading wins).
 * Relative expressions are resolved against `ctx.published`, and left out when it is unknown.
 */
export function findDates(text: string, ctx: DateContext): DateMention[] {
  const anchor = anchorOf(ctx.published);
  const all = RULES.flatMap((rule) => rule(text, ctx, anchor));
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority);
  const kept: Candidate[] = [];
  for (const c of all) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  kept.sort((a, b) => a.start - b.start);
  return kept.map(({ priority: _p, ...rest }) => rest);
}

const ANY_WEEKDAY = new RegExp(WEEKDAY_RE, 'gi');

/** A line that is nothing but a date (a dateline or "Published: …" label), at day precision. */
export function parseDateLine(line: string, ctx: DateContext): IsoDate | null {
  const t = line
    .trim()
    .replace(
      /^(?:published|posted|updated|last updated|first published|date|release date|issued|dated)\s*(?:on)?\s*[:\-–]?\s*/i,
      '',
    )
    .replace(/^\*\s*/, '');
  if (t.length === 0 || t.length > 60) return null;
  const found = fullDates(t, ctx);
  const first = found[0];
  if (!first) return null;
  // The rest of the line may only be a weekday, a time, a zone or separators.
  const rest = (t.slice(0, first.start) + t.slice(first.end))
    .replace(ANY_WEEKDAY, '')
    .replace(/\b(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:am|pm)?\b/gi, '')
    .replace(/\b(?:GMT|BST|UTC|CET|CEST|EET|EEST|EST|EDT|CST|CDT|PST|PDT|NZST|NZDT|AEST|AEDT)\b/g, '')
    .replace(/[\s,|·•\-–—()]+/g, '');
  return rest.length === 0 && !first.relative ? first.iso : null;
}
