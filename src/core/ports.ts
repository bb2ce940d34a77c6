// The outside world as the core sees it. Implementations live in src/infra; tests pass their own.
import type { MergedAssessment, MergedEvent, MergedQuote } from './merge.js';
import type { Assessment, DatedEvent, Document, EntityKind, Extraction, IsoDate, Quote } from './model.js';
import type { PassagePage } from './passages.js';
import type { Reply } from './reply.js';
import type { Correction } from './search-query.js';

export interface Logger {
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

export interface Clock {
  now(): Date;
}

/** One entity as stored for one document. */
export interface MentionRow {
  docId: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  roles: string[];
}

export interface QuoteRow extends Quote {
  docId: string;
}

export interface EventRow extends DatedEvent {
  docId: string;
}

export interface AssessmentRow extends Assessment {
  docId: string;
}

export interface StoredDocument extends Document {
  /** When Sitrep stored it (ISO timestamp). */
  ingestedAt: string;
}

/** One entity across the corpus: every name it goes by, the roles given to it, where it appears. */
export interface EntityRecord {
  name: string;
  kind: EntityKind;
  aliases: string[];
  /** Role → how many documents give it. */
  roles: Record<string, number>;
  /** Documents that mention it, and how many of them it wrote. */
  documents: number;
  authored: number;
  /** Earliest and latest publication date among those documents (null when none is dated). */
  firstSeen: string | null;
  lastSeen: string | null;
}

/** One page of merged rows and how many there are in all. */
export interface ClusterPage<T> {
  rows: T[];
  total: number;
  /** Topic words no passage holds, matched as close ones instead (absent when none was). */
  corrected?: Correction[];
}

export interface DateRange {
  from?: IsoDate;
  to?: IsoDate;
}

/** What a citation needs of a document: everything but the body. */
export type DocumentHead = Omit<StoredDocument, 'body'> & { snippet: string };

export type AddResult = { added: true; id: string } | { added: false; id: string; reason: 'duplicate' };

/** One document of a batch: stored, a duplicate, or refused (bad data) without affecting the others. */
export type BatchResult = AddResult | { added: false; id: string; reason: 'failed'; error: string };

/**
 * Persistent corpus. Every write is one transaction: a crash mid-ingest loses nothing already stored
 * and leaves no half-written document.
 */
export interface Store {
  /** Stores a document and its extraction unless it is already stored (see `hasDocument`). */
  addDocument(doc: Document, extraction: Extraction, ingestedAt: string): AddResult;
  /**
   * Stores several documents in one transaction (one disk sync instead of one per document); a document
   * that fails is rolled back alone and reported, the others are stored.
   */
  addDocuments(
    items: readonly { doc: Document; extraction: Extraction }[],
    ingestedAt: string,
  ): BatchResult[];
  /**
   * Whether this document is stored already: the same id, the same URL, or (for a document without an
   * address, whose id is its text's) the same text at any address. `addDocument` applies the same rule.
   */
  hasDocument(doc: Pick<Document, 'id' | 'url' | 'body'>): boolean;
  /**
   * One page of the passages whose text matches `query`, and how many match: best first (bm25), each
   * document's best passage ahead among the first; newest first when every word is very common, counted
   * up to a cap (`exact` false past it). Every word must match in one of its forms, else any; the last
   * word is a prefix (4+ letters); a word no passage holds is replaced by close ones ("dowdne" → "dowden").
   */
  searchPassages(query: string, page: { offset: number; limit: number }): PassagePage;
  /**
   * Prepares what typo-tolerant search needs in small steps, yielding between them; optional to call.
   * Until it is done, searches correct words with the part prepared so far instead of preparing the rest.
   */
  warmSearch(): Promise<void>;
  getDocument(id: string): StoredDocument | undefined;
  /**
   * Documents newest publication first (unknown dates last): all, or a page, or those stored at or after
   * `ingestedSince` (an ISO timestamp).
   */
  listDocuments(opts?: { limit?: number; offset?: number; ingestedSince?: string }): StoredDocument[];
  documentCount(): number;
  /** Heads of these documents (unknown ids left out), without reading their bodies. */
  documentHeads(ids: readonly string[]): DocumentHead[];
  /** The id of the entity stored last (0 when none): `entitiesAfter` it lists those stored since. */
  latestEntityId(): number;
  /** Entities one of whose names or aliases has this `nameKey`. */
  entitiesByKey(key: string): EntityRecord[];
  /** Entities with a name or alias whose `nameKey` starts with `prefix` (any when ''), most documented first. */
  entitiesWithKeyPrefix(prefix: string, limit: number): EntityRecord[];
  entity(name: string, kind: EntityKind): EntityRecord | undefined;
  /** Entities stored after the one with id `afterId` (all when 0), for names indexes kept up to date. */
  entitiesAfter(afterId: number, limit?: number): (EntityRecord & { id: number })[];
  /** The documents that most recently mention the entity with this canonical name. */
  documentsMentioning(name: string, limit: number): string[];
  /**
   * Merged events (the same event from several documents is one row), oldest first: those an actor
   * takes part in, those whose wording has all `words` (as prefixes), or all; within the date range.
   */
  eventClusters(q: {
    actor?: string;
    words?: readonly string[];
    range?: DateRange;
    limit: number;
    offset?: number;
  }): ClusterPage<MergedEvent>;
  /** Merged quotes of one speaker, in the order first reported, optionally only those with all `words`. */
  quoteClusters(q: {
    speaker: string;
    words?: readonly string[];
    limit: number;
    offset?: number;
  }): ClusterPage<MergedQuote>;
  /** Merged assessments about one actor, in the order first reported. */
  assessmentClusters(q: { actor: string; limit: number; offset?: number }): ClusterPage<MergedAssessment>;
  /**
   * For each of these canonical names that a document outside `excluding` mentions: every alias those
   * documents use for it (empty when they use none). Names no other document mentions are absent.
   */
  aliasesElsewhere(names: readonly string[], excluding: readonly string[]): Map<string, string[]>;
  /**
   * Other documents that report one of these documents' quotes (the same merged quote), those sharing
   * the most quotes first.
   */
  documentsSharingQuotes(docIds: readonly string[], limit: number): string[];
  /** Other documents with exactly the same text as one of these (copies at other addresses). */
  documentsWithSameText(docIds: readonly string[], limit: number): string[];
  /** Every distinct quote speaker with its kind. */
  speakers(): { name: string; kind: EntityKind }[];
  /** Events whose date overlaps [from, to] (either bound optional), oldest first. */
  events(range?: DateRange): EventRow[];
  /** Assessments whose actor is one of these names, or all when names is omitted. */
  assessments(actors?: string[]): AssessmentRow[];
  /** The extraction stored for one document. */
  extractionOf(docId: string): Extraction;
  /** Small key/value store for app state (index snapshot version, last briefing…). */
  getMeta(key: string): string | undefined;
  setMeta(key: string, value: string): void;
  close(): void;
}

// ─── Sources, follows and deliveries ───────────────────────────────────────────────────────────────

/** A platform a reply can be posted to. Mirrors command.ts's Platform, which imports this file. */
export type ChannelPlatform = 'terminal' | 'slack' | 'discord';

/** A place briefings go: the terminal's channel id is "console". */
export interface ChannelRef {
  platform: ChannelPlatform;
  id: string;
}

/** Outbound messages, the scheduler's only way to speak: never a platform SDK. */
export interface Outbound {
  /** Posts one reply to one channel; throws when the platform refuses it (the outbox retries). */
  post(platform: ChannelPlatform, channel: string, reply: Reply): Promise<void>;
}

export type SourceKind = 'rss' | 'atom' | 'json' | 'page';

export interface SourceRecord {
  id: number;
  url: string;
  name: string;
  kind: SourceKind;
  /** As the admin gave it: an interval ("30m", "2h", "1d") or a cron expression. */
  every: string;
  paused: boolean;
  /** Why it is paused: "paused by slack:U1" or the error that paused it. */
  pausedReason: string | null;
  addedBy: string;
  addedAt: string;
  /** The last successful fetch (null until the first, whose items are posted to nobody). */
  lastFetchAt: string | null;
  lastError: string | null;
  consecutiveFailures: number;
  /** While backing off: no scheduled poll before this time. Null: on its schedule. */
  nextRunAt: string | null;
  etag: string | null;
  lastModified: string | null;
  /** Feed items seen so far (ingested, duplicate or skipped). */
  itemCount: number;
}

export interface NewSource {
  url: string;
  name: string;
  kind: SourceKind;
  every: string;
  addedBy: string;
  addedAt: string;
}

/** How an item is recognised again: any one of these already seen for its source means "seen". */
export interface SeenKey {
  guid: string | null;
  link: string | null;
  contentHash: string;
}

export interface FollowRecord {
  id: number;
  platform: ChannelPlatform;
  channel: string;
  query: string;
  /** "new" (post soon after a poll finds matches) or a digest cron expression. */
  schedule: string;
  createdBy: string;
  createdAt: string;
}

export type DeliveryStatus = 'pending' | 'sent' | 'failed';

export interface OutboxRow {
  id: number;
  followId: number;
  documentId: string;
  platform: ChannelPlatform;
  channel: string;
  query: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface AuditEntry {
  at: string;
  /** platform:user, or "sitrep" for what the poller decided itself. */
  who: string;
  action: string;
  detail: string;
}

/** What one successful poll changes, written in one transaction. */
export interface PollRecord {
  at: string;
  seen: (SeenKey & { documentId: string | null })[];
  etag: string | null;
  lastModified: string | null;
  /** Deliveries to queue; a (follow, document) pair already queued is left as it is. */
  deliveries: { followId: number; documentId: string; dueAt: string }[];
}

export interface Claim {
  now: string;
  leaseUntil: string;
  /** The process run claiming (`DeliveryRuns.self`). */
  owner: string;
  platforms?: readonly ChannelPlatform[] | undefined;
}

/**
 * Who delivers: this process run, and whether the run behind another claim has ended. Claims of an ended
 * run (a crash, or this process before a restart) are taken back at once instead of after their lease; a
 * run that may still be alive (on another machine, say) keeps its claims until the lease runs out.
 */
export interface DeliveryRuns {
  /** This process run's id, stored with every delivery it claims. */
  readonly self: string;
  /** True only when the run with this id has certainly ended. */
  isGone(run: string): boolean;
}

/**
 * Sources, seen items, follows, the outbox and the audit log. Every write is one transaction; an admin
 * action and its audit entry are written together.
 */
export interface SourceStore {
  /** Adds a source; the audit entry's detail is prefixed with the new id ("#3 …"). */
  addSource(source: NewSource, audit: AuditEntry): SourceRecord;
  getSource(id: number): SourceRecord | undefined;
  findSourceByUrl(url: string): SourceRecord | undefined;
  listSources(): SourceRecord[];
  /** Removes a source and its seen items; the documents it brought stay in the corpus. */
  removeSource(id: number, audit: AuditEntry): SourceRecord | undefined;
  setPaused(id: number, paused: boolean, reason: string | null, audit: AuditEntry): SourceRecord | undefined;
  isSeen(sourceId: number, key: SeenKey): boolean;
  /** True when some source has recorded this document as one of its items. */
  documentSeen(documentId: string): boolean;
  /** A successful poll: seen items, validators, failures reset, deliveries queued. */
  recordPoll(sourceId: number, poll: PollRecord): SourceRecord | undefined;
  /** A failed poll: the error, the failure count and the backoff; pauses it (with the audit entry) when asked. */
  recordFailure(
    sourceId: number,
    failure: { at: string; error: string; nextRunAt: string; pause: AuditEntry | null },
  ): SourceRecord | undefined;
  addFollow(follow: Omit<FollowRecord, 'id'>, audit: AuditEntry): FollowRecord;
  getFollow(id: number): FollowRecord | undefined;
  listFollows(channel?: ChannelRef): FollowRecord[];
  /** Removes a follow and its undelivered briefings. */
  removeFollow(id: number, audit: AuditEntry): FollowRecord | undefined;
  /**
   * Claims the pending deliveries due at `now` (all platforms, or these) for `owner`: their next attempt
   * moves to `leaseUntil`, so a second poller never posts them too, and a crash mid-post retries them after
   * it, or as soon as another run sees that the owner has ended (`releaseClaims`).
   */
  claimDue(claim: Claim): OutboxRow[];
  /** The runs holding claims whose lease has not run out at `now`. */
  claimOwners(now: string): string[];
  /** Makes the deliveries `owner` claimed due at `now` again, for anyone to claim; returns how many. */
  releaseClaims(owner: string, now: string): number;
  /** Pending deliveries, whatever their due time: of one channel, or of every channel. */
  pendingDeliveries(channel?: ChannelRef): OutboxRow[];
  markSent(ids: number[], at: string): void;
  /** A failed attempt: retried at `nextAttemptAt`, or given up (`failed`) once a row reaches `maxAttempts`. */
  markAttemptFailed(ids: number[], error: string, nextAttemptAt: string, maxAttempts: number): void;
  /** When this channel last got a briefing, or undefined. */
  lastSentAt(channel: ChannelRef): string | undefined;
  audit(entry: AuditEntry): void;
  /** The newest entries first. */
  auditLog(limit: number): AuditEntry[];
}

// ─── Fetching ───────────────────────────────────────────────────────────────────────────────────────

export interface FetchRequest {
  url: string;
  /** Validators from the last fetch, sent as If-None-Match / If-Modified-Since. */
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchFailureKind =
  | 'invalid-url'
  | 'refused'
  | 'timeout'
  | 'too-large'
  | 'too-many-redirects'
  | 'http'
  | 'content-type'
  | 'network';

export type FetchResult =
  | {
      kind: 'ok';
      /** Where the body finally came from, after redirects. */
      url: string;
      status: number;
      contentType: string | null;
      body: string;
      etag: string | null;
      lastModified: string | null;
    }
  | { kind: 'not-modified'; url: string; etag: string | null; lastModified: string | null }
  | { kind: 'failed'; reason: FetchFailureKind; message: string; status?: number };

/** HTTP GET with every safety rule applied. Never throws: a failure is a result. */
export interface Fetcher {
  fetch(request: FetchRequest): Promise<FetchResult>;
}

/** Cron expressions, behind a port so the core never imports the scheduler library. */
export interface Schedules {
  /** Null when the expression is valid; otherwise what is wrong with it, for a person. */
  check(expression: string): string | null;
  /** The first time strictly after `from` the expression fires, or null when it cannot tell. */
  next(expression: string, from: Date): Date | null;
  /**
   * The shortest time between two runs, in milliseconds, taking every day it runs on as followed by
   * another (so never longer than the truth); null for an invalid expression.
   */
  shortestGapMs(expression: string): number | null;
}
