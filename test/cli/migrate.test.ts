// `sitrep migrate` for real: a SQLite data dir built from the seeds and the dev-set reports, with sources,
// follows and an outbox in every state, copied into a real PostgreSQL server and verified; a copy stopped
// between batches and a process killed mid-batch, continued to the same end as an uninterrupted copy with
// nothing twice; a target holding another corpus refused untouched; a verification that finds a
// difference; and a bad or unreachable database named in one line.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBulkImport } from '../../src/infra/postgres/bulk-import.js';
import { WRITER_LOCK } from '../../src/infra/postgres/locks.js';
import { createPostgresStore, openPostgresPool } from '../../src/infra/postgres/store.js';
import { openDatabase } from '../../src/infra/sqlite/database.js';
import { createSqliteStore } from '../../src/infra/sqlite/store.js';
import { createTableDump } from '../../src/infra/sqlite/table-dump.js';
import { COUNTED_TABLES } from '../../src/infra/store/copied-tables.js';
import { postgresUnavailable, startTestServer, type TestServer } from '../infra/postgres/test-server.js';
import { doc, EMPTY } from '../infra/store-fixtures.js';
import { BIN, envFor, ROOT, sitrep, tempDir } from './helpers.js';
import { migrationCorpus } from './migrate-corpus.js';

const SLOW = 180_000;
const corpus = migrationCorpus();

async function onDatabase<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Rows per counted table of a PostgreSQL database. */
const countsOf = (url: string) =>
  onDatabase(url, async (c) => {
    const counts: Record<string, number> = {};
    for (const t of COUNTED_TABLES)
      counts[t] = Number((await c.query(`SELECT count(*) AS n FROM ${t}`)).rows[0]?.n);
    return counts;
  });

/** Both ends as `sitrep migrate` opens them, for the work the command line cannot stop half-way. */
async function ends(dataDir: string, url: string) {
  const db = openDatabase(join(dataDir, 'sitrep.db'));
  const pool = await openPostgresPool({ url });
  return {
    source: { store: createSqliteStore(db), tables: createTableDump(db) },
    target: { store: createPostgresStore(pool), tables: createBulkImport(pool) },
    close: async () => {
      db.close();
      await pool.end();
    },
  };
}

