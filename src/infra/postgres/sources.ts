// Sources, the items they have carried, their polls and the audit log on PostgreSQL. Every write is one
// transaction, an admin action written with its audit entry; every row read is validated. Follows and the
// outbox are deliveries.ts's; together they are the `SourceStore` port.
import type { AuditEntry, NewSource, PollRecord, SourceRecord, SourceStore } from '../../core/ports.js';
import { DEFAULT_TLP, strictestOf } from '../../core/stix/tlp.js';
import { readOptional, readRow } from '../store/rows.js';
import { auditRow, SOURCE_COLUMNS, sourceRow } from '../store/source-rows.js';
import type { DeliveryStore } from './deliveries.js';
import { type Client, firstValue, inTransaction, type Pool, rowsOf, type Sql } from './pool.js';

const AUDIT = 'INSERT INTO audit_log (at, who, action, detail) VALUES ($1, $2, $3, $4)';
const audit = (sql: Sql, e: AuditEntry) => sql.query(AUDIT, [e.at, e.who, e.action, e.detail]);

/**
 * An admin's additions and removals of rows (sources, follows), each written with its audit entry in one
 * transaction: an added row's entry names its new id ("#3 …"), and the row is returned as read back.
 */
export function auditedRows<I, R>(
  pool: Pool,
  what: string,
  rows: {
    insert(sql: Sql, row: I): Promise<number>;
    table: string;
    read(sql: Sql, id: number): Promise<R | undefined>;
  },
) {
  return {
    add: (row: I, entry: AuditEntry): Promise<R> =>
      inTransaction(pool, async (client) => {
        const id = await rows.insert(client, row);
        await audit(client, { ...entry, detail: `#${id} ${entry.detail}` });
        const added = await rows.read(client, id);
        if (!added) throw new Error(`${what} #${id} vanished after insert`);
        return added;
      }),
    remove: (id: number, entry: AuditEntry): Promise<R | undefined> =>
      inTransaction(pool, async (client) => {
        const removed = await rows.read(client, id);
        if (!removed) return undefined;
        await client.query(`DELETE FROM ${rows.table} WHERE id = $1`, [id]);
        await audit(client, entry);
        return removed;
      }),
  };
}

const readSource = async (sql: Sql, id: number, lock = '') =>
  readOptional(
    sourceRow,
    'sources',
    (await rowsOf(sql, `SELECT ${SOURCE_COLUMNS} FROM sources WHERE id = $1 ${lock}`, [id]))[0],
  );

/** Runs `change` on an existing source in one transaction (the row locked); the source as it is after. */
const changed =
  <A extends unknown[]>(
    pool: Pool,
    change: (client: Client, s: SourceRecord, ...args: A) => Promise<unknown>,
  ) =>
  (id: number, ...args: A) =>
    inTransaction(pool, async (client) => {
      const s = await readSource(client, id, 'FOR UPDATE');
      if (!s) return undefined;
      await change(client, s, ...args);
      return readSource(client, id);
    });

