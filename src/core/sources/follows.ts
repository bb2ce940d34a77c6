// Follows: what a channel follows (a query, and "new" or a digest schedule), added and removed with an
// audit entry; the deliveries a poll queues for the follows its new documents match; and which documents
// /brief would show a channel, now or since a time. Refusals are result values the commands word.

import type { ChannelRef, FollowRecord, PollRecord, StoredDocument } from '../ports.js';
import { ok, type Result, refused } from '../util/result.js';
import type { BriefingInput } from './briefing.js';
import { type Actor, actorName, auditEntry, isoNow, type SourcesContext } from './context.js';
import { briefingInputs } from './delivery.js';
import {
  type CompiledQuery,
  compileFollowQuery,
  followQueryProblem,
  formatFollowQuery,
  isEmptyQuery,
  parseFollowQuery,
} from './follow-query.js';
import { checkFollowSchedule, SCHEDULE_NEW } from './schedule.js';

/** Reports a new follow is tried against to say how many already match. */
const FOLLOW_PREVIEW_DOCS = 1_000;
/** Most reports one `/brief since:` reads; a briefing of more is not one anyone reads either. */
const BRIEF_MAX_DOCS = 500;

export interface FollowAdded {
  follow: FollowRecord;
  /** How many of the `checked` latest reports the new follow matches. */
  matchingNow: number;
  checked: number;
}

export type FollowError =
  | { kind: 'query'; problem: string }
  | { kind: 'empty-query' }
  | { kind: 'schedule'; problem: string }
  | { kind: 'duplicate'; existing: FollowRecord };

export type UnfollowError = { kind: 'no-such-follow'; id: number };

/** What a briefing for a channel would cover: what is queued for it, or what was added since a time. */
export type BriefSelection =
  | { kind: 'queued'; inputs: BriefingInput[]; lastSentAt: string | null }
  | { kind: 'since'; inputs: BriefingInput[]; since: string; followed: boolean };

export interface Follows {
  follow(
    input: { channel: ChannelRef; query: string; schedule?: string },
    by: Actor,
  ): Promise<Result<FollowAdded, FollowError>>;
  unfollow(id: number, by: Actor): Promise<Result<FollowRecord, UnfollowError>>;
  following(channel?: ChannelRef): Promise<FollowRecord[]>;
  /** Without `since`, what is queued for the channel; with it, what was added since then that it follows. */
  brief(channel: ChannelRef, since?: string): Promise<BriefSelection>;
}

type FollowsContext = Pick<
  SourcesContext,
  'corpus' | 'db' | 'schedules' | 'clock' | 'opt' | 'changed' | 'knowledge'
>;

/** The catalogues if they are read already; a follow never waits for them. */
const known = (ctx: Pick<SourcesContext, 'knowledge'>) => ctx.knowledge?.current() ?? null;

export function follows(ctx: FollowsContext): Follows {
  return {
    follow: (input, by) => addFollow(ctx, input, by),
    unfollow: (id, by) => removeFollow(ctx, id, by),
    following: (channel) => ctx.db.listFollows(channel),
    brief: (channel, since) => briefSelection(ctx, channel, since),
  };
}

async function addFollow(
  ctx: FollowsContext,
  { channel, query, schedule }: { channel: ChannelRef; query: string; schedule?: string },
  by: Actor,
): Promise<Result<FollowAdded, FollowError>> {
  const problem = followQueryProblem(query);
  if (problem) return refused({ kind: 'query', problem });
  const parsed = parseFollowQuery(query);
  if (isEmptyQuery(parsed)) return refused({ kind: 'empty-query' });
  const sched = schedule?.trim() || SCHEDULE_NEW;
  const badSchedule = checkFollowSchedule(sched, ctx.schedules, ctx.opt.minIntervalMs);
  if (badSchedule) return refused({ kind: 'schedule', problem: badSchedule });
  const text = formatFollowQuery(parsed);
  const normalised = sched.toLowerCase() === SCHEDULE_NEW ? SCHEDULE_NEW : sched;
  const dup = (await ctx.db.listFollows(channel)).find((f) => f.query.toLowerCase() === text.toLowerCase());
  if (dup) return refused({ kind: 'duplicate', existing: dup });
  const follow = await ctx.db.addFollow(
    {
      platform: channel.platform,
      channel: channel.id,
      query: text,
      schedule: normalised,
      createdBy: actorName(by),
      createdAt: isoNow(ctx),
    },
    auditEntry(ctx, by, 'follow.add', `${channel.platform}:${channel.id} “${text}” (${normalised})`),
  );
  ctx.changed();
  // Checked against the latest reports only: a follow is about what comes next, and reading every
  // report of a large corpus would make the command slow.
  const latest = await ctx.corpus.reader.listDocuments({ limit: FOLLOW_PREVIEW_DOCS });
  const compiled = await compileFollowQuery(text, ctx.corpus, known(ctx));
  const matchingNow = (await matchingDocs(ctx, [compiled], latest)).length;
  return ok({ follow, matchingNow, checked: latest.length });
}

