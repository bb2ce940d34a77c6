// `sitrep ingest` and `sitrep export`: reports from disk into the corpus; the corpus out as the scored JSON
// export or a STIX 2.1 bundle (cli/stix.ts).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EXIT, type ExitCode, worse } from '../../adapters/terminal/exit-codes.js';
import { buildExport } from '../../core/export.js';
import type { IngestSummary } from '../../core/ingest.js';
import { type KnowledgeAccess, storedKnowledge } from '../../core/knowledge/access.js';
import type { Extraction } from '../../core/model.js';
import type { Logger, StoredDocument } from '../../core/ports.js';
import { UserError } from '../../core/reply.js';
import type { ExportScope } from '../../core/stix/scope.js';
import { systemClock } from '../../infra/clock.js';
import { type FileListing, listReportFiles } from '../../infra/files.js';
import type { Config } from '../config.js';
import type { Io } from '../io.js';
import { databaseSettings, openRuntime, openStore, type Runtime } from '../runtime.js';
import {
  type BundleOutcome,
  bundleData,
  bundleLines,
  bundlesExit,
  importBundleFiles,
  splitBundles,
} from './bundles.js';
import { scopeOf, writeStixFile } from './stix.js';
import { JSON_OPTION, type Tool, type ToolContext, type ToolInput, withRuntime } from './tool.js';

export const INGEST: Tool = {
  name: 'ingest',
  args: 'PATH...',
  summary: 'Add .txt/.html/.md files or folders, or STIX bundles (.json), to the corpus in DATA_DIR',
  details: `Folders are read recursively; only regular files are read, and links inside a folder only when they
stay inside it. Into an empty DATA_DIR, only the files given go in: the bundled reports are left out.
A STIX 2.1 (or 2.0) bundle named by path (FILE.json) is read as a stream: its reports become documents
(from their descriptions; a TAXII or bundle source also reads the linked article of a short one), the
names of its intrusion sets, threat actors, malware and tools are kept, and what it holds besides is listed.
Exit code 0 when every report was stored (or was there already), 1 when a path does not exist,
2 when a report or a bundle could not be read or stored (the others are kept).`,
  options: JSON_OPTION,
  positionals: true,
  async run({ positionals: paths }, { io, config, logger, json }) {
    if (paths.length === 0) {
      io.stderr.write('Give one or more files or folders.\nUsage: sitrep ingest PATH... [--json]\n');
      return EXIT.userError;
    }
    const { bundles, others } = splitBundles(paths);
    const listing = listReportFiles(others);
    // The seeds are a demonstration for an empty corpus; a corpus built with `ingest` holds what it was given.
    const rt = await openRuntime({
      dataDir: config().DATA_DIR,
      database: databaseSettings(config()),
      seedsDir: null,
      clock: systemClock,
      logger: logger(),
    });
    try {
      const imported = await importBundleFiles(rt, bundles);
      const onProgress = progress(io, listing.inputs.length);
      const summary = await rt.ingest(listing.inputs, onProgress);
      if (onProgress) io.stderr.write('\n');
      report(io, { listing, summary, bundles: imported, files: others.length > 0 }, json);
      return worse(outcome(listing, summary), bundlesExit(imported));
    } finally {
      await rt.close();
    }
  },
};

export const EXPORT: Tool = {
  name: 'export',
  args: '--corpus DIR --out FILE | --format stix --out FILE [--corpus DIR] [--entity NAME] [--query WORDS] [--since 7d]',
  summary: 'Write the scored JSON export of DIR, or the corpus as a STIX 2.1 bundle',
  details: `JSON (the default): DIR's reports are extracted into a throwaway store and written in the scored
format; DATA_DIR is not touched. STIX (--format stix): DATA_DIR's corpus, or DIR's in a throwaway store, as
one STIX 2.1 bundle for OpenCTI, MISP and TAXII peers, streamed to FILE: every report, or those naming an
entity (--entity), with a passage holding every word (--query), or stored since a time (--since 24h, 7d or
2024-03-25); given together, what they all agree on.`,
  options: {
    corpus: { type: 'string' },
    out: { type: 'string' },
    format: { type: 'string' },
    entity: { type: 'string' },
    query: { type: 'string' },
    since: { type: 'string' },
  },
  positionals: false,
  async run(input, ctx) {
    const { values } = input;
    const format = values.format ?? 'json';
    if (format === 'stix') return exportStixTool(input, ctx);
    if (format !== 'json') {
      ctx.io.stderr.write(`--format is json or stix, not "${String(format)}".\n`);
      return EXIT.userError;
    }
    if (['entity', 'query', 'since'].some((o) => values[o] !== undefined)) {
      ctx.io.stderr.write('--entity, --query and --since go with --format stix.\n');
      return EXIT.userError;
    }
    return exportJson(values, ctx);
  },
};

