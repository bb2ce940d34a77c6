// Dates as reports print them: datelines in eight styles and event dates at every precision,
// relative ones included ("last year", "earlier this month").
import type { Rng } from './rng.js';
import { words } from './text.js';

const MONTHS = words(`January February March April May June July August September October November December`);
const WEEKDAYS = words(`Sunday Monday Tuesday Wednesday Thursday Friday Saturday`);
export const pad = (n: number) => String(n).padStart(2, '0');

export interface Day {
  y: number;
  m: number; // 1-12
  d: number;
}

export const dayOf = (t: number): Day => {
  const dt = new Date(t);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
};
export const isoDay = (x: Day) => `${x.y}-${pad(x.m)}-${pad(x.d)}`;
export const monthName = (m: number) => MONTHS[m - 1] ?? 'January';
const weekday = (x: Day) => WEEKDAYS[new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay()] ?? 'Monday';

/** The dateline as different outlets print it. */
export function dateline(rng: Rng, x: Day): string {
  const mon = monthName(x.m);
  switch (rng.int(8)) {
    case 0:
      return `${weekday(x)} ${x.d} ${mon} ${x.y} ${pad(rng.range(6, 22))}:${pad(rng.int(60))} GMT`;
    case 1:
      return `${mon} ${x.d}, ${x.y}`;
    case 2:
      return `${x.d} ${mon} ${x.y}`;
    case 3:
      return isoDay(x);
    case 4:
      return `Published ${x.d} ${mon} ${x.y}`;
    case 5:
      return `${weekday(x)}, ${mon} ${x.d}, ${x.y}`;
    case 6:
      return `${mon.slice(0, 3)} ${x.d}, ${x.y}`;
    default:
      return `${pad(x.d)}/${pad(x.m)}/${x.y}`;
  }
}

/** A date phrase for an event, at some precision, earlier than (or on) the publication day. */
export function eventDate(rng: Rng, pub: Day): string {
  const back = (days: number) => dayOf(Date.UTC(pub.y, pub.m - 1, pub.d) - days * 86_400_000);
  const y = pub.y - rng.range(0, 6);
  switch (rng.int(12)) {
    case 0:
      return `in ${y}`;
    case 1:
      return `between ${y - rng.range(1, 3)} and ${y}`;
    case 2:
      return `in ${y - 1}-${String(y).slice(2)}`;
    case 3: {
      const x = back(rng.range(2, 900));
      return `on ${x.d} ${monthName(x.m)} ${x.y}`;
    }
    case 4: {
      const x = back(rng.range(2, 900));
      return `on ${monthName(x.m)} ${x.d}, ${x.y}`;
    }
    case 5: {
      const x = back(rng.range(20, 900));
      return `in ${monthName(x.m)} ${x.y}`;
    }
    case 6: {
      const m = rng.range(1, 9);
      return `from ${monthName(m)} to ${monthName(m + rng.range(1, 3))} ${y}`;
    }
    case 7:
      return 'last year';
    case 8:
      return 'yesterday';
    case 9:
      return 'earlier this month';
    case 10:
      return `in ${monthName(rng.range(1, 12))}`;
    default:
      return `since ${y - rng.range(1, 8)}`;
  }
}
