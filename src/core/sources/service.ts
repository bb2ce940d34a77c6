// Sources, follows and briefings behind one interface the commands and the scheduler share. The flow of a
// poll: fetch → parse → drop what this source has seen (GUID, link or content hash) → ingest through the
// one ingestion path → match new documents against follows → record the seen items and queue deliveries
// in one transaction. Delivery drains that queue (the outbox): nothing lost on a restart, nothing twice.
import { createHash } from 'node:crypto';
import type { Corpus } from '../corpus.js';
import { htmlToSourceText } from '../documents/html.js';
import type { IngestSummary, PendingInput } from '../ingest.js';
import type {
  AuditEntry,
  ChannelPlatform,
  ChannelRef,
  Clock,
  DeliveryRuns,
  Fetcher,
  FetchResult,
  FollowRecord,
  Logger,
  Outbound,
  OutboxRow,
  PollRecord,
  Schedules,
  SeenKey,
  SourceKind,
  SourceRecord,
  SourceStore,
  StoredDocument,
} from '../ports.js';
import { type Reply, reply, UserError } from '../reply.js';
import { type BriefingInput, buildBriefing } from './briefing.js';
import {
  canonicalLink,
  detect,
  type FeedItem,
  itemInput,
  MAX_ITEM_CHARS,
  pageInput,
  plainLength,
  readFeed,
  seenKey,
} from './feed.js';
import {
  type CompiledQuery,
  compileFollowQuery,
  followQueryProblem,
  formatFollowQuery,
  isEmptyQuery,
  parseFollowQuery,
} from './follow-query.js';
import { createLimiter } from './limit.js';
import {
  checkFollowSchedule,
  cronOf,
  DEFAULT_EVERY,
  deliveryBackoffMs,
  MIN_INTERVAL_MS,
  SCHEDULE_NEW,
  sourceBackoffMs,
  storedSourceCron,
} from './schedule.js';

/** Who did something, for permissions and the audit log. */
export interface Actor {
  platform: ChannelPlatform;
  userId: string;
}

export const actorName = (a: Actor): string => `${a.platform}:${a.userId}`;

/** The service from a command's context, or the user error every sources command answers without it. */
export function sourcesOf(ctx: { sources?: SourcesService | undefined }): SourcesService {
  if (!ctx.sources)
    throw new UserError(
      'Sources are not enabled here.',
      'Sources, follows and briefings run in the Sitrep bot (npm start); see "Sources and briefings" in the README.',
    );
  return ctx.sources;
}

/** The channel a command came from, or the user error for a transport that has none. */
export function channelOf(ctx: { channel?: ChannelRef | undefined }, command: string): ChannelRef {
  if (!ctx.channel) throw new UserError(`/${command} needs a channel, and this request came from none.`);
  return ctx.channel;
}
const SYSTEM = 'sitrep';
/** Reports a new follow is tried against to say how many already match. */
const FOLLOW_PREVIEW_DOCS = 1_000;
/** Most reports one `/brief since:` reads; a briefing of more is not one anyone reads either. */
const BRIEF_MAX_DOCS = 500;

export interface SourcesOptions {
  /** Consecutive failed polls after which a source is paused and the admins are told. */
  maxFailures?: number;
  /** Polls running at once in pollDue. */
  concurrency?: number;
  /** Items ingested per poll; the rest wait for the next one (on a first fetch they are only marked seen). */
  maxIngestPerPoll?: number;
  /** Linked pages fetched per poll for items whose feed gives only a summary. */
  maxArticleFetches?: number;
  /** Attempts before a delivery is given up as failed. */
  maxDeliveryAttempts?: number;
  /** How long a claimed delivery is reserved for the poster that claimed it. */
  deliveryLeaseMs?: number;
  /** The shortest time between two polls of a source, or two digests, that a schedule may ask for. */
  minIntervalMs?: number;
}

export interface SourcesDeps {
  corpus: Corpus;
  sources: SourceStore;
  /** The one ingestion path (the runtime's: it also refreshes the corpus caches and the index snapshot). */
  ingest(inputs: PendingInput[]): Promise<IngestSummary>;
  fetcher: Fetcher;
  schedules: Schedules;
  clock: Clock;
  logger: Logger;
  /** This process run, named on the deliveries it claims; tells which other runs have ended. */
  runs: DeliveryRuns;
  /** Where briefings and admin notices go; delivery is off without it. */
  outbound?: Outbound;
  /** Where an auto-paused source is reported. */
  adminChannel?: ChannelRef | null;
  options?: SourcesOptions;
}

