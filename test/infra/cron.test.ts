// node-cron behind cronJobs, on vitest's fake clock rather than the wall clock: a job runs at the times its
// expression names in its time zone, and never after it is stopped.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cronJobs } from '../../src/infra/cron.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('cronJobs', () => {
  it('runs a job at the times its expression names, in its time zone, until it is stopped', async () => {
    vi.useFakeTimers({ now: new Date('2024-07-10T07:58:30Z') });
    const runs: string[] = [];
    const job = cronJobs('Europe/London').schedule(
      '0 9 * * *',
      async () => {
        runs.push(new Date().toISOString());
      },
      'sitrep-test',
    );
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs).toEqual([]);
    // 09:00 in London is 08:00 UTC in July.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs).toEqual(['2024-07-10T08:00:00.000Z']);
    await vi.advanceTimersByTimeAsync(24 * 3_600_000);
    expect(runs).toEqual(['2024-07-10T08:00:00.000Z', '2024-07-11T08:00:00.000Z']);
    await job.stop();
    await vi.advanceTimersByTimeAsync(2 * 24 * 3_600_000);
    expect(runs).toHaveLength(2);
  });
});
