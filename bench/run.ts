// `npm run bench` (1k and 10k documents) and `npm run bench -- --docs 100000` (1k, 10k, 100k): ingest
// throughput and where its time goes, per-command latency through the executor the adapters use, cold
// start from a fresh process (snapshot restore versus index rebuild), memory and disk, and the same
// /search queries against SQLite FTS5 (bm25) as a baseline. Prints a table; writes JSON to
// bench/results/<timestamp>.json and bench/results/latest.json.
//
// One file, three roles, chosen by --phase:
//   main   (default) spawns the builder, then prints the table and writes the JSON;
//   build  a child with a large heap limit (so the benchmark records how much memory ingest takes
//          rather than dying at Node's default limit): ingests 0…1k, measures, grows to 10k, measures…;
//   cold   a fresh process that opens an existing data dir and answers one /search and one /who.
// Only node built-ins are imported statically, so a cold-start child loads exactly what the app loads.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Rng } from './corpus.js';

const HERE = fileURLToPath(import.meta.url);
const ROOT = dirname(dirname(HERE));
const COLD_MARK = 'BENCH_COLD ';
const QUERY_MARK = 'BENCH_Q ';
/** A cold-start child that has not answered by then is reported as failed. */
const COLD_LIMIT_MS = 20 * 60_000;

// ─── Arguments ──────────────────────────────────────────────────────────────────────────────────────

const { values: argv } = parseArgs({
  options: {
    phase: { type: 'string', default: 'main' },
    docs: { type: 'string', default: '10000' },
    sizes: { type: 'string' },
    seed: { type: 'string', default: '20240325' },
    queries: { type: 'string', default: '1000' },
    budget: { type: 'string' },
    'cold-runs': { type: 'string' },
    'heap-mb': { type: 'string', default: '16384' },
    dir: { type: 'string' },
    mode: { type: 'string', default: 'restore' },
    db: { type: 'string' },
    command: { type: 'string' },
    'queries-file': { type: 'string' },
    keep: { type: 'boolean', default: false },
    out: { type: 'string', default: join(ROOT, 'bench', 'results') },
  },
  strict: true,
});

