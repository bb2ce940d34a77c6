// The clock of the bot: one cron job per source on its own interval (one run at a time, so a slow poll of
// a source never stacks), a shared limit on polls in flight (a slow feed holds one slot, never the
// others), and a job that drains the outbox every minute. Jobs follow the sources as admins add, remove,
// pause and resume them, and a periodic re-sync catches changes made by another process (the CLI, another
// replica). A source whose schedule fired while no scheduler polled it (the bot was down, or the leader
// died mid-poll) is polled as soon as its job starts, not an interval late. Stopping waits for the polls and
// posts under way, so a replica hands the scheduler over only once nothing it began is still running.
import type { ChannelPlatform, Clock, Logger, Outbound, Schedules, SourceRecord } from '../core/ports.js';
import { missedPoll } from '../core/sources/schedule.js';
import type { SourcesService } from '../core/sources/service.js';
import { describeError } from '../core/util/errors.js';
import { createInFlight } from '../core/util/in-flight.js';
import { createLimiter } from '../core/util/limit.js';
import { type CronJob, type CronJobs, cronJobs, cronSchedules } from '../infra/cron.js';

/**
 * How long stopping waits for polls and posts under way: a poll ends within the fetch timeout (15 s by
 * default), a post within seconds; past this, the next scheduler may post a part this one is still posting.
 */
const STOP_GRACE_MS = 30_000;

export interface SchedulerOptions {
  service: SourcesService;
  outbound: Outbound;
  logger: Logger;
  /** The sources service's clock: whether a source's schedule fired since its last poll. */
  clock: Clock;
  /** IANA time zone the cron expressions run in (SITREP_TIMEZONE). */
  timezone?: string;
  /** Polls in flight at once. */
  concurrency?: number;
  /** When the outbox is drained; every minute by default. */
  drainCron?: string;
  /** When jobs are re-synced with the sources table; every five minutes by default. */
  resyncCron?: string;
  /** Post only to these platforms (those with a connection); all by default. */
  platforms?: () => readonly ChannelPlatform[];
  /** What runs the jobs: node-cron on the wall clock in `timezone` by default. */
  jobs?: CronJobs;
  /** When the expressions fire, for missed polls: node-cron's in `timezone` by default. */
  schedules?: Schedules;
}

/**
 * Starts the jobs (resolving once every source has its job), polls the sources that missed a poll, and
 * drains what a previous run left in the outbox; the function it resolves to stops them all.
 */
export async function startScheduler(opts: SchedulerOptions): Promise<() => Promise<void>> {
  const { service, logger } = opts;
  const limit = createLimiter(opts.concurrency ?? 4);
  const cron = opts.jobs ?? cronJobs(opts.timezone);
  const schedules = opts.schedules ?? cronSchedules(opts.timezone);
  const jobs: Jobs = new Map();
  const work = createInFlight();
  let stopped = false;

  const drain = async () => {
    if (!stopped) await work.track(drainOutbox(opts));
  };
  const poll = async (id: number) => {
    if (stopped) return;
    const r = await work.track(limit(() => service.pollSource(id)));
    if (r.status === 'ok' && r.queued > 0) await drain();
  };

  /** The job of a source (on its schedule), started now as well when a poll was missed. */
  const startJob = (source: SourceRecord, expr: string) => {
    const run = oneAtATime(() => poll(source.id));
    try {
      jobs.set(source.id, { cron: expr, task: cron.schedule(expr, run, `sitrep-source-${source.id}`) });
    } catch (err) {
      logger.error('source not scheduled', { source: source.id, cron: expr, error: String(err) });
      return;
    }
    if (missedPoll(source, expr, schedules, opts.clock.now()))
      void run().catch((err: unknown) =>
        logger.error('missed poll not made', { source: source.id, error: describeError(err) }),
      );
  };

  // Syncs take turns: each reads the sources, then makes the jobs match them.
  const oneSync = createLimiter(1);
  const sync = (): Promise<void> =>
    oneSync(syncOnce).catch((err: unknown) => {
      logger.error('sources not re-synced', { error: describeError(err) });
    });
  const syncOnce = async () => {
    if (stopped) return;
    const sources = await service.listSources();
    // Stopped meanwhile: no job may start after the scheduler has stopped.
    if (!stopped) matchJobs(jobs, sources, service, startJob);
  };

  const fixed = [
    cron.schedule(opts.drainCron ?? '* * * * *', oneAtATime(drain), 'sitrep-outbox'),
    cron.schedule(opts.resyncCron ?? '*/5 * * * *', sync, 'sitrep-resync'),
  ];
  const unsubscribe = service.onChange(() => void sync());
  await sync();
  void drain();

  return async () => {
    stopped = true;
    unsubscribe();
    // Its turn comes after every sync already waiting.
    await oneSync(async () => {});
    await Promise.allSettled([...fixed, ...[...jobs.values()].map((j) => j.task)].map((t) => t.stop()));
    jobs.clear();
    // A poll ends within the fetch timeout; a post under way is recorded before the next scheduler drains,
    // which would otherwise post it again. What a finished poll queued is the next scheduler's first drain.
    await work.drain(STOP_GRACE_MS);
  };
}

/** Posts the due briefings; a failure is logged, never thrown. */
async function drainOutbox(opts: SchedulerOptions): Promise<void> {
  try {
    const platforms = opts.platforms?.();
    const r = await opts.service.deliver({ outbound: opts.outbound, ...(platforms ? { platforms } : {}) });
    if (r.posted.length > 0 || r.failed.length > 0)
      opts.logger.info('outbox drained', { posted: r.posted.length, failed: r.failed.length });
  } catch (err) {
    opts.logger.error('outbox drain failed', { error: describeError(err, { stack: true }) });
  }
}

type Jobs = Map<number, { cron: string; task: CronJob }>;

/** Makes the jobs match the sources: one for each active source, on its cron; none for the others. */
function matchJobs(
  jobs: Jobs,
  sources: SourceRecord[],
  service: Pick<SourcesService, 'cronOf'>,
  startJob: (source: SourceRecord, expr: string) => void,
): void {
  const want = new Map<number, { source: SourceRecord; expr: string }>();
  for (const s of sources) {
    const expr = s.paused ? null : service.cronOf(s);
    if (expr) want.set(s.id, { source: s, expr });
  }
  for (const [id, job] of jobs) {
    if (want.get(id)?.expr === job.cron) continue;
    void job.task.stop();
    jobs.delete(id);
  }
  for (const [id, { source, expr }] of want) if (!jobs.has(id)) startJob(source, expr);
}

/** A job's run that comes while its previous run is still going is skipped rather than stacked. */
function oneAtATime(run: () => Promise<void>): () => Promise<void> {
  let running = false;
  return async () => {
    if (running) return;
    running = true;
    try {
      await run();
    } finally {
      running = false;
    }
  };
}
