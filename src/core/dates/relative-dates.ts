// Dates relative to the publication date: "today", "yesterday", "last year", "three years ago", "on
// Monday", "in December". Left out when the publication date is unknown, rather than guessed from today.
import { isoDate, MONTH_PATTERN, monthIndex, WEEKDAY_PATTERN, weekdayIndex } from './calendar.js';
import {
  type Anchor,
  addDays,
  type Candidate,
  candidate,
  type DateRule,
  FUTURE_CUE,
  matches,
} from './date-rule.js';

const TODAY = new RegExp(
  `\\b(?:earlier |later )?(?:today|this (?:morning|afternoon|evening)|tonight)\\b(?:\\s*\\((${WEEKDAY_PATTERN})\\))?`,
  'gi',
);
const DAY_POSSESSIVE = /\b(?:today|yesterday)'s\b/gi;
/** "yesterday", and "last night" as a statement to a House or the press uses it: the evening before. */
const YESTERDAY = /\b(?:yesterday|last night)\b/gi;
const TOMORROW = /\btomorrow\b/gi;
const NEIGHBOUR_WEEK = /\b(last|this|earlier this|the previous)\s+week\b/gi;
const NEIGHBOUR_PERIOD = /\b(last|this|earlier this|the previous|the following|next)\s+(year|month)\b/gi;
const YEARS_AGO = /\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) years ago\b/gi;
const NUMBER_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const WEEKDAY = new RegExp(
  `(?:\\b([Oo]n|[Ll]ast|[Tt]his|[Ss]ince)\\s+(${WEEKDAY_PATTERN})\\b|\\((${WEEKDAY_PATTERN})\\)|\\b(${WEEKDAY_PATTERN})(?:'s)?\\s+(?:morning|afternoon|evening|night)\\b)`,
  'gu',
);
/** News style without a preposition: "the ministry said Thursday", "Treasury on Friday designated". */
const VERB_WEEKDAY = new RegExp(
  `(?<=\\b(?:said|says|told|\\p{Ll}+ed)\\s+)(${WEEKDAY_PATTERN})\\b(?!,?\\s*(?:\\d|${MONTH_PATTERN}))`,
  'gu',
);
const NAMED_MONTH = new RegExp(
  `\\b(in|during|since|last|this|early|late|mid-?|by|until|the end of)\\s+(${MONTH_PATTERN})\\b(?!\\.?\\s*\\d)`,
  'giu',
);

/**
 * A word every relative pattern needs ("today", "yesterday" and weekdays end in "day"), matched with the
 * most permissive flags among them (case-insensitive Unicode) so that it never misses what they find.
 */
const RELATIVE_CUE =
  /day|night|morning|afternoon|evening|tomorrow|week|year|month|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/iu;

type AnchoredRule = (text: string, anchor: Anchor) => Candidate[];

const dayWords: AnchoredRule = (text, anchor) => {
  const day = (m: RegExpExecArray, delta: number) => candidate(m, addDays(anchor, delta), 6, true);
  return [
    // "today (Wednesday)" in a text reproduced on a later day is that Wednesday, not the page's day.
    ...matches(TODAY, text).flatMap((m) => day(m, m[1] ? -daysBack(anchor, m[1]) : 0)),
    ...matches(DAY_POSSESSIVE, text).flatMap((m) => day(m, /^today/i.test(m[0]) ? 0 : -1)),
    ...matches(YESTERDAY, text).flatMap((m) => day(m, -1)),
    ...matches(TOMORROW, text).flatMap((m) => day(m, 1)),
  ];
};

/**
 * "the previous week", "the following year" after a year in the sentence ("In 2019 …, and the following
 * year …") count from that date, not from the page's: they are left for a reader rather than misdated.
 */
const countsFromTheText = (text: string, m: RegExpExecArray) =>
  /^the\s/i.test(m[1] ?? '') && /\b(?:1[89]|20)\d{2}\b/.test(text.slice(0, m.index));

