// Opens everything a running Sitrep needs: the store (documents, merged rows, the passage index, sources
// and knowledge: one SQLite file in DATA_DIR, or the PostgreSQL database DATABASE_URL names, so there is
// nothing to rebuild or restore at start), the memory of signed requests already let through (in the
// database replicas share, else this process's), the bundled seeds on first start, and the field's
// knowledge, read from the store only when first wanted.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type Corpus, createCorpus } from '../core/corpus.js';
import { type IngestProgress, type IngestSummary, ingest, type PendingInput } from '../core/ingest.js';
import { type KnowledgeAccess, storedKnowledge } from '../core/knowledge/access.js';
import type { KnowledgeBase } from '../core/knowledge/snapshot.js';
import type { KnowledgeStore } from '../core/knowledge/store.js';
import type { Clock, Logger, ReplayMemory, SourceStore, Store } from '../core/ports.js';
import { createReplayCache } from '../core/util/replay-cache.js';
import { createExtractPool, type ExtractPool, worthAPool } from '../infra/extract-pool.js';
import { listReportFiles } from '../infra/files.js';
import { createPostgresReplayMemory } from '../infra/postgres/replay-memory.js';
import { createPostgresStore, openPostgresPool } from '../infra/postgres/store.js';
import type { TlsSettings } from '../infra/postgres/tls.js';
import { openSqliteStorePorts } from '../infra/sqlite/async-store.js';
import type { Config } from './config.js';

export interface Runtime {
  store: Store;
  /** Where the store is: PostgreSQL (replicas may share it) or SQLite in DATA_DIR (one process). */
  engine: 'postgres' | 'sqlite';
  /** Sources, follows, the outbox and the audit log: the same database as the corpus. */
  sourceStore: SourceStore;
  corpus: Corpus;
  /** The catalogues and snapshot as stored, and the snapshot read from there on first use (or when warmed). */
  knowledgeStore: KnowledgeStore;
  knowledge: KnowledgeAccess;
  /** Signed platform requests already let through: every replica's on PostgreSQL, this process's on SQLite. */
  replays: ReplayMemory;
  clock: Clock;
  logger: Logger;
  ingest(inputs: PendingInput[], onProgress?: (p: IngestProgress) => void): Promise<IngestSummary>;
  close(): Promise<void>;
}

/** Files of the in-memory passage index of earlier versions; the index now lives in the database. */
const OLD_SNAPSHOT_FILES = ['index.json', 'index.json.tmp'];

/** The PostgreSQL database to keep everything in, from DATABASE_URL and libpq's TLS variables. */
export interface DatabaseSettings {
  url: string;
  tls: TlsSettings;
  /** Connections in the pool at most. */
  max: number;
}

/** The database the configuration names, or null for SQLite in DATA_DIR. */
export function databaseSettings(config: Config): DatabaseSettings | null {
  if (!config.DATABASE_URL) return null;
  return { url: config.DATABASE_URL, tls: tlsSettings(config), max: config.SITREP_DB_POOL };
}

/** Libpq's TLS variables, for any PostgreSQL address (a URL's own settings win over them). */
export function tlsSettings(config: Config): TlsSettings {
  return {
    sslmode: config.PGSSLMODE,
    sslrootcert: config.PGSSLROOTCERT,
    sslcert: config.PGSSLCERT,
    sslkey: config.PGSSLKEY,
  };
}

/** The store alone: PostgreSQL when `database` is given, else SQLite in `dataDir` (made when missing). */
export async function openStore(
  dataDir: string,
  database: DatabaseSettings | null,
  logger: Logger,
): Promise<Store> {
  return (await openStorage(dataDir, database, logger)).store;
}

/** The store and the replay memory, on one pool for PostgreSQL; closing the store ends both. */
async function openStorage(
  dataDir: string,
  database: DatabaseSettings | null,
  logger: Logger,
): Promise<{ store: Store; replays: ReplayMemory }> {
  if (database) {
    const pool = await openPostgresPool({ ...database, logger });
    return { store: createPostgresStore(pool), replays: createPostgresReplayMemory(pool) };
  }
  // The store makes the folder, and says in a line why it cannot.
  const store = openSqliteStorePorts(join(dataDir, 'sitrep.db'));
  for (const f of OLD_SNAPSHOT_FILES) rmSync(join(dataDir, f), { force: true });
  return { store, replays: createReplayCache() };
}

export async function openRuntime(opts: {
  dataDir: string;
  /** PostgreSQL instead of SQLite in `dataDir` (which still holds exports and the console's history). */
  database?: DatabaseSettings | null;
  seedsDir: string | null;
  clock: Clock;
  logger: Logger;
  /** The knowledge to answer and extract with, when not this store's own (export reads DATA_DIR's). */
  knowledge?: KnowledgeAccess;
}): Promise<Runtime> {
  const database = opts.database ?? null;
  const { store, replays } = await openStorage(opts.dataDir, database, opts.logger);
  const corpus = createCorpus(store);
  const deps = { store, clock: opts.clock, logger: opts.logger, furniture: store };
  let pool: ExtractPool | null = null;

  const runtime: Runtime = {
    store,
    engine: database ? 'postgres' : 'sqlite',
    sourceStore: store,
    corpus,
    knowledgeStore: store,
    knowledge: opts.knowledge ?? storedKnowledge(store, store),
    replays,
    clock: opts.clock,
    logger: opts.logger,
    async ingest(inputs, onProgress) {
      // A large ingest spreads cleaning and extraction over worker threads; the pool then stays.
      if (!pool && worthAPool(inputs.length)) pool = createExtractPool(opts.logger);
      // Nothing cached needs forgetting afterwards: citations of stored documents never change, the name
      // lexicon picks up new entities itself, and exact lookups read the store.
      const knowledge = inputs.length > 0 ? await knowledgeFor(runtime) : null;
      return ingest(inputs, { ...deps, knowledge, ...(pool ? { processor: pool } : {}) }, onProgress);
    },
    async close() {
      void pool?.close();
      await store.close();
    },
  };

  if ((await store.documentCount()) === 0 && opts.seedsDir && existsSync(opts.seedsDir)) {
    const { inputs } = listReportFiles([opts.seedsDir]);
    const summary = await runtime.ingest(inputs);
    opts.logger.info('ingested bundled seeds', {
      added: summary.added.length,
      failed: summary.failed.length,
    });
  }
  return runtime;
}

/** The knowledge base for extraction; an unreadable one is logged, and reports are read without it. */
async function knowledgeFor(rt: Runtime): Promise<KnowledgeBase | null> {
  try {
    return await rt.knowledge.load();
  } catch (err) {
    rt.logger.warn('the stored knowledge cannot be read; extracting without it', { error: String(err) });
    return null;
  }
}