export interface AddSourceResult {
  source: SourceRecord;
  /** Items the feed (or page) holds. */
  items: number;
  added: number;
  duplicates: number;
  failed: number;
  /** Entities no document before this source mentioned. */
  newEntities: string[];
}

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

export interface DeliveryReport {
  posted: { platform: ChannelPlatform; channel: string; docIds: string[] }[];
  failed: { platform: ChannelPlatform; channel: string; error: string }[];
}

export interface BriefingPreview {
  platform: ChannelPlatform;
  channel: string;
  replies: Reply[];
}

export interface SourcesService {
  addSource(input: { url: string; name?: string; every?: string }, by: Actor): Promise<AddSourceResult>;
  listSources(): SourceRecord[];
  /** When the source will next be polled (ISO), or null when paused or unknown. */
  nextRun(source: SourceRecord): string | null;
  /** The cron expression a source runs on. */
  cronOf(source: SourceRecord): string;
  removeSource(id: number, by: Actor): SourceRecord;
  pauseSource(id: number, by: Actor): SourceRecord;
  resumeSource(id: number, by: Actor): SourceRecord;
  follow(
    input: { channel: ChannelRef; query: string; schedule?: string },
    by: Actor,
  ): { follow: FollowRecord; matchingNow: number; checked: number };
  unfollow(id: number, by: Actor): FollowRecord;
  following(channel?: ChannelRef): FollowRecord[];
  /** The briefing this channel would get now, or since a time; null when there is nothing. */
  brief(channel: ChannelRef, since?: string): Reply | null;
  /** Polls one source now; `force` ignores a failure backoff. Never throws. */
  pollSource(id: number, opts?: { force?: boolean }): Promise<PollResult>;
  /** Polls every active source (due ones, or all with `force`) with bounded concurrency. */
  pollDue(opts?: { force?: boolean }): Promise<PollResult[]>;
  /** Posts the due briefings; the failed ones stay queued and are retried with backoff. */
  deliver(opts?: { outbound?: Outbound; platforms?: readonly ChannelPlatform[] }): Promise<DeliveryReport>;
  /** The briefings queued now, per channel, without posting or claiming anything. */
  preview(opts?: { platforms?: readonly ChannelPlatform[] }): BriefingPreview[];
  /** Called after a source or follow is added, removed, paused or resumed (the scheduler re-syncs). */
  onChange(listener: () => void): () => void;
  auditLog(limit?: number): AuditEntry[];
}

interface Entry {
  key: SeenKey;
  origin: string;
  /** Its publication date: when not every new item can be ingested in one poll, the newest go first. */
  published: string | null;
  /** The input to ingest, reading the linked page when `article`; null for an item too large to be a report. */
  input: ((article: boolean) => PendingInput) | null;
  /** A summary-only item with a link: the linked page may hold the article. */
  wantsArticle: boolean;
}

interface Processed {
  items: number;
  newItems: number;
  summary: IngestSummary;
  docIds: string[];
  queued: number;
}