const num = (s: string | undefined, name: string): number => {
  const n = Number(String(s).replace(/_/g, ''));
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, not "${s}"`);
  return n;
};

// ─── Shared types ───────────────────────────────────────────────────────────────────────────────────

interface Latency {
  n: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
  /** The query that took longest. */
  slowest: string;
  /** Replies that were user errors ("No match for …"): those queries found nothing. */
  userErrors: number;
  errors: number;
  /** True when the time budget stopped the series before the planned number of queries. */
  cut: boolean;
  /** The first query of the series, before anything was warm. */
  first: number;
  /** Set when a query ran past the hard limit and its process was killed: that limit, in ms. */
  timedOutAfterMs?: number;
}

interface ColdRun {
  mode: 'restore' | 'rebuild';
  /** Parent's clock: spawn → the child's answer line. */
  wallMs: number;
  /** Child's clock (ms since its process started). */
  importedMs: number;
  openedMs: number;
  firstSearchMs: number;
  firstWhoMs: number;
  rssMb: number;
  heapUsedMb: number;
  maxRssMb: number;
  error?: string;
}

interface SizeResult {
  docs: number;
  passages: number;
  vocabulary: number;
  ingest: {
    /** Documents through clean → extract → store → index, plus the snapshot written at the end. */
    docsPerSec: number;
    seconds: number;
    /** Share of the ingest wall time per stage, in ms per document. */
    msPerDoc: { clean: number; dedup: number; extract: number; store: number; index: number; other: number };
    snapshotSeconds: number;
    /** docs/s of the segment added since the previous size (the corpus grew into it). */
    segmentDocsPerSec: number;
    duplicates: number;
    failed: number;
    snapshotError?: string;
  };
  /** The real `ingest()` on a scratch store, to show the instrumented loop costs what the app's does. */
  calibration?: { docs: number; realDocsPerSec: number; loopDocsPerSec: number };
  commands: Record<string, Latency>;
  fts5: {
    buildSeconds: number;
    /** Same queries, engine only: FTS5 bm25 top 6 versus MiniSearch searchPassages top 6. */
    series: Record<
      string,
      { fts5: Latency; minisearch: Latency; ratioP50: number; ratioP50EndToEnd: number }
    >;
  };
  coldStart: { restore: ColdRun[]; rebuild: ColdRun[] };
  memory: {
    builderPeakRssMb: number;
    builderPeakHeapMb: number;
    builderHeapAfterGcMb: number;
  };
  disk: { dbMb: number; snapshotMb: number; fts5Mb: number; corpusTextMb: number };
}

interface Results {
  startedAt: string;
  finishedAt: string;
  command: string;
  git: string | null;
  machine: { cpu: string; cores: number; memoryGb: number; node: string; platform: string; release: string };
  settings: {
    seed: number;
    queriesPerSeries: number;
    budgetSecondsPerSeries: number;
    builderHeapLimitMb: number;
  };
  sizes: SizeResult[];
  builder: { exitCode: number | null; signal: string | null; seconds: number; note?: string };
  targets: TargetCheck[];
}

interface TargetCheck {
  target: string;
  limit: string;
  measured: string;
  met: boolean | null;
}

// ─── Small helpers ──────────────────────────────────────────────────────────────────────────────────

const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
const fileSize = (f: string) => (existsSync(f) ? statSync(f).size : 0);

function summarise(times: number[], queries: string[], extra: Partial<Latency> = {}): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  let slowest = 0;
  for (let i = 1; i < times.length; i++) if ((times[i] ?? 0) > (times[slowest] ?? 0)) slowest = i;
  return {
    n: times.length,
    p50: round(at(0.5), 3),
    p90: round(at(0.9), 3),
    p99: round(at(0.99), 3),
    max: round(sorted.at(-1) ?? 0, 3),
    mean: round(times.reduce((a, b) => a + b, 0) / Math.max(1, times.length), 3),
    slowest: queries[slowest] ?? '',
    userErrors: 0,
    errors: 0,
    cut: false,
    first: 0,
    ...extra,
  };
}

function machineInfo(): Results['machine'] {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism?.() ?? cpus.length,
    memoryGb: Math.round(os.totalmem() / 1073741824),
    node: process.version,
    platform: os.platform(),
    release: os.release(),
  };
}

// ─── Cold start (child) ─────────────────────────────────────────────────────────────────────────────

async function coldPhase(dir: string): Promise<void> {
  const importedAt = performance.now();
  const { openRuntime } = await import('../src/app/runtime.js');
  const { createExecutor } = await import('../src/app/executor.js');
  const { systemClock } = await import('../src/infra/clock.js');
  const { createLogger } = await import('../src/infra/logger.js');
  const imported = performance.now();
  const rt = await openRuntime({
    dataDir: dir,
    seedsDir: null,
    clock: systemClock,
    logger: createLogger('error'),
  });
  const opened = performance.now();
  const exec = createExecutor(rt, []);
  const caller = { platform: 'slack', userId: 'U0BENCH' } as const;
  const search = await exec.execute('search', { words: 'electoral commission espionage' }, caller);
  const firstSearch = performance.now();
  const who = await exec.execute('who', { name: 'APT31' }, caller);
  const firstWho = performance.now();
  const mem = process.memoryUsage();
  const out = {
    importStartMs: importedAt,
    importedMs: imported,
    openedMs: opened,
    firstSearchMs: firstSearch,
    firstWhoMs: firstWho,
    rssMb: mb(mem.rss),
    heapUsedMb: mb(mem.heapUsed),
    maxRssMb: mb(process.resourceUsage().maxRSS * 1024),
    statuses: [search.status, who.status],
  };
  process.stdout.write(`${COLD_MARK}${JSON.stringify(out)}\n`);
  rt.close();
}

/** Spawns a fresh `node` on the data dir and times it to its first answers. */
async function coldStart(dir: string, mode: 'restore' | 'rebuild'): Promise<ColdRun> {
  const snapshot = join(dir, 'index.json');
  const held = `${snapshot}.bench-held`;
  if (mode === 'rebuild' && existsSync(snapshot)) renameSync(snapshot, held);
  try {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', HERE, '--phase', 'cold', '--dir', dir], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), COLD_LIMIT_MS);
    const result = await new Promise<ColdRun>((resolve) => {
      let out = '';
      let err = '';
      let done = false;
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const line = out.split('\n').find((l) => l.startsWith(COLD_MARK));
        if (line && !done) {
          done = true;
          const wallMs = performance.now() - started;
          const r = JSON.parse(line.slice(COLD_MARK.length)) as Omit<ColdRun, 'mode' | 'wallMs'>;
          resolve({ mode, wallMs: round(wallMs, 1), ...r });
        }
      });
      child.stderr.on('data', (chunk: Buffer) => {
        err += chunk.toString();
      });
      child.on('exit', (code, signal) => {
        if (!done) {
          done = true;
          resolve({
            mode,
            wallMs: round(performance.now() - started, 1),
            importedMs: 0,
            openedMs: 0,
            firstSearchMs: 0,
            firstWhoMs: 0,
            rssMb: 0,
            heapUsedMb: 0,
            maxRssMb: 0,
            error:
              signal === 'SIGKILL'
                ? `no answer within ${COLD_LIMIT_MS / 60_000} min; killed`
                : `exit ${code ?? signal}: ${err.trim().split('\n').slice(-3).join(' | ').slice(0, 500)}`,
          });
        }
      });
    });
    await new Promise<void>((resolve) =>
      child.exitCode !== null || child.signalCode !== null ? resolve() : child.on('exit', () => resolve()),
    );
    clearTimeout(timer);
    return result;
  } finally {
    if (mode === 'rebuild' && existsSync(held)) {
      if (existsSync(snapshot)) unlinkSync(snapshot);
      renameSync(held, snapshot);
    }
  }
}

// ─── Whole-corpus queries (child) ───────────────────────────────────────────────────────────────────

/**
 * Runs queries of one command against the store alone (the passage index stays empty: /timeline and
 * /who never read it), one result line per query. Used for queries that may run for many minutes at
 * large sizes (a /timeline over every event), which the builder cannot interrupt in-process; also a
 * convenient target for `node --cpu-prof` (see docs/benchmark.md).
 */
async function queryPhase(): Promise<void> {
  const { openSqliteStore } = await import('../src/infra/sqlite-store.js');
  const { createCorpus } = await import('../src/core/corpus.js');
  const { createSearchIndex, addDocumentToIndex } = await import('../src/core/search-index.js');
  const { createExecutor } = await import('../src/app/executor.js');
  const { systemClock } = await import('../src/infra/clock.js');
  const { createLogger } = await import('../src/infra/logger.js');
  type Runtime = import('../src/app/runtime.js').Runtime;
  const store = openSqliteStore(argv.db ?? '');
  const index = createSearchIndex();
  if (argv.command === 'search') for (const doc of store.listDocuments()) addDocumentToIndex(index, doc);
  const corpus = createCorpus(store, index);
  const logger = createLogger('error');
  const exec = createExecutor({ store, index, corpus, clock: systemClock, logger } as unknown as Runtime, []);
  const raws = JSON.parse(readFileSync(argv['queries-file'] ?? '', 'utf8')) as Record<string, unknown>[];
  const budgetMs = num(argv.budget ?? '60', 'budget') * 1000;
  const start = performance.now();
  for (const raw of raws) {
    const t0 = performance.now();
    const reply = await exec.execute(argv.command ?? '', raw, { platform: 'slack', userId: 'U0BENCH' });
    const ms = performance.now() - t0;
    process.stdout.write(`${QUERY_MARK}${JSON.stringify({ ms, status: reply.status })}\n`);
    if (performance.now() - start > budgetMs) break;
  }
  store.close();
}

/** Runs a series in a `--phase query` child, killing it when one query outlasts `hardLimitMs`. */
async function isolatedSeries(
  dir: string,
  db: string,
  command: string,
  raws: Record<string, unknown>[],
  budgetS: number,
  hardLimitMs: number,
  label: (raw: Record<string, unknown>) => string,
): Promise<Latency> {
  const file = join(dir, `queries-${command}.json`);
  writeFileSync(file, JSON.stringify(raws));
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      HERE,
      '--phase',
      'query',
      '--db',
      db,
      '--command',
      command,
      '--queries-file',
      file,
      '--budget',
      String(budgetS),
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const times: number[] = [];
  let userErrors = 0;
  let errors = 0;
  let killed = false;
  let timer = setTimeout(() => {}, 0);
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, hardLimitMs);
  };
  arm();
  let buffer = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    for (const line of parts) {
      if (!line.startsWith(QUERY_MARK)) continue;
      const r = JSON.parse(line.slice(QUERY_MARK.length)) as { ms: number; status: string };
      times.push(r.ms);
      if (r.status === 'user-error') userErrors++;
      if (r.status === 'error') errors++;
      arm();
    }
  });
  await new Promise<void>((resolve) => child.on('exit', () => resolve()));
  clearTimeout(timer);
  unlinkSync(file);
  return summarise(times, raws.slice(0, times.length).map(label), {
    userErrors,
    errors,
    cut: times.length < raws.length,
    first: round(times[0] ?? 0, 3),
    ...(killed ? { timedOutAfterMs: hardLimitMs } : {}),
  });
}

// ─── Builder (child) ────────────────────────────────────────────────────────────────────────────────

async function buildPhase(): Promise<void> {
  const dir = argv.dir ?? '';
  const sizes = (argv.sizes ?? '').split(',').map((s) => num(s, 'sizes'));
  const seed = num(argv.seed, 'seed');
  const queriesPerSeries = num(argv.queries, 'queries');
  const budgetMs = num(argv.budget, 'budget') * 1000;
  const coldRuns = num(argv['cold-runs'], 'cold-runs');
  const resultsFile = join(dir, 'results.json');

  const { generateDocument } = await import('./corpus.js');
  const { openRuntime } = await import('../src/app/runtime.js');
  const { createExecutor } = await import('../src/app/executor.js');
  const { toDocument } = await import('../src/core/documents/document.js');
  const { extractDocument } = await import('../src/core/extract/extract.js');
  const { ingest } = await import('../src/core/ingest.js');
  const { addDocumentToIndex, createSearchIndex, passagesOf, searchPassages, SEARCH_INDEX_OPTIONS } =
    await import('../src/core/search-index.js');
  const { systemClock } = await import('../src/infra/clock.js');
  const { createLogger } = await import('../src/infra/logger.js');
  const { openSqliteStore } = await import('../src/infra/sqlite-store.js');
  const { default: Database } = await import('better-sqlite3');
  const { default: MiniSearch } = await import('minisearch');
  const { createRng } = await import('./corpus.js');

  const logger = createLogger('error');
  const dataDir = join(dir, 'data');
  const dbFile = join(dataDir, 'sitrep.db');
  const snapshotFile = join(dataDir, 'index.json');
  const progress = (msg: string) =>
    process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

  // Memory is sampled between documents and queries; peaks in between are missed, maxRSS is exact.
  let peakHeap = 0;
  const sample = () => {
    const h = process.memoryUsage().heapUsed;
    if (h > peakHeap) peakHeap = h;
  };

  // ── Calibration: the app's own ingest() against the instrumented loop, on the same documents.
  const calibrationDocs = Math.min(150, sizes[0] ?? 150);
  const calibration = await (async () => {
    const inputs = Array.from({ length: calibrationDocs }, (_, i) => generateDocument(i, seed).input);
    const scratch = mkdtempSync(join(dir, 'calibrate-'));
    const deps = (name: string) => ({
      store: openSqliteStore(join(scratch, `${name}.db`)),
      index: createSearchIndex(),
      clock: systemClock,
      logger,
    });
    const loopIngest = (d: ReturnType<typeof deps>, list: typeof inputs) => {
      for (const input of list) {
        const doc = toDocument(input);
        if (!d.store.hasDocument(doc.id, doc.url)) {
          const extraction = extractDocument(doc);
          if (d.store.addDocument(doc, extraction, systemClock.now().toISOString()).added)
            addDocumentToIndex(d.index, doc);
        }
      }
    };
    // Warm the JIT first, so neither contender pays for it.
    const warm = deps('warm');
    loopIngest(
      warm,
      Array.from({ length: 50 }, (_, i) => generateDocument(1_000_000_000 + i, seed).input),
    );
    warm.store.close();
    const loop = deps('loop');
    let t = performance.now();
    loopIngest(loop, inputs);
    const loopMs = performance.now() - t;
    loop.store.close();
    const real = deps('real');
    t = performance.now();
    await ingest(
      inputs.map((input) => ({ origin: input.origin, load: () => input })),
      real,
    );
    const realMs = performance.now() - t;
    real.store.close();
    rmSync(scratch, { recursive: true, force: true });
    return {
      docs: calibrationDocs,
      realDocsPerSec: round((calibrationDocs / realMs) * 1000, 1),
      loopDocsPerSec: round((calibrationDocs / loopMs) * 1000, 1),
    };
  })();
  progress(
    `calibration: ingest() ${calibration.realDocsPerSec} docs/s, instrumented loop ${calibration.loopDocsPerSec} docs/s`,
  );

  const rt = await openRuntime({ dataDir, seedsDir: null, clock: systemClock, logger });
  const exec = createExecutor(rt, []);
  const caller = { platform: 'slack', userId: 'U0BENCH' } as const;

  // ── FTS5 baseline: a separate file holding the same passages, filled from the store after each segment.
  const fts = new Database(join(dir, 'fts5.db'));
  fts.pragma('journal_mode = WAL');
  fts.pragma('synchronous = NORMAL');
  fts.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS passages USING fts5(
    title, text, doc_id UNINDEXED, paragraph UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')`);
  fts.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS vocab USING fts5vocab(passages, 'row')`);
  const insertPassage = fts.prepare(
    'INSERT INTO passages (title, text, doc_id, paragraph) VALUES (@title, @text, @docId, @paragraph)',
  );
  const ftsSearch = fts.prepare<[string, number], { doc_id: string; text: string }>(
    'SELECT doc_id, text FROM passages WHERE passages MATCH ? ORDER BY bm25(passages, 2.0, 1.0) LIMIT ?',
  );
  const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
  const processTerm = SEARCH_INDEX_OPTIONS.processTerm as (
    term: string,
  ) => string | string[] | null | undefined | false;
  /** The query MiniSearch runs, as FTS5 syntax: same tokens, same stop words, prefix from 3 characters. */
  const ftsQuery = (q: string, op: 'AND' | 'OR'): string | null => {
    const terms = tokenize(q)
      .flatMap((t) => {
        const p = processTerm(t);
        return p ? (Array.isArray(p) ? p : [p]) : [];
      })
      .map((t) => `"${t.replace(/"/g, '""')}"${t.length >= 3 ? '*' : ''}`);
    return terms.length === 0 ? null : terms.join(` ${op} `);
  };
  const ftsAnswer = (q: string, limit: number) => {
    const and = ftsQuery(q, 'AND');
    if (!and) return [];
    const rows = ftsSearch.all(and, limit);
    return rows.length > 0 ? rows : ftsSearch.all(ftsQuery(q, 'OR') ?? and, limit);
  };
  const src = new Database(dbFile, { readonly: true });
  const readDocs = src.prepare<[number], { rowid: number; id: string; title: string | null; body: string }>(
    'SELECT rowid, id, title, body FROM documents WHERE rowid > ? ORDER BY rowid',
  );
  let lastRowid = 0;
  let passageCount = 0;
  let corpusChars = 0;

  // Who and what the corpus holds so far, for choosing queries that hit (and some that miss).
  const speakers = new Map<string, number>();
  const companies = new Map<string, number>();
  const malware = new Map<string, number>();
  const actors = new Map<string, number>();

  const results: SizeResult[] = [];
  let ingested = 0;
  let totalIngestMs = 0;
  const stage = { clean: 0, dedup: 0, extract: 0, store: 0, index: 0, other: 0 };
  let duplicates = 0;
  let failed = 0;

  for (const size of sizes) {
    // ── Ingest the segment [ingested, size): all but the last document through the instrumented loop
    // (the stage functions ingest() calls, in its order), the last through the runtime's own ingest,
    // which writes the snapshot as it does in production.
    progress(`ingesting ${ingested}…${size}`);
    const segmentStart = ingested;
    let segmentMs = 0;
    const ingestedAt = systemClock.now().toISOString();
    for (let i = ingested; i < size - 1; i++) {
      const g = generateDocument(i, seed);
      for (const s of g.meta.speakers) speakers.set(s, (speakers.get(s) ?? 0) + 1);
      companies.set(g.meta.company, (companies.get(g.meta.company) ?? 0) + 1);
      malware.set(g.meta.malware, (malware.get(g.meta.malware) ?? 0) + 1);
      actors.set(g.meta.actor, (actors.get(g.meta.actor) ?? 0) + 1);
      const t0 = performance.now();
      try {
        const doc = toDocument(g.input);
        const t1 = performance.now();
        stage.clean += t1 - t0;
        if (doc.body.trim().length === 0) throw new Error('no article text found');
        const dup = rt.store.hasDocument(doc.id, doc.url);
        const t2 = performance.now();
        stage.dedup += t2 - t1;
        if (dup) duplicates++;
        else {
          const extraction = extractDocument(doc);
          const t3 = performance.now();
          stage.extract += t3 - t2;
          const added = rt.store.addDocument(doc, extraction, ingestedAt).added;
          const t4 = performance.now();
          stage.store += t4 - t3;
          if (added) {
            addDocumentToIndex(rt.index, doc);
            stage.index += performance.now() - t4;
          } else duplicates++;
        }
      } catch {
        failed++;
      }
      segmentMs += performance.now() - t0;
      if (i % 100 === 0) sample();
      if (i > 0 && i % 5000 === 0) progress(`  ${i} documents`);
    }
    const last = generateDocument(size - 1, seed);
    let snapshotError: string | undefined;
    const t5 = performance.now();
    try {
      const summary = await rt.ingest([{ origin: last.input.origin, load: () => last.input }]);
      duplicates += summary.duplicates.length;
      failed += summary.failed.length;
    } catch (err) {
      snapshotError = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      progress(`snapshot failed: ${snapshotError}`);
    }
    const snapshotMs = performance.now() - t5;
    segmentMs += snapshotMs;
    sample();
    totalIngestMs += segmentMs;
    ingested = size;
    const stageSum = stage.clean + stage.dedup + stage.extract + stage.store + stage.index;
    const loopMs = totalIngestMs - snapshotMs; // the snapshot of earlier sizes is part of "other"
    stage.other = Math.max(0, loopMs - stageSum);
    const perDoc = (ms: number) => round(ms / size, 3);
    progress(
      `ingested ${size} in ${round(totalIngestMs / 1000, 1)} s (${round((size / totalIngestMs) * 1000, 1)} docs/s); snapshot ${round(snapshotMs / 1000, 2)} s`,
    );

    // ── FTS5: the same passages, from the store.
    const tFts = performance.now();
    const fill = fts.transaction((rows: { id: string; title: string | null; body: string }[]) => {
      for (const row of rows) {
        corpusChars += row.body.length;
        for (const p of passagesOf({
          id: row.id,
          title: row.title,
          body: row.body,
          publisher: null,
          author: null,
          published: null,
          url: null,
          origin: '',
        })) {
          insertPassage.run({ title: p.title, text: p.text, docId: p.docId, paragraph: p.paragraph });
          passageCount++;
        }
      }
    });
    let batch: { id: string; title: string | null; body: string }[] = [];
    for (const row of readDocs.iterate(lastRowid)) {
      lastRowid = row.rowid;
      batch.push(row);
      if (batch.length === 2000) {
        fill(batch);
        batch = [];
      }
    }
    fill(batch);
    const ftsBuildMs = performance.now() - tFts;
    const vocabulary = (fts.prepare('SELECT count(*) AS n FROM vocab').get() as { n: number }).n;
    progress(
      `FTS5 baseline built in ${round(ftsBuildMs / 1000, 1)} s (${passageCount} passages, ${vocabulary} terms)`,
    );

    // ── Queries.
    const rng = createRng(seed ^ size);
    const queries = makeQueries(rng, queriesPerSeries, {
      speakers: [...speakers.keys()],
      storedSpeakers: rt.store
        .speakers()
        .filter((sp) => sp.kind === 'person')
        .map((sp) => sp.name),
      companies: [...companies.keys()],
      malware: [...malware.keys()],
      actors: [...actors.keys()],
      vocab: fts
        .prepare('SELECT term, doc FROM vocab')
        .all()
        .map((r) => r as { term: string; doc: number }),
      passage: (k: number) =>
        (
          fts.prepare('SELECT text FROM passages WHERE rowid = ?').get(1 + (k % Math.max(1, passageCount))) as
            | { text: string }
            | undefined
        )?.text ?? '',
    });

    const commands: Record<string, Latency> = {};
    const runSeries = async (name: string, command: string, raws: Record<string, unknown>[]) => {
      const label = (raw: Record<string, unknown>) =>
        `/${command} ${Object.entries(raw)
          .map(([k, v]) =>
            k === 'name' || k === 'speaker' || k === 'topic' || k === 'words'
              ? String(v)
              : `${k}:${String(v)}`,
          )
          .join(' ')}`.trim();
      const times: number[] = [];
      const asked: string[] = [];
      let userErrors = 0;
      let errors = 0;
      const start = performance.now();
      let first = 0;
      for (const raw of raws) {
        const t0 = performance.now();
        const reply = await exec.execute(command, raw, caller);
        const dt = performance.now() - t0;
        if (times.length === 0 && first === 0) {
          first = dt;
        }
        times.push(dt);
        asked.push(label(raw));
        if (reply.status === 'user-error') userErrors++;
        if (reply.status === 'error') errors++;
        if (times.length % 50 === 0) sample();
        if (performance.now() - start > budgetMs && times.length < raws.length) break;
      }
      commands[name] = summarise(times, asked, {
        userErrors,
        errors,
        cut: times.length < raws.length,
        first: round(first, 3),
      });
      const c = commands[name];
      progress(
        `  ${name.padEnd(16)} n=${c?.n} p50=${c?.p50} p99=${c?.p99} max=${c?.max} ms (user errors ${userErrors})`,
      );
    };

    progress(`queries at ${size} documents`);
    await runSeries('who', 'who', queries.who);
    await runSeries('quote', 'quote', queries.quote);
    await runSeries('timeline', 'timeline', queries.timeline);
    {
      // At large sizes one of these runs for many minutes: a child process the builder can kill.
      const raws = queries.timelineAll.slice(0, 50);
      const hardLimit = Math.max(180_000, 3 * budgetMs);
      const l = await isolatedSeries(dir, dbFile, 'timeline', raws, budgetMs / 1000, hardLimit, (raw) =>
        `/timeline ${Object.entries(raw)
          .map(([k, v]) => `${k}:${String(v)}`)
          .join(' ')}`.trim(),
      );
      commands['timeline:all'] = l;
      progress(
        `  ${'timeline:all'.padEnd(16)} n=${l.n} p50=${l.p50} p99=${l.p99} max=${l.max} ms${l.timedOutAfterMs ? ` (killed after ${l.timedOutAfterMs / 1000} s)` : ''} [separate process]`,
      );
    }
    for (const [kind, list] of Object.entries(queries.search))
      await runSeries(
        `search:${kind}`,
        'search',
        list.map((words) => ({ words })),
      );

    // ── The same /search queries, engine against engine.
    const ftsSeries: SizeResult['fts5']['series'] = {};
    for (const [kind, list] of Object.entries(queries.search)) {
      const n = commands[`search:${kind}`]?.n ?? list.length;
      const subset = list.slice(0, n);
      const time = (fn: (q: string) => unknown) => {
        const times: number[] = [];
        let empty = 0;
        for (const q of subset) {
          const t0 = performance.now();
          const r = fn(q) as unknown[];
          times.push(performance.now() - t0);
          if (r.length === 0) empty++;
        }
        return summarise(times, subset, { userErrors: empty });
      };
      const f = time((q) => ftsAnswer(q, 6));
      const m = time((q) => searchPassages(rt.index, q, { limit: 6 }));
      const e2e = commands[`search:${kind}`]?.p50 ?? 0;
      ftsSeries[kind] = {
        fts5: f,
        minisearch: m,
        ratioP50: round(m.p50 / Math.max(f.p50, 0.001), 2),
        ratioP50EndToEnd: round(e2e / Math.max(f.p50, 0.001), 2),
      };
      progress(
        `  fts5 ${kind.padEnd(10)} p50=${f.p50} p99=${f.p99}; minisearch p50=${m.p50} p99=${m.p99} ms`,
      );
    }

    // ── Cold start: restore the snapshot, and rebuild without it.
    progress('cold start');
    const restore: ColdRun[] = [];
    for (let i = 0; i < coldRuns; i++) restore.push(await coldStart(dataDir, 'restore'));
    const rebuild: ColdRun[] = [await coldStart(dataDir, 'rebuild')];
    for (const r of [...restore, ...rebuild])
      progress(`  ${r.mode}: ${r.wallMs} ms to first /search${r.error ? ` (${r.error})` : ''}`);

    global.gc?.();
    const heapAfterGc = process.memoryUsage().heapUsed;
    results.push({
      docs: size,
      passages: passageCount,
      vocabulary,
      ingest: {
        docsPerSec: round((size / totalIngestMs) * 1000, 1),
        seconds: round(totalIngestMs / 1000, 1),
        msPerDoc: {
          clean: perDoc(stage.clean),
          dedup: perDoc(stage.dedup),
          extract: perDoc(stage.extract),
          store: perDoc(stage.store),
          index: perDoc(stage.index),
          other: perDoc(stage.other),
        },
        snapshotSeconds: round(snapshotMs / 1000, 2),
        segmentDocsPerSec: round(((size - segmentStart) / segmentMs) * 1000, 1),
        duplicates,
        failed,
        ...(snapshotError ? { snapshotError } : {}),
      },
      ...(results.length === 0 ? { calibration } : {}),
      commands,
      fts5: { buildSeconds: round(ftsBuildMs / 1000, 1), series: ftsSeries },
      coldStart: { restore, rebuild },
      memory: {
        builderPeakRssMb: mb(process.resourceUsage().maxRSS * 1024),
        builderPeakHeapMb: mb(peakHeap),
        builderHeapAfterGcMb: mb(heapAfterGc),
      },
      disk: {
        dbMb: mb(fileSize(dbFile) + fileSize(`${dbFile}-wal`)),
        snapshotMb: mb(fileSize(snapshotFile)),
        fts5Mb: mb(fileSize(join(dir, 'fts5.db')) + fileSize(join(dir, 'fts5.db-wal'))),
        corpusTextMb: mb(corpusChars),
      },
    });
    writeFileSync(resultsFile, JSON.stringify(results, null, 2));
  }
  src.close();
  fts.close();
  rt.close();
}

