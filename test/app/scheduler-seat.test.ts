// The scheduler's seat among replicas on a real PostgreSQL server: only the replica that leads runs the
// scheduler; a stopping leader stops its scheduler before it hands over, and the next replica starts its
// own at once, without waiting for its next attempt. On one host the seat is always taken.
import { describe, expect, it } from 'vitest';
import { electedSeat, ownSeat, type SchedulerSeat } from '../../src/app/scheduler-seat.js';
import { fixedClock } from '../../src/infra/clock.js';
import { memoryLogger } from '../../src/infra/logger.js';
import type { Schedule } from '../../src/infra/schedule.js';
import { postgresUnavailable, serverForBlock } from '../infra/postgres/test-server.js';

/** Attempts after the first run only when the test fires them, so nothing here waits on a timer. */
const neverRetry: Schedule = () => () => undefined;

/** A scheduler that writes down when it starts and stops, and resolves `started` on its first start. */
function fakeScheduler(name: string, log: string[]) {
  let started!: () => void;
  const onStart = new Promise<void>((resolve) => {
    started = resolve;
  });
  const start = async () => {
    log.push(`${name} started`);
    started();
    return async () => {
      log.push(`${name} stopped`);
    };
  };
  return { start, onStart };
}

describe('one host', () => {
  it('always holds the seat: the scheduler starts at once and stops with it', async () => {
    const log: string[] = [];
    const seat = ownSeat();
    await seat.begin(fakeScheduler('only', log).start);
    await seat.stop();
    expect(log).toEqual(['only started', 'only stopped']);
    expect(seat.leader).toBeUndefined();
  });
});

describe.skipIf(postgresUnavailable())('replicas on PostgreSQL', { timeout: 60_000 }, () => {
  const server = serverForBlock();

  it('runs the scheduler on the leader only, and hands it to another replica when the leader stops', async () => {
    const url = await server().createDatabase();
    const log: string[] = [];
    const seat = (name: string): SchedulerSeat =>
      electedSeat({
        database: { url, tls: {}, max: 2 },
        clock: fixedClock(new Date('2026-12-06T03:00:00Z')),
        logger: memoryLogger(),
        retryMs: 10_000,
        schedule: neverRetry,
        name,
      });
    const a = seat('seat-a');
    const b = seat('seat-b');
    const schedulerA = fakeScheduler('a', log);
    const schedulerB = fakeScheduler('b', log);
    try {
      await a.begin(schedulerA.start);
      await schedulerA.onStart;
      await b.begin(schedulerB.start);
      // b's first attempt found the lock taken: it follows, and runs no scheduler.
      await expect.poll(() => b.leader?.().lastError === null && b.leader?.().leading === false).toBe(true);
      expect(log).toEqual(['a started']);
      expect(a.leader?.().leading).toBe(true);
      // The leader sees every other run's claims as ended (only it claims deliveries); a follower cannot
      // tell a run on another host has ended, and leaves its claims to their lease.
      const elsewhere = 'other-host/4242/1764990000000';
      expect(a.runs.isGone(elsewhere)).toBe(true);
      expect(b.runs.isGone(elsewhere)).toBe(false);

      await a.stop();
      // Handed over through the notice, not the next (never fired) attempt.
      await schedulerB.onStart;
      expect(log).toEqual(['a started', 'a stopped', 'b started']);
      expect(b.leader?.().leading).toBe(true);
    } finally {
      await a.stop();
      await b.stop();
    }
    expect(log).toEqual(['a started', 'a stopped', 'b started', 'b stopped']);
  });
});
