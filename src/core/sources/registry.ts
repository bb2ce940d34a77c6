// The sources admins manage: add one (check the address and the interval, fetch it once to tell a feed
// from an article page or STIX, ingest its items as a baseline that posts nothing), list, remove, pause
// and resume them, each with an audit entry; and when each is polled next. Refusals are result values the
// /source command words.
import type { AuditEntry, SourceRecord } from '../ports.js';
import { ingestBody } from '../stix/stix-source.js';
import { pollTaxii } from '../stix/taxii-poll.js';
import { DEFAULT_TLP, type Tlp } from '../stix/tlp.js';
import { describeError } from '../util/errors.js';
import { ok, type Result, refused } from '../util/result.js';
import { type Actor, actorName, auditEntry, isoNow, type SourcesContext } from './context.js';
import type { Intake } from './intake.js';
import { type Probed, type ProbeError, probe } from './probe.js';
import { cronOf, DEFAULT_EVERY, storedSourceCron } from './schedule.js';

export interface AddSourceResult {
  source: SourceRecord;
  /** Items the feed (or page) holds. */
  items: number;
  added: number;
  duplicates: number;
  failed: number;
  /** Entities no document before this source mentioned. */
  newEntities: string[];
  /** What a STIX source held that was not taken, in words. */
  notTaken: string[];
}

export type AddSourceError =
  | { kind: 'not-a-url'; input: string }
  | { kind: 'scheme'; protocol: string }
  | { kind: 'duplicate'; url: string; existing: SourceRecord }
  | { kind: 'schedule'; problem: string }
  | ProbeError
  /** The source was added, but its first fetch could not be read; its first poll tries again. */
  | { kind: 'items-unreadable'; source: SourceRecord; error: string };

export type NoSuchSource = { kind: 'no-such-source'; id: number };
export type PauseError = NoSuchSource | { kind: 'already-paused'; source: SourceRecord };
export type ResumeError = NoSuchSource | { kind: 'not-paused'; source: SourceRecord };

export interface NewSourceInput {
  url: string;
  name?: string;
  every?: string;
  /** The marking of what it brings; TLP:CLEAR when not given. */
  tlp?: Tlp;
}

export interface SourceRegistry {
  addSource(input: NewSourceInput, by: Actor): Promise<Result<AddSourceResult, AddSourceError>>;
  listSources(): Promise<SourceRecord[]>;
  /** When the source will next be polled (ISO), or null when paused or unknown. */
  nextRun(source: SourceRecord): string | null;
  /** The cron expression a source runs on. */
  cronOf(source: SourceRecord): string;
  removeSource(id: number, by: Actor): Promise<Result<SourceRecord, NoSuchSource>>;
  pauseSource(id: number, by: Actor): Promise<Result<SourceRecord, PauseError>>;
  resumeSource(id: number, by: Actor): Promise<Result<SourceRecord, ResumeError>>;
  /** The newest entries first. */
  auditLog(limit?: number): Promise<AuditEntry[]>;
}

export function sourceRegistry(ctx: SourcesContext): SourceRegistry {
  const sourceCron = (s: SourceRecord) => storedSourceCron(s.every, ctx.schedules, ctx.opt.minIntervalMs);
  return {
    addSource: (input, by) => addSource(ctx, input, by),
    listSources: () => ctx.db.listSources(),
    nextRun(source) {
      if (source.paused) return null;
      if (source.nextRunAt && source.nextRunAt > isoNow(ctx)) return source.nextRunAt;
      return ctx.schedules.next(sourceCron(source), ctx.clock.now())?.toISOString() ?? null;
    },
    cronOf: sourceCron,
    removeSource: (id, by) => removeSource(ctx, id, by),
    pauseSource: (id, by) => pauseSource(ctx, id, by),
    resumeSource: (id, by) => resumeSource(ctx, id, by),
    auditLog: (limit = 50) => ctx.db.auditLog(limit),
  };
}

