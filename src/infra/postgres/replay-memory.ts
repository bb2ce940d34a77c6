// The replay memory of signed requests on PostgreSQL (ReplayMemory, core/ports.ts): every replica claims a
// request in one table, so a signed request let through by one replica is refused by all the others while
// its timestamp is fresh (ADR 14). A claim is one statement; the table holds a SHA-256 of each key (a
// signature is a credential for its request while fresh; a digest is not) and when it stops mattering.
import { createHash } from 'node:crypto';
import type { ReplayMemory } from '../../core/ports.js';
import { SIGNATURE_WINDOW_MS } from '../../core/util/replay-cache.js';
import type { Sql } from './pool.js';

/**
 * Migration 5: the keys claimed. `expires_ms` is when the request's timestamp leaves the window (ms since
 * the epoch); past it the timestamp check refuses the request anyway, so the row can go. Logged, not
 * UNLOGGED: a crash or a failover to a standby must not forget the requests of the last minutes.
 * Shipped once released: never edit it, add a migration.
 */
export const REPLAY_KEYS_SCHEMA = `
  CREATE TABLE replay_keys (
    key bytea PRIMARY KEY,
    expires_ms bigint NOT NULL
  );
  CREATE INDEX replay_keys_expiry ON replay_keys (expires_ms);
`;

/**
 * Inserts the key, or takes over its row when that row has expired (a key swept late is not a replay);
 * a row that is still fresh is left alone. So one row is written exactly when the claim is fresh, and of
 * two replicas claiming at once, the second waits for the first's row and then writes none.
 */
const CLAIM = `
  INSERT INTO replay_keys AS r (key, expires_ms) VALUES ($1, $2)
  ON CONFLICT (key) DO UPDATE SET expires_ms = excluded.expires_ms WHERE r.expires_ms < $3`;

/**
 * Expired rows, by the expiry index. Rows another replica is sweeping or claiming are skipped rather than
 * waited for: they are its to write, and the next sweep finds what is left.
 */
const SWEEP = `
  DELETE FROM replay_keys WHERE key IN (
    SELECT key FROM replay_keys WHERE expires_ms < $1 FOR UPDATE SKIP LOCKED)`;

/**
 * Never 'full': the table is bounded by the platforms' own traffic over the window (only correctly signed
 * requests are claimed), and each replica sweeps it once every fifth of the window, on the claim that finds
 * the sweep due.
 */
export function createPostgresReplayMemory(sql: Sql, windowMs = SIGNATURE_WINDOW_MS): ReplayMemory {
  let nextSweep = 0;
  return {
    async claim(key, timestampMs, nowMs) {
      if (nowMs >= nextSweep) {
        nextSweep = nowMs + windowMs / 5;
        await sql.query(SWEEP, [nowMs]);
      }
      const { rowCount } = await sql.query(CLAIM, [digest(key), timestampMs + windowMs, nowMs]);
      return rowCount === 1 ? 'fresh' : 'replayed';
    },
  };
}

function digest(key: string): Buffer {
  return createHash('sha256').update(key).digest();
}