async function exportJson(values: ToolInput['values'], ctx: ToolContext): Promise<ExitCode> {
  const { io } = ctx;
  const corpusDir = values.corpus;
  const out = values.out;
  if (typeof corpusDir !== 'string' || typeof out !== 'string') {
    io.stderr.write('Give both --corpus and --out.\nUsage: sitrep export --corpus DIR --out FILE.json\n');
    return EXIT.userError;
  }
  const listing = readCorpusDir(io, corpusDir);
  if (!listing) return EXIT.userError;
  const { summary, items } = await withThrowawayRuntime(ctx, async (rt) => {
    const summary = await rt.ingest(listing.inputs);
    const items: { doc: StoredDocument; extraction: Extraction }[] = [];
    for (const { id } of summary.added) {
      const doc = await rt.store.getDocument(id);
      if (doc) items.push({ doc, extraction: await rt.store.extractionOf(id) });
    }
    return { summary, items };
  });
  writeFileSync(out, `${JSON.stringify(buildExport(items), null, 1)}\n`);
  const problems = summary.failed.length + listing.skipped.length;
  io.stdout.write(
    `Exported ${items.length} document(s) to ${out}${problems ? `; ${problems} not read` : ''}.\n`,
  );
  for (const line of problemLines(listing, summary)) io.stderr.write(line);
  return problems > 0 ? EXIT.failure : EXIT.ok;
}

async function exportStixTool({ values }: ToolInput, ctx: ToolContext): Promise<ExitCode> {
  const { io } = ctx;
  const out = values.out;
  if (typeof out !== 'string') {
    io.stderr.write(
      'Give --out.\nUsage: sitrep export --format stix --out FILE.json [--entity NAME] [--query WORDS] [--since 7d]\n',
    );
    return EXIT.userError;
  }
  let scope: ExportScope;
  try {
    scope = scopeOf(values);
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    io.stderr.write(`${err.message}\n`);
    return EXIT.userError;
  }
  if (typeof values.corpus !== 'string') {
    return withRuntime(ctx, (rt) => writeStixFile(rt, scope, out, io));
  }
  const listing = readCorpusDir(io, values.corpus);
  if (!listing) return EXIT.userError;
  return withThrowawayRuntime(ctx, async (rt) => {
    const summary = await rt.ingest(listing.inputs);
    for (const line of problemLines(listing, summary)) io.stderr.write(line);
    const code = await writeStixFile(rt, scope, out, io);
    return worse(code, summary.failed.length + listing.skipped.length > 0 ? EXIT.failure : EXIT.ok);
  });
}

/** The reports of a corpus folder, or null (said on stderr) when it holds none. */
function readCorpusDir(io: Io, corpusDir: string): FileListing | null {
  const listing = listReportFiles([resolve(corpusDir)]);
  if (listing.missing.length > 0 || listing.inputs.length === 0) {
    io.stderr.write(`No reports found in ${corpusDir} (.txt, .html, .md).\n`);
    return null;
  }
  return listing;
}

/**
 * A runtime over a throwaway store, removed afterwards: an export of a folder never touches the user's data,
 * yet extracts with the catalogues loaded in DATA_DIR, as the bot would.
 */
async function withThrowawayRuntime<T>(
  { config, logger }: Pick<ToolContext, 'config' | 'logger'>,
  fn: (rt: Runtime) => Promise<T>,
): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-export-'));
  try {
    const knowledge = await knowledgeOfDataDir(config, logger);
    const rt = await openRuntime({
      dataDir: dir,
      seedsDir: null,
      clock: systemClock,
      logger: logger(),
      ...(knowledge ? { knowledge } : {}),
    });
    try {
      return await fn(rt);
    } finally {
      await rt.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The catalogues loaded in DATA_DIR, read once and kept, so an export extracts with the same knowledge
 * the bot would; none when DATA_DIR holds no store yet (it is not created for this).
 */
async function knowledgeOfDataDir(
  config: () => Config,
  logger: () => Logger,
): Promise<KnowledgeAccess | null> {
  const database = databaseSettings(config());
  if (!database && !existsSync(join(config().DATA_DIR, 'sitrep.db'))) return null;
  const store = await openStore(config().DATA_DIR, database, logger());
  try {
    const kb = await storedKnowledge(store, store).load();
    return kb ? { load: async () => kb, current: () => kb } : null;
  } finally {
    await store.close();
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

interface Ingested {
  listing: FileListing;
  summary: IngestSummary;
  bundles: BundleOutcome[];
  /** Whether report files or folders were named (not only bundles). */
  files: boolean;
}

function report(io: Io, { listing, summary, bundles, files }: Ingested, json: boolean): void {
  if (json) {
    const { added, duplicates, failed, timings } = summary;
    const data = { added, duplicates, failed, skipped: listing.skipped, missing: listing.missing, timings };
    const withBundles = bundles.length > 0 ? { ...data, bundles: bundleData(bundles) } : data;
    io.stdout.write(`${JSON.stringify(withBundles, null, 2)}\n`);
    return;
  }
  for (const line of bundleLines(bundles)) io.stdout.write(line);
  if (!files) return;
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
