// Follows and the outbox of briefings they queue, on the store's SQLite connection: deliveries are claimed
// under a lease by one process run at a time (ADR 5, ADR 9), so no briefing is posted twice.
import type { Claim, DeliveryMethods, FollowRecord, OutboxRow } from '../../core/ports.js';
import { readOptional, readRow } from '../store/rows.js';
import { FOLLOW_COLUMNS, followRow, OUTBOX_COLUMNS, outboxRow } from '../store/source-rows.js';
import { type Db, immediate } from './database.js';
import { auditedRows } from './sources.js';
import type { SourceStore } from './synchronous.js';

export type DeliveryStore = Pick<SourceStore, DeliveryMethods>;

const OUTBOX_JOIN = `outbox o JOIN follows f ON f.id = o.follow_id`;

function prepareFollowQueries(db: Db) {
  return {
    insertFollow: db.prepare<Omit<FollowRecord, 'id'>>(
      `INSERT INTO follows (platform, channel, query, schedule, created_by, created_at)
       VALUES (@platform, @channel, @query, @schedule, @createdBy, @createdAt)`,
    ),
    getFollow: db.prepare<[number], unknown>(`SELECT ${FOLLOW_COLUMNS} FROM follows WHERE id = ?`),
    allFollows: db.prepare<[], unknown>(`SELECT ${FOLLOW_COLUMNS} FROM follows ORDER BY id`),
    channelFollows: db.prepare<[string, string], unknown>(
      `SELECT ${FOLLOW_COLUMNS} FROM follows WHERE platform = ? AND channel = ? ORDER BY id`,
    ),
    deleteFollow: db.prepare<[number]>(`DELETE FROM follows WHERE id = ?`),
  };
}

function prepareOutboxQueries(db: Db) {
  return {
    due: db.prepare<[string], unknown>(
      `SELECT ${OUTBOX_COLUMNS} FROM ${OUTBOX_JOIN}
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
      `SELECT ${OUTBOX_COLUMNS} FROM ${OUTBOX_JOIN} WHERE o.status = 'pending' ORDER BY o.id`,
    ),
    pendingOf: db.prepare<[string, string], unknown>(
      `SELECT ${OUTBOX_COLUMNS} FROM ${OUTBOX_JOIN}
       WHERE o.status = 'pending' AND f.platform = ? AND f.channel = ? ORDER BY o.id`,
    ),
    markSent: db.prepare(
      `UPDATE outbox SET status = 'sent', sent_at = @at, message_id = @messageId, last_error = NULL, claimed_by = NULL
       WHERE id = @id AND status = 'pending'`,
    ),
    markFailed: db.prepare(
      `UPDATE outbox SET attempts = attempts + 1, last_error = @error, next_attempt_at = @next, claimed_by = NULL,
         status = CASE WHEN attempts + 1 >= @max THEN 'failed' ELSE 'pending' END
       WHERE id = @id AND status = 'pending'`,
    ),
    lastSent: db
      .prepare<[string, string], string | null>(
        `SELECT max(o.sent_at) FROM ${OUTBOX_JOIN} WHERE o.status = 'sent' AND f.platform = ? AND f.channel = ?`,
      )
      .pluck(),
  };
}

const toFollow = (row: unknown): FollowRecord => readRow(followRow, 'follows', row);
const toOutbox = (row: unknown): OutboxRow => readRow(outboxRow, 'outbox', row);

function createFollowStore(
  db: Db,
): Pick<DeliveryStore, 'addFollow' | 'getFollow' | 'listFollows' | 'removeFollow'> {
  const q = prepareFollowQueries(db);
  const getFollow = (id: number) => readOptional(followRow, 'follows', q.getFollow.get(id));
  const admin = auditedRows(db, 'follow', {
    insert: q.insertFollow,
    remove: q.deleteFollow,
    read: getFollow,
  });
  return {
    addFollow: admin.add,
    getFollow,
    listFollows(channel) {
      const rows = channel ? q.channelFollows.all(channel.platform, channel.id) : q.allFollows.all();
      return rows.map(toFollow);
    },
    removeFollow: admin.remove,
  };
}

type OutboxQueries = ReturnType<typeof prepareOutboxQueries>;

/** The due deliveries of these platforms that this claim leases (another poller may have leased some). */
function claimDue(q: OutboxQueries, { now, leaseUntil: lease, owner, platforms }: Claim): OutboxRow[] {
  const rows = q.due
    .all(now)
    .map(toOutbox)
    .filter((r) => !platforms || platforms.includes(r.platform));
  return rows
    .filter((r) => q.lease.run({ id: r.id, lease, now, owner }).changes === 1)
    .map((r) => ({ ...r, nextAttemptAt: lease }));
}

export function createDeliveryStore(db: Db): DeliveryStore {
  const q = prepareOutboxQueries(db);
  return {
    ...createFollowStore(db),
    claimDue: immediate(db, (claim: Claim) => claimDue(q, claim)),
    claimOwners: (now) => q.claimOwners.all(now),
    releaseClaims: immediate(db, (owner: string, now: string) => q.release.run({ owner, now }).changes),
    pendingDeliveries(channel) {
      const rows = channel ? q.pendingOf.all(channel.platform, channel.id) : q.pendingAll.all();
      return rows.map(toOutbox);
    },
    markSent: immediate(db, (ids: number[], at: string, messageId?: string) => {
      for (const id of ids) q.markSent.run({ id, at, messageId: messageId ?? null });
    }),
    markAttemptFailed: immediate(db, (ids: number[], error: string, next: string, max: number) => {
      for (const id of ids) q.markFailed.run({ id, error, next, max });
    }),
    lastSentAt: (channel) => q.lastSent.get(channel.platform, channel.id) ?? undefined,
  };
}
