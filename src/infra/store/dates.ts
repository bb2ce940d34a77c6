// Dates as the store keeps them: an ISO 8601 date or range at any precision, turned into the first and
// last day it covers (YYYY-MM-DD), so period queries are plain string comparisons on indexed columns.

import { daysInMonth, pad2 as pad } from '../../core/dates/calendar.js';

/** First and last day (YYYY-MM-DD) one ISO date at year, month or day precision covers. */
function pointBounds(s: string): { start: string; end: string } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[2] === undefined) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  const last = daysInMonth(y, mo);
  if (m[3] === undefined) return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(last)}` };
  const d = Number(m[3]);
  if (d < 1 || d > last) return null;
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  return { start: day, end: day };
}

/** Bounds of a period open on that side: before and after every date the store holds. */
export const OPEN_START = '0000-01-01';
export const OPEN_END = '9999-12-31';

/**
 * The days an ISO 8601 date or range covers: '2021' → 2021-01-01..2021-12-31, '2023-12' → the month,
 * '2021/2022' → 2021-01-01..2022-12-31. An open side ('..' or empty) runs to the end of time.
 */
export function dateBounds(date: string): { start: string; end: string } | null {
  const parts = date.trim().split('/');
  if (parts.length === 1) return pointBounds(parts[0] ?? '');
  if (parts.length !== 2) return null;
  const [a = '', b = ''] = parts;
  const open = (p: string) => p === '' || p === '..';
  if (open(a) && open(b)) return null;
  const left = open(a) ? { start: OPEN_START, end: OPEN_START } : pointBounds(a);
  const right = open(b) ? { start: OPEN_END, end: OPEN_END } : pointBounds(b);
  if (!left || !right || left.start > right.end) return null;
  return { start: left.start, end: right.end };
}

/**
 * The first and last day of a period given by two optional ISO dates (`from` 2021 starts on 1 January,
 * `to` 2021 ends on 31 December); a missing or unreadable side is open.
 */
export function periodBounds(range: { from?: string; to?: string } = {}): { from: string; to: string } {
  return {
    from: range.from === undefined ? OPEN_START : (dateBounds(range.from)?.start ?? OPEN_START),
    to: range.to === undefined ? OPEN_END : (dateBounds(range.to)?.end ?? OPEN_END),
  };
}
