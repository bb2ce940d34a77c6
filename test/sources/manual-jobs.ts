// Cron jobs for the scheduler's tests: each runs when the test fires it, as its schedule would, and none
// runs by the wall clock.
import type { CronJobs } from '../../src/infra/cron.js';

export function manualJobs() {
  const jobs = new Map<string, { expression: string; run: () => Promise<void>; stopped: boolean }>();
  const scheduler: CronJobs = {
    schedule(expression, run, name) {
      const job = { expression, run, stopped: false };
      jobs.set(name, job);
      return {
        stop: () => {
          job.stopped = true;
        },
      };
    },
  };
  const job = (name: string) => {
    const found = jobs.get(name);
    if (!found) throw new Error(`no job ${name}`);
    return found;
  };
  return {
    scheduler,
    expressions: () => Object.fromEntries([...jobs].map(([name, j]) => [name, j.expression])),
    running: () => [...jobs].filter(([, j]) => !j.stopped).map(([name]) => name),
    /** One scheduled run of the job, resolved when it ends. */
    fire: (name: string) => job(name).run(),
  };
}
