// The day a statement speaks of as "today". A page that reproduces a statement a day or two later keeps its
// words: "today (Wednesday)" is that Wednesday, and "the statement made in the Senate on Tuesday 4 June:"
// dates what follows. A speaker's "today" is the page's own day only when the page itself speaks that way.
import type { IsoDate } from '../model.js';
import { WEEKDAY_PATTERN } from './calendar.js';
import type { DateContext } from './date-rule.js';
import { findDates } from './find-dates.js';

const TODAY_WITH_WEEKDAY = new RegExp(`\\btoday\\s*\\(${WEEKDAY_PATTERN}\\)`, 'i');
const SAME_DAY = /\b(?:today|this (?:morning|afternoon|evening)|tonight)\b/i;
/** An introduction to a statement reproduced after it: "issued the following statement:", "as follows". */
const INTRODUCES_STATEMENT =
  /\b(?:statement|remarks|speech|answer|declaration|announcement)\b[^.!?]*(?::\s*$|\bas follows\b)/i;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The day "today (Wednesday)" names, when the text has one; null otherwise. */
export function declaredToday(text: string, ctx: DateContext): IsoDate | null {
  const m = TODAY_WITH_WEEKDAY.exec(text);
  if (!m) return null;
  return findDates(m[0], ctx).find((d) => DAY.test(d.iso))?.iso ?? null;
}

/** Whether narrative text speaks of its own day ("today", "this morning"). */
export function speaksOfToday(text: string): boolean {
  return SAME_DAY.test(text);
}

/**
 * The day an introduction gives the statement that follows it ("Global Affairs Canada today issued the
 * following statement:", "the statement made in the Senate on Tuesday 4 June is as follows"); null when the
 * text introduces none or dates it to no day.
 */
export function introducedDate(intro: string, ctx: DateContext): IsoDate | null {
  if (!INTRODUCES_STATEMENT.test(intro)) return null;
  const days = findDates(intro, ctx).filter((d) => DAY.test(d.iso));
  return days.length === 1 ? (days[0]?.iso ?? null) : null;
}
