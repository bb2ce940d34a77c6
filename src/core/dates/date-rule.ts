// What every date rule shares: the context a text is read in, the candidates a rule proposes (findDates
// keeps the longest, most specific of overlapping ones), and the anchor relative dates resolve against.
import type { IsoDate } from '../model.js';
import { isoDate, YEAR_PATTERN } from './calendar.js';

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

export interface Candidate extends DateMention {
  priority: number;
}

/** The publication date in numbers; month and day are null at a coarser precision. */
export interface Anchor {
  y: number;
  m: number | null;
  d: number | null;
}

/** One way of writing dates: every candidate it finds in a sentence. */
export type DateRule = (text: string, ctx: DateContext, anchor: Anchor | null) => Candidate[];

export const NOT_NUMBER_BEFORE = '(?<![\\d,.\\-/\\p{L}])';
export const NOT_NUMBER_AFTER = '(?![\\d\\p{L}]|[,.]\\d)';

/**
 * A year anywhere: every rule but the relative ones needs one. Most sentences have none, and this one
 * quick scan spares them those rules' slower patterns.
 */
export const ANY_YEAR = new RegExp(YEAR_PATTERN);

export const FUTURE_CUE =
  /\b(?:will|shall|is due|are due|is expected|are expected|plans? to|planned|next|upcoming|scheduled)\b/i;

export function anchorOf(published: IsoDate | null): Anchor | null {
  if (!published) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published);
  if (!m) return null;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : null, d: m[3] ? Number(m[3]) : null };
}

/** The anchor's day moved by `days`; null when the anchor has no day. */
export function addDays(a: Anchor, days: number): IsoDate | null {
  if (a.m == null || a.d == null) return null;
  const t = new Date(Date.UTC(a.y, a.m - 1, a.d + days));
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Every match of a global pattern. The patterns are compiled once, at load: this runs for every sentence. */
export function matches(g: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  g.lastIndex = 0;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    out.push(m);
    if (m[0].length === 0) g.lastIndex++;
  }
  return out;
}

/** The match as a candidate reading `iso`; none when `iso` is null. */
export function candidate(
  m: RegExpExecArray,
  iso: IsoDate | null,
  priority: number,
  relative = false,
): Candidate[] {
  if (!iso) return [];
  return [{ start: m.index, end: m.index + m[0].length, text: m[0], iso, relative, priority }];
}
