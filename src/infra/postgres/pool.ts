// Connections to PostgreSQL (node-postgres `pg`): one pool per store, TLS as the URL or the libpq
// settings ask (tls.ts), and the two helpers every part of the store runs its SQL through.
import pg from 'pg';
import type { Logger } from '../../core/ports.js';
import { type TlsSettings, tlsOptions } from './tls.js';

export type Pool = pg.Pool;
export type Client = pg.PoolClient;
/** Anything that runs a query: the pool (a connection per query) or one client (inside a transaction). */
export type Sql = Pick<pg.Pool, 'query'>;

export interface PoolOptions {
  /** postgres://user:password@host:port/database?sslmode=… */
  url: string;
  /** The libpq TLS settings from the environment, used where the URL has none. */
  tls?: TlsSettings;
  /** Connections at most (node-postgres's default is 10). */
  max?: number;
  /** Told of a connection that failed while idle; the pool replaces it. */
  logger?: Pick<Logger, 'warn'>;
}

const INT8 = 20;
/**
 * Types as the store reads them: bigint (count(*), sums) as a number, since every count the store makes
 * fits in one, where node-postgres would return a string.
 */
const TYPES = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 && format !== 'binary'
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

/** The URL, checked: a postgres:// address, or a line saying what is wrong with it. */
export function databaseUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error('the database URL is not a URL (postgres://user:password@host:5432/database)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:')
    throw new Error(`the database URL must start with postgres:// (it starts with ${url.protocol}//)`);
  return url;
}

/** Settings of every session the store opens, sent when it connects (a URL's own `options` win). */
export const SESSION_SETTINGS = '-c max_parallel_workers_per_gather=0';

export function createPool(opts: PoolOptions): Pool {
  const { url, ssl } = tlsOptions(databaseUrl(opts.url), opts.tls);
  const pool = new pg.Pool({
    connectionString: url,
    ssl,
    types: TYPES,
    // Every query here is a short index walk or one page of rows: a parallel plan spends longer starting
    // its workers (45 of 71 ms for an actor's event page at 10k documents) than the walk takes.
    options: SESSION_SETTINGS,
    ...(opts.max !== undefined ? { max: opts.max } : {}),
  });
  // An idle connection that fails (the server restarted) must not end the process: the pool drops it and
  // the next query opens another.
  pool.on('error', (err) =>
    opts.logger?.warn('PostgreSQL connection failed while idle', { error: err.message }),
  );
  return pool;
}

/**
 * Runs `work` in one transaction on one connection: committed when it resolves, rolled back when it
 * throws (and the error rethrown). A connection whose rollback fails is closed rather than reused.
 */
export async function inTransaction<T>(pool: Pool, work: (client: Client) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {
      broken = true;
    });
    throw err;
  } finally {
    client.release(broken);
  }
}

/** Runs `work` in a savepoint of the transaction `client` is in: when it throws, only its writes roll back. */
export async function inSavepoint<T>(client: Client, work: () => Promise<T>): Promise<T> {
  await client.query('SAVEPOINT one');
  try {
    const result = await work();
    await client.query('RELEASE SAVEPOINT one');
    return result;
  } catch (err) {
    await client.query('ROLLBACK TO SAVEPOINT one');
    throw err;
  }
}

/** The rows of one query. */
export async function rowsOf(sql: Sql, text: string, values: unknown[] = []): Promise<unknown[]> {
  return (await sql.query(text, values)).rows;
}

/** The first column of the first row of one query, or undefined when there is no row. */
export async function firstValue<T>(sql: Sql, text: string, values: unknown[] = []): Promise<T | undefined> {
  const { rows } = await sql.query({ text, values, rowMode: 'array' });
  return (rows[0] as unknown[] | undefined)?.[0] as T | undefined;
}
