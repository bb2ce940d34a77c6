// Follows and the outbox of briefings they queue, on PostgreSQL. Due deliveries are claimed with
// `FOR UPDATE SKIP LOCKED` under a lease naming the claiming run (ADR 5, ADR 9): replicas claiming at the
// same moment each take rows the others have not locked, so no briefing is claimed twice.
import type { Claim, DeliveryMethods, FollowRecord, SourceStore } from '../../core/ports.js';
import { readOptional, readRow } from '../store/rows.js';
import { FOLLOW_COLUMNS, followRow, OUTBOX_COLUMNS, outboxRow } from '../store/source-rows.js';
import { firstValue, type Pool, rowsOf, type Sql } from './pool.js';
import { auditedRows } from './sources.js';

export type DeliveryStore = Pick<SourceStore, DeliveryMethods>;

const OUTBOX_JOIN = 'outbox o JOIN follows f ON f.id = o.follow_id';

const readFollow = async (sql: Sql, id: number) =>
  readOptional(
    followRow,
    'follows',
    (await rowsOf(sql, `SELECT ${FOLLOW_COLUMNS} FROM follows WHERE id = $1`, [id]))[0],
  );

function createFollowStore(
  pool: Pool,
): Pick<DeliveryStore, 'addFollow' | 'getFollow' | 'listFollows' | 'removeFollow'> {
  const admin = auditedRows(pool, 'follow', {
    table: 'follows',
    insert: async (sql, f: Omit<FollowRecord, 'id'>) =>
      Number(
        await firstValue(
          sql,
          `INSERT INTO follows (platform, channel, query, schedule, created_by, created_at)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [f.platform, f.channel, f.query, f.schedule, f.createdBy, f.createdAt],
        ),
      ),
    read: readFollow,
  });
  return {
    addFollow: admin.add,
    getFollow: (id) => readFollow(pool, id),
    async listFollows(channel) {
      const rows = channel
        ? await rowsOf(
            pool,
            `SELECT ${FOLLOW_COLUMNS} FROM follows WHERE platform = $1 AND channel = $2 ORDER BY id`,
            [channel.platform, channel.id],
          )
        : await rowsOf(pool, `SELECT ${FOLLOW_COLUMNS} FROM follows ORDER BY id`);
      return rows.map((row) => readRow(followRow, 'follows', row));
    },
    removeFollow: admin.remove,
  };
}

/**
 * The due deliveries of these platforms (all when none are named), leased to `owner` in one statement:
 * rows another claimer has locked are skipped, not waited for; a row another claimer leased since this
 * statement began is seen with its new time and left out.
 */
async function claimDue(pool: Pool, { now, leaseUntil, owner, platforms }: Claim) {
  const rows = await rowsOf(
    pool,
    `WITH due AS (
       SELECT o.id FROM ${OUTBOX_JOIN}
       WHERE o.status = 'pending' AND o.next_attempt_at <= $1 AND ($4::text[] IS NULL OR f.platform = ANY($4::text[]))
       ORDER BY o.id FOR UPDATE OF o SKIP LOCKED),
     leased AS (
       UPDATE outbox o SET next_attempt_at = $2, claimed_by = $3 FROM due WHERE o.id = due.id RETURNING o.*)
     SELECT ${OUTBOX_COLUMNS} FROM leased o JOIN follows f ON f.id = o.follow_id ORDER BY o.id`,
    [now, leaseUntil, owner, platforms ? [...platforms] : null],
  );
  return rows.map((row) => readRow(outboxRow, 'outbox', row));
}

export function createDeliveryStore(pool: Pool): DeliveryStore {
  const outbox = async (text: string, values: unknown[] = []) =>
    (await rowsOf(pool, text, values)).map((row) => readRow(outboxRow, 'outbox', row));
  return {
    ...createFollowStore(pool),
    claimDue: (claim) => claimDue(pool, claim),
    claimOwners: async (now) =>
      (
        await rowsOf(
          pool,
          `SELECT DISTINCT claimed_by FROM outbox
           WHERE status = 'pending' AND claimed_by IS NOT NULL AND next_attempt_at > $1 ORDER BY claimed_by`,
          [now],
        )
      ).map((r) => (r as { claimed_by: string }).claimed_by),
    releaseClaims: async (owner, now) =>
      (
        await pool.query(
          `UPDATE outbox SET next_attempt_at = $2, claimed_by = NULL
           WHERE claimed_by = $1 AND status = 'pending' AND next_attempt_at > $2`,
          [owner, now],
        )
      ).rowCount ?? 0,
    pendingDeliveries: (channel) =>
      channel
        ? outbox(
            `SELECT ${OUTBOX_COLUMNS} FROM ${OUTBOX_JOIN}
             WHERE o.status = 'pending' AND f.platform = $1 AND f.channel = $2 ORDER BY o.id`,
            [channel.platform, channel.id],
          )
        : outbox(`SELECT ${OUTBOX_COLUMNS} FROM ${OUTBOX_JOIN} WHERE o.status = 'pending' ORDER BY o.id`),
    async markSent(ids, at, messageId) {
      await pool.query(
        `UPDATE outbox SET status = 'sent', sent_at = $2, message_id = $3, last_error = NULL, claimed_by = NULL
         WHERE id = ANY($1::int[]) AND status = 'pending'`,
        [ids, at, messageId ?? null],
      );
    },
    async markAttemptFailed(ids, error, next, max) {
      await pool.query(
        `UPDATE outbox SET attempts = attempts + 1, last_error = $2, next_attempt_at = $3, claimed_by = NULL,
           status = CASE WHEN attempts + 1 >= $4 THEN 'failed' ELSE 'pending' END
         WHERE id = ANY($1::int[]) AND status = 'pending'`,
        [ids, error, next, max],
      );
    },
    lastSentAt: async (channel) =>
      (await firstValue<string | null>(
        pool,
        `SELECT max(o.sent_at) FROM ${OUTBOX_JOIN} WHERE o.status = 'sent' AND f.platform = $1 AND f.channel = $2`,
        [channel.platform, channel.id],
      )) ?? undefined,
  };
}
