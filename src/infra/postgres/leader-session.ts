// The connection a replica campaigns on for leadership (leader-election.ts): one PostgreSQL session of its
// own, outside every pool, because a session-level advisory lock belongs to the session that took it and
// is freed by the server when that session ends, however it ends (process killed, host gone, backend
// terminated). The session listens for the leader's hand-over notice so a follower need not wait its turn.
// Its queries have a time limit that a busy process does not break: the limit is checked again once the
// process has read its sockets, so an answer that came while it was busy counts.
import pg from 'pg';
import { databaseUrl } from './pool.js';
import { type TlsSettings, tlsOptions } from './tls.js';

/** The channel a leader notifies when it hands leadership over. */
export const HANDOVER_CHANNEL = 'sitrep_leader_handover';

export interface SessionOptions {
  url: string;
  tls?: TlsSettings | undefined;
  /** Shown in pg_stat_activity, so an operator can see which replica holds the lock. */
  name: string;
  /**
   * How long the server waits for a silent client before it probes, and between probes (3 probes): a
   * host that vanished without closing its socket frees the lock 4 × this after its last packet, not
   * after the system's two hours.
   */
  keepaliveSeconds: number;
  /** Connecting or a query taking longer fails, so a replica cut off from the server finds out. */
  queryTimeoutMs: number;
}

/** A session's queries, each answered within its time limit or failed. */
export interface LeaderSession {
  query(text: string, values?: unknown[]): Promise<pg.QueryResult>;
  end(): Promise<void>;
}

export interface SessionEvents {
  /** The session ended (terminated, network failure, server restart); called once per session. */
  gone(reason: string): void;
  /** Another replica handed leadership over. */
  handover(): void;
}

/**
 * `work`'s result, or a rejection when it has not settled `ms` after it began. When the time runs out the
 * verdict waits for the event loop to read its sockets once: a process that was busy past the limit (a long
 * extraction, a loaded host) finds the answer that came meanwhile, instead of counting the server silent
 * and giving up a lock it still holds. (node-postgres's own query_timeout fires before that read.)
 */
export function answerWithin<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      done();
    };
    const timer = setTimeout(
      () => setImmediate(() => settle(() => reject(new Error(`no answer from the server within ${ms} ms`)))),
      ms,
    );
    work.then(
      (value) => settle(() => resolve(value)),
      (err: unknown) => settle(() => reject(err)),
    );
  });
}

/** Opens a session, listening for hand-overs; `events` hears of its end from then on. */
export async function openSession(opts: SessionOptions, events: SessionEvents): Promise<LeaderSession> {
  const { url, ssl } = tlsOptions(databaseUrl(opts.url), opts.tls);
  const k = opts.keepaliveSeconds;
  const client = new pg.Client({
    connectionString: url,
    ssl,
    application_name: opts.name,
    keepAlive: true,
    keepAliveInitialDelayMillis: k * 1000,
    // Attempts run one at a time: a connection that hangs (packets dropped) must not stall the next ones.
    connectionTimeoutMillis: opts.queryTimeoutMs,
    // The server's side of the keepalive: it is the server that must notice a dead leader to free the lock.
    options: `-c tcp_keepalives_idle=${k} -c tcp_keepalives_interval=${k} -c tcp_keepalives_count=3`,
  });
  let ended = false;
  const end = (reason: string) => {
    if (ended) return;
    ended = true;
    client.end().catch(() => {});
    events.gone(reason);
  };
  client.on('error', (err) => end(err.message));
  client.on('end', () => end('the session ended'));
  client.on('notification', (n) => {
    if (n.channel === HANDOVER_CHANNEL) events.handover();
  });
  const session: LeaderSession = {
    query: (text, values) => answerWithin(client.query(text, values), opts.queryTimeoutMs),
    end: () => client.end(),
  };
  try {
    await client.connect();
    await session.query(`LISTEN ${HANDOVER_CHANNEL}`);
  } catch (err) {
    ended = true;
    await client.end().catch(() => {});
    throw err;
  }
  return session;
}

/** True when this session holds the advisory lock `key`, as the server sees it. */
export async function holdsLock(session: LeaderSession, key: readonly [number, number]): Promise<boolean> {
  const { rows } = await session.query(
    `SELECT EXISTS (
       SELECT 1 FROM pg_locks
       WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted
         AND classid = $1::int::oid AND objid = $2::int::oid AND objsubid = 2) AS held`,
    [...key],
  );
  return rows[0]?.held === true;
}