describe.skipIf(postgresUnavailable())('sitrep migrate', { timeout: SLOW }, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  }, SLOW);
  afterAll(async () => {
    await server?.stop();
  }, 60_000);

  it('copies a data dir with its sources, follows and outbox, verified; PostgreSQL then answers as SQLite did', async () => {
    const [data, url] = [await corpus(), await server.createDatabase()];
    const run = await sitrep(['migrate', '--to', url], envFor(data));
    expect(run.err).toMatch(/^28 of 28 documents done$/m);
    expect(run.out).toMatch(/^Documents: 28 copied in [\d.]+ s, \d+ a second; 0 there already; 0 failed\.$/m);
    expect(run.out).toMatch(
      /^Tables copied in [\d.]+ s: sources 3, seen_items 4, follows 2, outbox 6, audit_log 7, /m,
    );
    expect(run.out).toMatch(
      /^Verified in [\d.]+ s: 21 tables hold as many rows on both sides; 20 documents, 10 entities/m,
    );
    expect(run.code).toBe(0);

    const { source, target, close } = await ends(data, url);
    try {
      expect(await target.store.listSources()).toEqual(source.store.listSources());
      expect(
        (await target.store.listSources()).map((s) => [s.kind, s.tlp, s.paused, s.etag, s.cursor]),
      ).toEqual([
        ['rss', 'clear', false, '"feed-1"', null],
        ['taxii', 'amber', false, null, '{"addedAfter":"2025-06-01T08:59:00.000Z"}'],
        ['atom', 'clear', true, null, null],
      ]);
      const outbox = await onDatabase(url, async (c) =>
        (await c.query('SELECT status, message_id FROM outbox ORDER BY id')).rows.map((r) => [
          r.status,
          r.message_id,
        ]),
      );
      expect(outbox).toEqual([
        ['sent', '1717232400.000100'],
        ['failed', null],
        ['pending', null],
        ['pending', null],
        ['pending', null],
        ['pending', null],
      ]);
      expect(await target.store.isSeen(1, { guid: 'g1', link: null, contentHash: 'x' })).toBe(true);
      expect(await target.store.recurringLines('news.example', 2)).toEqual(
        expect.arrayContaining(['menu', 'footer']),
      );
      expect((await target.store.importedNames()).map((n) => n.name)).toEqual(['Violet Typhoon', 'RawDoor']);
      // New rows continue the copied ids, so the deliveries keep pointing at their follows.
      const added = await target.store.addSource(
        {
          url: 'https://new.example/feed',
          name: 'New',
          kind: 'rss',
          every: '1h',
          addedBy: 'x',
          addedAt: 't',
        },
        { at: 't', who: 'x', action: 'source add', detail: 'New' },
      );
      expect(added.id).toBe(4);
    } finally {
      await close();
    }
  });

  it('continues a copy stopped by Ctrl-C and one killed mid-batch, to the end an uninterrupted copy reaches, with nothing twice', async () => {
    const data = await corpus();
    const [straight, resumed] = [await server.createDatabase(), await server.createDatabase()];
    expect((await sitrep(['migrate', '--to', straight], envFor(data))).code).toBe(0);

    // Ctrl-C while the first batch waits for the writers' lock: that batch is written, then the copy stops.
    const interrupted = await whileWriting(resumed, data, '4', 'SIGINT');
    expect(interrupted.code).toBe(2);
    expect(interrupted.out).toMatch(
      /^Documents: 4 copied in .*; 0 there already; 0 failed\.\nStopped\. Run the same command again/,
    );
    expect(await countsOf(resumed)).toMatchObject({ documents: 4, sources: 0, outbox: 0 });

    // Killed inside its transaction: nothing of that batch stays.
    expect((await whileWriting(resumed, data, '1', 'SIGKILL')).signal).toBe('SIGKILL');
    expect(await countsOf(resumed)).toMatchObject({ documents: 4, sources: 0 });

    const resume = await sitrep(['migrate', '--to', resumed], envFor(data));
    expect(resume.out).toMatch(/^Documents: 24 copied in .*; 4 there already; 0 failed\.$/m);
    expect(resume.code).toBe(0);
    const again = await sitrep(['migrate', '--to', resumed], envFor(data));
    expect(again.out).toMatch(/^Documents: 0 copied in .*; 28 there already; 0 failed\.$/m);
    expect(again.code).toBe(0);
    expect(await countsOf(resumed)).toEqual(await countsOf(straight));
    const entities = (url: string) =>
      onDatabase(url, async (c) => (await c.query('SELECT * FROM entities ORDER BY id')).rows);
    expect(await entities(resumed)).toEqual(await entities(straight));
  });

  it('refuses a target that holds another corpus, leaving it as it is', async () => {
    const data = await corpus();
    const url = await server.createDatabase();
    const other = await openPostgresPool({ url });
    const store = createPostgresStore(other);
    await store.addDocuments([{ doc: doc('elsewhere'), extraction: EMPTY }], 't');
    await store.addFollow(
      { platform: 'slack', channel: 'C9', query: 'other', schedule: 'new', createdBy: 'x', createdAt: 't' },
      { at: 't', who: 'x', action: 'follow', detail: 'other' },
    );
    await store.close();
    const run = await sitrep(['migrate', '--to', url], envFor(data));
    expect(run.code).toBe(1);
    expect(run.out).toContain('Refused: the target database holds another corpus');
    expect(run.out).toContain('1 document the SQLite corpus does not hold (elsewhere)');
    expect(run.out).toContain("1 row of follows that are not the SQLite file's (#1)");
    expect(await countsOf(url)).toMatchObject({ documents: 1, follows: 1, sources: 0, audit_log: 1 });
  });

  it('reports what differs when the copy does not answer as the SQLite file does', async () => {
    const [data, url] = [await corpus(), await server.createDatabase()];
    expect((await sitrep(['migrate', '--to', url], envFor(data))).code).toBe(0);
    await onDatabase(url, (c) => c.query('DELETE FROM passages WHERE id = (SELECT min(id) FROM passages)'));
    const run = await sitrep(['migrate', '--to', url], envFor(data));
    expect(run.code).toBe(2);
    expect(run.out).toMatch(/^Not verified: \d+ differences? /m);
    expect(run.out).toMatch(/^ {2}passages: ([\d,]+) rows in SQLite, [\d,]+ rows in PostgreSQL$/m);
  });

  it('reports a document PostgreSQL cannot hold, leaves out its deliveries, and does not call the copy verified', async () => {
    const [data, url] = [await corpus(), await server.createDatabase()];
    const file = new Database(join(data, 'sitrep.db'));
    const [delivered] = file
      .prepare<[], string>('SELECT document_id FROM outbox ORDER BY id LIMIT 1')
      .pluck()
      .all();
    file.prepare('UPDATE documents SET body = body || char(0) WHERE id = ?').run(delivered);
    file.close();
    const run = await sitrep(['migrate', '--to', url], envFor(data));
    expect(run.code).toBe(2);
    expect(run.out).toMatch(/^Documents: 27 copied in .*; 0 there already; 1 failed\.$/m);
    expect(run.out).toContain(`\n  ${delivered}: `);
    expect(run.out).toMatch(/^Tables copied in [\d.]+ s: .*outbox 5, /m);
    expect(run.out).toMatch(/^ {2}documents: 28 rows in SQLite, 27 rows in PostgreSQL$/m);
    expect(run.out).toMatch(/^ {2}outbox: 6 rows in SQLite, 5 rows in PostgreSQL$/m);
  });

  it('says in one line what is wrong with the database or the corpus given', async () => {
    const data = await corpus();
    const oneLine = async (args: string[], env = envFor(data)) => {
      const r = await sitrep(['migrate', ...args], env);
      return [r.code, r.err.split('\n')[0], r.out];
    };
    expect(await oneLine([])).toEqual([1, 'sitrep migrate: Give the database to copy into with --to.', '']);
    expect(await oneLine(['--to', 'not a url'])).toEqual([
      1,
      'sitrep migrate: the database URL is not a URL (postgres://user:password@host:5432/database).',
      '',
    ]);
    expect((await oneLine(['--to', 'mysql://db.example/x']))[1]).toMatch(/must start with postgres:\/\//);
    expect((await oneLine(['--to', await server.createDatabase(), '--batch', '0']))[1]).toMatch(
      /--batch takes/,
    );
    expect((await oneLine(['--to', await server.createDatabase()], envFor(tempDir('empty'))))[1]).toMatch(
      /^sitrep migrate: there is no corpus to copy: .*sitrep\.db does not exist/,
    );
    const closed = await sitrep(
      ['migrate', '--to', 'postgres://sitrep:s3cret@127.0.0.1:1/sitrep'],
      envFor(data),
    );
    expect(closed.code).toBe(2);
    expect(closed.err).toMatch(
      /^Cannot open the Sitrep database at postgres:\/\/sitrep:\*\*\*@127\.0\.0\.1:1\/sitrep: .*ECONNREFUSED.*\.\n$/,
    );
    expect(closed.err).not.toContain('s3cret');
  });
});

/**
 * `sitrep migrate --batch N` as a process, sent `signal` while its first batch waits for the writers' lock
 * (held here until then, so the batch is inside its transaction when the signal comes).
 */
async function whileWriting(url: string, data: string, batch: string, signal: NodeJS.Signals) {
  return onDatabase(url, async (holder) => {
    await holder.query('SELECT pg_advisory_lock($1, $2)', [...WRITER_LOCK]);
    const child = spawn(process.execPath, [BIN, 'migrate', '--to', url, '--batch', batch], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...envFor(data) },
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('close', (code, sig) => resolve({ code, signal: sig })),
    );
    await waitFor(async () => {
      const r = await holder.query(
        `SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`,
      );
      return Number(r.rows[0]?.n) > 0;
    });
    child.kill(signal);
    await holder.query('SELECT pg_advisory_unlock($1, $2)', [...WRITER_LOCK]);
    return { ...(await exited), out };
  });
}

/** Resolves once `ready` says so, asking again as soon as each answer comes; fails after a minute. */
async function waitFor(ready: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await ready())) if (Date.now() > deadline) throw new Error('waited a minute in vain');
}
