// A fetched body → ingested documents. The entries this source has not seen (by GUID, link or text) are
// read in feed order; the newest are ingested first within the per-poll budget (a summary-only item's
// linked page is read, within its own budget); then the seen items and the deliveries to the follows the
// new documents match are recorded in one transaction. Nothing lost on a crash, nothing queued twice.
import { createHash } from 'node:crypto';
import { htmlToSourceText } from '../documents/html.js';
import type { IngestSummary, PendingInput } from '../ingest.js';
import type { PollRecord, SeenKey, SourceRecord } from '../ports.js';
import { ok, type Result, refused } from '../util/result.js';
import { isoNow, type SourcesContext } from './context.js';
import {
  canonicalLink,
  type FeedItem,
  itemInput,
  MAX_ITEM_CHARS,
  pageInput,
  plainLength,
  seenKey,
} from './feed.js';
import { readFeed } from './feed-formats.js';
import { deliveriesFor } from './follows.js';
import type { Fetched } from './probe.js';

type IntakeContext = Pick<
  SourcesContext,
  'corpus' | 'db' | 'ingest' | 'fetcher' | 'schedules' | 'clock' | 'logger' | 'opt'
>;

export interface Intake {
  /** Items the body holds. */
  items: number;
  /** Items this source had not seen. */
  newItems: number;
  summary: IngestSummary;
  /** Deliveries queued for the follows the new documents match. */
  queued: number;
  /** What the body held that was not taken, in words (a STIX source's other objects). */
  notTaken?: string[];
}