async function removeFollow(
  ctx: FollowsContext,
  id: number,
  by: Actor,
): Promise<Result<FollowRecord, UnfollowError>> {
  const f = await ctx.db.getFollow(id);
  const removed =
    f &&
    (await ctx.db.removeFollow(
      id,
      auditEntry(ctx, by, 'follow.remove', `#${id} ${f.platform}:${f.channel} “${f.query}”`),
    ));
  if (!removed) return refused({ kind: 'no-such-follow', id });
  ctx.changed();
  return ok(removed);
}

async function briefSelection(
  ctx: FollowsContext,
  channel: ChannelRef,
  since?: string,
): Promise<BriefSelection> {
  if (since === undefined)
    return {
      kind: 'queued',
      inputs: briefingInputs(await ctx.db.pendingDeliveries(channel)),
      lastSentAt: (await ctx.db.lastSentAt(channel)) ?? null,
    };
  const followed = await ctx.db.listFollows(channel);
  const docs = await ctx.corpus.reader.listDocuments({ ingestedSince: since, limit: BRIEF_MAX_DOCS });
  const compiled = await Promise.all(
    followed.map((f) => compileFollowQuery(f.query, ctx.corpus, known(ctx))),
  );
  const inputs =
    followed.length > 0
      ? await matchingDocs(ctx, compiled, docs)
      : docs.map((d) => ({ docId: d.id, matched: [] }));
  return { kind: 'since', inputs, since, followed: followed.length > 0 };
}

async function matchingDocs(
  ctx: Pick<SourcesContext, 'corpus'>,
  queries: CompiledQuery[],
  docs: StoredDocument[],
): Promise<BriefingInput[]> {
  const out: BriefingInput[] = [];
  for (const doc of docs) {
    const mentions = (await ctx.corpus.reader.extractionOf(doc.id)).entities;
    const matched = queries.filter((q) => q.matches(doc, mentions)).map((q) => formatFollowQuery(q.query));
    if (matched.length > 0) out.push({ docId: doc.id, matched });
  }
  return out;
}

/** A delivery per follow each new document matches, due now ("new") or at the follow's next digest. */
export async function deliveriesFor(
  ctx: Pick<SourcesContext, 'corpus' | 'db' | 'schedules' | 'clock' | 'knowledge'>,
  docIds: ReadonlySet<string>,
): Promise<PollRecord['deliveries']> {
  if (docIds.size === 0) return [];
  const deliveries: PollRecord['deliveries'] = [];
  const all = await Promise.all(
    (await ctx.db.listFollows()).map(async (f) => ({
      f,
      q: await compileFollowQuery(f.query, ctx.corpus, known(ctx)),
    })),
  );
  for (const docId of docIds) {
    const doc = await ctx.corpus.reader.getDocument(docId);
    if (!doc) continue;
    const mentions = (await ctx.corpus.reader.extractionOf(docId)).entities;
    for (const { f, q } of all) {
      if (!q.matches(doc, mentions)) continue;
      const now = ctx.clock.now();
      const due = f.schedule === SCHEDULE_NEW ? now : (ctx.schedules.next(f.schedule, now) ?? now);
      deliveries.push({ followId: f.id, documentId: docId, dueAt: due.toISOString() });
    }
  }
  return deliveries;
}
