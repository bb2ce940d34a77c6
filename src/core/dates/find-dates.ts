// Date expressions in running text, at the precision the text gives. chrono-node reads full calendar dates
// (full-dates.ts); years, months, ranges and relative dates follow our own rules, because chrono has no
// notion of a bare year, a range like "2021-22", or of leaving a date unresolved when the anchor is unknown.
import type { IsoDate } from '../model.js';
import { isoDate, isValidDay, MONTH_PATTERN, monthIndex, YEAR_PATTERN } from './calendar.js';
import {
  ANY_YEAR,
  anchorOf,
  type Candidate,
  candidate,
  type DateContext,
  type DateMention,
  type DateRule,
  matches,
  NOT_NUMBER_AFTER,
  NOT_NUMBER_BEFORE,
} from './date-rule.js';
import { fullDates } from './full-dates.js';
import { parseSingleDate } from './parse-date.js';
import { relativeDates } from './relative-dates.js';

const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
/** A day with its month, either way round: "2 March", "March 2", "2nd of March". */
const DAY_AND_MONTH = `(?:${DAY} (?:of )?${MONTH_PATTERN}\\.?|${MONTH_PATTERN}\\.? ${DAY})`;
/**
 * One end of a range: a year with what precedes it ("early 2021", "March 2022", "April 18, 2022"), or a
 * month or day whose year the other end gives ("between March 2 and April 18, 2022").
 */
const RANGE_END = `((?:early |late |mid-?)?(?:${DAY_AND_MONTH},? |${MONTH_PATTERN}\\.?,? (?:of )?)?${YEAR_PATTERN}|${DAY_AND_MONTH}|${MONTH_PATTERN}|\\d{1,2})`;
/** "from at least 2013 through 2018": a hedge on the start does not stop the range. */
const HEDGE = '(?:(?:at least|as early as|approximately|about|around) )?';
const BETWEEN_RANGE = new RegExp(
  `\\b(?:between|from)\\s+${HEDGE}${RANGE_END}\\s+(?:and|to|until|till|through|-|–)\\s+${RANGE_END}${NOT_NUMBER_AFTER}`,
  'giu',
);
const YEAR_RANGE = new RegExp(
  `${NOT_NUMBER_BEFORE}(${YEAR_PATTERN})\\s?[-–—/]\\s?(\\d{4}|\\d{2})${NOT_NUMBER_AFTER}`,
  'gu',
);
/** "25-27 March 2024", and "2 and 3 March 2020" for two days running. */
const DAY_RANGE = new RegExp(
  `\\b(\\d{1,2})(\\s?[-–]\\s?| and )(\\d{1,2}) (${MONTH_PATTERN}) (${YEAR_PATTERN})\\b`,
  'giu',
);
/** "in 2021 and 2022", "during 2016 and 2017": two years running, read as the span. */
const YEAR_PAIR = new RegExp(
  `\\b(?:in|during|throughout) (${YEAR_PATTERN}) and (${YEAR_PATTERN})${NOT_NUMBER_AFTER}`,
  'giu',
);
/** "in April and May 2015": two months of one year, read as the span they bound (the year given once). */
const MONTH_PAIR = new RegExp(`\\b(${MONTH_PATTERN}) and (${MONTH_PATTERN})\\.? (${YEAR_PATTERN})\\b`, 'giu');
/** "March 1–3, 2020", "March 2 and 3, 2020": the same, month first. */
const MONTH_FIRST_DAY_RANGE = new RegExp(
  `\\b(${MONTH_PATTERN})\\.? (\\d{1,2})(\\s?[-–]\\s?| and )(\\d{1,2}),? (${YEAR_PATTERN})\\b`,
  'giu',
);

/** "between March and May 2023", "from 2014 to 2022", "2021-22", "25-27 March 2024". */
const ranges: DateRule = (text, ctx) => {
  // An end without a year is a bare month ("between March and May"), which alone dates nothing.
  if (!ANY_YEAR.test(text)) return [];
  const out: Candidate[] = [];
  for (const m of matches(BETWEEN_RANGE, text)) {
    const rightIso = parseSingleDate(m[2] ?? '', ctx);
    const leftIso = rightIso ? rangeStart(m[1] ?? '', rightIso, ctx) : null;
    if (rightIso && leftIso && leftIso < rightIso) out.push(...candidate(m, `${leftIso}/${rightIso}`, 9));
  }
  for (const m of matches(YEAR_RANGE, text)) {
    const y1 = Number(m[1]);
    const tail = m[2] ?? '';
    const y2 = tail.length === 2 ? Math.floor(y1 / 100) * 100 + Number(tail) : Number(tail);
    if (y2 > y1 && y2 - y1 < 50) out.push(...candidate(m, `${y1}/${y2}`, 8));
  }
  for (const m of matches(DAY_RANGE, text)) out.push(...dayRange(m, m[4], m[1], m[2], m[3], m[5]));
  for (const m of matches(MONTH_FIRST_DAY_RANGE, text))
    out.push(...dayRange(m, m[1], m[2], m[3], m[4], m[5]));
  for (const m of matches(YEAR_PAIR, text))
    if (Number(m[2]) === Number(m[1]) + 1) out.push(...candidate(m, `${m[1]}/${m[2]}`, 8));
  for (const m of matches(MONTH_PAIR, text)) {
    const first = monthIndex(m[1] ?? '');
    const second = monthIndex(m[2] ?? '');
    if (first && second && second > first)
      out.push(...candidate(m, `${isoDate(m[3] ?? '', first)}/${isoDate(m[3] ?? '', second)}`, 8));
  }
  return out;
};

