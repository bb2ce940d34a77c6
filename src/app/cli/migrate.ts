// `sitrep migrate --to postgres://…`: the SQLite corpus in DATA_DIR, with its sources, follows, outbox,
// audit log, knowledge, furniture lines and imported names, copied into PostgreSQL and verified
// (../migration/). Progress goes to stderr, the report to stdout; Ctrl-C stops after the batch being
// written, and the same command continues from there.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT, type ExitCode } from '../../adapters/terminal/exit-codes.js';
import { countOf } from '../../core/paging.js';
import { createBulkImport } from '../../infra/postgres/bulk-import.js';
import { databaseUrl } from '../../infra/postgres/pool.js';
import { createPostgresStore, openPostgresPool } from '../../infra/postgres/store.js';
import { openDatabase } from '../../infra/sqlite/database.js';
import { createSqliteStore } from '../../infra/sqlite/store.js';
import { createTableDump } from '../../infra/sqlite/table-dump.js';
import type { Io } from '../io.js';
import { type MigrationResult, migrateStore } from '../migration/migrate-store.js';
import type { DocumentProgress } from '../migration/sides.js';
import { tlsSettings } from '../runtime.js';
import type { Tool, ToolContext } from './tool.js';

const USAGE = 'sitrep migrate --to postgres://user:password@host:5432/database [--batch N]';
const BATCH = { default: 200, max: 5_000 };

export const MIGRATE: Tool = {
  name: 'migrate',
  args: '--to postgres://… [--batch N]',
  summary: 'Copy the corpus in DATA_DIR, its sources, follows and outbox into PostgreSQL, and verify it',
  details: `Every document is stored again with its extraction, in the order it was stored (${BATCH.default} a transaction,
or --batch N), so PostgreSQL merges and indexes it as it would have; then the sources with their state,
seen items, follows, the outbox, the audit log, the knowledge, furniture lines and imported names are
copied in one transaction, keeping their ids. After an interruption run it again (Ctrl-C stops after the
batch being written): it skips what is there and finishes. The target must be empty, or hold only what an
earlier run copied from this corpus; anything else is refused untouched. At the end both sides are
compared: rows per table, and a sample of answers (documents, /who, timelines, quotes, searches, sources).
Stop the bot first. TLS follows the URL's sslmode (require, verify-ca, verify-full).
Exit code 0 when the copy is verified; 1 for a bad option, no corpus in DATA_DIR, or a target holding
another corpus; 2 when the database cannot be reached, the copy stopped, or the two sides differ (listed).`,
  options: { to: { type: 'string' }, batch: { type: 'string' } },
  positionals: false,
  run: (input, ctx) => {
    const to = input.values.to;
    if (typeof to !== 'string') return refuse(ctx.io, 'Give the database to copy into with --to.');
    try {
      databaseUrl(to);
    } catch (err) {
      return refuse(ctx.io, `${err instanceof Error ? err.message : String(err)}.`);
    }
    const batch = batchSize(input.values.batch);
    if (batch === null) return refuse(ctx.io, `--batch takes a whole number from 1 to ${BATCH.max}.`);
    return migrate(to, batch, ctx);
  },
};

async function refuse(io: Io, message: string): Promise<ExitCode> {
  io.stderr.write(`sitrep migrate: ${message}\nUsage: ${USAGE}\n`);
  return EXIT.userError;
}

function batchSize(value: unknown): number | null {
  if (value === undefined) return BATCH.default;
  const n = Number(value);
  return typeof value === 'string' && /^\d+$/.test(value) && n >= 1 && n <= BATCH.max ? n : null;
}

async function migrate(to: string, batch: number, ctx: ToolContext): Promise<ExitCode> {
  const file = join(ctx.config().DATA_DIR, 'sitrep.db');
  if (!existsSync(file))
    return refuse(ctx.io, `there is no corpus to copy: ${file} does not exist (DATA_DIR names its folder).`);
  const pool = await openPostgresPool({ url: to, tls: tlsSettings(ctx.config()), logger: ctx.logger() });
  const target = { store: createPostgresStore(pool), tables: createBulkImport(pool) };
  const interrupted = new AbortController();
  const stop = () => interrupted.abort();
  process.once('SIGINT', stop);
  try {
    const db = openDatabase(file);
    try {
      const source = { store: createSqliteStore(db), tables: createTableDump(db) };
      const result = await migrateStore(source, target, {
        batch,
        signal: interrupted.signal,
        onProgress: progressLines(ctx.io),
      });
      ctx.io.stdout.write(report(result));
      return exitOf(result);
    } finally {
      db.close();
    }
  } finally {
    process.off('SIGINT', stop);
    await target.store.close();
  }
}

/** A line each time another twentieth of the documents is done, so a long copy shows it is moving. */
function progressLines(io: Io): (p: DocumentProgress) => void {
  let shown = 0;
  return ({ done, total }) => {
    const step = Math.floor((done * 20) / total);
    if (step <= shown && done < total) return;
    shown = step;
    io.stderr.write(`${done.toLocaleString('en-GB')} of ${countOf(total, 'document')} done\n`);
  };
}

function exitOf(r: MigrationResult): ExitCode {
  if (r.status === 'refused') return EXIT.userError;
  return r.status === 'done' && r.verification.differences.length === 0 ? EXIT.ok : EXIT.failure;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function report(r: MigrationResult): string {
  if (r.status === 'refused')
    return `${[
      'Refused: the target database holds another corpus, and was left as it is. It holds',
      ...r.foreign.map((f) => `  ${f}`),
      'Copy into an empty database (or one an earlier sitrep migrate of this corpus wrote).',
    ].join('\n')}\n`;
  const d = r.documents;
  const rate =
    d.copied > 0 && r.documentsMs > 0 ? `, ${Math.round((d.copied * 1000) / r.documentsMs)} a second` : '';
  const lines = [
    `Documents: ${d.copied.toLocaleString('en-GB')} copied in ${seconds(r.documentsMs)}${rate}; ${d.present.toLocaleString('en-GB')} there already; ${d.failed.length.toLocaleString('en-GB')} failed.`,
    ...d.failed.slice(0, 10).map((f) => `  ${f.id}: ${f.error}`),
  ];
  if (r.status === 'stopped') {
    lines.push('Stopped. Run the same command again to continue where it stopped.');
    return `${lines.join('\n')}\n`;
  }
  const tables = [...r.tables].map(([name, n]) => `${name} ${n.toLocaleString('en-GB')}`).join(', ');
  lines.push(`Tables copied in ${seconds(r.tablesMs)}: ${tables}.`);
  const v = r.verification;
  const sample = `${countOf(v.documents, 'document')}, ${countOf(v.entities, 'entity', 'entities')} (lookup, timeline, quotes), ${countOf(v.searches, 'search', 'searches')}, the sources, follows, deliveries, audit log, knowledge and imported names`;
  if (v.differences.length === 0)
    lines.push(
      `Verified in ${seconds(r.verifyMs)}: ${v.tables} tables hold as many rows on both sides; ${sample} answer the same.`,
    );
  else
    lines.push(
      `Not verified: ${countOf(v.differences.length, 'difference')} (compared ${v.tables} tables' rows; ${sample}):`,
      ...v.differences.map((x) => `  ${x}`),
    );
  return `${lines.join('\n')}\n`;
}
