// Opens everything a running Sitrep needs: the store in DATA_DIR, the passage index (restored from its
// snapshot when it matches the store, rebuilt otherwise), and the bundled seeds on first start.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Corpus, createCorpus } from '../core/corpus.js';
import { type IngestProgress, type IngestSummary, ingest, type PendingInput } from '../core/ingest.js';
import type { Clock, Logger, SourceStore, Store } from '../core/ports.js';
import {
  addDocumentToIndex,
  createSearchIndex,
  restoreIndex,
  type SearchIndex,
  serialiseIndex,
} from '../core/search-index.js';
import { createExtractPool, type ExtractPool, worthAPool } from '../infra/extract-pool.js';
import { listReportFiles } from '../infra/files.js';
import { openSqliteStore } from '../infra/sqlite-store.js';

export interface Runtime {
  store: Store;
  /** Sources, follows, the outbox and the audit log: the same SQLite file as the corpus. */
  sourceStore: SourceStore;
  index: SearchIndex;
  corpus: Corpus;
  clock: Clock;
  logger: Logger;
  ingest(inputs: PendingInput[], onProgress?: (p: IngestProgress) => void): Promise<IngestSummary>;
  close(): void;
}

const SNAPSHOT = 'index.json';
const SNAPSHOT_DOCS = 'index.documents';

export async function openRuntime(opts: {
  dataDir: string;
  seedsDir: string | null;
  clock: Clock;
  logger: Logger;
}): Promise<Runtime> {
  mkdirSync(opts.dataDir, { recursive: true });
  const store = openSqliteStore(join(opts.dataDir, 'sitrep.db'));
  const snapshotFile = join(opts.dataDir, SNAPSHOT);
  let index = restoreSnapshot(store, snapshotFile) ?? rebuildIndex(store);
  const corpus = createCorpus(store, index);
  const deps = { store, index, clock: opts.clock, logger: opts.logger };
  let pool: ExtractPool | null = null;

  const runtime: Runtime = {
    store,
    sourceStore: store,
    index,
    corpus,
    clock: opts.clock,
    logger: opts.logger,
    async ingest(inputs, onProgress) {
      // A large ingest spreads cleaning and extraction over worker threads; the pool then stays.
      if (!pool && worthAPool(inputs.length)) pool = createExtractPool(opts.logger);
      const summary = await ingest(inputs, { ...deps, ...(pool ? { processor: pool } : {}) }, onProgress);
      if (summary.added.length > 0) {
        corpus.invalidate();
        saveSnapshot(store, index, snapshotFile);
      }
      return summary;
    },
    close() {
      void pool?.close();
      store.close();
    },
  };

  if (store.documentCount() === 0 && opts.seedsDir && existsSync(opts.seedsDir)) {
    const { inputs } = listReportFiles([opts.seedsDir]);
    const summary = await runtime.ingest(inputs);
    opts.logger.info('ingested bundled seeds', {
      added: summary.added.length,
      failed: summary.failed.length,
    });
  } else if (!existsSync(snapshotFile) && store.documentCount() > 0) {
    saveSnapshot(store, index, snapshotFile);
  }
  index = runtime.index;
  return runtime;
}

function rebuildIndex(store: Store): SearchIndex {
  const index = createSearchIndex();
  for (const doc of store.listDocuments()) addDocumentToIndex(index, doc);
  return index;
}

/** The snapshot is used only when it was written for exactly the documents the store holds now. */
function restoreSnapshot(store: Store, file: string): SearchIndex | null {
  if (!existsSync(file)) return null;
  if (store.getMeta(SNAPSHOT_DOCS) !== String(store.documentCount())) return null;
  try {
    return restoreIndex(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function saveSnapshot(store: Store, index: SearchIndex, file: string): void {
  // Write then rename, so a crash mid-write never leaves a torn snapshot.
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, serialiseIndex(index));
  renameSync(tmp, file);
  store.setMeta(SNAPSHOT_DOCS, String(store.documentCount()));
}
