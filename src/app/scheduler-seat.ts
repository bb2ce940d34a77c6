// Which process runs the scheduler (polls, digests, the outbox). One process on SQLite always does. Replicas
// on PostgreSQL elect one (ADR 14): the winner starts the scheduler, a replica that loses stops it, and a
// stopping leader stops its scheduler first and then hands over, so another replica leads at once.
import { hostname } from 'node:os';
import type { Clock, DeliveryRuns, Logger } from '../core/ports.js';
import { describeError } from '../core/util/errors.js';
import { createLimiter } from '../core/util/limit.js';
import { electedRuns } from '../infra/elected-runs.js';
import type { LeaderState } from '../infra/health-server.js';
import { createLeaderElection } from '../infra/postgres/leader-election.js';
import { processRun } from '../infra/process-run.js';
import type { Schedule } from '../infra/schedule.js';
import type { DatabaseSettings } from './runtime.js';

/** What starts the scheduler, resolving to what stops it. */
export type StartScheduler = () => Promise<() => Promise<void>>;

export interface SchedulerSeat {
  /** Who claims deliveries: this run; when elected, every other run's claims are taken back at once. */
  readonly runs: DeliveryRuns;
  /** The election's state, for /healthz; absent on one host, which is always its own scheduler. */
  readonly leader?: () => LeaderState;
  /** Runs the scheduler while this process holds the seat: at once on one host, while leading on replicas. */
  begin(start: StartScheduler): Promise<void>;
  /** Stops the scheduler and gives the seat up (on replicas: unlock, and tell the others). */
  stop(): Promise<void>;
}

/** The seat of one process on its own data: it always schedules. */
export function ownSeat(runs: DeliveryRuns = processRun()): SchedulerSeat {
  let stopScheduler: (() => Promise<void>) | null = null;
  return {
    runs,
    async begin(start) {
      stopScheduler ??= await start();
    },
    async stop() {
      await stopScheduler?.();
      stopScheduler = null;
    },
  };
}

/** The seat among replicas on one PostgreSQL database, won by election. */
export function electedSeat(opts: {
  database: DatabaseSettings;
  clock: Clock;
  logger: Logger;
  /** Between attempts to lead, and a leader's checks that it still does. */
  retryMs: number;
  /** When attempts run: timers by default; tests fire them by hand. */
  schedule?: Schedule;
  /** This replica's name in pg_stat_activity. */
  name?: string;
}): SchedulerSeat {
  const election = createLeaderElection({
    url: opts.database.url,
    tls: opts.database.tls,
    clock: opts.clock,
    retryMs: opts.retryMs,
    name: opts.name ?? `sitrep ${hostname()}/${process.pid}`,
    ...(opts.schedule ? { schedule: opts.schedule } : {}),
    logger: opts.logger,
  });
  let stopScheduler: (() => Promise<void>) | null = null;
  let stopped = false;
  // Starting and stopping take turns, in the order leadership changed. A lost election waits for the
  // scheduler to stop (its post under way finished) before it lets the lock go.
  const oneChange = createLimiter(1);
  const follow = (leading: boolean, start: StartScheduler): Promise<void> =>
    oneChange(async () => {
      if (leading && !stopScheduler && !stopped) stopScheduler = await start();
      if (!leading && stopScheduler) {
        await stopScheduler();
        stopScheduler = null;
      }
    }).catch((err: unknown) =>
      opts.logger.error('the scheduler did not follow the election', { error: describeError(err) }),
    );
  return {
    runs: electedRuns(processRun(), election),
    leader: () => election.status(),
    async begin(start) {
      election.onChange((leading) => follow(leading, start));
      election.start();
    },
    async stop() {
      stopped = true;
      await follow(false, async () => async () => {});
      await election.stop();
    },
  };
}