/** What a poll records besides its items: the validators, a TAXII cursor, whether it is the baseline. */
export interface PollState {
  first: boolean;
  etag: string | null;
  lastModified: string | null;
  cursor?: string;
  /** Ingest every new item now (a TAXII page, whose cursor moves past it), not the newest within budget. */
  whole?: boolean;
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

/**
 * Ingests what is new in a fetched body and records the poll. A `first` fetch marks everything seen but
 * ingests only the newest and queues nothing; later polls leave what is over budget for the next one. A
 * body that is no longer a feed is refused with the reason.
 */
export async function ingestFetched(
  ctx: IntakeContext,
  source: SourceRecord,
  res: Fetched,
  first: boolean,
): Promise<Result<Intake, string>> {
  const unseen = await unseenEntries(ctx, source, res);
  if (!unseen.ok) return unseen;
  return ok(
    await ingestEntries(ctx, source, unseen.value, { first, etag: res.etag, lastModified: res.lastModified }),
  );
}

/** Items read by another reader (a STIX bundle's or a TAXII page's reports), taken in as a feed's are. */
export async function ingestItems(
  ctx: IntakeContext,
  source: SourceRecord,
  items: FeedItem[],
  poll: PollState,
): Promise<Intake> {
  const entries = await itemEntries(ctx, source, items);
  return ingestEntries(ctx, source, { entries, items: items.length }, poll);
}

async function ingestEntries(
  ctx: IntakeContext,
  source: SourceRecord,
  { entries, items }: { entries: Entry[]; items: number },
  poll: PollState,
): Promise<Intake> {
  const { first } = poll;
  const at = isoNow(ctx);
  const chosen = toIngest(ctx, entries, poll.whole ? Number.POSITIVE_INFINITY : ctx.opt.maxIngestPerPoll);
  const ingested = new Set(chosen.map((c) => c.entry));
  const waiting = new Set(
    first ? [] : entries.filter((e) => e.input !== null && !ingested.has(e)).map((e) => e.origin),
  );
  const summary = await ctx.ingest(chosen.map((c) => c.pending));
  for (const f of summary.failed)
    ctx.logger.warn('feed item not ingested', { source: source.id, origin: f.origin, reason: f.reason });
  const { docByOrigin, deliverable } = await storedDocuments(ctx, summary);
  const seen: PollRecord['seen'] = entries
    .filter((e) => !waiting.has(e.origin))
    .map((e) => ({ ...e.key, documentId: docByOrigin.get(e.origin) ?? null }));
  const deliveries = first ? [] : await deliveriesFor(ctx, deliverable);
  const { etag, lastModified, cursor } = poll;
  await ctx.db.recordPoll(source.id, {
    at,
    seen,
    etag,
    lastModified,
    deliveries,
    ...(cursor ? { cursor } : {}),
  });
  return { items, newItems: entries.length, summary, queued: deliveries.length };
}

/**
 * The document each ingested origin became, and the documents that are news: the added ones, and a
 * duplicate no source recorded (stored before a crash between ingest and record).
 */
async function storedDocuments(
  ctx: Pick<SourcesContext, 'corpus' | 'db'>,
  summary: IngestSummary,
): Promise<{ docByOrigin: Map<string, string>; deliverable: Set<string> }> {
  const docByOrigin = new Map<string, string>();
  for (const a of summary.added) docByOrigin.set(a.origin, a.id);
  const deliverable = new Set<string>(summary.added.map((a) => a.id));
  for (const d of summary.duplicates) {
    if (!(await ctx.corpus.reader.getDocument(d.id))) continue;
    docByOrigin.set(d.origin, d.id);
    if (!(await ctx.db.documentSeen(d.id))) deliverable.add(d.id);
  }
  return { docByOrigin, deliverable };
}

/** Every entry of a fetched body this source has not seen (by GUID, link or text), in feed order. */
async function unseenEntries(
  ctx: IntakeContext,
  source: SourceRecord,
  res: Fetched,
): Promise<Result<{ entries: Entry[]; items: number }, string>> {
  if (source.kind === 'page') return ok({ entries: await pageEntries(ctx, source, res), items: 1 });
  const parsed = readFeed(res.body, res.url);
  if (!parsed.ok) return refused(parsed.reason);
  // Every item the body holds (the fetcher caps its size): a long feed in oldest-first order has its
  // new items at the end.
  const items = parsed.feed.items;
  return ok({ entries: await itemEntries(ctx, source, items), items: items.length });
}

/** The items this source has not seen, once each, in the order given. */
async function itemEntries(
  ctx: IntakeContext,
  source: SourceRecord,
  items: readonly FeedItem[],
): Promise<Entry[]> {
  const isRepeat = repeatCheck();
  const origins = new Set<string>();
  const entries: Entry[] = [];
  for (const item of items) {
    const key = seenKey(item);
    if (isRepeat(key) || (await ctx.db.isSeen(source.id, key))) continue;
    let origin = item.link ?? `${source.url}#${key.guid ?? key.contentHash.slice(0, 12)}`;
    for (let n = 2; origins.has(origin); n++) origin = `${item.link ?? source.url}#${n}`;
    origins.add(origin);
    entries.push(feedEntry(ctx, source, item, key, origin));
  }
  return entries;
}

/** A page source is one entry, recognised by its address and the hash of its body. */
async function pageEntries(ctx: IntakeContext, source: SourceRecord, res: Fetched): Promise<Entry[]> {
  const key: SeenKey = {
    guid: null,
    link: canonicalLink(source.url),
    contentHash: createHash('sha256').update(res.body).digest('hex').slice(0, 32),
  };
  if (await ctx.db.isSeen(source.id, key)) return [];
  const origin = res.url;
  const input = () => ({ origin, load: () => pageInput(res.body, res.url, origin) });
  return [{ key, origin, published: null, input, wantsArticle: false }];
}

/** Whether an item repeats one earlier in the same body: a new GUID repeats its link or its text. */
function repeatCheck(): (key: SeenKey) => boolean {
  const batch = { guid: new Set<string>(), link: new Set<string>(), hash: new Set<string>() };
  return (key) => {
    const repeat =
      (key.guid !== null && batch.guid.has(key.guid)) ||
      (key.link !== null && batch.link.has(key.link)) ||
      batch.hash.has(key.contentHash);
    if (key.guid) batch.guid.add(key.guid);
    if (key.link) batch.link.add(key.link);
    batch.hash.add(key.contentHash);
    return repeat;
  };
}

function feedEntry(
  ctx: IntakeContext,
  source: SourceRecord,
  item: FeedItem,
  key: SeenKey,
  origin: string,
): Entry {
  if (plainLength(item.content, item.html) > MAX_ITEM_CHARS) {
    ctx.logger.warn('feed item too large, skipped', {
      source: source.id,
      origin,
      chars: item.content.length,
    });
    return { key, origin, published: item.published, input: null, wantsArticle: false };
  }
  const publisher = source.name;
  const input = (article: boolean): PendingInput => ({
    origin,
    load: async () => {
      if (article && item.link) {
        const page = await articleFrom(ctx, item, item.link, origin);
        if (page) return page;
      }
      return itemInput(item, origin, publisher);
    },
  });
  return {
    key,
    origin,
    published: item.published,
    input,
    wantsArticle: item.summaryOnly && item.link !== null,
  };
}

/** What one poll ingests: the newest entries (undated ones last, in feed order), linked pages within budget. */
function toIngest(
  ctx: Pick<SourcesContext, 'opt'>,
  entries: Entry[],
  budget: number,
): { entry: Entry; pending: PendingInput }[] {
  const newestFirst = entries
    .flatMap((entry) => (entry.input ? [{ entry, input: entry.input }] : []))
    .sort((a, b) => (b.entry.published ?? '').localeCompare(a.entry.published ?? ''));
  let articles = 0;
  return newestFirst.slice(0, budget).map(({ entry, input }) => {
    const article = entry.wantsArticle && articles < ctx.opt.maxArticleFetches;
    if (article) articles++;
    return { entry, pending: input(article) };
  });
}

/** The linked article when the feed gives only a summary, or null to fall back to the summary. */
async function articleFrom(
  ctx: Pick<SourcesContext, 'fetcher' | 'logger'>,
  item: FeedItem,
  link: string,
  origin: string,
) {
  const res = await ctx.fetcher.fetch({ url: link });
  if (res.kind !== 'ok') {
    ctx.logger.info('linked article not fetched; using the feed summary', {
      link,
      reason: res.kind === 'failed' ? res.message : res.kind,
    });
    return null;
  }
  if (!/html/i.test(res.contentType ?? 'text/html')) return null;
  if (!htmlToSourceText(res.body, { url: res.url }).isArticle) return null;
  return pageInput(res.body, res.url, origin, item);
}
