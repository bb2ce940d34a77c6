// What the harness reads from the store's own database beside the commands, for each engine: how many
// passages and terms there are (to draw queries from), a passage's text, the disk used, and on SQLite the
// plain-FTS5 baselines. PostgreSQL has no FTS5 to compare with: its baselines are none.
import Database from 'better-sqlite3';
import pg from 'pg';
import { openSqliteStore } from '../../src/infra/sqlite/store.js';
import { runBaselines } from './baseline.js';
import type { QuerySets } from './queries.js';
import type { BaselineSeries, Latency, SizeResult } from './types.js';
import { fileSize, mb, round } from './util.js';
import type { Term } from './vocabulary.js';

export interface StoreProbe {
  /**
   * Does after ingest what autovacuum would do within minutes of a bulk load (statistics for the planner,
   * the visibility map), so the queries measure the steady state and no vacuum runs beside them; seconds
   * it took, or null where there is nothing to do.
   */
  settle(): Promise<number | null>;
  /** Passages stored: the highest id (the benchmark deletes nothing). */
  passages(): Promise<number>;
  /** Every term of the passage index, with how many passages hold it. */
  terms(): Promise<Iterable<Term>>;
  /** The text of passage `id`, '' when there is none. */
  passageText(id: number): Promise<string>;
  /** The same /search queries as plain queries on this database, when the engine has a baseline. */
  baselines(
    queries: QuerySets['search'],
    opts: { commands: Record<string, Latency>; budgetMs: number },
  ): Record<string, BaselineSeries>;
  disk(): Promise<SizeResult['disk']>;
  close(): Promise<void>;
}

/** The FTS5 tables' share of the file, or null when SQLite was built without the dbstat table. */
function passageIndexMb(db: Database.Database): number | null {
  try {
    const bytes = db
      .prepare(
        "SELECT sum(pgsize) FROM dbstat WHERE name = 'passages' OR name LIKE 'passages\\_%' ESCAPE '\\'",
      )
      .pluck()
      .get() as number | null;
    return mb(bytes ?? 0);
  } catch {
    return null;
  }
}

export function sqliteProbe(dbFile: string): StoreProbe {
  const db = new Database(dbFile, { readonly: true });
  const text = db.prepare<[number], string>('SELECT text FROM passages WHERE rowid = ?').pluck();
  return {
    settle: async () => null,
    passages: async () =>
      (db.prepare('SELECT max(id) FROM passages_content').pluck().get() as number | null) ?? 0,
    terms: async () => db.prepare<[], Term>('SELECT term, doc FROM passages_vocab').iterate(),
    passageText: async (id) => text.get(id) ?? '',
    baselines(queries, opts) {
      const search = openSqliteStore(dbFile);
      try {
        return runBaselines(db, search, queries, opts);
      } finally {
        search.close();
      }
    },
    disk: async () => ({
      dbMb: mb(fileSize(dbFile)),
      walMb: mb(fileSize(`${dbFile}-wal`)),
      passageIndexMb: passageIndexMb(db),
    }),
    close: async () => {
      db.close();
    },
  };
}

/** The WAL directory's size: pg_ls_waldir needs a superuser or pg_monitor, so it may be refused. */
async function walMb(client: pg.Client): Promise<number | null> {
  try {
    const r = await client.query<{ bytes: string | null }>('SELECT sum(size) AS bytes FROM pg_ls_waldir()');
    return mb(Number(r.rows[0]?.bytes ?? 0));
  } catch {
    return null;
  }
}

export async function postgresProbe(url: string): Promise<StoreProbe> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const one = async (sql: string, params: unknown[] = []) =>
    (await client.query<{ v: unknown }>(sql, params)).rows[0]?.v;
  return {
    settle: async () => {
      const t0 = performance.now();
      await client.query('VACUUM (ANALYZE)');
      return round((performance.now() - t0) / 1000, 1);
    },
    passages: async () => Number((await one('SELECT max(id) AS v FROM passages')) ?? 0),
    terms: async () => (await client.query<Term>('SELECT term, passages AS doc FROM passage_terms')).rows,
    passageText: async (id) =>
      String((await one('SELECT text AS v FROM passages WHERE id = $1', [id])) ?? ''),
    baselines: () => ({}),
    disk: async () => {
      const r = await client.query<{ db: string; passages: string }>(
        `SELECT pg_database_size(current_database()) AS db,
                pg_total_relation_size('passages') + pg_total_relation_size('passage_terms') AS passages`,
      );
      const row = r.rows[0];
      return {
        dbMb: mb(Number(row?.db ?? 0)),
        walMb: await walMb(client),
        passageIndexMb: mb(Number(row?.passages ?? 0)),
      };
    },
    close: () => client.end(),
  };
}
