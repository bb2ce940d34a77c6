// Sources, the items they have carried, their polls and the audit log, on the store's SQLite connection.
// Every write is one immediate transaction, an admin action written with its audit entry; every row read
// is validated. Follows and the outbox are in deliveries.ts; together they are the `SourceStore` port.
import type { AuditEntry, NewSource, PollRecord, SeenKey, SourceRecord } from '../../core/ports.js';
import { DEFAULT_TLP, strictestOf } from '../../core/stix/tlp.js';
import { readOptional, readRow } from '../store/rows.js';
import { auditRow, SOURCE_COLUMNS, sourceRow } from '../store/source-rows.js';
import { type Db, immediate } from './database.js';
import type { DeliveryStore } from './deliveries.js';
import type { SourceStore } from './synchronous.js';

/** The audit log's writer. */
function prepareAudit(db: Db) {
  return db.prepare<AuditEntry>(
    `INSERT INTO audit_log (at, who, action, detail) VALUES (@at, @who, @action, @detail)`,
  );
}

/**
 * An admin's additions and removals of rows (sources, follows), each written with its audit entry in one
 * transaction: an added row's entry names its new id ("#3 …"), and the row is returned as read back.
 */
export function auditedRows<I, R>(
  db: Db,
  what: string,
  rows: {
    insert: { run(row: I): { lastInsertRowid: number | bigint } };
    remove: { run(id: number): unknown };
    read(id: number): R | undefined;
  },
) {
  const audit = prepareAudit(db);
  return {
    add: immediate(db, (row: I, entry: AuditEntry): R => {
      const id = Number(rows.insert.run(row).lastInsertRowid);
      audit.run({ ...entry, detail: `#${id} ${entry.detail}` });
      const added = rows.read(id);
      if (!added) throw new Error(`${what} #${id} vanished after insert`);
      return added;
    }),
    remove: immediate(db, (id: number, entry: AuditEntry): R | undefined => {
      const removed = rows.read(id);
      if (!removed) return undefined;
      rows.remove.run(id);
      audit.run(entry);
      return removed;
    }),
  };
}

function prepareSourceQueries(db: Db) {
  return {
    insertSource: db.prepare<NewSource>(
      `INSERT INTO sources (url, name, kind, every, added_by, added_at, tlp)
       VALUES (@url, @name, @kind, @every, @addedBy, @addedAt, @tlp)`,
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
    documentTlps: db
      .prepare<[string], string>(
        `SELECT DISTINCT s.tlp FROM seen_items i JOIN sources s ON s.id = i.source_id WHERE i.document_id = ?`,
      )
      .pluck(),
    insertAudit: prepareAudit(db),
    auditLog: db.prepare<[number], unknown>(
      `SELECT at, who, action, detail FROM audit_log ORDER BY id DESC LIMIT ?`,
    ),
  };
}

function preparePollWrites(db: Db) {
  return {
    insertSeen: db.prepare(
      `INSERT OR IGNORE INTO seen_items (source_id, guid, link, content_hash, document_id, seen_at)
       VALUES (@sourceId, @guid, @link, @contentHash, @documentId, @at)`,
    ),
    pollOk: db.prepare(
      `UPDATE sources SET last_fetch_at = @at, last_error = NULL, consecutive_failures = 0, next_run_at = NULL,
         etag = @etag, last_modified = @lastModified, item_count = item_count + @added,
         poll_cursor = coalesce(@cursor, poll_cursor)
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
  };
}

type SourceQueries = ReturnType<typeof prepareSourceQueries>;
type PollWrites = ReturnType<typeof preparePollWrites>;
type Failure = Parameters<SourceStore['recordFailure']>[1];

const toSource = (row: unknown): SourceRecord => readRow(sourceRow, 'sources', row);

function recordPoll(s: PollWrites, sourceId: number, poll: PollRecord): void {
  let added = 0;
  for (const seen of poll.seen) {
    const { guid, link, contentHash, documentId } = seen;
    added += s.insertSeen.run({ sourceId, guid, link, contentHash, documentId, at: poll.at }).changes;
  }
  const { at, etag, lastModified } = poll;
  s.pollOk.run({ id: sourceId, at, etag, lastModified, added, cursor: poll.cursor ?? null });
  for (const d of poll.deliveries) s.enqueue.run({ ...d, at: poll.at });
}

function recordFailure(
  s: PollWrites,
  source: SourceRecord,
  f: Failure,
  audit: SourceQueries['insertAudit'],
): void {
  s.pollFailed.run({
    id: source.id,
    at: f.at,
    error: f.error,
    nextRunAt: f.nextRunAt,
    pause: f.pause ? 1 : 0,
    reason: `failed ${source.consecutiveFailures + 1} times in a row: ${f.error}`,
  });
  if (f.pause) audit.run(f.pause);
}

/** The `SourceStore` port but follows and deliveries (deliveries.ts). */
export type SourceRegistry = Omit<SourceStore, keyof DeliveryStore>;

export function createSourceRegistry(db: Db): SourceRegistry {
  const q = prepareSourceQueries(db);
  const poll = preparePollWrites(db);
  const tx = <A extends unknown[], R>(fn: (...args: A) => R) => immediate(db, fn);
  const getSource = (id: number) => readOptional(sourceRow, 'sources', q.getSource.get(id));
  const admin = auditedRows(db, 'source', {
    insert: q.insertSource,
    remove: q.deleteSource,
    read: getSource,
  });
  /** Runs `change` on an existing source in one transaction; the source as it is after, or undefined. */
  const changed = <A extends unknown[]>(change: (s: SourceRecord, ...args: A) => void) =>
    tx((id: number, ...args: A) => {
      const s = getSource(id);
      if (!s) return undefined;
      change(s, ...args);
      return getSource(id);
    });
  return {
    addSource: (source, audit) => admin.add({ ...source, tlp: source.tlp ?? DEFAULT_TLP }, audit),
    getSource,
    findSourceByUrl: (url) => readOptional(sourceRow, 'sources', q.sourceByUrl.get(url)),
    listSources: () => q.listSources.all().map(toSource),
    removeSource: admin.remove,
    setPaused: changed((s, paused: boolean, reason: string | null, audit: AuditEntry) => {
      q.setPaused.run({ id: s.id, paused: paused ? 1 : 0, reason });
      q.insertAudit.run(audit);
    }),
    isSeen: (sourceId: number, key: SeenKey) =>
      q.isSeen.get({ sourceId, guid: key.guid, link: key.link, hash: key.contentHash }) === 1,
    documentSeen: (documentId) => q.documentSeen.get(documentId) === 1,
    documentTlp: (documentId) => strictestOf(q.documentTlps.all(documentId)),
    recordPoll: changed((s, record: PollRecord) => recordPoll(poll, s.id, record)),
    recordFailure: changed((s, f: Failure) => recordFailure(poll, s, f, q.insertAudit)),
    audit: (entry) => void q.insertAudit.run(entry),
    auditLog: (limit) => q.auditLog.all(limit).map((row) => readRow(auditRow, 'audit_log', row)),
  };
}
