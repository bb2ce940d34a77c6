// Sources, seen items, follows, the outbox and the audit log, on the store's SQLite connection (tables from
// migration 2 in sqlite-store.ts). Every write is one immediate transaction; every row read is validated.
import type Database from 'better-sqlite3';
import { z } from 'zod';
import type {
  AuditEntry,
  Claim,
  FollowRecord,
  NewSource,
  OutboxRow,
  PollRecord,
  SeenKey,
  SourceRecord,
  SourceStore,
} from '../core/ports.js';

type Db = Database.Database;

export const SOURCES_MIGRATION = `
  CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('rss', 'atom', 'json', 'page')),
    -- As the admin gave it: an interval (30m, 2h, 1d) or a cron expression.
    every TEXT NOT NULL,
    paused INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
    paused_reason TEXT,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL,
    -- The last successful fetch; null until the first one, which posts nothing.
    last_fetch_at TEXT,
    last_error TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    -- Set while backing off after a failure: no scheduled poll before it.
    next_run_at TEXT,
    etag TEXT,
    last_modified TEXT,
    item_count INTEGER NOT NULL DEFAULT 0
  );
  -- One row per item a source has carried. Any of the three keys already present means "seen", so an
  -- item repeated under a new GUID (same link or same text) is never ingested twice.
  CREATE TABLE seen_items (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    guid TEXT,
    link TEXT,
    content_hash TEXT NOT NULL,
    document_id TEXT,
    seen_at TEXT NOT NULL,
    UNIQUE (source_id, guid),
    UNIQUE (source_id, link),
    UNIQUE (source_id, content_hash)
  );
  CREATE INDEX seen_items_document ON seen_items(document_id);
  CREATE TABLE follows (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL CHECK (platform IN ('terminal', 'slack', 'discord')),
    channel TEXT NOT NULL,
    query TEXT NOT NULL,
    -- "new" or a digest cron expression.
    schedule TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX follows_channel ON follows(platform, channel);
  -- One row per (follow, document): queued in the poll's transaction, so a restart between poll and post
  -- posts it once, and the unique key means never twice.
  CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    follow_id INTEGER NOT NULL REFERENCES follows(id) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents(id),
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error TEXT,
    created_at TEXT NOT NULL,
    sent_at TEXT,
    UNIQUE (follow_id, document_id)
  );
  CREATE INDEX outbox_due ON outbox(status, next_attempt_at);
  CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL
  );
`;

/**
 * Migration 8: a claimed delivery names the process run that claimed it, so the claims of a run that has
 * ended are taken back at once instead of after their lease (ADR 9).
 */
export const CLAIM_OWNER_MIGRATION = `
  ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
  CREATE INDEX outbox_claimed_by ON outbox(claimed_by) WHERE claimed_by IS NOT NULL;
`;

