// One store conformance suite, run against every engine: each file's tests run once on SQLite (a real
// file in a temp folder, behind the asynchronous ports) and once on PostgreSQL (a real server, a fresh
// database per test copied from a migrated template). What only tests need (forcing a write to fail,
// counting rows, checking clusters) is done on the engine's own connection, as another process would.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe } from 'vitest';
import type { Store } from '../../../src/core/ports.js';
import { migrate } from '../../../src/infra/postgres/migrations.js';
import { openPostgresStore } from '../../../src/infra/postgres/store.js';
import { openSqliteStorePorts } from '../../../src/infra/sqlite/async-store.js';
import { postgresUnavailable, startTestServer, type TestServer } from '../postgres/test-server.js';

export type EngineName = 'SQLite' | 'PostgreSQL';

/** The store under test, on this test's own database. */
export interface Engine {
  readonly name: EngineName;
  /** A store on this test's database; called again, another one on the same database (another replica). */
  open(): Promise<Store>;
  /** Rows of a query run on the database directly. */
  query(sql: string): Promise<Record<string, unknown>[]>;
  /** From another connection: every insert of an assessment (of document `docId` only, if given) fails. */
  failAssessments(docId?: string): Promise<void>;
  /** Undoes `failAssessments`. */
  allowAssessments(): Promise<void>;
}

/** Counts of stored rows pointing at no cluster, and of clusters that miscount their documents. */
export async function clusterFaults(engine: Engine): Promise<Record<string, number>> {
  const faults: Record<string, number> = {};
  for (const [rows, clusters] of [
    ['events', 'event_clusters'],
    ['quotes', 'quote_clusters'],
    ['assessments', 'assessment_clusters'],
  ]) {
    const [r] = await engine.query(
      `SELECT (SELECT count(*) FROM ${rows} r LEFT JOIN ${clusters} c ON c.id = r.cluster WHERE c.id IS NULL) AS dangling,
              (SELECT count(*) FROM ${clusters} c
               WHERE c.docs <> (SELECT count(DISTINCT doc_id) FROM ${rows} r WHERE r.cluster = c.id)) AS miscounted`,
    );
    faults[`${rows} without a cluster`] = Number(r?.dangling);
    faults[`${clusters} miscounted`] = Number(r?.miscounted);
  }
  return faults;
}

/** How many rows `table` holds. */
export async function rowCount(engine: Engine, table: string): Promise<number> {
  const [r] = await engine.query(`SELECT count(*) AS n FROM ${table}`);
  return Number(r?.n);
}

function sqliteEngine(): Engine {
  let dir = '';
  const opened: Store[] = [];
  const file = () => path.join(dir, 'sitrep.db');
  const onFile = <T>(work: (db: Database.Database) => T): T => {
    const db = new Database(file());
    try {
      return work(db);
    } finally {
      db.close();
    }
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-conformance-'));
  });
  afterEach(async () => {
    for (const s of opened.splice(0)) await s.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return {
    name: 'SQLite',
    async open() {
      const store = openSqliteStorePorts(file());
      opened.push(store);
      return store;
    },
    query: async (sql) => onFile((db) => db.prepare(sql).all() as Record<string, unknown>[]),
    async failAssessments(docId) {
      const when = docId === undefined ? '' : `WHEN NEW.doc_id = '${docId}'`;
      onFile((db) =>
        db.exec(`CREATE TRIGGER fail_assessment BEFORE INSERT ON assessments ${when}
                 BEGIN SELECT RAISE(ABORT, 'forced failure'); END;`),
      );
    },
    async allowAssessments() {
      onFile((db) => db.exec('DROP TRIGGER fail_assessment'));
    },
  };
}

function postgresEngine(): Engine {
  let server: TestServer | undefined;
  let template = '';
  let url = '';
  const opened: Store[] = [];
  const onDatabase = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  beforeAll(async () => {
    server = await startTestServer();
    template = await server.createDatabase();
    const pool = new pg.Pool({ connectionString: template, max: 1 });
    await migrate(pool);
    await pool.end();
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  }, 60_000);
  beforeEach(async () => {
    url = (await server?.createDatabase(template)) ?? '';
  });
  afterEach(async () => {
    for (const s of opened.splice(0)) await s.close();
  });
  return {
    name: 'PostgreSQL',
    async open() {
      const store = await openPostgresStore({ url });
      opened.push(store);
      return store;
    },
    query: (sql) => onDatabase(async (c) => (await c.query(sql)).rows),
    async failAssessments(docId) {
      const when = docId === undefined ? '' : `WHEN (NEW.doc_id = '${docId}')`;
      await onDatabase((c) =>
        c.query(`CREATE FUNCTION fail_assessment() RETURNS trigger LANGUAGE plpgsql AS
                   $$ BEGIN RAISE EXCEPTION 'forced failure'; END $$;
                 CREATE TRIGGER fail_assessment BEFORE INSERT ON assessments FOR EACH ROW ${when}
                   EXECUTE FUNCTION fail_assessment();`),
      );
    },
    allowAssessments: () =>
      onDatabase(async (c) => void (await c.query('DROP TRIGGER fail_assessment ON assessments'))),
  };
}

/**
 * Registers `tests` once per engine. PostgreSQL's are skipped, with the reason in their title, only when
 * no server can be reached or started here.
 */
export function conformance(title: string, tests: (engine: Engine) => void): void {
  describe(`${title} (SQLite)`, () => tests(sqliteEngine()));
  const unavailable = postgresUnavailable();
  if (unavailable) {
    const idle: Engine = Object.create(null);
    describe.skip(`${title} (PostgreSQL skipped: ${unavailable})`, () => tests(idle));
    return;
  }
  describe(`${title} (PostgreSQL)`, () => tests(postgresEngine()));
}