async function recordPoll(client: Client, s: SourceRecord, poll: PollRecord): Promise<void> {
  let added = 0;
  for (const seen of poll.seen) {
    const r = await client.query(
      `INSERT INTO seen_items (source_id, guid, link, content_hash, document_id, seen_at)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
      [s.id, seen.guid, seen.link, seen.contentHash, seen.documentId, poll.at],
    );
    added += r.rowCount ?? 0;
  }
  await client.query(
    `UPDATE sources SET last_fetch_at = $2, last_error = NULL, consecutive_failures = 0, next_run_at = NULL,
       etag = $3, last_modified = $4, item_count = item_count + $5, poll_cursor = coalesce($6, poll_cursor)
     WHERE id = $1`,
    [s.id, poll.at, poll.etag, poll.lastModified, added, poll.cursor ?? null],
  );
  for (const d of poll.deliveries)
    await client.query(
      `INSERT INTO outbox (follow_id, document_id, next_attempt_at, created_at)
       SELECT $1, $2, $3, $4 WHERE EXISTS (SELECT 1 FROM follows WHERE id = $1) ON CONFLICT DO NOTHING`,
      [d.followId, d.documentId, d.dueAt, poll.at],
    );
}

type Failure = Parameters<SourceStore['recordFailure']>[1];

async function recordFailure(client: Client, s: SourceRecord, f: Failure): Promise<void> {
  await client.query(
    `UPDATE sources SET last_error = $2, consecutive_failures = consecutive_failures + 1, next_run_at = $3,
       paused = CASE WHEN $4::boolean THEN 1 ELSE paused END,
       paused_reason = CASE WHEN $4::boolean THEN $5 ELSE paused_reason END
     WHERE id = $1`,
    [
      s.id,
      f.error,
      f.nextRunAt,
      f.pause !== null,
      `failed ${s.consecutiveFailures + 1} times in a row: ${f.error}`,
    ],
  );
  if (f.pause) await audit(client, f.pause);
}

/** The `SourceStore` port but follows and deliveries (deliveries.ts). */
export type SourceRegistry = Omit<SourceStore, keyof DeliveryStore>;

export function createSourceRegistry(pool: Pool): SourceRegistry {
  const sources = async (text: string, values: unknown[] = []) =>
    (await rowsOf(pool, text, values)).map((row) => readRow(sourceRow, 'sources', row));
  const admin = auditedRows(pool, 'source', {
    table: 'sources',
    insert: async (sql, s: NewSource) =>
      Number(
        await firstValue(
          sql,
          `INSERT INTO sources (url, name, kind, every, added_by, added_at, tlp)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [s.url, s.name, s.kind, s.every, s.addedBy, s.addedAt, s.tlp ?? DEFAULT_TLP],
        ),
      ),
    read: readSource,
  });
  return {
    addSource: admin.add,
    getSource: (id) => readSource(pool, id),
    findSourceByUrl: async (url) =>
      (await sources(`SELECT ${SOURCE_COLUMNS} FROM sources WHERE url = $1`, [url]))[0],
    listSources: () => sources(`SELECT ${SOURCE_COLUMNS} FROM sources ORDER BY id`),
    removeSource: admin.remove,
    setPaused: changed(pool, async (client, s, paused: boolean, reason: string | null, entry: AuditEntry) => {
      await client.query(
        `UPDATE sources SET paused = $2::smallint, paused_reason = $3,
           consecutive_failures = CASE WHEN $2::smallint = 0 THEN 0 ELSE consecutive_failures END,
           next_run_at = CASE WHEN $2::smallint = 0 THEN NULL ELSE next_run_at END
         WHERE id = $1`,
        [s.id, paused ? 1 : 0, reason],
      );
      await audit(client, entry);
    }),
    isSeen: async (sourceId, key) =>
      (await firstValue<boolean>(
        pool,
        `SELECT EXISTS (SELECT 1 FROM seen_items WHERE source_id = $1 AND (guid = $2 OR link = $3 OR content_hash = $4))`,
        [sourceId, key.guid, key.link, key.contentHash],
      )) === true,
    documentSeen: async (documentId) =>
      (await firstValue<boolean>(pool, 'SELECT EXISTS (SELECT 1 FROM seen_items WHERE document_id = $1)', [
        documentId,
      ])) === true,
    documentTlp: async (documentId) =>
      strictestOf(
        (
          await rowsOf(
            pool,
            'SELECT DISTINCT s.tlp FROM seen_items i JOIN sources s ON s.id = i.source_id WHERE i.document_id = $1',
            [documentId],
          )
        ).map((row) => String((row as { tlp: unknown }).tlp)),
      ),
    recordPoll: changed(pool, recordPoll),
    recordFailure: changed(pool, recordFailure),
    audit: async (entry) => void (await audit(pool, entry)),
    auditLog: async (limit) =>
      (
        await rowsOf(pool, 'SELECT at, who, action, detail FROM audit_log ORDER BY id DESC LIMIT $1', [limit])
      ).map((row) => readRow(auditRow, 'audit_log', row)),
  };
}
