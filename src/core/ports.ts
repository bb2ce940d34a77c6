// The outside world as the core sees it. Implementations live in src/infra; tests pass their own. The
// corpus store's ports (writing documents, reading the corpus, searching passages, remembering page
// furniture) are in store-ports.ts, and their asynchronous form in async-ports.ts, exported from here with
// the others.
import type { Reply } from './reply.js';
import type { Tlp } from './stix/tlp.js';
import type { CorpusReader, DocumentWriter, FurnitureMemory, PassageSearch } from './store-ports.js';

export type * from './async-ports.js';
export type * from './store-ports.js';

export interface Logger {
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

export interface Clock {
  now(): Date;
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

/** A feed, one article page, a TAXII 2.1 collection, or a STIX bundle at an address. */
export type SourceKind = 'rss' | 'atom' | 'json' | 'page' | 'taxii' | 'stix';

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
  /** The marking of what it brings (TLP 2.0): exported under it; a report marked stricter is not taken in. */
  tlp: Tlp;
  /** Where the next poll of a TAXII collection starts (see src/core/stix/taxii-poll.ts); null for other kinds. */
  cursor: string | null;
}

export interface NewSource {
  url: string;
  name: string;
  kind: SourceKind;
  every: string;
  addedBy: string;
  addedAt: string;
  /** TLP:CLEAR when not given. */
  tlp?: Tlp;
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
  /** The platform's id of the message that carried it (Slack's ts, Discord's snowflake), once sent. */
  messageId: string | null;
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
  /** A TAXII collection's new cursor, written with the items it covers; unchanged when absent. */
  cursor?: string;
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
  /** The strictest TLP of the sources that carried this document; null when none did (a file, a seed). */
  documentTlp(documentId: string): Tlp | null;
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
  /** Delivered: sent at `at`, in the message the platform gave `messageId` when it said so. */
  markSent(ids: number[], at: string, messageId?: string): void;
  /** A failed attempt: retried at `nextAttemptAt`, or given up (`failed`) once a row reaches `maxAttempts`. */
  markAttemptFailed(ids: number[], error: string, nextAttemptAt: string, maxAttempts: number): void;
  /** When this channel last got a briefing, or undefined. */
  lastSentAt(channel: ChannelRef): string | undefined;
  audit(entry: AuditEntry): void;
  /** The newest entries first. */
  auditLog(limit: number): AuditEntry[];
}

// ─── Names from STIX sources ────────────────────────────────────────────────────────────────────────

/** An actor's, malware's or tool's names as a STIX source gives them, for the knowledge overlay. */
export interface ImportedName {
  kind: 'threat_actor' | 'malware' | 'tool';
  name: string;
  aliases: string[];
  /** The object's STIX id in its source: a later version replaces the earlier. */
  stixId: string;
  /** Its ids in other systems (`mitre-attack` G0022), as the object cites them. */
  externalIds: { source: string; id: string }[];
  /** Who says so: "from <source name>". */
  provenance: string;
}

/** Names kept from STIX bundles and TAXII collections; the knowledge overlay reads them. */
export interface ImportedNames {
  /** Keeps names, one per provenance and STIX id (the latest kept wins); returns how many were new. */
  keepImportedNames(names: readonly ImportedName[], at: string): number;
  /** Every name kept, the first kept first. */
  importedNames(): ImportedName[];
  /** A cheap token that changes whenever names are kept or changed, so readers know to read them again. */
  importedNamesVersion(): string;
}

// ─── Fetching ───────────────────────────────────────────────────────────────────────────────────────

export interface FetchRequest {
  url: string;
  /** Validators from the last fetch, sent as If-None-Match / If-Modified-Since. */
  etag?: string | null;
  lastModified?: string | null;
  /** The media types asked for, when an API wants its own (TAXII); feeds and pages otherwise. */
  accept?: string;
  /** An Authorization header, sent to the address's own origin only: never after a redirect elsewhere. */
  authorization?: string | null;
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
      /** The response's headers, names in lower case. */
      headers: Readonly<Record<string, string>>;
    }
  | { kind: 'not-modified'; url: string; etag: string | null; lastModified: string | null }
  | {
      kind: 'failed';
      reason: FetchFailureKind;
      message: string;
      status?: number;
      /** The headers of an HTTP error response (Retry-After, WWW-Authenticate). */
      headers?: Readonly<Record<string, string>>;
    };

/** HTTP GET with every safety rule applied. Never throws: a failure is a result. */
export interface Fetcher {
  fetch(request: FetchRequest): Promise<FetchResult>;
}

/** A download too large to hold whole (a catalogue of tens of MB), handed on as it arrives. */
export type StreamResult =
  | (Omit<Extract<FetchResult, { kind: 'ok' }>, 'body'> & {
      /** Throws, saying why, when the download's own cap or deadline is passed or the connection drops. */
      body: AsyncIterable<Uint8Array>;
      /** Stops the download when the reader gives up early; harmless once the body has ended. */
      close(): Promise<void>;
    })
  | Exclude<FetchResult, { kind: 'ok' }>;

/** The fetcher's streaming read: the same safety rules, a larger size cap, a longer deadline. */
export interface StreamFetcher {
  stream(request: FetchRequest): Promise<StreamResult>;
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

// ─── The database ───────────────────────────────────────────────────────────────────────────────────

/**
 * One database behind every store port: what the app opens (SQLite today) and hands, a port at a time, to
 * the code that needs it. Closing it ends every port.
 */
export interface Store
  extends DocumentWriter,
    CorpusReader,
    PassageSearch,
    SourceStore,
    ImportedNames,
    FurnitureMemory {
  close(): void;
}