/** Days of one month as a range; days joined by "and" make one only when they follow each other. */
function dayRange(
  m: RegExpExecArray,
  month = '',
  first = '',
  joiner = '',
  last = '',
  year = '',
): Candidate[] {
  const mo = monthIndex(month);
  const y = Number(year);
  const d1 = Number(first);
  const d2 = Number(last);
  const joined = /and/.test(joiner) ? d2 === d1 + 1 : d1 < d2;
  if (!mo || !joined || !isValidDay(y, mo, d2)) return [];
  return candidate(m, `${isoDate(y, mo, d1)}/${isoDate(y, mo, d2)}`, 8);
}

/**
 * The start of a range, borrowing what it leaves out from the end: "March" and "2 March" take the end's
 * year, a bare day ("between 2 and 18 April 2022") its month too.
 */
function rangeStart(left: string, end: IsoDate, ctx: DateContext): IsoDate | null {
  if (ANY_YEAR.test(left)) return parseSingleDate(left, ctx);
  const year = end.slice(0, 4);
  if (/^\d{1,2}$/.test(left)) {
    const month = Number(end.slice(5, 7));
    return month && end.length === 10 && isValidDay(Number(year), month, Number(left))
      ? isoDate(year, month, Number(left))
      : null;
  }
  // "March 2" needs its comma before a year ("March 2, 2022"); "2 March 2022" and "March 2022" do not.
  return parseSingleDate(/\d$/.test(left) ? `${left}, ${year}` : `${left} ${year}`, ctx);
}

const calendarDates: DateRule = (text, ctx, anchor) => fullDates(text, ctx, anchor);

const MONTH_YEAR = new RegExp(
  `\\b(${MONTH_PATTERN})\\.?,?\\s+(?:of\\s+)?(${YEAR_PATTERN})${NOT_NUMBER_AFTER}`,
  'giu',
);

/** "March 2024", "Dec. 2023"; "May 2021" only after a preposition, because "may" is also a verb. */
const monthYears: DateRule = (text) =>
  (ANY_YEAR.test(text) ? matches(MONTH_YEAR, text) : []).flatMap((m) => {
    const mi = monthIndex(m[1] ?? '');
    if (
      m[1]?.toLowerCase() === 'may' &&
      !/\b(?:in|since|during|until|by|from|of|early|late|mid-?)\s*$/i.test(text.slice(0, m.index))
    )
      return [];
    return mi ? candidate(m, isoDate(m[2] ?? '', mi), 3) : [];
  });

/** Words before a bare year that make it a date rather than a count, a name or part of a title. */
const YEAR_LEAD =
  '(?:in|into|through|during|since|by|until|till|from|throughout|before|after|around|circa|of|early|late|mid-?|the (?:summer|spring|autumn|fall|winter|end|start|beginning|middle) of|(?:summer|spring|autumn|fall|winter))';

const BARE_YEAR = new RegExp(
  `\\b${YEAR_LEAD}\\s*(?:at least |as early as |as late as |about |approximately )?(${YEAR_PATTERN})(?:'s)?${NOT_NUMBER_AFTER}`,
  'giu',
);

/** "in 2021", "since 2014", "the summer of 2019". */
const bareYears: DateRule = (text) =>
  (ANY_YEAR.test(text) ? matches(BARE_YEAR, text) : []).flatMap((m) => {
    // "of 2023" names things ("the Act of 2023") more often than it dates them; keep it only after a
    // time word such as "summer of".
    if (/^of\b/i.test(m[0])) return [];
    return candidate(m, m[1] ?? '', 2);
  });

/** "during the 2016 presidential election": a year that names an occasion, inside the time phrase. */
const OCCASION_YEAR = new RegExp(
  `\\b(?:during|throughout|ahead of|in the (?:run|lead)-up to) the (${YEAR_PATTERN})(?= \\p{L})`,
  'giu',
);

const occasionYears: DateRule = (text) =>
  (ANY_YEAR.test(text) ? matches(OCCASION_YEAR, text) : []).flatMap((m) => candidate(m, m[1] ?? '', 2));

/** Every way of writing a date; findDates keeps the longest, most specific reading where they overlap. */
const RULES: readonly DateRule[] = [
  ranges,
  calendarDates,
  monthYears,
  bareYears,
  occasionYears,
  relativeDates,
];

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
