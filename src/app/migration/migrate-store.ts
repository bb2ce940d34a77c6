// `sitrep migrate`'s work, without the command line: refuse a target that holds another corpus, copy the
// documents (resumable), then every other table in one transaction, then verify. Each step's time is
// measured for the report.

import { COPIED_TABLES } from '../../infra/store/copied-tables.js';
import { type CopyOptions, copyDocuments, type DocumentCopy } from './copy-documents.js';
import { foreignRows } from './preflight.js';
import type { MigrationSource, MigrationTarget } from './sides.js';
import { type Verification, type VerifyOptions, verifyCopy } from './verify.js';

export type MigrationResult =
  | { status: 'refused'; foreign: string[] }
  | { status: 'stopped'; documents: DocumentCopy; documentsMs: number }
  | {
      status: 'done';
      documents: DocumentCopy;
      documentsMs: number;
      /** Rows each copied table took; the outbox leaves out deliveries of documents not copied. */
      tables: Map<string, number>;
      tablesMs: number;
      verification: Verification;
      verifyMs: number;
    };

export interface MigrateOptions extends CopyOptions, VerifyOptions {
  /** Milliseconds, for the report's timings. */
  now?: () => number;
}

export async function migrateStore(
  source: MigrationSource,
  target: MigrationTarget,
  opts: MigrateOptions,
): Promise<MigrationResult> {
  const now = opts.now ?? (() => performance.now());
  const foreign = await foreignRows(source, target);
  if (foreign.length > 0) return { status: 'refused', foreign };
  let started = now();
  const documents = await copyDocuments(source, target, opts);
  const documentsMs = now() - started;
  if (documents.stopped) return { status: 'stopped', documents, documentsMs };
  started = now();
  const tables = await target.tables.importTables(
    COPIED_TABLES.map((table) => ({ table, pages: source.tables.rows(table) })),
  );
  const tablesMs = now() - started;
  started = now();
  const verification = await verifyCopy(source, target, opts);
  return {
    status: 'done',
    documents,
    documentsMs,
    tables,
    tablesMs,
    verification,
    verifyMs: now() - started,
  };
}
