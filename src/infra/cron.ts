// Cron expressions through node-cron, behind the core's Schedules port: the same parser validates an admin's
// expression and runs it, so what /source add accepts is exactly what the scheduler can run.
import cron, { type ScheduledTask } from 'node-cron';
import type { Schedules } from '../core/ports.js';

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
