// `sitrep ingest` and `sitrep export`: reports from disk into the corpus, or into a scored JSON export.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EXIT, type ExitCode, worse } from '../../adapters/terminal/exit-codes.js';
import { buildExport } from '../../core/export.js';
import type { IngestSummary } from '../../core/ingest.js';
import { type KnowledgeAccess, storedKnowledge } from '../../core/knowledge/access.js';
import { systemClock } from '../../infra/clock.js';
import { type FileListing, listReportFiles } from '../../infra/files.js';
import { openSqliteStore } from '../../infra/sqlite/store.js';
import type { Config } from '../config.js';
import type { Io } from '../io.js';
import { openRuntime } from '../runtime.js';
import { JSON_OPTION, type Tool } from './tool.js';

export const INGEST: Tool = {
  name: 'ingest',
  args: 'PATH...',
  summary: 'Add .txt/.html/.md files or folders to the corpus in DATA_DIR',
  details: `Folders are read recursively; only regular files are read, and links inside a folder only when they
stay inside it. Into an empty DATA_DIR, only the files given go in: the bundled reports are left out.
Exit code 0 when every report was stored (or was there already), 1 when a path does not exist,
2 when a report could not be read or stored (the others are kept).`,
  options: JSON_OPTION,
  positionals: true,
  async run({ positionals: paths }, { io, config, logger, json }) {
    if (paths.length === 0) {
      io.stderr.write('Give one or more files or folders.\nUsage: sitrep ingest PATH... [--json]\n');
      return EXIT.userError;
    }
    const listing = listReportFiles(paths);
    // The seeds are a demonstration for an empty corpus; a corpus built with `ingest` holds what it was given.
    const rt = await openRuntime({
      dataDir: config().DATA_DIR,
      seedsDir: null,
      clock: systemClock,
      logger: logger(),
    });
    try {
      const onProgress = progress(io, listing.inputs.length);
      const summary = await rt.ingest(listing.inputs, onProgress);
      if (onProgress) io.stderr.write('\n');
      report(io, listing, summary, json);
      return outcome(listing, summary);
    } finally {
      rt.close();
    }
  },
};

export const EXPORT: Tool = {
  name: 'export',
  args: '--corpus DIR --out FILE',
  summary: 'Extract DIR into a throwaway store and write the JSON export (DATA_DIR is not touched)',
  options: { corpus: { type: 'string' }, out: { type: 'string' } },
  positionals: false,
  async run({ values }, { io, logger, config }) {
    const corpusDir = values.corpus;
    const out = values.out;
    if (typeof corpusDir !== 'string' || typeof out !== 'string') {
      io.stderr.write('Give both --corpus and --out.\nUsage: sitrep export --corpus DIR --out FILE.json\n');
      return EXIT.userError;
    }
    const listing = listReportFiles([resolve(corpusDir)]);
    if (listing.missing.length > 0 || listing.inputs.length === 0) {
      io.stderr.write(`No reports found in ${corpusDir} (.txt, .html, .md).\n`);
      return EXIT.userError;
    }
    // A throwaway store: export never touches the user's data.
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-export-'));
    try {
      const knowledge = await knowledgeOfDataDir(config);
      const rt = await openRuntime({
        dataDir: dir,
        seedsDir: null,
        clock: systemClock,
        logger: logger(),
        ...(knowledge ? { knowledge } : {}),
      });
      let summary: IngestSummary;
      let items: Parameters<typeof buildExport>[0];
      try {
        summary = await rt.ingest(listing.inputs);
        items = summary.added.flatMap(({ id }) => {
          const doc = rt.store.getDocument(id);
          return doc ? [{ doc, extraction: rt.store.extractionOf(id) }] : [];
        });
      } finally {
        rt.close();
      }
      writeFileSync(out, `${JSON.stringify(buildExport(items), null, 1)}\n`);
      const problems = summary.failed.length + listing.skipped.length;
      io.stdout.write(
        `Exported ${items.length} document(s) to ${out}${problems ? `; ${problems} not read` : ''}.\n`,
      );
      for (const line of problemLines(listing, summary)) io.stderr.write(line);
      return problems > 0 ? EXIT.failure : EXIT.ok;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

/**
 * The catalogues loaded in DATA_DIR, read once and kept, so an export extracts with the same knowledge
 * the bot would; none when DATA_DIR holds no store yet (it is not created for this).
 */
async function knowledgeOfDataDir(config: () => Config): Promise<KnowledgeAccess | null> {
  const file = join(config().DATA_DIR, 'sitrep.db');
  if (!existsSync(file)) return null;
  const store = openSqliteStore(file);
  try {
    const kb = await storedKnowledge(store).load();
    return kb ? { load: async () => kb, current: () => kb } : null;
  } finally {
    store.close();
  }
}

/** A progress line on a terminal, for runs long enough to want one. */
function progress(io: Io, total: number) {
  if (io.stderr.isTTY !== true || total < 20) return undefined;
  const started = Date.now();
  return ({ done }: { done: number; total: number }) => {
    const secs = (Date.now() - started) / 1000;
    const rate = done / Math.max(secs, 0.001);
    const left = (total - done) / Math.max(rate, 0.001);
    io.stderr.write(`\r${done}/${total}  ${rate.toFixed(0)} docs/s  ${left.toFixed(0)}s left   `);
  };
}

function report(io: Io, listing: FileListing, summary: IngestSummary, json: boolean): void {
  if (json) {
    const { added, duplicates, failed, timings } = summary;
    const data = { added, duplicates, failed, skipped: listing.skipped, missing: listing.missing, timings };
    io.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
    return;
  }
  const counts = [
    `${summary.added.length} new`,
    `${summary.duplicates.length} duplicate(s)`,
    `${summary.failed.length} failed`,
    ...(listing.skipped.length > 0 ? [`${listing.skipped.length} skipped`] : []),
  ];
  io.stdout.write(`Ingested ${listing.inputs.length} file(s): ${counts.join(', ')}.\n`);
  for (const line of problemLines(listing, summary)) io.stdout.write(line);
  for (const m of listing.missing) io.stderr.write(`not found: ${m}\n`);
}

function problemLines(listing: FileListing, summary: IngestSummary): string[] {
  return [
    ...summary.failed.map((f) => `  failed: ${f.origin}: ${f.reason}\n`),
    ...listing.skipped.map((s) => `  skipped: ${s.path}: ${s.reason}\n`),
  ];
}

function outcome(listing: FileListing, summary: IngestSummary): ExitCode {
  const input = listing.missing.length > 0 ? EXIT.userError : EXIT.ok;
  const failure = summary.failed.length + listing.skipped.length > 0 ? EXIT.failure : EXIT.ok;
  return worse(input, failure);
}
