// Delivery: the outbox drained one drain at a time in this process (claims keep other processes off the
// same rows), each channel's briefing posted in parts, in order. A part that fails is retried with the
// rest of its channel's briefing after a backoff, and given up after maxDeliveryAttempts; deliveries
// claimed by a run that has ended are taken back first. A preview shows what is queued, claiming nothing.
import type { ChannelPlatform, Outbound, OutboxRow } from '../ports.js';
import type { Reply } from '../reply.js';
import { describeError } from '../util/errors.js';
import { type BriefingInput, type BriefingPart, buildBriefing } from './briefing.js';
import { isoNow, type SourcesContext } from './context.js';
import { partKey } from './part-key.js';
import { deliveryBackoffMs } from './schedule.js';

export interface DeliveryReport {
  posted: { platform: ChannelPlatform; channel: string; docIds: string[] }[];
  failed: { platform: ChannelPlatform; channel: string; error: string }[];
}

export interface BriefingPreview {
  platform: ChannelPlatform;
  channel: string;
  replies: Reply[];
}

export interface Delivery {
  /** Posts the due briefings; the failed ones stay queued and are retried with backoff. */
  deliver(opts?: { outbound?: Outbound; platforms?: readonly ChannelPlatform[] }): Promise<DeliveryReport>;
  /** The briefings queued now, per channel, without posting or claiming anything. */
  preview(opts?: { platforms?: readonly ChannelPlatform[] }): Promise<BriefingPreview[]>;
}

type DeliveryContext = Pick<
  SourcesContext,
  'corpus' | 'db' | 'clock' | 'logger' | 'runs' | 'outbound' | 'opt'
>;

interface ChannelRows {
  platform: ChannelPlatform;
  channel: string;
  rows: OutboxRow[];
}

export function delivery(ctx: DeliveryContext): Delivery {
  let delivering: Promise<DeliveryReport> | null = null;
  return {
    async deliver(opts = {}) {
      const outbound = opts.outbound ?? ctx.outbound;
      if (!outbound) return { posted: [], failed: [] };
      while (delivering) await delivering.catch(() => undefined);
      delivering = drain(ctx, outbound, opts.platforms).finally(() => {
        delivering = null;
      });
      return delivering;
    },
    preview: (opts = {}) => preview(ctx, opts.platforms),
  };
}

/** Outbox rows as briefing inputs: each document once, with every query that matched it. */
export function briefingInputs(rows: OutboxRow[]): BriefingInput[] {
  const byDoc = new Map<string, string[]>();
  for (const r of rows) {
    const list = byDoc.get(r.documentId) ?? [];
    if (!list.includes(r.query)) list.push(r.query);
    byDoc.set(r.documentId, list);
  }
  return [...byDoc.entries()].map(([docId, matched]) => ({ docId, matched }));
}

async function preview(
  ctx: DeliveryContext,
  platforms?: readonly ChannelPlatform[],
): Promise<BriefingPreview[]> {
  const rows = (await ctx.db.pendingDeliveries()).filter((r) => !platforms || platforms.includes(r.platform));
  return Promise.all(
    byChannel(rows).map(async (g) => ({
      platform: g.platform,
      channel: g.channel,
      replies: (await buildBriefing(briefingInputs(g.rows), ctx.corpus)).map((p) => p.reply),
    })),
  );
}

function byChannel(rows: OutboxRow[]): ChannelRows[] {
  const groups = new Map<string, ChannelRows>();
  for (const r of rows) {
    const k = `${r.platform}\u0000${r.channel}`;
    const g = groups.get(k) ?? { platform: r.platform, channel: r.channel, rows: [] };
    g.rows.push(r);
    groups.set(k, g);
  }
  return [...groups.values()];
}

async function drain(
  ctx: DeliveryContext,
  outbound: Outbound,
  platforms?: readonly ChannelPlatform[],
): Promise<DeliveryReport> {
  const report: DeliveryReport = { posted: [], failed: [] };
  await takeBackEndedClaims(ctx);
  const leaseUntil = new Date(ctx.clock.now().getTime() + ctx.opt.deliveryLeaseMs).toISOString();
  const rows = await ctx.db.claimDue({ now: isoNow(ctx), leaseUntil, owner: ctx.runs.self, platforms });
  for (const g of byChannel(rows)) await postChannel(ctx, outbound, g, report);
  return report;
}

/**
 * Deliveries claimed by a run that has ended (this process before a restart, a crashed neighbour) are due
 * again now rather than when their lease runs out.
 */
async function takeBackEndedClaims(ctx: DeliveryContext): Promise<void> {
  for (const owner of await ctx.db.claimOwners(isoNow(ctx))) {
    if (owner === ctx.runs.self || !ctx.runs.isGone(owner)) continue;
    const taken = await ctx.db.releaseClaims(owner, isoNow(ctx));
    ctx.logger.info('took back deliveries claimed by an ended run', { run: owner, deliveries: taken });
  }
}

/** One channel's briefing, part after part; the first part that fails stops the channel until its retry. */
async function postChannel(
  ctx: DeliveryContext,
  outbound: Outbound,
  g: ChannelRows,
  report: DeliveryReport,
): Promise<void> {
  const parts = await buildBriefing(briefingInputs(g.rows), ctx.corpus);
  const covered = new Set(parts.flatMap((p) => p.docIds));
  const gone = g.rows.filter((r) => !covered.has(r.documentId)).map((r) => r.id);
  if (gone.length > 0)
    await ctx.db.markAttemptFailed(gone, 'document no longer in the corpus', isoNow(ctx), 0);
  for (const [i, part] of parts.entries()) {
    const ids = g.rows.filter((r) => part.docIds.includes(r.documentId)).map((r) => r.id);
    try {
      const { messageId } = await outbound.post(g.platform, g.channel, part.reply, { key: partKey(ids) });
      await ctx.db.markSent(ids, isoNow(ctx), messageId ?? undefined);
      report.posted.push({ platform: g.platform, channel: g.channel, docIds: part.docIds });
    } catch (err) {
      const error = describeError(err);
      await retryLater(ctx, g, parts.slice(i), error);
      report.failed.push({ platform: g.platform, channel: g.channel, error });
      return;
    }
  }
}

/** The failed part and the rest of the channel's briefing retry together, in order, after a backoff. */
async function retryLater(
  ctx: DeliveryContext,
  g: ChannelRows,
  rest: BriefingPart[],
  error: string,
): Promise<void> {
  const docIds = rest.flatMap((p) => p.docIds);
  const retry = g.rows.filter((r) => docIds.includes(r.documentId));
  const attempts = Math.max(...retry.map((r) => r.attempts)) + 1;
  const next = new Date(ctx.clock.now().getTime() + deliveryBackoffMs(attempts)).toISOString();
  await ctx.db.markAttemptFailed(
    retry.map((r) => r.id),
    error,
    next,
    ctx.opt.maxDeliveryAttempts,
  );
  ctx.logger.warn('briefing not posted; will retry', {
    channel: `${g.platform}:${g.channel}`,
    attempts,
    next,
    error,
  });
}
