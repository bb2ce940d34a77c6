// The clock of the bot: one cron job per source on its own interval (one run at a time, so a slow poll of
// a source never stacks), a shared limit on polls in flight (a slow feed holds one slot, never the
// others), and a job that drains the outbox every minute. Jobs follow the sources as admins add, remove,
// pause and resume them, and a periodic re-sync catches changes made by another process (the CLI).
import type { ChannelPlatform, Logger, Outbound } from '../core/ports.js';
import type { SourcesService } from '../core/sources/service.js';
import { describeError } from '../core/util/errors.js';
import { createLimiter } from '../core/util/limit.js';
import { type CronJob, type CronJobs, cronJobs } from '../infra/cron.js';

export interface SchedulerOptions {
  service: SourcesService;
  outbound: Outbound;
  logger: Logger;
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
}

/**
 * Starts the jobs (resolving once every source has its job) and drains what a previous run left in the
 * outbox; the function it resolves to stops them all.
 */
export async function startScheduler(opts: SchedulerOptions): Promise<() => Promise<void>> {
  const { service, logger } = opts;
  const limit = createLimiter(opts.concurrency ?? 4);
  const cron = opts.jobs ?? cronJobs(opts.timezone);
  const jobs = new Map<number, { cron: string; task: CronJob }>();
  let stopped = false;

  const drain = async () => {
    if (stopped) return;
    try {
      const platforms = opts.platforms?.();
      const r = await service.deliver({ outbound: opts.outbound, ...(platforms ? { platforms } : {}) });
      if (r.posted.length > 0 || r.failed.length > 0)
        logger.info('outbox drained', { posted: r.posted.length, failed: r.failed.length });
    } catch (err) {
      logger.error('outbox drain failed', {
        error: describeError(err, { stack: true }),
      });
    }
  };

  const poll = async (id: number) => {
    if (stopped) return;
    const r = await limit(() => service.pollSource(id));
    if (r.status === 'ok' && r.queued > 0) await drain();
  };

  // Syncs take turns: each reads the sources, then makes the jobs match them.
  let syncing: Promise<void> = Promise.resolve();
  const sync = (): Promise<void> => {
    syncing = syncing.then(syncOnce).catch((err: unknown) => {
      logger.error('sources not re-synced', { error: describeError(err) });
    });
    return syncing;
  };
  const syncOnce = async () => {
    if (stopped) return;
    const sources = await service.listSources();
    // Stopped meanwhile: no job may start after the scheduler has stopped.
    if (stopped) return;
    const want = new Map<number, string>();
    for (const s of sources) {
      const expr = s.paused ? null : service.cronOf(s);
      if (expr) want.set(s.id, expr);
    }
    for (const [id, job] of jobs) {
      if (want.get(id) === job.cron) continue;
      void job.task.stop();
      jobs.delete(id);
    }
    for (const [id, expr] of want) {
      if (jobs.has(id)) continue;
      try {
        const task = cron.schedule(
          expr,
          oneAtATime(() => poll(id)),
          `sitrep-source-${id}`,
        );
        jobs.set(id, { cron: expr, task });
      } catch (err) {
        logger.error('source not scheduled', { source: id, cron: expr, error: String(err) });
      }
    }
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
    await syncing;
    await Promise.allSettled([...fixed, ...[...jobs.values()].map((j) => j.task)].map((t) => t.stop()));
    jobs.clear();
  };
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