// ─── Queries ────────────────────────────────────────────────────────────────────────────────────────

interface QuerySets {
  who: Record<string, unknown>[];
  quote: Record<string, unknown>[];
  timeline: Record<string, unknown>[];
  timelineAll: Record<string, unknown>[];
  search: { rare: string[]; common: string[]; multi: string[]; typo: string[]; prefix: string[] };
}

const QUOTE_TOPICS = [
  'democracy',
  'elections',
  'espionage',
  'ransomware',
  'allies',
  'software',
  'defence',
  'journalists',
];
const TIMELINE_TOPICS = [
  'ransomware',
  'espionage',
  'electoral register',
  'water utility',
  'parliamentarians',
  'wiper malware',
];
const STOP = new Set(
  'a an and are as at be by for from in is of on or that the this to was were with it its'.split(' '),
);

function typo(rng: Rng, word: string): string {
  const i = 1 + rng.int(Math.max(1, word.length - 2));
  switch (rng.int(3)) {
    case 0: // substitution
      return word.slice(0, i) + 'aeioulnrst'[rng.int(10)] + word.slice(i + 1);
    case 1: // transposition
      return word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2);
    default: // deletion
      return word.slice(0, i) + word.slice(i + 1);
  }
}

function makeQueries(
  rng: Rng,
  n: number,
  seen: {
    speakers: string[];
    storedSpeakers: string[];
    companies: string[];
    malware: string[];
    actors: string[];
    vocab: { term: string; doc: number }[];
    passage: (k: number) => string;
  },
): QuerySets {
  const times = <T>(make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
  const surname = (name: string) => name.split(' ').at(-1) ?? name;
  const speakers = seen.speakers.length > 0 ? seen.speakers : ['Nobody Here'];
  const actors = seen.actors.length > 0 ? seen.actors : ['APT31'];

  const who = times((): Record<string, unknown> => {
    const r = rng.next();
    if (r < 0.3) return { name: rng.pick(actors) };
    if (r < 0.4)
      return {
        name: rng
          .pick(actors)
          .toLowerCase()
          .replace(/^apt(\d)/, 'apt $1'),
      };
    if (r < 0.6) return { name: rng.pick(speakers) };
    if (r < 0.75) return { name: surname(rng.pick(speakers)) };
    if (r < 0.85) return { name: typo(rng, rng.pick(speakers)) };
    if (r < 0.95) return { name: rng.pick(seen.companies.length > 0 ? seen.companies : ['Nothing Ltd']) };
    return { name: `Unknown ${typo(rng, 'Person')}son` };
  });
  // Most /quote queries name someone the extractor did find quoting; some name people it missed.
  const quoted = seen.storedSpeakers.length > 0 ? seen.storedSpeakers : speakers;
  const quote = times((): Record<string, unknown> => {
    const who = rng.chance(0.85) ? rng.pick(quoted) : rng.pick(speakers);
    const speaker = rng.chance(0.5) ? who : surname(who);
    const r = rng.next();
    if (r < 0.3) return { speaker, topic: rng.pick(QUOTE_TOPICS) };
    if (r < 0.35) return { speaker, page: 2 };
    return { speaker };
  });
  const timeline = times((): Record<string, unknown> => {
    const r = rng.next();
    const from = String(2015 + rng.int(10));
    if (r < 0.45) return { topic: rng.pick(actors) };
    if (r < 0.55) return { topic: rng.pick(actors), from };
    if (r < 0.7) return { topic: rng.pick(TIMELINE_TOPICS) };
    return { topic: rng.pick(seen.companies.length > 0 ? seen.companies : ['Nothing Ltd']) };
  });
  // The whole corpus's timeline, or one or two years of it: no topic to narrow the events.
  const timelineAll = times((): Record<string, unknown> => {
    const from = String(2015 + rng.int(10));
    return rng.chance(0.5) ? { from, to: String(Number(from) + rng.int(2)) } : {};
  });

  // Words as the index holds them: letters only, no stop words.
  const words = seen.vocab.filter((v) => /^[a-z]{3,}$/.test(v.term) && !STOP.has(v.term));
  const byDoc = [...words].sort((a, b) => b.doc - a.doc || (a.term < b.term ? -1 : 1));
  const rare = words.filter((v) => v.doc <= 3 && v.term.length >= 5);
  const common = byDoc.slice(0, 150);
  const middle = byDoc.slice(150, Math.max(151, Math.floor(byDoc.length / 3)));
  const pickTerm = (list: { term: string }[], fallback: string) =>
    list.length > 0 ? rng.pick(list).term : fallback;

  const multi = times(() => {
    const text = seen.passage(rng.int(1 << 30));
    const toks = (text.match(/[\p{L}\p{N}'-]+/gu) ?? []).filter((t) => t.length > 1);
    const len = 2 + rng.int(3);
    const at = rng.int(Math.max(1, toks.length - len));
    const phrase = toks
      .slice(at, at + len)
      .join(' ')
      .toLowerCase();
    return phrase || 'living off the land';
  });
  return {
    who,
    quote,
    timeline,
    timelineAll,
    search: {
      rare: times(() => pickTerm(rare, 'zzzzunseen')),
      common: times(() => pickTerm(common, 'government')),
      multi,
      typo: times(() => {
        const long = middle.filter((v) => v.term.length >= 6);
        return typo(rng, pickTerm(long.length > 0 ? long : common, 'espionage'));
      }),
      prefix: times(() => {
        const w = pickTerm(rng.chance(0.5) ? common : middle, 'sanctions');
        return w.slice(0, Math.min(w.length, 3 + rng.int(3)));
      }),
    },
  };
}

// ─── Main ───────────────────────────────────────────────────────────────────────────────────────────

function gitRevision(): string | null {
  try {
    const rev = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${rev}+dirty` : rev;
  } catch {
    return null;
  }
}

function checkTargets(sizes: SizeResult[]): TargetCheck[] {
  const at = sizes.find((s) => s.docs === 100_000) ?? sizes.at(-1);
  if (!at) return [];
  const tag =
    at.docs === 100_000 ? '' : ` (at ${at.docs.toLocaleString('en-GB')} docs; targets are for 100k)`;
  const checks: TargetCheck[] = [];
  const ms = (x: number) => `${round(x, 1)} ms`;
  const measured = (l: Latency) =>
    l.timedOutAfterMs
      ? `> ${round(l.timedOutAfterMs / 1000, 0)} s (a query was killed${l.n > 0 ? `; p99 of the ${l.n} that finished ${ms(l.p99)}` : ''})`
      : ms(l.p99);
  for (const c of ['who', 'quote', 'timeline', 'timeline:all']) {
    const l = at.commands[c];
    if (l)
      checks.push({
        target: `/${c === 'timeline:all' ? 'timeline without a topic' : c} p99${tag}`,
        limit: '≤ 50 ms',
        measured: measured(l),
        met: !l.timedOutAfterMs && l.p99 <= 50,
      });
  }
  const searches = Object.entries(at.commands).filter(([k]) => k.startsWith('search:'));
  const worst = Math.max(...searches.map(([, l]) => l.p99));
  checks.push({
    target: `/search p99, all query kinds${tag}`,
    limit: '≤ 150 ms',
    measured: `${ms(worst)} (worst kind)`,
    met: worst <= 150,
  });
  const ratios = Object.entries(at.fts5.series).map(([k, s]) => ({ k, r: s.ratioP50EndToEnd }));
  const worstRatio = ratios.reduce((a, b) => (b.r > a.r ? b : a), { k: '', r: 0 });
  checks.push({
    target: `/search p50 vs FTS5 p50${tag}`,
    limit: '≤ 2×',
    measured: `${worstRatio.r}× (${worstRatio.k}, end to end)`,
    met: worstRatio.r <= 2,
  });
  checks.push({
    target: `ingest end to end${tag}`,
    limit: '≥ 500 docs/s',
    measured: `${at.ingest.docsPerSec} docs/s`,
    met: at.ingest.docsPerSec >= 500,
  });
  const restores = at.coldStart.restore.filter((r) => !r.error).map((r) => r.wallMs);
  const median = restores.sort((a, b) => a - b)[Math.floor(restores.length / 2)];
  checks.push({
    target: `cold start, restoring the snapshot${tag}`,
    limit: '≤ 3 s',
    measured:
      median === undefined ? (at.coldStart.restore[0]?.error ?? 'failed') : `${round(median / 1000, 2)} s`,
    met: median === undefined ? false : median <= 3000,
  });
  const servingHeap = Math.max(0, ...at.coldStart.restore.map((r) => r.heapUsedMb));
  checks.push({
    target: `heap, serving process after restore${tag}`,
    limit: '≤ 1 GB',
    measured: `${servingHeap} MB`,
    met: servingHeap > 0 && servingHeap <= 1024,
  });
  checks.push({
    target: `peak heap, ingesting process${tag}`,
    limit: '≤ 1 GB',
    measured: `${at.memory.builderPeakHeapMb} MB`,
    met: at.memory.builderPeakHeapMb <= 1024,
  });
  const worstCommand = Math.max(...Object.values(at.commands).map((l) => l.timedOutAfterMs ?? l.max));
  const worstCold = Math.max(...at.coldStart.restore.map((r) => r.wallMs));
  checks.push({
    target: `Slack/Discord 3 s: slowest single answer${tag}`,
    limit: '< 3 s',
    measured: `${ms(worstCommand)}${Object.values(at.commands).some((l) => l.timedOutAfterMs) ? ' (killed)' : ''} warm; ${round(worstCold / 1000, 2)} s from a cold start`,
    met: worstCommand < 3000,
  });
  return checks;
}

function table(r: Results): string {
  const sizes = r.sizes;
  const head = ['', ...sizes.map((s) => `${s.docs.toLocaleString('en-GB')} docs`)];
  const rows: string[][] = [];
  const row = (label: string, f: (s: SizeResult) => string) => rows.push([label, ...sizes.map(f)]);
  const lat = (l: Latency | undefined) => (l ? `${l.p50} / ${l.p99} / ${l.max}` : '–');
  row(
    'passages · vocabulary',
    (s) => `${s.passages.toLocaleString('en-GB')} · ${s.vocabulary.toLocaleString('en-GB')}`,
  );
  row('ingest docs/s (end to end)', (s) => `${s.ingest.docsPerSec}`);
  row('  ms/doc clean·extract·store·index', (s) => {
    const m = s.ingest.msPerDoc;
    return `${m.clean} · ${m.extract} · ${round(m.store + m.dedup, 3)} · ${m.index}`;
  });
  row('  snapshot write s', (s) => `${s.ingest.snapshotSeconds}${s.ingest.snapshotError ? ' FAILED' : ''}`);
  rows.push(['latency ms p50 / p99 / max', ...sizes.map(() => '')]);
  const names = Object.keys(sizes[0]?.commands ?? {});
  for (const name of names)
    row(`  /${name}`, (s) => {
      const l = s.commands[name];
      if (l?.timedOutAfterMs) return `killed after ${round(l.timedOutAfterMs / 1000, 0)} s (n=${l.n})`;
      return `${lat(l)}${l?.cut ? ` (n=${l.n})` : ''}`;
    });
  rows.push(['FTS5 bm25 p50 / p99 / max (ratio*)', ...sizes.map(() => '')]);
  for (const kind of Object.keys(sizes[0]?.fts5.series ?? {}))
    row(`  ${kind}`, (s) => {
      const x = s.fts5.series[kind];
      return x ? `${lat(x.fts5)} (${x.ratioP50EndToEnd}× · ${x.ratioP50}×)` : '–';
    });
  const cold = (runs: ColdRun[]) => {
    const ok = runs.filter((x) => !x.error).map((x) => x.wallMs);
    if (ok.length === 0) return runs[0]?.error ? 'FAILED' : '–';
    ok.sort((a, b) => a - b);
    return `${round((ok[Math.floor(ok.length / 2)] ?? 0) / 1000, 2)} s`;
  };
  row('cold start: restore → first /search', (s) => cold(s.coldStart.restore));
  row('cold start: rebuild → first /search', (s) => cold(s.coldStart.rebuild));
  row('  first /who after restore', (s) => {
    const x = s.coldStart.restore.find((c) => !c.error);
    return x ? `${round((x.firstWhoMs - x.firstSearchMs) / 1000, 2)} s` : '–';
  });
  row('serving RSS / heap MB (after restore)', (s) => {
    const x = s.coldStart.restore.find((c) => !c.error);
    return x ? `${x.maxRssMb} / ${x.heapUsedMb}` : '–';
  });
  row('ingest peak RSS / heap MB', (s) => `${s.memory.builderPeakRssMb} / ${s.memory.builderPeakHeapMb}`);
  row('db · snapshot · FTS5 MB', (s) => `${s.disk.dbMb} · ${s.disk.snapshotMb} · ${s.disk.fts5Mb}`);
  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((r) => (r[i] ?? '').length)));
  const fmt = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  const lines = [fmt(head), ...rows.map(fmt)];
  lines.push(
    '',
    '* ratio = MiniSearch p50 / FTS5 p50: first through the executor (/search end to end), then engine only.',
    `Machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGb} GB, Node ${r.machine.node}. Commit ${r.git ?? '?'}.`,
  );
  if (r.targets.length > 0) {
    lines.push('', 'Targets:');
    for (const t of r.targets)
      lines.push(
        `  ${t.met === null ? '?' : t.met ? 'met   ' : 'MISSED'}  ${t.target}: ${t.measured} (target ${t.limit})`,
      );
  }
  return lines.join('\n');
}

async function mainPhase(): Promise<void> {
  const docs = num(argv.docs, 'docs');
  const sizes = argv.sizes
    ? argv.sizes.split(',').map((s) => num(s, 'sizes'))
    : [...new Set([...[1000, 10_000, 100_000, 1_000_000].filter((s) => s <= docs), docs])].sort(
        (a, b) => a - b,
      );
  const quick = Math.max(...sizes) <= 10_000;
  const budget = argv.budget ?? (quick ? '3' : '60');
  const coldRuns = argv['cold-runs'] ?? (quick ? '1' : '2');
  const heapMb = num(argv['heap-mb'], 'heap-mb');
  const startedAt = new Date();
  // Read before the run: the work tree may move while a long run goes on.
  const git = gitRevision();
  const work = mkdtempSync(join(os.tmpdir(), 'sitrep-bench-'));
  process.stderr.write(`bench: sizes ${sizes.join(', ')}; work dir ${work}\n`);

  const t0 = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      `--max-old-space-size=${heapMb}`,
      '--expose-gc',
      HERE,
      '--phase',
      'build',
      '--dir',
      work,
      '--sizes',
      sizes.join(','),
      '--seed',
      argv.seed ?? '20240325',
      '--queries',
      argv.queries ?? '1000',
      '--budget',
      budget,
      '--cold-runs',
      coldRuns,
    ],
    { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  const exit = await new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const seconds = round((performance.now() - t0) / 1000, 1);
  const resultsFile = join(work, 'results.json');
  const sizesDone: SizeResult[] = existsSync(resultsFile)
    ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as SizeResult[])
    : [];
  const results: Results = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    git,
    machine: machineInfo(),
    settings: {
      seed: num(argv.seed, 'seed'),
      queriesPerSeries: num(argv.queries, 'queries'),
      budgetSecondsPerSeries: num(budget, 'budget'),
      builderHeapLimitMb: heapMb,
    },
    sizes: sizesDone,
    builder: {
      exitCode: exit.code,
      signal: exit.signal,
      seconds,
      ...(exit.code === 0
        ? {}
        : { note: `builder stopped after ${sizesDone.map((s) => s.docs).join(', ') || 'no size'}` }),
    },
    targets: checkTargets(sizesDone),
  };
  mkdirSync(argv.out, { recursive: true });
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const json = JSON.stringify(results, null, 2);
  writeFileSync(join(argv.out, `${stamp}.json`), json);
  writeFileSync(join(argv.out, 'latest.json'), json);
  process.stdout.write(
    `\n${table(results)}\n\nTotal ${seconds} s. JSON: ${join(argv.out, `${stamp}.json`)}\n`,
  );
  if (!argv.keep) rmSync(work, { recursive: true, force: true });
  else process.stderr.write(`kept ${work}\n`);
  if (exit.code !== 0) process.exitCode = 1;
}

const phase = argv.phase;
const run =
  phase === 'build'
    ? buildPhase
    : phase === 'cold'
      ? () => coldPhase(argv.dir ?? '')
      : phase === 'query'
        ? queryPhase
        : mainPhase;
run().catch((err: unknown) => {
  process.stderr.write(
    `bench (${phase}): ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exitCode = 1;
});
