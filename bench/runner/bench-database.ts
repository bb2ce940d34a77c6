// The PostgreSQL database a run measures: a fresh one on the server --database-url names (dropped at the
// end unless --keep), or, without it, on a throwaway server started from the installed binaries the way
// the tests start theirs (postgres-server.ts: loopback, its folder deleted at the end). The throwaway
// server keeps PostgreSQL's default settings (fsync on) but one: its buffer cache is sized as for a
// dedicated database host (SERVER_SETTINGS). The results name the settings that bear on the figures.
import { readFileSync } from 'node:fs';
import { totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { treeCpuSeconds } from './cpu.js';
import { postgresBinaries, startLocalServer } from './postgres-server.js';
import type { PostgresServer } from './types.js';

export interface BenchDatabase {
  /** The run's own database. */
  url: string;
  server: PostgresServer;
  /** CPU seconds the server's processes have used so far; null when the server is not this machine's. */
  cpuSeconds(): number | null;
  /** Drops the database (unless kept) and stops a throwaway server. */
  close(keep: boolean): Promise<void>;
}

/**
 * A quarter of the machine's memory for the server's buffer cache (at most 8 GB), the starting point
 * PostgreSQL's documentation gives for a dedicated server; its default, 128 MB, is a floor for small
 * machines. With it, every match a search ranks at 100,000 documents is read from the operating system's
 * cache into a buffer first (about 8 µs a match against 3.5 µs from the buffer cache: ranking 53,000
 * matches, 430 ms against 183 ms).
 */
const SERVER_SETTINGS = [`shared_buffers=${Math.min(8192, Math.floor(totalmem() / 4 / 2 ** 20))}MB`];

/** Settings that bear on the figures, read from the server. */
const SHOWN = ['shared_buffers', 'work_mem', 'fsync', 'synchronous_commit', 'max_connections', 'jit'];

async function describeServer(admin: pg.Client, kind: PostgresServer['kind']): Promise<PostgresServer> {
  const version =
    (await admin.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]?.v ?? '?';
  const settings: Record<string, string> = {};
  for (const name of SHOWN)
    settings[name] =
      (await admin.query<{ v: string }>(`SELECT current_setting('${name}') AS v`)).rows[0]?.v ?? '?';
  return { kind, version, settings };
}

const withDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.href;
};

/** The postmaster's process id, from the first line of its data dir's postmaster.pid. */
function postmasterPid(dataDir: string): number | null {
  try {
    return Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]) || null;
  } catch {
    return null;
  }
}

export async function openBenchDatabase(externalUrl: string | undefined): Promise<BenchDatabase> {
  const bin = externalUrl ? null : postgresBinaries();
  if (!externalUrl && !bin)
    throw new Error(
      'no PostgreSQL server binaries (initdb, pg_ctl) on PATH or in /usr/lib/postgresql/*/bin: install postgresql, or give --database-url postgres://…',
    );
  const local = bin ? await startLocalServer(bin, SERVER_SETTINGS) : null;
  const serverUrl = externalUrl ?? local?.url ?? '';
  const admin = new pg.Client({ connectionString: serverUrl });
  try {
    await admin.connect();
    const name = `sitrep_bench_${Date.now().toString(36)}`;
    await admin.query(`CREATE DATABASE ${name}`).catch((err: Error) => {
      throw new Error(
        `cannot create a database for the benchmark on ${new URL(serverUrl).host} (${err.message}): --database-url needs a role that may CREATE DATABASE`,
      );
    });
    const server = await describeServer(admin, local ? 'throwaway' : 'external');
    const pid = local ? postmasterPid(local.dataDir) : null;
    return {
      url: withDatabase(serverUrl, name),
      server,
      cpuSeconds: () => (pid === null ? null : treeCpuSeconds(pid)),
      async close(keep) {
        if (!local && !keep) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
        local?.stop();
      },
    };
  } catch (err) {
    await admin.end().catch(() => {});
    local?.stop();
    throw err;
  }
}
