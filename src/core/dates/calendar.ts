// Calendar facts every date reader and writer shares: month and weekday names, the years reports are read
// for, zero padding, days in a month, and whether a document writes its dates month first. One table of
// each, so the readers (findDates, datelines, declared dates) and the writers (formatIsoDate) agree.
import type { IsoDate } from '../model.js';

/** Month names in calendar order; the first three letters of each are its abbreviation. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Weekday names in the order `Date.getUTCDay` numbers them (Sunday is 0). */
export const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/** A month name or abbreviation as reports write it ("Sept", "Dec."): a regex source, to be embedded. */
export const MONTH_PATTERN =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
/** A month name written in full: a regex source. */
export const FULL_MONTH_PATTERN = `(?:${MONTH_NAMES.join('|')})`;
/** A weekday name written in full: a regex source. */
export const WEEKDAY_PATTERN = `(?:${WEEKDAY_NAMES.join('|')})`;

/** The years read as years: a four-digit number outside them is anything but a date in a report. */
export const YEARS_READ = { first: 1950, last: 2049 } as const;
/** A year within YEARS_READ: a regex source. */
export const YEAR_PATTERN = '(?:19[5-9]\\d|20[0-4]\\d)';

/** Two digits at least: 3 → "03". */
export const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Number of days in month `m` (1–12) of year `y`. */
export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Whether year, month (1–12) and day name a day of the calendar. */
export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** An ISO 8601 date at the precision given: year, year-month or year-month-day. */
export function isoDate(y: number | string, m?: number | null, d?: number | null): IsoDate {
  if (m == null) return String(y);
  return d == null ? `${y}-${pad2(m)}` : `${y}-${pad2(m)}-${pad2(d)}`;
}

/** 1–12 for a month name or abbreviation in any case ("Sept.", "DEC", "march"); null for anything else. */
export function monthIndex(name: string): number | null {
  const key = name.toLowerCase().replace(/\.$/, '').slice(0, 3);
  const i = MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(key));
  return i >= 0 ? i + 1 : null;
}

/** 0 (Sunday) to 6 for a weekday name in any case; -1 for anything else. */
export function weekdayIndex(name: string): number {
  return WEEKDAY_NAMES.findIndex((w) => w.toLowerCase() === name.toLowerCase());
}

/** Whether a word is a month or weekday name as written in running text ("March", "Monday"). */
export function isCalendarName(word: string): boolean {
  return (
    (MONTH_NAMES as readonly string[]).includes(word) || (WEEKDAY_NAMES as readonly string[]).includes(word)
  );
}

const MONTH_FIRST_DATE = new RegExp(`\\b${FULL_MONTH_PATTERN} \\d{1,2}, \\d{4}\\b`);

/** US sources write "March 26, 2024" and read 3/4 as March 4; most others write day first. */
export function writesMonthFirst(text: string): boolean {
  return MONTH_FIRST_DATE.test(text);
}
