// The sources side of the outside world: sources, follows, the outbox and its delivery runs, the audit
// trail, and the store that keeps them (SourceStore). Exported from ports.ts with the others.
import type { Reply } from './reply.js';
import type { Tlp } from './stix/tlp.js';

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
  /**
   * Posts one reply to one channel; throws when the platform refuses it (the outbox retries). `key` names
   * exactly what is posted (a briefing part's outbox rows, at most 25 characters): a platform that can
   * (Discord's nonce) shows a post repeated with the same key once, within its window.
   */
  post(platform: ChannelPlatform, channel: string, reply: Reply, opts?: { key: string }): Promise<Posted>;
}

/** What a platform answered to a post. */
export interface Posted {
  /**
   * Its id of the message (of the first, when the reply took several): Slack's ts, Discord's snowflake;
   * null on the terminal.
   */
  messageId: string | null;
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
  addSource(source: NewSource, audit: AuditEntry): Promise<SourceRecord>;
  getSource(id: number): Promise<SourceRecord | undefined>;
  findSourceByUrl(url: string): Promise<SourceRecord | undefined>;
  listSources(): Promise<SourceRecord[]>;
  /** Removes a source and its seen items; the documents it brought stay in the corpus. */
  removeSource(id: number, audit: AuditEntry): Promise<SourceRecord | undefined>;
  setPaused(
    id: number,
    paused: boolean,
    reason: string | null,
    audit: AuditEntry,
  ): Promise<SourceRecord | undefined>;
  isSeen(sourceId: number, key: SeenKey): Promise<boolean>;
  /** True when some source has recorded this document as one of its items. */
  documentSeen(documentId: string): Promise<boolean>;
  /** The strictest TLP of the sources that carried this document; null when none did (a file, a seed). */
  documentTlp(documentId: string): Promise<Tlp | null>;
  /** A successful poll: seen items, validators, failures reset, deliveries queued. */
  recordPoll(sourceId: number, poll: PollRecord): Promise<SourceRecord | undefined>;
  /** A failed poll: the error, the failure count and the backoff; pauses it (with the audit entry) when asked. */
  recordFailure(
    sourceId: number,
    failure: { at: string; error: string; nextRunAt: string; pause: AuditEntry | null },
  ): Promise<SourceRecord | undefined>;
  addFollow(follow: Omit<FollowRecord, 'id'>, audit: AuditEntry): Promise<FollowRecord>;
  getFollow(id: number): Promise<FollowRecord | undefined>;
  listFollows(channel?: ChannelRef): Promise<FollowRecord[]>;
  /** Removes a follow and its undelivered briefings. */
  removeFollow(id: number, audit: AuditEntry): Promise<FollowRecord | undefined>;
  /**
   * Claims the pending deliveries due at `now` (all platforms, or these) for `owner`: their next attempt
   * moves to `leaseUntil`, so a second poller never posts them too, and a crash mid-post retries them after
   * it, or as soon as another run sees that the owner has ended (`releaseClaims`).
   */
  claimDue(claim: Claim): Promise<OutboxRow[]>;
  /** The runs holding claims whose lease has not run out at `now`. */
  claimOwners(now: string): Promise<string[]>;
  /** Makes the deliveries `owner` claimed due at `now` again, for anyone to claim; returns how many. */
  releaseClaims(owner: string, now: string): Promise<number>;
  /** Pending deliveries, whatever their due time: of one channel, or of every channel. */
  pendingDeliveries(channel?: ChannelRef): Promise<OutboxRow[]>;
  /** Delivered: sent at `at`, in the message the platform gave `messageId` when it said so. */
  markSent(ids: number[], at: string, messageId?: string): Promise<void>;
  /** A failed attempt: retried at `nextAttemptAt`, or given up (`failed`) once a row reaches `maxAttempts`. */
  markAttemptFailed(ids: number[], error: string, nextAttemptAt: string, maxAttempts: number): Promise<void>;
  /** When this channel last got a briefing, or undefined. */
  lastSentAt(channel: ChannelRef): Promise<string | undefined>;
  audit(entry: AuditEntry): Promise<void>;
  /** The newest entries first. */
  auditLog(limit: number): Promise<AuditEntry[]>;
}

/** The follows and the outbox: the part of SourceStore that delivering briefings uses, on either engine. */
export type DeliveryMethods =
  | 'addFollow'
  | 'getFollow'
  | 'listFollows'
  | 'removeFollow'
  | 'claimDue'
  | 'claimOwners'
  | 'releaseClaims'
  | 'pendingDeliveries'
  | 'markSent'
  | 'markAttemptFailed'
  | 'lastSentAt';