/** "last year", "this month", "the following year". */
const neighbourPeriods: AnchoredRule = (text, anchor) =>
  matches(NEIGHBOUR_PERIOD, text).flatMap((m) => {
    if (countsFromTheText(text, m)) return [];
    const which = (m[1] ?? '').toLowerCase();
    const delta = /last|previous/.test(which) ? -1 : /next|following/.test(which) ? 1 : 0;
    if ((m[2] ?? '').toLowerCase() === 'year') return candidate(m, String(anchor.y + delta), 6, true);
    if (anchor.m == null) return [];
    const t = new Date(Date.UTC(anchor.y, anchor.m - 1 + delta, 1));
    return candidate(m, isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1), 6, true);
  });

const yearsAgo: AnchoredRule = (text, anchor) =>
  matches(YEARS_AGO, text).flatMap((m) => {
    const n = /\d/.test(m[1] ?? '') ? Number(m[1]) : NUMBER_WORDS.indexOf((m[1] ?? '').toLowerCase());
    return n > 0 ? candidate(m, String(anchor.y - n), 6, true) : [];
  });

/** Days from the anchor back to the most recent `weekday` (0 when the anchor is one); 0 without a day. */
function daysBack(anchor: Anchor, weekday: string): number {
  if (anchor.m == null || anchor.d == null) return 0;
  const pubDow = new Date(Date.UTC(anchor.y, anchor.m - 1, anchor.d)).getUTCDay();
  return (pubDow - weekdayIndex(weekday) + 7) % 7;
}

/** "last week": Monday to Sunday of the week before the anchor's; "this week": the anchor's own week. */
const neighbourWeeks: AnchoredRule = (text, anchor) =>
  matches(NEIGHBOUR_WEEK, text).flatMap((m) => {
    if (countsFromTheText(text, m)) return [];
    const monday = -daysBack(anchor, 'Monday') - (/last|previous/i.test(m[1] ?? '') ? 7 : 0);
    const start = addDays(anchor, monday);
    const end = addDays(anchor, monday + 6);
    return start && end ? candidate(m, `${start}/${end}`, 6, true) : [];
  });

/** "said Thursday": the most recent such day, the anchor's own day included. */
const verbWeekdays: AnchoredRule = (text, anchor) =>
  matches(VERB_WEEKDAY, text).flatMap((m) =>
    candidate(m, addDays(anchor, -daysBack(anchor, m[1] ?? '')), 6, true),
  );

/** "on Monday", "last Tuesday", "(Monday)", "Monday night": the nearest such day (the next in future tense). */
const weekdays: AnchoredRule = (text, anchor) =>
  matches(WEEKDAY, text).flatMap((m) => {
    if (anchor.m == null || anchor.d == null) return [];
    const target = weekdayIndex(m[2] ?? m[3] ?? m[4] ?? '');
    const pubDow = new Date(Date.UTC(anchor.y, anchor.m - 1, anchor.d)).getUTCDay();
    let back = (pubDow - target + 7) % 7;
    if ((m[1] ?? '').toLowerCase() === 'last' && back === 0) back = 7;
    const delta = FUTURE_CUE.test(text.slice(0, m.index)) && back !== 0 ? 7 - back : -back;
    return candidate(m, addDays(anchor, delta), 6, true);
  });

/** "in December", "last March", "since May": the most recent such month (the next one in future tense). */
const namedMonths: AnchoredRule = (text, anchor) =>
  matches(NAMED_MONTH, text).flatMap((m) => {
    if (anchor.m == null) return [];
    const mi = monthIndex(m[2] ?? '');
    if (!mi) return [];
    if ((m[2] ?? '').toLowerCase() === 'may' && !/^(in|since|during|until|by|last)$/i.test(m[1] ?? ''))
      return [];
    const future = FUTURE_CUE.test(text.slice(0, m.index));
    let year = anchor.y;
    if (future) year = mi < anchor.m ? anchor.y + 1 : anchor.y;
    else if (mi > anchor.m || ((m[1] ?? '').toLowerCase() === 'last' && mi === anchor.m)) year = anchor.y - 1;
    return candidate(m, isoDate(year, mi), 3, true);
  });

const ANCHORED_RULES: AnchoredRule[] = [
  dayWords,
  neighbourWeeks,
  neighbourPeriods,
  yearsAgo,
  weekdays,
  verbWeekdays,
  namedMonths,
];

export const relativeDates: DateRule = (text, _ctx, anchor) => {
  if (!anchor || !RELATIVE_CUE.test(text)) return [];
  return ANCHORED_RULES.flatMap((rule) => rule(text, anchor));
};