/** The address and interval of a new source, checked before anything is fetched. */
async function checkNewSource(
  ctx: SourcesContext,
  input: { url: string; every?: string },
): Promise<Result<{ url: URL; every: string }, AddSourceError>> {
  let url: URL;
  try {
    url = new URL(input.url.trim().replace(/^<|>$/g, ''));
  } catch {
    return refused({ kind: 'not-a-url', input: input.url });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return refused({ kind: 'scheme', protocol: url.protocol });
  const existing = await ctx.db.findSourceByUrl(url.href);
  if (existing) return refused({ kind: 'duplicate', url: url.href, existing });
  const every = input.every?.trim() || DEFAULT_EVERY;
  const cron = cronOf(every, ctx.schedules, ctx.opt.minIntervalMs);
  if ('error' in cron) return refused({ kind: 'schedule', problem: cron.error });
  return ok({ url, every });
}

async function addSource(
  ctx: SourcesContext,
  input: NewSourceInput,
  by: Actor,
): Promise<Result<AddSourceResult, AddSourceError>> {
  const checked = await checkNewSource(ctx, input);
  if (!checked.ok) return checked;
  const { url, every } = checked.value;
  const probed = await probe(ctx.fetcher, url.href, {
    auth: ctx.taxiiAuth ?? (() => null),
    now: ctx.clock.now(),
  });
  if (!probed.ok) return probed;
  const { kind, title } = probed.value;
  // A TAXII collection is kept at its own address, however it was reached (its objects, a trailing slash).
  const href = probed.value.kind === 'taxii' ? probed.value.url : url.href;
  const existing = href === url.href ? undefined : await ctx.db.findSourceByUrl(href);
  if (existing) return refused({ kind: 'duplicate', url: href, existing });
  const name = (input.name?.trim() || title?.trim() || url.hostname).slice(0, 200);
  const tlp = input.tlp ?? DEFAULT_TLP;
  const source = await ctx.db.addSource(
    { url: href, name, kind, every, addedBy: actorName(by), addedAt: isoNow(ctx), tlp },
    auditEntry(ctx, by, 'source.add', `${href} (${kind}, TLP:${tlp.toUpperCase()}) every ${every}`),
  );
  ctx.changed();
  const entitiesBefore = await ctx.corpus.reader.latestEntityId();
  const first = await firstFetch(ctx, source, probed.value);
  if (!first.ok) {
    // The source stays: its first poll will try again, still posting nothing.
    await ctx.db.recordFailure(source.id, {
      at: isoNow(ctx),
      error: first.error,
      nextRunAt: isoNow(ctx),
      pause: null,
    });
    return refused({ kind: 'items-unreadable', source, error: first.error });
  }
  const p = first.value;
  const after = (await ctx.corpus.reader.entitiesAfter(entitiesBefore)).filter((e) => e.kind !== 'other');
  return ok({
    source: (await ctx.db.getSource(source.id)) ?? source,
    items: p.items,
    added: p.summary.added.length,
    duplicates: p.summary.duplicates.length,
    failed: p.summary.failed.length,
    newEntities: after.map((e) => e.name),
    notTaken: p.notTaken ?? [],
  });
}

/** The first fetch's items ingested as a baseline; any failure, a crash included, is its message. */
async function firstFetch(
  ctx: SourcesContext,
  source: SourceRecord,
  probed: Probed,
): Promise<Result<Intake, string>> {
  try {
    if (probed.kind !== 'taxii') return await ingestBody(ctx, source, probed.res, true);
    const polled = await pollTaxii(ctx, source);
    return polled.ok ? polled : refused(polled.error.message);
  } catch (err) {
    return refused(describeError(err));
  }
}

async function removeSource(
  ctx: SourcesContext,
  id: number,
  by: Actor,
): Promise<Result<SourceRecord, NoSuchSource>> {
  const s = await ctx.db.getSource(id);
  const removed =
    s && (await ctx.db.removeSource(id, auditEntry(ctx, by, 'source.remove', `#${id} ${s.url}`)));
  if (!removed) return refused({ kind: 'no-such-source', id });
  ctx.changed();
  return ok(removed);
}

async function pauseSource(
  ctx: SourcesContext,
  id: number,
  by: Actor,
): Promise<Result<SourceRecord, PauseError>> {
  const s = await ctx.db.getSource(id);
  if (!s) return refused({ kind: 'no-such-source', id });
  if (s.paused) return refused({ kind: 'already-paused', source: s });
  return ok(await writePaused(ctx, s, true, by));
}

async function resumeSource(
  ctx: SourcesContext,
  id: number,
  by: Actor,
): Promise<Result<SourceRecord, ResumeError>> {
  const s = await ctx.db.getSource(id);
  if (!s) return refused({ kind: 'no-such-source', id });
  if (!s.paused) return refused({ kind: 'not-paused', source: s });
  return ok(await writePaused(ctx, s, false, by));
}

async function writePaused(
  ctx: SourcesContext,
  s: SourceRecord,
  paused: boolean,
  by: Actor,
): Promise<SourceRecord> {
  const r = await ctx.db.setPaused(
    s.id,
    paused,
    paused ? `paused by ${actorName(by)}` : null,
    auditEntry(ctx, by, paused ? 'source.pause' : 'source.resume', `#${s.id} ${s.url}`),
  );
  ctx.changed();
  return r ?? s;
}