const platformSchema = z.enum(['terminal', 'slack', 'discord']);
const sourceRow = z.object({
  id: z.number().int(),
  url: z.string(),
  name: z.string(),
  kind: z.enum(['rss', 'atom', 'json', 'page']),
  every: z.string(),
  paused: z.number().transform((n) => n === 1),
  pausedReason: z.string().nullable(),
  addedBy: z.string(),
  addedAt: z.string(),
  lastFetchAt: z.string().nullable(),
  lastError: z.string().nullable(),
  consecutiveFailures: z.number().int(),
  nextRunAt: z.string().nullable(),
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  itemCount: z.number().int(),
});
const followRow = z.object({
  id: z.number().int(),
  platform: platformSchema,
  channel: z.string(),
  query: z.string(),
  schedule: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
});
const outboxRow = z.object({
  id: z.number().int(),
  followId: z.number().int(),
  documentId: z.string(),
  platform: platformSchema,
  channel: z.string(),
  query: z.string(),
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number().int(),
  nextAttemptAt: z.string(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
const auditRow = z.object({ at: z.string(), who: z.string(), action: z.string(), detail: z.string() });

function read<S extends z.ZodType>(schema: S, table: string, row: unknown): z.output<S> {
  const r = schema.safeParse(row);
  if (r.success) return r.data;
  throw new Error(
    `Corrupt data in table "${table}", row ${String((row as { id?: unknown } | null)?.id)}:\n${z.prettifyError(r.error)}`,
  );
}

const SOURCE_COLUMNS = `id, url, name, kind, every, paused, paused_reason AS pausedReason, added_by AS addedBy,
  added_at AS addedAt, last_fetch_at AS lastFetchAt, last_error AS lastError,
  consecutive_failures AS consecutiveFailures, next_run_at AS nextRunAt, etag, last_modified AS lastModified,
  item_count AS itemCount`;
const FOLLOW_COLUMNS = `id, platform, channel, query, schedule, created_by AS createdBy, created_at AS createdAt`;
const OUTBOX_COLUMNS = `o.id AS id, o.follow_id AS followId, o.document_id AS documentId, f.platform AS platform,
  f.channel AS channel, f.query AS query, o.status AS status, o.attempts AS attempts,
  o.next_attempt_at AS nextAttemptAt, o.last_error AS lastError, o.created_at AS createdAt, o.sent_at AS sentAt`;

export function createSqliteSourceStore(db: Db): SourceStore {
  const stmt = {
    insertSource: db.prepare(
      `INSERT INTO sources (url, name, kind, every, added_by, added_at)
       VALUES (@url, @name, @kind, @every, @addedBy, @addedAt)`,
    ),
    getSource: db.prepare<[number], unknown>(`SELECT ${SOURCE_COLUMNS} FROM sources WHERE id = ?`),
    sourceByUrl: db.prepare<[string], unknown>(`SELECT ${SOURCE_COLUMNS} FROM sources WHERE url = ?`),
    listSources: db.prepare<[], unknown>(`SELECT ${SOURCE_COLUMNS} FROM sources ORDER BY id`),
    deleteSource: db.prepare<[number]>(`DELETE FROM sources WHERE id = ?`),
    setPaused: db.prepare(
      `UPDATE sources SET paused = @paused, paused_reason = @reason,
         consecutive_failures = CASE WHEN @paused = 0 THEN 0 ELSE consecutive_failures END,
         next_run_at = CASE WHEN @paused = 0 THEN NULL ELSE next_run_at END
       WHERE id = @id`,
    ),
    isSeen: db
      .prepare<[{ sourceId: number; guid: string | null; link: string | null; hash: string }], number>(
        `SELECT EXISTS (SELECT 1 FROM seen_items WHERE source_id = @sourceId
           AND (guid = @guid OR link = @link OR content_hash = @hash))`,
      )
      .pluck(),
    documentSeen: db
      .prepare<[string], number>(`SELECT EXISTS (SELECT 1 FROM seen_items WHERE document_id = ?)`)
      .pluck(),
    insertSeen: db.prepare(
      `INSERT OR IGNORE INTO seen_items (source_id, guid, link, content_hash, document_id, seen_at)
       VALUES (@sourceId, @guid, @link, @contentHash, @documentId, @at)`,
    ),
    pollOk: db.prepare(
      `UPDATE sources SET last_fetch_at = @at, last_error = NULL, consecutive_failures = 0, next_run_at = NULL,
         etag = @etag, last_modified = @lastModified, item_count = item_count + @added
       WHERE id = @id`,
    ),
    pollFailed: db.prepare(
      `UPDATE sources SET last_error = @error,
         consecutive_failures = consecutive_failures + 1, next_run_at = @nextRunAt,
         paused = CASE WHEN @pause = 1 THEN 1 ELSE paused END,
         paused_reason = CASE WHEN @pause = 1 THEN @reason ELSE paused_reason END
       WHERE id = @id`,
    ),
    enqueue: db.prepare(
      `INSERT OR IGNORE INTO outbox (follow_id, document_id, next_attempt_at, created_at)
       SELECT @followId, @documentId, @dueAt, @at WHERE EXISTS (SELECT 1 FROM follows WHERE id = @followId)`,
    ),
    insertFollow: db.prepare(
      `INSERT INTO follows (platform, channel, query, schedule, created_by, created_at)
       VALUES (@platform, @channel, @query, @schedule, @createdBy, @createdAt)`,
    ),
    getFollow: db.prepare<[number], unknown>(`SELECT ${FOLLOW_COLUMNS} FROM follows WHERE id = ?`),
    allFollows: db.prepare<[], unknown>(`SELECT ${FOLLOW_COLUMNS} FROM follows ORDER BY id`),
    channelFollows: db.prepare<[string, string], unknown>(
      `SELECT ${FOLLOW_COLUMNS} FROM follows WHERE platform = ? AND channel = ? ORDER BY id`,
    ),
    deleteFollow: db.prepare<[number]>(`DELETE FROM follows WHERE id = ?`),
    due: db.prepare<[string], unknown>(
      `SELECT ${OUTBOX_COLUMNS} FROM outbox o JOIN follows f ON f.id = o.follow_id
       WHERE o.status = 'pending' AND o.next_attempt_at <= ? ORDER BY o.id`,
    ),
    lease: db.prepare(
      `UPDATE outbox SET next_attempt_at = @lease, claimed_by = @owner
       WHERE id = @id AND status = 'pending' AND next_attempt_at <= @now`,
    ),
    claimOwners: db
      .prepare<[string], string>(
        `SELECT DISTINCT claimed_by FROM outbox
         WHERE status = 'pending' AND claimed_by IS NOT NULL AND next_attempt_at > ?`,
      )
      .pluck(),
    release: db.prepare(
      `UPDATE outbox SET next_attempt_at = @now, claimed_by = NULL
       WHERE claimed_by = @owner AND status = 'pending' AND next_attempt_at > @now`,
    ),
    pendingAll: db.prepare<[], unknown>(
      `SELECT ${OUTBOX_COLUMNS} FROM outbox o JOIN follows f ON f.id = o.follow_id
       WHERE o.status = 'pending' ORDER BY o.id`,
    ),
    pendingOf: db.prepare<[string, string], unknown>(
      `SELECT ${OUTBOX_COLUMNS} FROM outbox o JOIN follows f ON f.id = o.follow_id
       WHERE o.status = 'pending' AND f.platform = ? AND f.channel = ? ORDER BY o.id`,
    ),
    markSent: db.prepare(
      `UPDATE outbox SET status = 'sent', sent_at = @at, last_error = NULL, claimed_by = NULL
       WHERE id = @id AND status = 'pending'`,
    ),
    markFailed: db.prepare(
      `UPDATE outbox SET attempts = attempts + 1, last_error = @error, next_attempt_at = @next, claimed_by = NULL,
         status = CASE WHEN attempts + 1 >= @max THEN 'failed' ELSE 'pending' END
       WHERE id = @id AND status = 'pending'`,
    ),
    lastSent: db
      .prepare<[string, string], string | null>(
        `SELECT max(o.sent_at) FROM outbox o JOIN follows f ON f.id = o.follow_id
         WHERE o.status = 'sent' AND f.platform = ? AND f.channel = ?`,
      )
      .pluck(),
    insertAudit: db.prepare(
      `INSERT INTO audit_log (at, who, action, detail) VALUES (@at, @who, @action, @detail)`,
    ),
    auditLog: db.prepare<[number], unknown>(
      `SELECT at, who, action, detail FROM audit_log ORDER BY id DESC LIMIT ?`,
    ),
  };

  const toSource = (row: unknown): SourceRecord => read(sourceRow, 'sources', row);
  const toFollow = (row: unknown): FollowRecord => read(followRow, 'follows', row);
  const toOutbox = (row: unknown): OutboxRow => read(outboxRow, 'outbox', row);
  const getSource = (id: number) => {
    const row = stmt.getSource.get(id);
    return row === undefined ? undefined : toSource(row);
  };
  const getFollow = (id: number) => {
    const row = stmt.getFollow.get(id);
    return row === undefined ? undefined : toFollow(row);
  };
  const tx = <A extends unknown[], R>(fn: (...args: A) => R) => {
    const t = db.transaction(fn);
    return (...args: A): R => t.immediate(...args);
  };

  return {
    addSource: tx((s: NewSource, audit: AuditEntry) => {
      const id = Number(stmt.insertSource.run(s).lastInsertRowid);
      stmt.insertAudit.run({ ...audit, detail: `#${id} ${audit.detail}` });
      const added = getSource(id);
      if (!added) throw new Error(`source #${id} vanished after insert`);
      return added;
    }),

    getSource,

    findSourceByUrl(url) {
      const row = stmt.sourceByUrl.get(url);
      return row === undefined ? undefined : toSource(row);
    },

    listSources: () => stmt.listSources.all().map(toSource),

    removeSource: tx((id: number, audit: AuditEntry) => {
      const s = getSource(id);
      if (!s) return undefined;
      stmt.deleteSource.run(id);
      stmt.insertAudit.run(audit);
      return s;
    }),

    setPaused: tx((id: number, paused: boolean, reason: string | null, audit: AuditEntry) => {
      if (!getSource(id)) return undefined;
      stmt.setPaused.run({ id, paused: paused ? 1 : 0, reason });
      stmt.insertAudit.run(audit);
      return getSource(id);
    }),

    isSeen(sourceId: number, key: SeenKey) {
      return stmt.isSeen.get({ sourceId, guid: key.guid, link: key.link, hash: key.contentHash }) === 1;
    },

    documentSeen: (documentId) => stmt.documentSeen.get(documentId) === 1,

    recordPoll: tx((sourceId: number, poll: PollRecord) => {
      if (!getSource(sourceId)) return undefined;
      let added = 0;
      for (const s of poll.seen)
        added += stmt.insertSeen.run({
          sourceId,
          guid: s.guid,
          link: s.link,
          contentHash: s.contentHash,
          documentId: s.documentId,
          at: poll.at,
        }).changes;
      stmt.pollOk.run({
        id: sourceId,
        at: poll.at,
        etag: poll.etag,
        lastModified: poll.lastModified,
        added,
      });
      for (const d of poll.deliveries) stmt.enqueue.run({ ...d, at: poll.at });
      return getSource(sourceId);
    }),

    recordFailure: tx(
      (sourceId: number, f: { at: string; error: string; nextRunAt: string; pause: AuditEntry | null }) => {
        const s = getSource(sourceId);
        if (!s) return undefined;
        stmt.pollFailed.run({
          id: sourceId,
          at: f.at,
          error: f.error,
          nextRunAt: f.nextRunAt,
          pause: f.pause ? 1 : 0,
          reason: `failed ${s.consecutiveFailures + 1} times in a row: ${f.error}`,
        });
        if (f.pause) stmt.insertAudit.run(f.pause);
        return getSource(sourceId);
      },
    ),

    addFollow: tx((follow: Omit<FollowRecord, 'id'>, audit: AuditEntry) => {
      const id = Number(stmt.insertFollow.run(follow).lastInsertRowid);
      stmt.insertAudit.run({ ...audit, detail: `#${id} ${audit.detail}` });
      const added = getFollow(id);
      if (!added) throw new Error(`follow #${id} vanished after insert`);
      return added;
    }),

    getFollow,

    listFollows(channel) {
      const rows = channel ? stmt.channelFollows.all(channel.platform, channel.id) : stmt.allFollows.all();
      return rows.map(toFollow);
    },

    removeFollow: tx((id: number, audit: AuditEntry) => {
      const f = getFollow(id);
      if (!f) return undefined;
      stmt.deleteFollow.run(id);
      stmt.insertAudit.run(audit);
      return f;
    }),

    claimDue: tx(({ now, leaseUntil: lease, owner, platforms }: Claim) => {
      const rows = stmt.due
        .all(now)
        .map(toOutbox)
        .filter((r) => !platforms || platforms.includes(r.platform));
      return rows
        .filter((r) => stmt.lease.run({ id: r.id, lease, now, owner }).changes === 1)
        .map((r) => ({ ...r, nextAttemptAt: lease }));
    }),

    claimOwners: (now) => stmt.claimOwners.all(now),

    releaseClaims: tx((owner: string, now: string) => stmt.release.run({ owner, now }).changes),

    pendingDeliveries(channel) {
      const rows = channel ? stmt.pendingOf.all(channel.platform, channel.id) : stmt.pendingAll.all();
      return rows.map(toOutbox);
    },

    markSent: tx((ids: number[], at: string) => {
      for (const id of ids) stmt.markSent.run({ id, at });
    }),

    markAttemptFailed: tx((ids: number[], error: string, next: string, max: number) => {
      for (const id of ids) stmt.markFailed.run({ id, error, next, max });
    }),

    lastSentAt(channel) {
      return stmt.lastSent.get(channel.platform, channel.id) ?? undefined;
    },

    audit(entry) {
      stmt.insertAudit.run(entry);
    },

    auditLog(limit) {
      return stmt.auditLog.all(limit).map((row) => read(auditRow, 'audit_log', row));
    },
  };
}
