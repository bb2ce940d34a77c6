// Polling: one source now (skipped while paused or backing off, unless forced; never two polls of one
// source at once), or every active source with bounded concurrency. A failed poll backs off exponentially
// and, after maxFailures in a row, pauses the source and tells the admins. Polls never throw: every
// outcome, a crash included, is a PollResult.
import type { FetchResult, SourceRecord } from '../ports.js';
import { type Reply, reply } from '../reply.js';
import { ingestBody } from '../stix/stix-source.js';
import { pollTaxii } from '../stix/taxii-poll.js';
import { describeError } from '../util/errors.js';
import { createLimiter } from '../util/limit.js';
import { auditEntry, isoNow, type SourcesContext, SYSTEM } from './context.js';
import type { Intake } from './intake.js';
import { sourceBackoffMs } from './schedule.js';

export type PollStatus = 'ok' | 'not-modified' | 'failed' | 'skipped';

export interface PollResult {
  sourceId: number;
  name: string;
  status: PollStatus;
  /** The first successful fetch of a source: its items are baseline, posted to nobody. */
  first: boolean;
  newItems: number;
  added: number;
  queued: number;
  error?: string;
  paused?: boolean;
}

export interface Poller {
  /** Polls one source now; `force` ignores a failure backoff. Never throws. */
  pollSource(id: number, opts?: { force?: boolean }): Promise<PollResult>;
  /** Polls every active source (due ones, or all with `force`) with bounded concurrency. */
  pollDue(opts?: { force?: boolean }): Promise<PollResult[]>;
}

export function poller(ctx: SourcesContext): Poller {
  const inFlight = new Map<number, Promise<PollResult>>();
  const pollSource = (id: number, opts: { force?: boolean } = {}): Promise<PollResult> => {
    const running = inFlight.get(id);
    if (running) return running;
    const p = pollNow(ctx, id, opts.force === true).finally(() => inFlight.delete(id));
    inFlight.set(id, p);
    return p;
  };
  return {
    pollSource,
    async pollDue(opts = {}) {
      const limit = createLimiter(ctx.opt.concurrency);
      const active = (await ctx.db.listSources()).filter((s) => !s.paused);
      return Promise.all(active.map((s) => limit(() => pollSource(s.id, opts))));
    },
  };
}

/** A poll that found nothing new (yet): the fields each status fills in are added by the caller. */
const outcome = (
  source: Pick<SourceRecord, 'id' | 'name'>,
  status: PollStatus,
  first: boolean,
): PollResult => ({
  sourceId: source.id,
  name: source.name,
  status,
  first,
  newItems: 0,
  added: 0,
  queued: 0,
});

const skipped = (id: number, name: string, why: string): PollResult => ({
  ...outcome({ id, name }, 'skipped', false),
  error: why,
});

async function pollNow(ctx: SourcesContext, id: number, force: boolean): Promise<PollResult> {
  const source = await ctx.db.getSource(id);
  if (!source) return skipped(id, `#${id}`, 'no such source');
  if (source.paused) return skipped(id, source.name, 'paused');
  if (!force && source.nextRunAt && source.nextRunAt > isoNow(ctx))
    return skipped(id, source.name, `backing off until ${source.nextRunAt}`);
  try {
    return await fetchAndIngest(ctx, source);
  } catch (err) {
    ctx.logger.error('source poll crashed', {
      source: id,
      error: describeError(err, { stack: true }),
    });
    return await fail(ctx, source, describeError(err));
  }
}

/** A successful poll's counts. */
const polled = (source: SourceRecord, first: boolean, p: Intake): PollResult => ({
  ...outcome(source, 'ok', first),
  newItems: p.newItems,
  added: p.summary.added.length,
  queued: p.queued,
});

async function fetchAndIngest(ctx: SourcesContext, source: SourceRecord): Promise<PollResult> {
  const first = source.lastFetchAt === null;
  if (source.kind === 'taxii') {
    const p = await pollTaxii(ctx, source);
    return p.ok
      ? polled(source, first, p.value)
      : await fail(ctx, source, p.error.message, p.error.retryAfterMs);
  }
  const res = await ctx.fetcher.fetch({
    url: source.url,
    etag: source.etag,
    lastModified: source.lastModified,
  });
  if (res.kind === 'failed') return await fail(ctx, source, res.message);
  if (res.kind === 'not-modified') {
    await recordNotModified(ctx, source, res);
    return outcome(source, 'not-modified', first);
  }
  const p = await ingestBody(ctx, source, res, first);
  if (!p.ok) return await fail(ctx, source, p.error);
  return polled(source, first, p.value);
}

async function recordNotModified(
  ctx: SourcesContext,
  source: SourceRecord,
  res: Extract<FetchResult, { kind: 'not-modified' }>,
): Promise<void> {
  await ctx.db.recordPoll(source.id, {
    at: isoNow(ctx),
    seen: [],
    etag: res.etag ?? source.etag,
    lastModified: res.lastModified ?? source.lastModified,
    deliveries: [],
  });
}

/**
 * Records a failed poll with its backoff (longer when the server asked to wait); at maxFailures in a row
 * the source is paused and admins told.
 */
async function fail(
  ctx: SourcesContext,
  source: SourceRecord,
  error: string,
  waitMs = 0,
): Promise<PollResult> {
  const failures = source.consecutiveFailures + 1;
  const pause = failures >= ctx.opt.maxFailures;
  const next = new Date(ctx.clock.now().getTime() + Math.max(sourceBackoffMs(failures), waitMs));
  const reason = `failed ${failures} times in a row: ${error}`;
  await ctx.db.recordFailure(source.id, {
    at: isoNow(ctx),
    error,
    nextRunAt: next.toISOString(),
    pause: pause
      ? auditEntry(ctx, SYSTEM, 'source.auto-pause', `#${source.id} ${source.url}: ${reason}`)
      : null,
  });
  ctx.logger.warn('source poll failed', {
    source: source.id,
    url: source.url,
    failures,
    error,
    paused: pause,
  });
  if (pause) {
    ctx.changed();
    await tellAdmins(ctx, pausedNotice(source, failures, error));
  }
  return { ...outcome(source, 'failed', source.lastFetchAt === null), error, paused: pause };
}

function pausedNotice(source: SourceRecord, failures: number, error: string): Reply {
  return reply(`Source paused: ${source.name}`, [
    { type: 'heading', text: `Source #${source.id} paused: ${source.name}` },
    {
      type: 'text',
      text: `Sitrep paused ${source.url} after ${failures} failed polls in a row. Last error: ${error}`,
    },
    { type: 'context', text: `Fix the feed or its address, then /source resume ${source.id}.` },
  ]);
}

async function tellAdmins(ctx: SourcesContext, message: Reply): Promise<void> {
  const to = ctx.adminChannel;
  if (!to || !ctx.outbound) {
    ctx.logger.error('admin notice not posted (no SITREP_ADMIN_CHANNEL)', { notice: message.title });
    return;
  }
  try {
    await ctx.outbound.post(to.platform, to.id, message);
  } catch (err) {
    ctx.logger.error('admin notice failed', {
      channel: `${to.platform}:${to.id}`,
      notice: message.title,
      error: String(err),
    });
  }
}