export function createSourcesService(deps: SourcesDeps): SourcesService {
  const { corpus, sources: db, fetcher, schedules, clock, logger } = deps;
  const opt = {
    maxFailures: deps.options?.maxFailures ?? 5,
    concurrency: deps.options?.concurrency ?? 4,
    maxIngestPerPoll: deps.options?.maxIngestPerPoll ?? 50,
    maxArticleFetches: deps.options?.maxArticleFetches ?? 10,
    maxDeliveryAttempts: deps.options?.maxDeliveryAttempts ?? 10,
    deliveryLeaseMs: deps.options?.deliveryLeaseMs ?? 10 * 60_000,
    minIntervalMs: deps.options?.minIntervalMs ?? MIN_INTERVAL_MS,
  };
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const l of listeners) {
      try {
        l();
      } catch (err) {
        logger.error('source change listener failed', { error: String(err) });
      }
    }
  };
  const inFlight = new Map<number, Promise<PollResult>>();
  let delivering: Promise<DeliveryReport> | null = null;
  const now = () => clock.now();
  const iso = (d: Date = now()) => d.toISOString();
  const audit = (by: Actor | string, action: string, detail: string): AuditEntry => ({
    at: iso(),
    who: typeof by === 'string' ? by : actorName(by),
    action,
    detail,
  });

  function mustGetSource(id: number): SourceRecord {
    const s = db.getSource(id);
    if (!s) throw new UserError(`No source #${id}.`, '/source list shows every source with its id.');
    return s;
  }

  // ─── Fetched body → ingested documents ──────────────────────────────────────────────────────────

  function sourceCron(s: SourceRecord): string {
    return storedSourceCron(s.every, schedules, opt.minIntervalMs);
  }

  /** Every entry of a fetched body this source has not seen (by GUID, link or text), in feed order. */
  function unseenEntries(
    source: SourceRecord,
    res: Extract<FetchResult, { kind: 'ok' }>,
  ): { entries: Entry[]; items: number } {
    if (source.kind === 'page') {
      const key: SeenKey = {
        guid: null,
        link: canonicalLink(source.url),
        contentHash: createHash('sha256').update(res.body).digest('hex').slice(0, 32),
      };
      if (db.isSeen(source.id, key)) return { entries: [], items: 1 };
      const origin = res.url;
      const input = () => ({ origin, load: () => pageInput(res.body, res.url, origin) });
      return { entries: [{ key, origin, published: null, input, wantsArticle: false }], items: 1 };
    }
    const parsed = readFeed(res.body, res.url);
    if (!parsed.ok) throw new PollError(parsed.reason);
    // Every item the body holds (the fetcher caps its size): a long feed in oldest-first order has its
    // new items at the end.
    const items = parsed.feed.items;
    const entries: Entry[] = [];
    const batch = { guid: new Set<string>(), link: new Set<string>(), hash: new Set<string>() };
    const origins = new Set<string>();
    for (const item of items) {
      const key = seenKey(item);
      // A feed that repeats an item under a new GUID repeats its link or its text: either is enough.
      const repeat =
        (key.guid !== null && batch.guid.has(key.guid)) ||
        (key.link !== null && batch.link.has(key.link)) ||
        batch.hash.has(key.contentHash);
      if (key.guid) batch.guid.add(key.guid);
      if (key.link) batch.link.add(key.link);
      batch.hash.add(key.contentHash);
      if (repeat || db.isSeen(source.id, key)) continue;
      let origin = item.link ?? `${source.url}#${key.guid ?? key.contentHash.slice(0, 12)}`;
      for (let n = 2; origins.has(origin); n++) origin = `${item.link ?? source.url}#${n}`;
      origins.add(origin);
      if (plainLength(item.content, item.html) > MAX_ITEM_CHARS) {
        logger.warn('feed item too large, skipped', {
          source: source.id,
          origin,
          chars: item.content.length,
        });
        entries.push({ key, origin, published: item.published, input: null, wantsArticle: false });
        continue;
      }
      const publisher = source.name;
      const input = (article: boolean): PendingInput => ({
        origin,
        load: async () => {
          if (article && item.link) {
            const page = await articleFrom(item, item.link, origin);
            if (page) return page;
          }
          return itemInput(item, origin, publisher);
        },
      });
      const wantsArticle = item.summaryOnly && item.link !== null;
      entries.push({ key, origin, published: item.published, input, wantsArticle });
    }
    return { entries, items: items.length };
  }

  /** What one poll ingests: the newest entries (undated ones last, in feed order), linked pages within budget. */
  function toIngest(entries: Entry[]): { entry: Entry; pending: PendingInput }[] {
    const newestFirst = entries
      .flatMap((entry) => (entry.input ? [{ entry, input: entry.input }] : []))
      .sort((a, b) => (b.entry.published ?? '').localeCompare(a.entry.published ?? ''));
    let articles = 0;
    return newestFirst.slice(0, opt.maxIngestPerPoll).map(({ entry, input }) => {
      const article = entry.wantsArticle && articles < opt.maxArticleFetches;
      if (article) articles++;
      return { entry, pending: input(article) };
    });
  }

  /** The linked article when the feed gives only a summary, or null to fall back to the summary. */
  async function articleFrom(item: FeedItem, link: string, origin: string) {
    const res = await fetcher.fetch({ url: link });
    if (res.kind !== 'ok') {
      logger.info('linked article not fetched; using the feed summary', {
        link,
        reason: res.kind === 'failed' ? res.message : res.kind,
      });
      return null;
    }
    if (!/html/i.test(res.contentType ?? 'text/html')) return null;
    if (!htmlToSourceText(res.body, { url: res.url }).isArticle) return null;
    return pageInput(res.body, res.url, origin, item);
  }

  async function ingestFetched(
    source: SourceRecord,
    res: Extract<FetchResult, { kind: 'ok' }>,
    first: boolean,
  ): Promise<Processed> {
    const { entries, items } = unseenEntries(source, res);
    const now_ = iso();
    const chosen = toIngest(entries);
    // A first fetch marks everything seen but ingests only the newest; later polls leave the rest for next time.
    const ingested = new Set(chosen.map((c) => c.entry));
    const waiting = new Set(
      first ? [] : entries.filter((e) => e.input !== null && !ingested.has(e)).map((e) => e.origin),
    );
    const summary = await deps.ingest(chosen.map((c) => c.pending));

    const docByOrigin = new Map<string, string>();
    for (const a of summary.added) docByOrigin.set(a.origin, a.id);
    const deliverable = new Set<string>(summary.added.map((a) => a.id));
    for (const d of summary.duplicates) {
      if (!corpus.reader.getDocument(d.id)) continue;
      docByOrigin.set(d.origin, d.id);
      // Stored but recorded by no source: a crash between ingest and record. It is still news.
      if (!db.documentSeen(d.id)) deliverable.add(d.id);
    }
    for (const f of summary.failed)
      logger.warn('feed item not ingested', { source: source.id, origin: f.origin, reason: f.reason });

    const seen: PollRecord['seen'] = entries
      .filter((e) => !waiting.has(e.origin))
      .map((e) => ({ ...e.key, documentId: docByOrigin.get(e.origin) ?? null }));
    const deliveries: PollRecord['deliveries'] = [];
    if (!first && deliverable.size > 0) {
      const follows = db.listFollows().map((f) => ({ f, q: compileFollowQuery(f.query, corpus) }));
      for (const docId of deliverable) {
        const doc = corpus.reader.getDocument(docId);
        if (!doc) continue;
        const mentions = corpus.reader.extractionOf(docId).entities;
        for (const { f, q } of follows) {
          if (!q.matches(doc, mentions)) continue;
          const due = f.schedule === SCHEDULE_NEW ? now() : (schedules.next(f.schedule, now()) ?? now());
          deliveries.push({ followId: f.id, documentId: docId, dueAt: due.toISOString() });
        }
      }
    }
    db.recordPoll(source.id, {
      at: now_,
      seen,
      etag: res.etag,
      lastModified: res.lastModified,
      deliveries,
    });
    return {
      items,
      newItems: entries.length,
      summary,
      docIds: [...new Set(docByOrigin.values())],
      queued: deliveries.length,
    };
  }

  async function fail(source: SourceRecord, error: string): Promise<PollResult> {
    const failures = source.consecutiveFailures + 1;
    const pause = failures >= opt.maxFailures;
    const next = new Date(now().getTime() + sourceBackoffMs(failures));
    const reason = `failed ${failures} times in a row: ${error}`;
    db.recordFailure(source.id, {
      at: iso(),
      error,
      nextRunAt: next.toISOString(),
      pause: pause ? audit(SYSTEM, 'source.auto-pause', `#${source.id} ${source.url}: ${reason}`) : null,
    });
    logger.warn('source poll failed', { source: source.id, url: source.url, failures, error, paused: pause });
    if (pause) {
      changed();
      await tellAdmins(
        reply(`Source paused: ${source.name}`, [
          { type: 'heading', text: `Source #${source.id} paused: ${source.name}` },
          {
            type: 'text',
            text: `Sitrep paused ${source.url} after ${failures} failed polls in a row. Last error: ${error}`,
          },
          { type: 'context', text: `Fix the feed or its address, then /source resume ${source.id}.` },
        ]),
      );
    }
    return {
      sourceId: source.id,
      name: source.name,
      status: 'failed',
      first: source.lastFetchAt === null,
      newItems: 0,
      added: 0,
      queued: 0,
      error,
      paused: pause,
    };
  }

  async function tellAdmins(message: Reply): Promise<void> {
    const to = deps.adminChannel;
    if (!to || !deps.outbound) {
      logger.error('admin notice not posted (no SITREP_ADMIN_CHANNEL)', { notice: message.title });
      return;
    }
    try {
      await deps.outbound.post(to.platform, to.id, message);
    } catch (err) {
      logger.error('admin notice failed', {
        channel: `${to.platform}:${to.id}`,
        notice: message.title,
        error: String(err),
      });
    }
  }

  async function pollNow(id: number, force: boolean): Promise<PollResult> {
    const source = db.getSource(id);
    const skipped = (why: string): PollResult => ({
      sourceId: id,
      name: source?.name ?? `#${id}`,
      status: 'skipped',
      first: false,
      newItems: 0,
      added: 0,
      queued: 0,
      error: why,
    });
    if (!source) return skipped('no such source');
    if (source.paused) return skipped('paused');
    if (!force && source.nextRunAt && source.nextRunAt > iso())
      return skipped(`backing off until ${source.nextRunAt}`);
    const first = source.lastFetchAt === null;
    try {
      const res = await fetcher.fetch({
        url: source.url,
        etag: source.etag,
        lastModified: source.lastModified,
      });
      if (res.kind === 'failed') return await fail(source, res.message);
      if (res.kind === 'not-modified') {
        db.recordPoll(source.id, {
          at: iso(),
          seen: [],
          etag: res.etag ?? source.etag,
          lastModified: res.lastModified ?? source.lastModified,
          deliveries: [],
        });
        return {
          sourceId: id,
          name: source.name,
          status: 'not-modified',
          first,
          newItems: 0,
          added: 0,
          queued: 0,
        };
      }
      const p = await ingestFetched(source, res, first);
      return {
        sourceId: id,
        name: source.name,
        status: 'ok',
        first,
        newItems: p.newItems,
        added: p.summary.added.length,
        queued: p.queued,
      };
    } catch (err) {
      if (!(err instanceof PollError))
        logger.error('source poll crashed', {
          source: id,
          error: err instanceof Error ? (err.stack ?? err.message) : String(err),
        });
      return await fail(source, err instanceof Error ? err.message : String(err));
    }
  }

  function pollSource(id: number, opts: { force?: boolean } = {}): Promise<PollResult> {
    const running = inFlight.get(id);
    if (running) return running;
    const p = pollNow(id, opts.force === true).finally(() => inFlight.delete(id));
    inFlight.set(id, p);
    return p;
  }

  // ─── Delivery ───────────────────────────────────────────────────────────────────────────────────

  function groupByChannel(
    rows: OutboxRow[],
  ): Map<string, { platform: ChannelPlatform; channel: string; rows: OutboxRow[] }> {
    const groups = new Map<string, { platform: ChannelPlatform; channel: string; rows: OutboxRow[] }>();
    for (const r of rows) {
      const k = `${r.platform}\u0000${r.channel}`;
      const g = groups.get(k) ?? { platform: r.platform, channel: r.channel, rows: [] };
      g.rows.push(r);
      groups.set(k, g);
    }
    return groups;
  }

  function inputsOf(rows: OutboxRow[]): BriefingInput[] {
    const byDoc = new Map<string, string[]>();
    for (const r of rows) {
      const list = byDoc.get(r.documentId) ?? [];
      if (!list.includes(r.query)) list.push(r.query);
      byDoc.set(r.documentId, list);
    }
    return [...byDoc.entries()].map(([docId, matched]) => ({ docId, matched }));
  }

  /**
   * Deliveries claimed by a run that has ended (this process before a restart, a crashed neighbour) are due
   * again now rather than when their lease runs out.
   */
  function takeBackEndedClaims(): void {
    for (const owner of db.claimOwners(iso())) {
      if (owner === deps.runs.self || !deps.runs.isGone(owner)) continue;
      const taken = db.releaseClaims(owner, iso());
      logger.info('took back deliveries claimed by an ended run', { run: owner, deliveries: taken });
    }
  }

  async function drain(outbound: Outbound, platforms?: readonly ChannelPlatform[]): Promise<DeliveryReport> {
    const report: DeliveryReport = { posted: [], failed: [] };
    takeBackEndedClaims();
    const leaseUntil = new Date(now().getTime() + opt.deliveryLeaseMs).toISOString();
    const rows = db.claimDue({ now: iso(), leaseUntil, owner: deps.runs.self, platforms });
    for (const g of groupByChannel(rows).values()) {
      const parts = buildBriefing(inputsOf(g.rows), corpus);
      const covered = new Set(parts.flatMap((p) => p.docIds));
      const gone = g.rows.filter((r) => !covered.has(r.documentId)).map((r) => r.id);
      if (gone.length > 0) db.markAttemptFailed(gone, 'document no longer in the corpus', iso(), 0);
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (!part) continue;
        const ids = g.rows.filter((r) => part.docIds.includes(r.documentId)).map((r) => r.id);
        try {
          await outbound.post(g.platform, g.channel, part.reply);
          db.markSent(ids, iso());
          report.posted.push({ platform: g.platform, channel: g.channel, docIds: part.docIds });
        } catch (err) {
          const error = err instanceof Error ? err.message : String(err);
          // This part and the rest of the channel's briefing retry together, in order.
          const rest = parts.slice(i).flatMap((p) => p.docIds);
          const retry = g.rows.filter((r) => rest.includes(r.documentId));
          const attempts = Math.max(...retry.map((r) => r.attempts)) + 1;
          const next = new Date(now().getTime() + deliveryBackoffMs(attempts)).toISOString();
          db.markAttemptFailed(
            retry.map((r) => r.id),
            error,
            next,
            opt.maxDeliveryAttempts,
          );
          logger.warn('briefing not posted; will retry', {
            channel: `${g.platform}:${g.channel}`,
            attempts,
            next,
            error,
          });
          report.failed.push({ platform: g.platform, channel: g.channel, error });
          break;
        }
      }
    }
    return report;
  }

  // ─── Follows ────────────────────────────────────────────────────────────────────────────────────

  function matchingDocs(queries: CompiledQuery[], docs: StoredDocument[]): BriefingInput[] {
    const out: BriefingInput[] = [];
    for (const doc of docs) {
      const mentions = corpus.reader.extractionOf(doc.id).entities;
      const matched = queries.filter((q) => q.matches(doc, mentions)).map((q) => formatFollowQuery(q.query));
      if (matched.length > 0) out.push({ docId: doc.id, matched });
    }
    return out;
  }

  function singleReply(inputs: BriefingInput[], context: string): Reply | null {
    const parts = buildBriefing(inputs, corpus, { context });
    if (parts.length === 0) return null;
    const [firstPart] = parts;
    if (parts.length === 1 && firstPart) return firstPart.reply;
    // One answer for /brief: the parts' stories in order, one source list at the end.
    const blocks = parts.flatMap((p, i) =>
      p.reply.blocks
        .filter((b, j) => !(j === 0 && i > 0 && b.type === 'heading'))
        .filter((b) => b.type !== 'sources'),
    );
    const rows = new Map<string, Extract<Reply['blocks'][number], { type: 'sources' }>['rows'][number]>();
    for (const p of parts)
      for (const b of p.reply.blocks) if (b.type === 'sources') for (const r of b.rows) rows.set(r.docId, r);
    const heading = firstPart?.reply.title.replace(/ \(1\/\d+\)$/, '') ?? 'Sitrep briefing';
    if (blocks[0]?.type === 'heading') blocks[0] = { type: 'heading', text: heading };
    return reply(heading, [...blocks, { type: 'sources', rows: [...rows.values()] }]);
  }

  return {
    async addSource(input, by) {
      let url: URL;
      try {
        url = new URL(input.url.trim().replace(/^<|>$/g, ''));
      } catch {
        throw new UserError(
          `"${input.url}" is not a URL.`,
          'Give the feed or page address, e.g. /source add https://www.ncsc.gov.uk/api/1/services/v1/news-rss-feed.xml',
        );
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new UserError(`Only http and https addresses can be sources, not ${url.protocol}`);
      const existing = db.findSourceByUrl(url.href);
      if (existing)
        throw new UserError(
          `${url.href} is already source #${existing.id} “${existing.name}”.`,
          '/source list shows every source.',
        );
      const every = input.every?.trim() || DEFAULT_EVERY;
      const cron = cronOf(every, schedules, opt.minIntervalMs);
      if ('error' in cron) throw new UserError(cron.error, 'Usage: /source add URL [name:NAME] [every:30m]');

      const res = await fetcher.fetch({ url: url.href });
      if (res.kind === 'failed')
        throw new UserError(
          `Could not add ${url.href}: ${res.message}`,
          res.reason === 'refused'
            ? 'Sitrep never fetches private, loopback or link-local addresses; allow a host explicitly with SITREP_FETCH_ALLOW_HOSTS.'
            : 'Check the address in a browser; Sitrep takes RSS, Atom, JSON Feed or an article page.',
        );
      if (res.kind === 'not-modified')
        throw new UserError(`Could not add ${url.href}: the server sent no content.`);
      const found = detect(res.body, res.contentType, res.url);
      if (found.kind === 'unreadable')
        throw new UserError(
          `${url.href} is neither a feed nor an article page: ${found.reason}.`,
          'Sitrep takes RSS 2.0, Atom, JSON Feed, or one article page.',
        );
      let kind: SourceKind;
      let title: string | null;
      if (found.kind === 'feed') {
        kind = found.feed.kind;
        title = found.feed.title;
      } else {
        const page = htmlToSourceText(res.body, { url: res.url });
        if (!page.isArticle) {
          const feedLink = declaredFeed(res.body, res.url);
          throw new UserError(
            `No article on ${url.href} (a list of links or a section front?).`,
            feedLink
              ? `The page declares a feed: /source add ${feedLink}`
              : 'Give a feed or one article page.',
          );
        }
        kind = 'page';
        title = page.title;
      }
      const name = (input.name?.trim() || title?.trim() || url.hostname).slice(0, 200);
      const source = db.addSource(
        { url: url.href, name, kind, every, addedBy: actorName(by), addedAt: iso() },
        audit(by, 'source.add', `${url.href} (${kind}) every ${every}`),
      );
      changed();
      const entitiesBefore = corpus.reader.latestEntityId();
      let p: Processed;
      try {
        p = await ingestFetched(source, res, true);
      } catch (err) {
        // The source stays: its first poll will try again, still posting nothing.
        const error = err instanceof Error ? err.message : String(err);
        db.recordFailure(source.id, { at: iso(), error, nextRunAt: iso(), pause: null });
        throw new UserError(
          `Added “${name}” as source #${source.id}, but its items could not be read: ${error}`,
        );
      }
      const after = corpus.reader.entitiesAfter(entitiesBefore).filter((e) => e.kind !== 'other');
      return {
        source: db.getSource(source.id) ?? source,
        items: p.items,
        added: p.summary.added.length,
        duplicates: p.summary.duplicates.length,
        failed: p.summary.failed.length,
        newEntities: after.map((e) => e.name),
      };
    },

    listSources: () => db.listSources(),

    nextRun(source) {
      if (source.paused) return null;
      if (source.nextRunAt && source.nextRunAt > iso()) return source.nextRunAt;
      return schedules.next(sourceCron(source), now())?.toISOString() ?? null;
    },

    cronOf: sourceCron,

    removeSource(id, by) {
      const s = mustGetSource(id);
      const removed = db.removeSource(id, audit(by, 'source.remove', `#${id} ${s.url}`));
      if (!removed) throw new UserError(`No source #${id}.`);
      changed();
      return removed;
    },

    pauseSource(id, by) {
      const s = mustGetSource(id);
      if (s.paused)
        throw new UserError(`Source #${id} “${s.name}” is already paused (${s.pausedReason ?? 'paused'}).`);
      const r = db.setPaused(
        id,
        true,
        `paused by ${actorName(by)}`,
        audit(by, 'source.pause', `#${id} ${s.url}`),
      );
      changed();
      return r ?? s;
    },

    resumeSource(id, by) {
      const s = mustGetSource(id);
      if (!s.paused) throw new UserError(`Source #${id} “${s.name}” is not paused.`);
      const r = db.setPaused(id, false, null, audit(by, 'source.resume', `#${id} ${s.url}`));
      changed();
      return r ?? s;
    },

    follow({ channel, query, schedule }, by) {
      const problem = followQueryProblem(query);
      if (problem) throw new UserError(problem);
      const parsed = parseFollowQuery(query);
      if (isEmptyQuery(parsed))
        throw new UserError(
          'Say what to follow: words, a name or alias, entity:NAME or publisher:NAME.',
          'e.g. /follow APT31 · /follow "electoral commission" · /follow entity:Sandworm publisher:NCSC',
        );
      const sched = schedule?.trim() || SCHEDULE_NEW;
      const badSchedule = checkFollowSchedule(sched, schedules, opt.minIntervalMs);
      if (badSchedule) throw new UserError(badSchedule);
      const text = formatFollowQuery(parsed);
      const normalised = sched.toLowerCase() === SCHEDULE_NEW ? SCHEDULE_NEW : sched;
      const dup = db.listFollows(channel).find((f) => f.query.toLowerCase() === text.toLowerCase());
      if (dup)
        throw new UserError(
          `This channel already follows “${dup.query}” (#${dup.id}).`,
          '/following lists what this channel follows.',
        );
      const follow = db.addFollow(
        {
          platform: channel.platform,
          channel: channel.id,
          query: text,
          schedule: normalised,
          createdBy: actorName(by),
          createdAt: iso(),
        },
        audit(by, 'follow.add', `${channel.platform}:${channel.id} “${text}” (${normalised})`),
      );
      changed();
      // Checked against the latest reports only: a follow is about what comes next, and reading every
      // report of a large corpus would make the command slow.
      const latest = corpus.reader.listDocuments({ limit: FOLLOW_PREVIEW_DOCS });
      const matchingNow = matchingDocs([compileFollowQuery(text, corpus)], latest).length;
      return { follow, matchingNow, checked: latest.length };
    },

    unfollow(id, by) {
      const f = db.getFollow(id);
      if (!f)
        throw new UserError(`No follow #${id}.`, '/following lists what this channel follows, with ids.');
      const removed = db.removeFollow(
        id,
        audit(by, 'follow.remove', `#${id} ${f.platform}:${f.channel} “${f.query}”`),
      );
      if (!removed) throw new UserError(`No follow #${id}.`);
      changed();
      return removed;
    },

    following: (channel) => db.listFollows(channel),

    brief(channel, since) {
      const follows = db.listFollows(channel);
      if (since === undefined) {
        const rows = db.pendingDeliveries(channel);
        const last = db.lastSentAt(channel);
        return singleReply(
          inputsOf(rows),
          last
            ? `New since the last briefing (${last.slice(0, 16).replace('T', ' ')} UTC).`
            : 'New since this channel started following.',
        );
      }
      const docs = corpus.reader.listDocuments({ ingestedSince: since, limit: BRIEF_MAX_DOCS });
      const inputs =
        follows.length > 0
          ? matchingDocs(
              follows.map((f) => compileFollowQuery(f.query, corpus)),
              docs,
            )
          : docs.map((d) => ({ docId: d.id, matched: [] }));
      return singleReply(
        inputs,
        `Reports added since ${since.slice(0, 16).replace('T', ' ')} UTC${follows.length > 0 ? ' that this channel follows' : ''}.`,
      );
    },

    pollSource,

    async pollDue(opts = {}) {
      const limit = createLimiter(opt.concurrency);
      const active = db.listSources().filter((s) => !s.paused);
      return Promise.all(active.map((s) => limit(() => pollSource(s.id, opts))));
    },

    async deliver(opts = {}) {
      const outbound = opts.outbound ?? deps.outbound;
      if (!outbound) return { posted: [], failed: [] };
      // One drain at a time in this process; claimDue keeps other processes off the same rows.
      while (delivering) await delivering.catch(() => undefined);
      delivering = drain(outbound, opts.platforms).finally(() => {
        delivering = null;
      });
      return delivering;
    },

    preview(opts = {}) {
      const rows = db
        .pendingDeliveries()
        .filter((r) => !opts.platforms || opts.platforms.includes(r.platform));
      return [...groupByChannel(rows).values()].map((g) => ({
        platform: g.platform,
        channel: g.channel,
        replies: buildBriefing(inputsOf(g.rows), corpus).map((p) => p.reply),
      }));
    },

    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    auditLog: (limit = 50) => db.auditLog(limit),
  };
}

/** A failure the poller expected (a malformed feed): logged as a warning, not as a crash. */
class PollError extends Error {}

/** The feed a page declares with <link rel="alternate" type="application/rss+xml" href="…">. */
function declaredFeed(html: string, base: string): string | null {
  const m =
    /<link\b[^>]*type=["']application\/(?:rss|atom)\+xml["'][^>]*>/i.exec(html) ??
    /<link\b[^>]*type=["']application\/feed\+json["'][^>]*>/i.exec(html);
  const href = m ? /href=["']([^"']+)["']/i.exec(m[0])?.[1] : undefined;
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}
