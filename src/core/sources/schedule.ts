// When sources are polled and failures retried. Intervals ("30m", "2h", "1d") are spelled as cron
// expressions so one scheduler runs every source; anything else must be a cron expression.
import type { Schedules, SourceRecord } from '../ports.js';

export const DEFAULT_EVERY = '30m';
/** A digest follow's schedule, or "new": post soon after a poll finds matches. */
export const SCHEDULE_NEW = 'new';

/**
 * Sources are polled, and digests posted, at most this often by default: more would hammer publishers'
 * servers (and chat channels) for news that is rarely minutes old.
 */
export const MIN_INTERVAL_MS = 5 * 60_000;
/** What a stored schedule that breaks today's rules (written by an older Sitrep) runs on instead. */
const FALLBACK_CRON = '*/5 * * * *';

const MINUTE_STEPS = [5, 6, 10, 12, 15, 20, 30];
const HOUR_STEPS = [1, 2, 3, 4, 6, 8, 12];

/** The cron expression for `every`, or what is wrong with it (also when it runs more often than `minMs`). */
export function cronOf(
  every: string,
  schedules: Schedules,
  minMs = MIN_INTERVAL_MS,
): { cron: string } | { error: string } {
  const text = every.trim().toLowerCase();
  const m = /^(\d+)\s*(m|min|mins|minutes?|h|hr|hrs|hours?|d|days?)$/.exec(text);
  if (m) {
    const n = Number(m[1]);
    const unit = (m[2] ?? 'm').charAt(0);
    if (unit === 'm' && n * 60_000 < minMs)
      return {
        error: `"${every}" is too often: Sitrep polls a source at most every ${duration(minMs)} (5m, 15m, 30m, 1h…).`,
      };
    if (unit === 'm' && MINUTE_STEPS.includes(n)) return { cron: `*/${n} * * * *` };
    if (unit === 'm' && n === 60) return { cron: '0 * * * *' };
    if (unit === 'h' && HOUR_STEPS.includes(n)) return { cron: n === 1 ? '0 * * * *' : `0 */${n} * * *` };
    if ((unit === 'h' && n === 24) || (unit === 'd' && n === 1)) return { cron: '0 0 * * *' };
    return {
      error: `"${every}" is not an interval Sitrep can keep evenly: use minutes that divide an hour (5m, 15m, 30m), hours that divide a day (1h, 6h, 12h), 1d, or a cron expression such as "0 */2 * * *".`,
    };
  }
  const problem = schedules.check(every.trim());
  if (problem)
    return { error: `"${every}" is neither an interval (30m, 2h, 1d) nor a cron expression: ${problem}` };
  const tooOften = tooOftenFor(every.trim(), 'polls a source', schedules, minMs);
  return tooOften ? { error: tooOften } : { cron: every.trim() };
}

/**
 * The cron a stored source runs on: its own, or every 5 minutes when it no longer passes `cronOf` (an
 * older Sitrep accepted "1m" and per-second expressions): never unscheduled, never more often.
 */
export function storedSourceCron(every: string, schedules: Schedules, minMs = MIN_INTERVAL_MS): string {
  const c = cronOf(every, schedules, minMs);
  return 'cron' in c ? c.cron : FALLBACK_CRON;
}

/**
 * Whether a poll of the source was missed: its schedule fired since its last successful fetch (since it was
 * added, before any). A scheduler that takes over (a new leader, a restart) polls such a source at once
 * instead of an interval late; the one whose poll was cut short never recorded it.
 */
export function missedPoll(
  source: Pick<SourceRecord, 'lastFetchAt' | 'addedAt'>,
  cron: string,
  schedules: Schedules,
  now: Date,
): boolean {
  const due = schedules.next(cron, new Date(source.lastFetchAt ?? source.addedAt));
  return due !== null && due.getTime() <= now.getTime();
}

/** Validates a follow's schedule: "new" or a digest cron expression running at most every `minMs`. */
export function checkFollowSchedule(
  schedule: string,
  schedules: Schedules,
  minMs = MIN_INTERVAL_MS,
): string | null {
  if (schedule.trim().toLowerCase() === SCHEDULE_NEW) return null;
  const problem = schedules.check(schedule.trim());
  if (problem)
    return `schedule must be "new" or a cron expression such as "0 8 * * 1-5" (08:00 on weekdays): ${problem}`;
  return tooOftenFor(schedule.trim(), 'posts a digest', schedules, minMs);
}

/** What is wrong with a valid cron expression that runs more often than `minMs`, or null. */
function tooOftenFor(expression: string, what: string, schedules: Schedules, minMs: number): string | null {
  const gap = schedules.shortestGapMs(expression);
  if (gap === null || gap >= minMs) return null;
  const runs = gap === 1000 ? 'every second' : `${duration(gap)} apart`;
  return `"${expression}" runs ${runs}: Sitrep ${what} at most every ${duration(minMs)}. Use runs at least that far apart, e.g. "*/15 * * * *" or "0 8 * * 1-5".`;
}

function duration(ms: number): string {
  const [n, unit] = ms % 60_000 === 0 ? [ms / 60_000, 'minute'] : [ms / 1000, 'second'];
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

const BACKOFF_BASE_MS = 5 * 60_000;
const BACKOFF_MAX_MS = 6 * 60 * 60_000;

/** How long a source rests after its n-th consecutive failure: 5 min, 10, 20, … capped at 6 hours. */
export function sourceBackoffMs(failures: number): number {
  return Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1), BACKOFF_MAX_MS);
}

const DELIVERY_BASE_MS = 60_000;
const DELIVERY_MAX_MS = 60 * 60_000;

/** How long a failed delivery waits after its n-th attempt: 1 min, 2, 4, … capped at an hour. */
export function deliveryBackoffMs(attempts: number): number {
  return Math.min(DELIVERY_BASE_MS * 2 ** Math.max(0, attempts - 1), DELIVERY_MAX_MS);
}

/** "2024-03-25T10:00:00.000Z" → "2024-03-25 10:00 UTC", for listings. */
export function shortTime(iso: string | null): string {
  if (!iso) return 'never';
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}
