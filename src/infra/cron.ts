// Cron expressions through node-cron, behind the core's Schedules port: the same parser validates an admin's
// expression and runs it, so what /source add accepts is exactly what the scheduler can run. cronJobs
// runs them on the wall clock for the scheduler; tests give the scheduler jobs they fire by hand.
import cron, { type ScheduledTask } from 'node-cron';
import type { Schedules } from '../core/ports.js';

/** Runs functions at the times cron expressions name. */
export interface CronJobs {
  /** Runs `run` at each time `expression` names until the job is stopped; `name` is for logs. */
  schedule(expression: string, run: () => Promise<void>, name: string): CronJob;
}

export interface CronJob {
  stop(): void | Promise<void>;
}

/** node-cron jobs in `timezone` (the system's when omitted). */
export function cronJobs(timezone?: string): CronJobs {
  return {
    schedule(expression, run, name) {
      const task = cron.schedule(expression, run, { name, ...(timezone ? { timezone } : {}) });
      return { stop: () => task.destroy() };
    },
  };
}

/** Minutes searched for the next run; far-off expressions fall back to node-cron's own (wall-clock) answer. */
const SEARCH_MINUTES = 8 * 24 * 60;

export function cronSchedules(timezone?: string): Schedules {
  // Stopped tasks used only for matching: they own no timer.
  const matchers = new Map<string, ScheduledTask>();
  const matcher = (expression: string) => {
    let t = matchers.get(expression);
    if (!t) {
      t = cron.createTask(expression, () => undefined, timezone ? { timezone } : {});
      if (matchers.size > 200) matchers.clear();
      matchers.set(expression, t);
    }
    return t;
  };
  return {
    check(expression) {
      const r = cron.validateDetailed(expression);
      if (r.valid) return null;
      return r.errors.map((e) => e.message.replace(/ a invalid /, ' an invalid ')).join('; ') || 'invalid';
    },
    shortestGapMs(expression) {
      const r = cron.validateDetailed(expression);
      if (!r.valid) return null;
      const numbers = (v: unknown) => (Array.isArray(v) ? v.filter((n) => typeof n === 'number') : []);
      const seconds = numbers(r.fields?.second);
      if (seconds.length > 1) return smallestStep(seconds, 60) * 1000;
      // One run a minute at most: the runs of a day are its hours × its minutes.
      const minutes = numbers(r.fields?.hour).flatMap((h) =>
        numbers(r.fields?.minute).map((m) => h * 60 + m),
      );
      return minutes.length === 0 ? null : smallestStep(minutes, 24 * 60) * 60_000;
    },
    next(expression, from) {
      if (!cron.validate(expression)) return null;
      const task = matcher(expression);
      const seconds = expression.trim().split(/\s+/).length === 6;
      const step = seconds ? 1000 : 60_000;
      let t = Math.floor(from.getTime() / step) * step + step;
      for (let i = 0; i < (seconds ? 3600 : SEARCH_MINUTES); i++, t += step) {
        const d = new Date(t);
        if (task.match(d)) return d;
      }
      return task.getNextRuns(1)[0] ?? null;
    },
  };
}

/** The smallest distance between two of these points on a cycle of `length` (the cycle itself for one). */
function smallestStep(points: number[], length: number): number {
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  const first = sorted[0] ?? 0;
  let step = length - (sorted.at(-1) ?? first) + first;
  for (let i = 1; i < sorted.length; i++) step = Math.min(step, (sorted[i] ?? 0) - (sorted[i - 1] ?? 0));
  return step;
}
