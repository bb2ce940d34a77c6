// Opening the PostgreSQL store: replicas migrating a fresh database at the same moment, a database a newer
// Sitrep wrote or that is not Sitrep's refused untouched, and a server that cannot be reached named in one
// line without its password.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { migrate, SCHEMA_VERSION } from '../../../src/infra/postgres/migrations.js';
import { openPostgresPool, openPostgresStore } from '../../../src/infra/postgres/store.js';
import { StoreOpenError } from '../../../src/infra/store/open-error.js';
import { doc, EMPTY } from '../store-fixtures.js';
import { postgresUnavailable, serverForBlock } from './test-server.js';

describe.skipIf(postgresUnavailable())('opening the PostgreSQL store', () => {
  const server = serverForBlock();
  const onDatabase = async <T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  const rows = (url: string, sql: string) => onDatabase(url, async (c) => (await c.query(sql)).rows);

  it('migrates a fresh database once when several replicas open it at the same moment', async () => {
    const url = await server().createDatabase();
    const stores = await Promise.all(Array.from({ length: 6 }, () => openPostgresStore({ url })));
    try {
      expect(await rows(url, 'SELECT version FROM sitrep_schema')).toEqual([{ version: SCHEMA_VERSION }]);
      const [first, second] = stores;
      await first?.addDocuments([{ doc: doc('a'), extraction: EMPTY }], 't');
      expect(await second?.documentCount()).toBe(1);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
    // Opening again changes nothing.
    const again = await openPostgresStore({ url });
    expect(await again.documentCount()).toBe(1);
    await again.close();
  });

  it('opens sessions that plan no parallel workers: a page query is shorter than starting them', async () => {
    const pool = await openPostgresPool({ url: await server().createDatabase() });
    try {
      const { rows } = await pool.query<{ workers: string }>(
        "SELECT current_setting('max_parallel_workers_per_gather') AS workers",
      );
      expect(rows[0]?.workers).toBe('0');
    } finally {
      await pool.end();
    }
  });

  it('refuses a database a newer Sitrep wrote, changing nothing', async () => {
    const url = await server().createDatabase();
    const pool = new pg.Pool({ connectionString: url });
    await migrate(pool);
    await pool.query('UPDATE sitrep_schema SET version = version + 1');
    await pool.end();
    const error = await openPostgresStore({ url }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreOpenError);
    expect(String(error)).toMatch(
      /schema version is \d+ but this Sitrep knows only up to \d+; it was written by a newer version/,
    );
    expect(await rows(url, 'SELECT version FROM sitrep_schema')).toEqual([{ version: SCHEMA_VERSION + 1 }]);
  });

  it("refuses a database with Sitrep's table names that is not Sitrep's, and leaves it as it is", async () => {
    const url = await server().createDatabase();
    await rows(url, `CREATE TABLE documents (id int); INSERT INTO documents VALUES (7)`);
    const error = await openPostgresStore({ url }).catch((e: unknown) => e);
    expect(String(error)).toMatch(/has a documents table but is not Sitrep's/);
    expect(await rows(url, 'SELECT id FROM documents')).toEqual([{ id: 7 }]);
    expect(await rows(url, `SELECT to_regclass('sitrep_schema') AS t`)).toEqual([{ t: null }]);
  });

  it('says in one line why it cannot connect, without the password', async () => {
    const closed = 'postgres://sitrep:s3cret@127.0.0.1:1/sitrep';
    const error = await openPostgresStore({ url: closed }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreOpenError);
    expect(String(error)).toMatch(
      /^StoreOpenError: Cannot open the Sitrep database at postgres:\/\/sitrep:\*\*\*@127\.0\.0\.1:1\/sitrep: /,
    );
    expect(String(error)).not.toContain('s3cret');
    expect(String(error).split('\n')).toHaveLength(1);
  });
});

describe('the database URL', () => {
  it('must be a postgres:// URL with a known sslmode', async () => {
    await expect(openPostgresStore({ url: 'not a url' })).rejects.toThrow(/is not a URL/);
    await expect(openPostgresStore({ url: 'mysql://h/db' })).rejects.toThrow(/must start with postgres:\/\//);
    await expect(openPostgresStore({ url: 'postgres://h/db?sslmode=sometimes' })).rejects.toThrow(
      /sslmode "sometimes" is not one of disable, allow, prefer, require, verify-ca, verify-full/,
    );
  });
});
