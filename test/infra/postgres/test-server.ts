// A real PostgreSQL server for the tests: the one SITREP_TEST_DATABASE_URL names, or one started from the
// installed binaries (bench/runner/postgres-server.ts, which the benchmark shares: initdb + pg_ctl in a temp
// folder, on a free loopback port, as the `postgres` user when the tests run as root). Each test file gets
// a database of its own, dropped at the end with the server it started.
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { postgresBinaries, startLocalServer } from '../../../bench/runner/postgres-server.js';

/** Why the PostgreSQL tests cannot run here, or null when they can. */
export function postgresUnavailable(): string | null {
  if (process.env.SITREP_TEST_DATABASE_URL) return null;
  return postgresBinaries()
    ? null
    : 'no PostgreSQL server binaries (initdb, pg_ctl) on PATH or in /usr/lib/postgresql/*/bin, and SITREP_TEST_DATABASE_URL is not set: install postgresql (.ci/run does) to run these tests';
}

export interface TestServer {
  /** A fresh database on the server: empty, or a copy of `template` (a database nobody is connected to). */
  createDatabase(template?: string): Promise<string>;
  stop(): Promise<void>;
}

/** Server settings for tests: nothing is kept after a crash, so nothing is synced. */
const SETTINGS = ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off', 'max_connections=60'];

let databases = 0;

/** The server for one test file: SITREP_TEST_DATABASE_URL's, or a local one started now. */
export async function startTestServer(settings: readonly string[] = SETTINGS): Promise<TestServer> {
  const external = process.env.SITREP_TEST_DATABASE_URL;
  const bin = postgresBinaries();
  if (!external && !bin) throw new Error(postgresUnavailable() ?? 'no PostgreSQL');
  const local = external ? null : await startLocalServer(bin ?? '', settings);
  const admin = new pg.Pool({ connectionString: external ?? local?.url, max: 2 });
  const created: string[] = [];
  return {
    async createDatabase(template) {
      const name = `sitrep_test_${process.pid}_${Date.now().toString(36)}_${++databases}`;
      const from = template === undefined ? '' : ` TEMPLATE ${new URL(template).pathname.slice(1)}`;
      await admin.query(`CREATE DATABASE ${name}${from}`);
      created.push(name);
      const url = new URL(external ?? local?.url ?? '');
      url.pathname = `/${name}`;
      return url.href;
    },
    async stop() {
      if (!local)
        for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
      local?.stop();
    },
  };
}

/**
 * The server of the calling describe block: started before its tests, stopped after them. Call it in the
 * block; the function it returns gives the server once started.
 */
export function serverForBlock(): () => TestServer {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer();
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });
  return () => {
    if (!server) throw new Error('the test server did not start');
    return server;
  };
}
