// The two ends of `sitrep migrate`: the SQLite file, read synchronously through its store and its tables,
// and the PostgreSQL database, written through its store (documents) and a bulk copy (every other table).

import type { Store } from '../../core/ports.js';
import type { BulkImport } from '../../infra/postgres/bulk-import.js';
import type { SqliteStore } from '../../infra/sqlite/store.js';
import type { TableDump } from '../../infra/sqlite/table-dump.js';

export interface MigrationSource {
  store: SqliteStore;
  tables: TableDump;
}

export interface MigrationTarget {
  store: Store;
  tables: BulkImport;
}

/** Where the document copy has got to, after each batch. */
export interface DocumentProgress {
  /** Documents looked at so far: copied, found already there, or failed. */
  done: number;
  total: number;
}
