// `npm run bench` (1k and 10k documents), `npm run bench -- --docs 100000` (1k, 10k, 100k) and
// `--docs 1000000` (… 1M): ingest throughput and where its time goes, per-command latency through the
// executor the adapters use, cold start from a fresh process, memory and disk, and the same /search
// queries as plain SQLite FTS5 bm25 queries on the product's own database, as a baseline. Prints a table;
// writes JSON to bench/results/<timestamp>.json and bench/results/latest.json.
//
// One file, four roles, chosen by --phase:
//   main   (default) spawns the builder, then prints the table and writes the JSON;
//   build  a child with a large heap limit (so the benchmark records how much memory ingest takes rather
//          than dying at Node's default limit): ingests 0…1k through `runtime.ingest`, measures, grows to
//          10k, measures…; it holds nothing per document, so 1M documents fit;
//   cold   a fresh process that opens an existing data dir and answers its first questions;
//   query  runs one command's queries from a file against a data dir: a target for `node --cpu-prof`.
// Only node built-ins are imported statically, so a cold-start child loads exactly what the app loads.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
/** The sizes `--docs N` measures, those up to N (and N itself). */
const STANDARD_SIZES = [1000, 10_000, 100_000, 1_000_000];
const CALLER = { platform: 'slack', userId: 'U0BENCH' } as const;

// ─── Arguments ──────────────────────────────────────────────────────────────────────────────────────

const { values: argv } = parseArgs({
  options: {
    phase: { type: 'string', default: 'main' },
    docs: { type: 'string', default: '10000' },
    sizes: { type: 'string' },
    seed: { type: 'string', default: '20240325' },
    queries: { type: 'string', default: '1000' },
    budget: { type: 'string' },
    chunk: { type: 'string', default: '2000' },
    'cold-runs': { type: 'string', default: '3' },
    'heap-mb': { type: 'string', default: '16384' },
    dir: { type: 'string' },
    'cold-queries': { type: 'string' },
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
  /** Replies that were user errors ("Nothing matches …"), or for the baseline queries with no row. */
  userErrors: number;
  errors: number;
  /** True when the time budget stopped the series before the planned number of queries. */
  cut: boolean;
  /** The first query of the series. */
  first: number;
}

/** The questions a cold-start child asks, in this order. */
interface ColdQueries {
  search: string;
  who: string;
  typoSearch: string;
  typoWho: string;
}
const COLD_STEPS = ['imported', 'opened', 'search', 'who', 'typoSearch', 'typoWho'] as const;
type ColdStep = (typeof COLD_STEPS)[number];

interface ColdRun {
  /** Parent's clock, ms from spawning the process to the child reporting each step done. */
  at: Partial<Record<ColdStep, number>>;
  statuses: Partial<Record<ColdStep, string>>;
  /** Peak RSS of the process (exact) and its largest heapUsed after a step. */
  peakRssMb: number;
  peakHeapMb: number;
  error?: string;
}

interface SizeResult {
  docs: number;
  /** Rows of the FTS5 passage table (its highest rowid: the benchmark deletes nothing). */
  passages: number;
  /** Distinct terms in the FTS5 vocabulary. */
  vocabulary: number;
  ingest: {
    /** Documents per second of wall time inside `runtime.ingest`, over the whole corpus at this size. */
    docsPerSec: number;
    seconds: number;
    /** The documents added since the previous size alone. */
    segment: { docs: number; seconds: number; docsPerSec: number };
    /**
     * From `IngestSummary.timings`, per document over the whole corpus. `wall` is 1000 / docsPerSec.
     * `clean` and `extract` are timed inside the worker threads and summed over them, so with two workers
     * they can add up to twice the wall time; `load` and `store` run on the main thread.
     */
    msPerDoc: { wall: number; load: number; clean: number; extract: number; store: number };
    chunkSize: number;
    added: number;
    duplicates: number;
    failed: number;
    /** The first few failure reasons, as the summary gave them. */
    failures: string[];
    /** Generating the documents (the harness's own time; not in the figures above). */
    generateSeconds: number;
    generatedMb: number;
  };
  commands: Record<string, Latency>;
  /** The same /search queries as plain FTS5 bm25 queries on the product's database. */
  baseline: {
    series: Record<
      string,
      {
        fts5: Latency;
        /** `store.searchPassages(q, first page of 5)`: the product's search without the command around it. */
        store: Latency;
        /** /search p50 (through the executor) / FTS5 p50. */
        ratioP50: number;
        /** store.searchPassages p50 / FTS5 p50. */
        ratioP50Store: number;
      }
    >;
  };
  coldStart: { queries: ColdQueries; runs: ColdRun[] };
  memory: { builderPeakRssMb: number; builderPeakHeapMb: number; builderHeapAfterGcMb: number };
  disk: { dbMb: number; walMb: number; passageIndexMb: number | null };
  /** Seconds the harness spent reading the vocabulary to choose queries (not in any figure above). */
  vocabularyScanSeconds: number;
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
    chunkSize: number;
    coldRuns: number;
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
const median = (xs: number[]): number | undefined =>
  [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const progress = (msg: string) =>
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

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
    first: round(times[0] ?? 0, 3),
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

/**
 * Opens the data dir the way `npm start` does and asks the questions of `--cold-queries` in order,
 * reporting each step on stdout as it finishes (the parent times the lines as they arrive).
 */
async function coldPhase(): Promise<void> {
  const queries = JSON.parse(argv['cold-queries'] ?? '{}') as ColdQueries;
  let peakHeap = 0;
  const done = (step: ColdStep | 'end', extra: Record<string, unknown> = {}) => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    process.stdout.write(`${COLD_MARK}${JSON.stringify({ step, ...extra })}\n`);
  };
  const { openRuntime } = await import('../src/app/runtime.js');
  const { createExecutor } = await import('../src/app/executor.js');
  const { systemClock } = await import('../src/infra/clock.js');
  const { createLogger } = await import('../src/infra/logger.js');
  done('imported');
  const rt = await openRuntime({
    dataDir: argv.dir ?? '',
    seedsDir: null,
    clock: systemClock,
    logger: createLogger('error'),
  });
  done('opened');
  const exec = createExecutor(rt, []);
  const ask = async (step: ColdStep, command: string, raw: Record<string, unknown>) => {
    const reply = await exec.execute(command, raw, CALLER);
    done(step, { status: reply.status });
  };
  await ask('search', 'search', { words: queries.search });
  await ask('who', 'who', { name: queries.who });
  await ask('typoSearch', 'search', { words: queries.typoSearch }); // fills the vocabulary lexicon
  await ask('typoWho', 'who', { name: queries.typoWho }); // fills the name lexicon
  done('end', {
    peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
    peakHeapMb: mb(peakHeap),
  });
  rt.close();
}

/** Spawns a fresh `node --import tsx` (as `npm start` runs) on the data dir and times its answers. */
async function coldStart(dataDir: string, queries: ColdQueries): Promise<ColdRun> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', HERE, '--phase', 'cold', '--dir', dataDir, '--cold-queries', JSON.stringify(queries)],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const timer = setTimeout(() => child.kill('SIGKILL'), COLD_LIMIT_MS);
  const run: ColdRun = { at: {}, statuses: {}, peakRssMb: 0, peakHeapMb: 0 };
  let buffer = '';
  let err = '';
  let ended = false;
  child.stdout.on('data', (chunk: Buffer) => {
    const now = performance.now();
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.startsWith(COLD_MARK)) continue;
      const m = JSON.parse(line.slice(COLD_MARK.length)) as {
        step: ColdStep | 'end';
        status?: string;
        peakRssMb?: number;
        peakHeapMb?: number;
      };
      if (m.step === 'end') {
        ended = true;
        run.peakRssMb = m.peakRssMb ?? 0;
        run.peakHeapMb = m.peakHeapMb ?? 0;
      } else {
        run.at[m.step] = round(now - started, 1);
        if (m.status) run.statuses[m.step] = m.status;
      }
    }
  });
  child.stderr.on('data', (chunk: Buffer) => {
    err = (err + chunk.toString()).slice(-4000);
  });
  const exit = await new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  clearTimeout(timer);
  if (!ended)
    run.error =
      exit.signal === 'SIGKILL'
        ? `no answer within ${COLD_LIMIT_MS / 60_000} min; killed`
        : `exit ${exit.code ?? exit.signal}: ${err.trim().split('\n').slice(-3).join(' | ').slice(0, 500)}`;
  return run;
}

// ─── Queries from a file (child, for profiling) ─────────────────────────────────────────────────────

/**
 * `--phase query --db DIR/sitrep.db --command who --queries-file q.json`: opens the data dir as the app
 * does and runs the raw inputs of the file (a JSON array such as `[{"name":"APT1"}]`), one result line
 * each. Not used by the benchmark itself; run it under `node --import tsx --cpu-prof`.
 */
async function queryPhase(): Promise<void> {
  const { openRuntime } = await import('../src/app/runtime.js');
  const { createExecutor } = await import('../src/app/executor.js');
  const { systemClock } = await import('../src/infra/clock.js');
  const { createLogger } = await import('../src/infra/logger.js');
  const rt = await openRuntime({
    dataDir: dirname(argv.db ?? ''),
    seedsDir: null,
    clock: systemClock,
    logger: createLogger('error'),
  });
  const exec = createExecutor(rt, []);
  const raws = JSON.parse(readFileSync(argv['queries-file'] ?? '', 'utf8')) as Record<string, unknown>[];
  const budgetMs = num(argv.budget ?? '60', 'budget') * 1000;
  const start = performance.now();
  for (const raw of raws) {
    const t0 = performance.now();
    const reply = await exec.execute(argv.command ?? '', raw, CALLER);
    const ms = performance.now() - t0;
    process.stdout.write(`${QUERY_MARK}${JSON.stringify({ ms, status: reply.status })}\n`);
    if (performance.now() - start > budgetMs) break;
  }
  rt.close();
}

// ─── Builder (child) ────────────────────────────────────────────────────────────────────────────────

async function buildPhase(): Promise<void> {
  const dir = argv.dir ?? '';
  const sizes = (argv.sizes ?? '').split(',').map((s) => num(s, 'sizes'));
  const seed = num(argv.seed, 'seed');
  const queriesPerSeries = num(argv.queries, 'queries');
  const budgetMs = num(argv.budget, 'budget') * 1000;
  const chunkSize = num(argv.chunk, 'chunk');
  const coldRuns = num(argv['cold-runs'], 'cold-runs');
  const resultsFile = join(dir, 'results.json');

  const { createRng, generateDocument } = await import('./corpus.js');
  const { openRuntime } = await import('../src/app/runtime.js');
  const { createExecutor } = await import('../src/app/executor.js');
  const { foldedWords, MIN_PREFIX, STOP_WORDS } = await import('../src/core/search-query.js');
  const { systemClock } = await import('../src/infra/clock.js');
  const { createLogger } = await import('../src/infra/logger.js');
  const { default: Database } = await import('better-sqlite3');
  type PendingInput = import('../src/core/ingest.js').PendingInput;

  const logger = createLogger('error');
  const dataDir = join(dir, 'data');
  const dbFile = join(dataDir, 'sitrep.db');

  // heapUsed is sampled every 64 documents and every 50 queries, so short peaks can be missed; maxRSS
  // (which includes the extraction workers, threads of this process) is exact.
  let peakHeap = 0;
  const sample = () => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  };

  // Who the corpus quotes and names so far, for queries that hit (and some that miss). Keys come from the
  // generator's fixed pools (4,000 people, 600 companies, 43 actors): bounded whatever the corpus size.
  const speakers = new Map<string, number>();
  const companies = new Map<string, number>();
  const actors = new Map<string, number>();

  const results: SizeResult[] = [];
  let ingested = 0;
  let ingestMs = 0;
  const stage = { load: 0, clean: 0, extract: 0, store: 0 };
  const counts = { added: 0, duplicates: 0, failed: 0 };
  const failures: string[] = [];
  let generateMs = 0;
  let generatedChars = 0;

  for (const size of sizes) {
    // The runtime is opened afresh for each size, like a bulk import run against an existing data dir:
    // nothing from the previous size's queries (the typo lexicon, cached names) is kept in memory.
    const rt = await openRuntime({ dataDir, seedsDir: null, clock: systemClock, logger });

    // ── Ingest [ingested, size) through the app's own path, in chunks as a bulk import would hand them
    // over (500+ inputs per call put cleaning and extraction on worker threads).
    progress(`ingesting ${ingested}…${size}`);
    const segmentFrom = ingested;
    let segmentMs = 0;
    let lastReport = performance.now();
    for (let from = ingested; from < size; from += chunkSize) {
      const to = Math.min(size, from + chunkSize);
      const tg = performance.now();
      const chunk: PendingInput[] = [];
      for (let i = from; i < to; i++) {
        const { input, meta } = generateDocument(i, seed);
        for (const s of meta.speakers) speakers.set(s, (speakers.get(s) ?? 0) + 1);
        companies.set(meta.company, (companies.get(meta.company) ?? 0) + 1);
        actors.set(meta.actor, (actors.get(meta.actor) ?? 0) + 1);
        generatedChars += input.content.length;
        chunk.push({ origin: input.origin, load: () => input });
      }
      generateMs += performance.now() - tg;
      const t0 = performance.now();
      const summary = await rt.ingest(chunk, (p) => {
        if (p.done % 640 === 0) sample();
      });
      const ms = performance.now() - t0;
      sample();
      segmentMs += ms;
      ingestMs += ms;
      for (const k of ['load', 'clean', 'extract', 'store'] as const) stage[k] += summary.timings[k];
      counts.added += summary.added.length;
      counts.duplicates += summary.duplicates.length;
      counts.failed += summary.failed.length;
      for (const f of summary.failed) if (failures.length < 5) failures.push(`${f.origin}: ${f.reason}`);
      if (performance.now() - lastReport > 30_000 || to === size) {
        lastReport = performance.now();
        progress(
          `  ${to} documents, ${round(((to - segmentFrom) / segmentMs) * 1000, 1)} docs/s this segment`,
        );
      }
    }
    ingested = size;
    const perDoc = (ms: number) => round(ms / size, 3);
    progress(
      `ingested ${size} in ${round(ingestMs / 1000, 1)} s (${round((size / ingestMs) * 1000, 1)} docs/s); failed ${counts.failed}`,
    );

    // ── What the corpus holds, read once from the product's database: sizes and query material.
    const db = new Database(dbFile, { readonly: true });
    const tv = performance.now();
    const passages = (db.prepare('SELECT max(id) FROM passages_content').pluck().get() as number | null) ?? 0;
    const vocab = scanVocabulary(
      db.prepare<[], { term: string; doc: number }>('SELECT term, doc FROM passages_vocab').iterate(),
      createRng((seed ^ size ^ 0x5eed) >>> 0),
      STOP_WORDS,
    );
    const storedSpeakers = rt.store
      .speakers()
      .filter((sp) => sp.kind === 'person')
      .map((sp) => sp.name);
    const vocabularyScanSeconds = round((performance.now() - tv) / 1000, 1);
    progress(
      `${passages} passages, ${vocab.terms} terms (vocabulary read in ${vocabularyScanSeconds} s, not measured)`,
    );
    const passageText = db.prepare<[number], string>('SELECT text FROM passages WHERE rowid = ?').pluck();
    const byCount = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
    const queries = makeQueries(createRng((seed ^ size) >>> 0), queriesPerSeries, {
      speakers: [...speakers.keys()],
      storedSpeakers,
      companies: [...companies.keys()],
      actors: [...actors.keys()],
      words: vocab,
      passage: (k) => passageText.get(1 + (k % Math.max(1, passages))) ?? '',
    });

    // ── Latency through the executor, as the adapters call it.
    const exec = createExecutor(rt, []);
    const commands: Record<string, Latency> = {};
    const runSeries = async (name: string, command: string, raws: Record<string, unknown>[]) => {
      const times: number[] = [];
      const asked: string[] = [];
      let userErrors = 0;
      let errors = 0;
      const start = performance.now();
      for (const raw of raws) {
        const t0 = performance.now();
        const reply = await exec.execute(command, raw, CALLER);
        times.push(performance.now() - t0);
        asked.push(`/${command} ${Object.values(raw).map(String).join(' ')}`.trim());
        if (reply.status === 'user-error') userErrors++;
        if (reply.status === 'error') errors++;
        if (times.length % 50 === 0) sample();
        if (performance.now() - start > budgetMs) break;
      }
      const l = summarise(times, asked, { userErrors, errors, cut: times.length < raws.length });
      commands[name] = l;
      progress(
        `  ${name.padEnd(16)} n=${l.n} p50=${l.p50} p99=${l.p99} max=${l.max} first=${l.first} ms (user errors ${userErrors}, errors ${errors})`,
      );
    };
    progress(`queries at ${size} documents`);
    await runSeries('who', 'who', queries.who);
    await runSeries('quote', 'quote', queries.quote);
    await runSeries('timeline', 'timeline', queries.timeline);
    await runSeries('timeline:all', 'timeline', queries.timelineAll);
    for (const [kind, list] of Object.entries(queries.search))
      await runSeries(
        `search:${kind}`,
        'search',
        list.map((words) => ({ words })),
      );

    // ── Baseline: the same /search queries as plain FTS5 bm25 on the same passages (title weighted 2,
    // 6 rows as /search asks for), and the product's store search alone for comparison.
    const fts5 = db.prepare<[string], number>(
      'SELECT rowid FROM passages WHERE passages MATCH ? ORDER BY bm25(passages, 2.0, 1.0) LIMIT 6',
    );
    /** The words the product searches for, quoted and ANDed; the last one a prefix by the product's rule. */
    const matchOf = (q: string): string | null => {
      const all = foldedWords(q);
      const last = all.at(-1) ?? '';
      const prefix = /[\p{L}\p{N}]$/u.test(q) && last.length >= MIN_PREFIX && !STOP_WORDS.has(last);
      const words = [...new Set(all.filter((w) => (w.length >= 2 || /\d/.test(w)) && !STOP_WORDS.has(w)))];
      if (words.length === 0) return null;
      return words.map((w) => `"${w}"${prefix && w === last ? '*' : ''}`).join(' AND ');
    };
    const baseline: SizeResult['baseline']['series'] = {};
    for (const [kind, list] of Object.entries(queries.search)) {
      const e2e = commands[`search:${kind}`];
      const asked = list.slice(0, e2e?.n ?? list.length);
      // The same time budget as a command series: plain bm25 on common words at 1M documents takes ~1 s a
      // query, and 1,000 of them took 18 minutes.
      const time = (fn: (q: string) => number) => {
        const times: number[] = [];
        let empty = 0;
        const start = performance.now();
        for (const q of asked) {
          const t0 = performance.now();
          const rows = fn(q);
          times.push(performance.now() - t0);
          if (rows === 0) empty++;
          if (performance.now() - start > budgetMs) break;
        }
        return summarise(times, asked, { userErrors: empty, cut: times.length < asked.length });
      };
      const f = time((q) => {
        const match = matchOf(q);
        return match === null ? 0 : fts5.all(match).length;
      });
      const s = time((q) => rt.store.searchPassages(q, { offset: 0, limit: 5 }).hits.length);
      baseline[kind] = {
        fts5: f,
        store: s,
        ratioP50: round((e2e?.p50 ?? 0) / Math.max(f.p50, 0.001), 2),
        ratioP50Store: round(s.p50 / Math.max(f.p50, 0.001), 2),
      };
      progress(
        `  fts5 ${kind.padEnd(7)} p50=${f.p50} p99=${f.p99} (no rows ${f.userErrors}); store.searchPassages p50=${s.p50} p99=${s.p99} ms`,
      );
    }
    sample();
    global.gc?.();
    const heapAfterGc = process.memoryUsage().heapUsed;
    rt.close();

    // ── Cold start: fresh processes on the data dir as it is now; the builder is idle meanwhile.
    const actorsByCount = byCount(actors);
    const coldQueries: ColdQueries = {
      search: queries.search.multi[0] ?? 'living off the land',
      // The most reported actor: the largest /who answer.
      who: actorsByCount[0] ?? 'APT31',
      typoSearch: queries.search.typo[0] ?? 'espoinage',
      typoWho: typo(createRng(seed), byCount(speakers)[0] ?? 'Oliver Dowden'),
    };
    progress(`cold start ×${coldRuns}`);
    const runs: ColdRun[] = [];
    for (let i = 0; i < coldRuns; i++) {
      const r = await coldStart(dataDir, coldQueries);
      runs.push(r);
      progress(
        r.error
          ? `  FAILED: ${r.error}`
          : `  first /search ${r.at.search} ms, /who ${r.at.who} ms, typo /search ${r.at.typoSearch} ms, typo /who ${r.at.typoWho} ms; peak RSS ${r.peakRssMb} MB, heap ${r.peakHeapMb} MB`,
      );
    }

    // ── Disk: the database file and its WAL, and the passage index's share of the file.
    let passageIndexMb: number | null = null;
    try {
      const bytes = db
        .prepare(
          "SELECT sum(pgsize) FROM dbstat WHERE name = 'passages' OR name LIKE 'passages\\_%' ESCAPE '\\'",
        )
        .pluck()
        .get() as number | null;
      passageIndexMb = mb(bytes ?? 0);
    } catch {
      // SQLite built without the dbstat table: the share stays unknown.
    }
    db.close();

    results.push({
      docs: size,
      passages,
      vocabulary: vocab.terms,
      ingest: {
        docsPerSec: round((size / ingestMs) * 1000, 1),
        seconds: round(ingestMs / 1000, 1),
        segment: {
          docs: size - segmentFrom,
          seconds: round(segmentMs / 1000, 1),
          docsPerSec: round(((size - segmentFrom) / segmentMs) * 1000, 1),
        },
        msPerDoc: {
          wall: perDoc(ingestMs),
          load: perDoc(stage.load),
          clean: perDoc(stage.clean),
          extract: perDoc(stage.extract),
          store: perDoc(stage.store),
        },
        chunkSize,
        ...counts,
        failures: [...failures],
        generateSeconds: round(generateMs / 1000, 1),
        generatedMb: mb(generatedChars),
      },
      commands,
      baseline: { series: baseline },
      coldStart: { queries: coldQueries, runs },
      memory: {
        builderPeakRssMb: mb(process.resourceUsage().maxRSS * 1024),
        builderPeakHeapMb: mb(peakHeap),
        builderHeapAfterGcMb: mb(heapAfterGc),
      },
      disk: { dbMb: mb(fileSize(dbFile)), walMb: mb(fileSize(`${dbFile}-wal`)), passageIndexMb },
      vocabularyScanSeconds,
    });
    writeFileSync(resultsFile, JSON.stringify(results, null, 2));
  }
}

// ─── Queries ────────────────────────────────────────────────────────────────────────────────────────

interface QuerySets {
  who: Record<string, unknown>[];
  quote: Record<string, unknown>[];
  timeline: Record<string, unknown>[];
  timelineAll: Record<string, unknown>[];
  search: { rare: string[]; common: string[]; multi: string[]; typo: string[]; prefix: string[] };
}

/** Words of the vocabulary to build /search queries from, chosen in one pass with bounded memory. */
interface VocabularyWords {
  /** Distinct terms (all of them, numbers and identifiers included). */
  terms: number;
  /** Words in at most 3 passages, 5+ letters. */
  rare: string[];
  /** The 150 words in most passages. */
  common: string[];
  /** Words below those, down to the rank of a third of all words by passage count. */
  middle: string[];
}

/** Sample size kept from the vocabulary: the queries are drawn from it, not from the whole list. */
const VOCABULARY_SAMPLE = 20_000;
const COMMON_WORDS = 150;

/**
 * Reads the FTS5 vocabulary once. Words (letters only, no stop words) are kept as a uniform reservoir
 * sample plus the most common ones and a histogram of passage counts; the "middle" band's lower bound is
 * read from the histogram. Memory stays bounded however many terms a million documents make.
 */
function scanVocabulary(
  rows: Iterable<{ term: string; doc: number }>,
  rng: Rng,
  stop: ReadonlySet<string>,
): VocabularyWords {
  let terms = 0;
  let words = 0;
  const reservoir: { term: string; doc: number }[] = [];
  const top: { term: string; doc: number }[] = []; // sorted by doc, descending
  const histogram = new Map<number, number>();
  for (const row of rows) {
    terms++;
    if (!/^[a-z]{3,}$/.test(row.term) || stop.has(row.term)) continue;
    words++;
    histogram.set(row.doc, (histogram.get(row.doc) ?? 0) + 1);
    if (reservoir.length < VOCABULARY_SAMPLE) reservoir.push(row);
    else {
      const j = rng.int(words);
      if (j < VOCABULARY_SAMPLE) reservoir[j] = row;
    }
    if (top.length < COMMON_WORDS || row.doc > (top.at(-1)?.doc ?? 0)) {
      let i = top.length;
      while (i > 0 && (top[i - 1]?.doc ?? 0) < row.doc) i--;
      top.splice(i, 0, row);
      if (top.length > COMMON_WORDS) top.pop();
    }
  }
  // The passage count at rank words/3: the middle band is everything at least that common.
  let floor = 1;
  let ranked = 0;
  for (const [doc, n] of [...histogram.entries()].sort((a, b) => b[0] - a[0])) {
    ranked += n;
    floor = doc;
    if (ranked >= words / 3) break;
  }
  const common = new Set(top.map((t) => t.term));
  return {
    terms,
    rare: reservoir.filter((v) => v.doc <= 3 && v.term.length >= 5).map((v) => v.term),
    common: [...common],
    middle: reservoir.filter((v) => v.doc >= floor && !common.has(v.term)).map((v) => v.term),
  };
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
    actors: string[];
    words: VocabularyWords;
    passage: (k: number) => string;
  },
): QuerySets {
  const times = <T>(make: () => T): T[] => Array.from({ length: n }, make);
  const surname = (name: string) => name.split(' ').at(-1) ?? name;
  const speakers = seen.speakers.length > 0 ? seen.speakers : ['Nobody Here'];
  const actors = seen.actors.length > 0 ? seen.actors : ['APT31'];
  const companies = seen.companies.length > 0 ? seen.companies : ['Nothing Ltd'];

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
    if (r < 0.95) return { name: rng.pick(companies) };
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
    return { topic: rng.pick(companies) };
  });
  // The whole corpus's timeline, or one or two years of it: no topic to narrow the events.
  const timelineAll = times((): Record<string, unknown> => {
    const from = String(2015 + rng.int(10));
    return rng.chance(0.5) ? { from, to: String(Number(from) + rng.int(2)) } : {};
  });

  const { rare, common, middle } = seen.words;
  const pick = (list: string[], fallback: string) => (list.length > 0 ? rng.pick(list) : fallback);
  const long = middle.filter((w) => w.length >= 6);
  return {
    who,
    quote,
    timeline,
    timelineAll,
    search: {
      rare: times(() => pick(rare, 'zzzzunseen')),
      common: times(() => pick(common, 'government')),
      // 2–4 consecutive words of a random passage.
      multi: times(() => {
        const toks = (seen.passage(rng.int(1 << 30)).match(/[\p{L}\p{N}'-]+/gu) ?? []).filter(
          (t) => t.length > 1,
        );
        const len = 2 + rng.int(3);
        const at = rng.int(Math.max(1, toks.length - len));
        return (
          toks
            .slice(at, at + len)
            .join(' ')
            .toLowerCase() || 'living off the land'
        );
      }),
      typo: times(() => typo(rng, pick(long.length > 0 ? long : common, 'espionage'))),
      // 4–6 letters: /search expands only a last word of 4+ letters (MIN_PREFIX) as a prefix.
      prefix: times(() => {
        const w = pick(rng.chance(0.5) ? common : middle, 'sanctions');
        return w.slice(0, Math.min(w.length, 4 + rng.int(3)));
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

/** Median over the cold runs that answered, of ms from process start to a step. */
const coldAt = (s: SizeResult, step: ColdStep): number | undefined =>
  median(s.coldStart.runs.flatMap((r) => (r.error || r.at[step] === undefined ? [] : [r.at[step]])));

function checkTargets(sizes: SizeResult[]): TargetCheck[] {
  const at = sizes.find((s) => s.docs === 100_000) ?? sizes.at(-1);
  if (!at) return [];
  const tag =
    at.docs === 100_000 ? '' : ` (at ${at.docs.toLocaleString('en-GB')} docs; targets are for 100k)`;
  const checks: TargetCheck[] = [];
  const ms = (x: number) => `${round(x, 1)} ms`;
  for (const c of ['who', 'quote', 'timeline', 'timeline:all']) {
    const l = at.commands[c];
    if (l)
      checks.push({
        target: `/${c === 'timeline:all' ? 'timeline without a topic' : c} p99${tag}`,
        limit: '≤ 50 ms',
        measured: ms(l.p99),
        met: l.p99 <= 50,
      });
  }
  const searches = Object.entries(at.commands).filter(([k]) => k.startsWith('search:'));
  const worst = searches.reduce((a, b) => (b[1].p99 > a[1].p99 ? b : a));
  checks.push({
    target: `/search p99, every query kind${tag}`,
    limit: '≤ 150 ms',
    measured: `${ms(worst[1].p99)} (worst: ${worst[0].slice(7)})`,
    met: worst[1].p99 <= 150,
  });
  // Typo queries are left out: plain FTS5 has no typo tolerance, finds nothing and so does no work.
  const ratios = Object.entries(at.baseline.series)
    .filter(([k]) => k !== 'typo')
    .map(([k, s]) => ({ k, r: s.ratioP50 }));
  const worstRatio = ratios.reduce((a, b) => (b.r > a.r ? b : a), { k: '', r: 0 });
  const typoRatio = at.baseline.series.typo?.ratioP50;
  checks.push({
    target: `/search p50 vs plain FTS5 p50${tag}`,
    limit: '≤ 2×',
    measured: `${worstRatio.r}× (worst: ${worstRatio.k}; typo ${typoRatio ?? '–'}×, not comparable)`,
    met: worstRatio.r <= 2,
  });
  checks.push({
    target: `ingest${tag}`,
    limit: '≥ 500 docs/s',
    measured: `${at.ingest.docsPerSec} docs/s`,
    met: at.ingest.docsPerSec >= 500,
  });
  const cold = coldAt(at, 'search');
  const coldWho = coldAt(at, 'who');
  checks.push({
    target: `cold start to first /search and /who answers${tag}`,
    limit: '≤ 3 s',
    measured:
      cold === undefined || coldWho === undefined
        ? (at.coldStart.runs[0]?.error ?? 'failed')
        : `${round(cold / 1000, 2)} s, ${round(coldWho / 1000, 2)} s (median of ${at.coldStart.runs.length})`,
    met: cold !== undefined && coldWho !== undefined && coldWho <= 3000,
  });
  const servingHeap = Math.max(0, ...at.coldStart.runs.map((r) => r.peakHeapMb));
  const heap = Math.max(servingHeap, at.memory.builderPeakHeapMb);
  checks.push({
    target: `peak heap, serving and ingesting${tag}`,
    limit: '≤ 1 GB',
    measured: `${servingHeap} MB serving, ${at.memory.builderPeakHeapMb} MB ingesting`,
    met: servingHeap > 0 && heap <= 1024,
  });
  const worstWarm = Object.entries(at.commands).reduce((a, b) => (b[1].max > a[1].max ? b : a));
  const worstCold = Math.max(
    0,
    ...at.coldStart.runs.map((r) => (r.error ? Number.POSITIVE_INFINITY : (r.at.typoWho ?? 0))),
  );
  checks.push({
    target: `Slack/Discord 3 s: slowest single answer${tag}`,
    limit: '< 3 s',
    measured: `${ms(worstWarm[1].max)} warm (${worstWarm[1].slowest}); all four cold-start answers within ${round(worstCold / 1000, 2)} s of process start`,
    met: worstWarm[1].max < 3000,
  });
  return checks;
}

function table(r: Results): string {
  const sizes = r.sizes;
  const head = ['', ...sizes.map((s) => `${s.docs.toLocaleString('en-GB')} docs`)];
  const rows: string[][] = [];
  const row = (label: string, f: (s: SizeResult) => string) => rows.push([label, ...sizes.map(f)]);
  const section = (label: string) => rows.push([label, ...sizes.map(() => '')]);
  const lat = (l: Latency | undefined) =>
    l ? `${l.p50} / ${l.p99} / ${l.max}${l.cut ? ` (n=${l.n})` : ''}` : '–';
  const secs = (ms: number | undefined) => (ms === undefined ? '–' : `${round(ms / 1000, 2)}`);
  const step = (s: SizeResult, from: ColdStep, to: ColdStep) => {
    const a = coldAt(s, from);
    const b = coldAt(s, to);
    return a === undefined || b === undefined ? undefined : b - a;
  };

  row(
    'passages · vocabulary terms',
    (s) => `${s.passages.toLocaleString('en-GB')} · ${s.vocabulary.toLocaleString('en-GB')}`,
  );
  row(
    'ingest docs/s (whole corpus · segment)',
    (s) => `${s.ingest.docsPerSec} · ${s.ingest.segment.docsPerSec}`,
  );
  row('  ms/doc wall · clean* · extract* · store', (s) => {
    const m = s.ingest.msPerDoc;
    return `${m.wall} · ${m.clean} · ${m.extract} · ${m.store}`;
  });
  row('  failed · duplicates', (s) => `${s.ingest.failed} · ${s.ingest.duplicates}`);
  section('latency ms p50 / p99 / max');
  for (const name of Object.keys(sizes[0]?.commands ?? {})) row(`  /${name}`, (s) => lat(s.commands[name]));
  section('plain FTS5 p50 / p99 / max (ratio†)');
  for (const kind of Object.keys(sizes[0]?.baseline.series ?? {}))
    row(`  ${kind}`, (s) => {
      const x = s.baseline.series[kind];
      return x ? `${lat(x.fts5)} (${x.ratioP50}× · ${x.ratioP50Store}×)` : '–';
    });
  row(
    'cold start s → first /search · /who',
    (s) => `${secs(coldAt(s, 'search'))} · ${secs(coldAt(s, 'who'))}`,
  );
  row(
    '  of which node+imports · openRuntime',
    (s) => `${secs(coldAt(s, 'imported'))} · ${secs(step(s, 'imported', 'opened'))}`,
  );
  row(
    '  then first typo /search · typo /who',
    (s) => `${secs(step(s, 'who', 'typoSearch'))} · ${secs(step(s, 'typoSearch', 'typoWho'))}`,
  );
  row('serving peak RSS / heap MB', (s) => {
    const ok = s.coldStart.runs.filter((c) => !c.error);
    if (ok.length === 0) return s.coldStart.runs.length > 0 ? 'FAILED' : '–';
    return `${Math.max(...ok.map((c) => c.peakRssMb))} / ${Math.max(...ok.map((c) => c.peakHeapMb))}`;
  });
  row('builder peak RSS / heap MB', (s) => `${s.memory.builderPeakRssMb} / ${s.memory.builderPeakHeapMb}`);
  row(
    'sitrep.db · -wal · passage index MB',
    (s) => `${s.disk.dbMb} · ${s.disk.walMb} · ${s.disk.passageIndexMb ?? '?'}`,
  );

  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((x) => (x[i] ?? '').length)));
  const fmt = (x: string[]) =>
    x.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  const runs = sizes[0]?.coldStart.runs.length ?? 0;
  const lines = [
    fmt(head),
    ...rows.map(fmt),
    '',
    '* clean and extract are timed inside the extraction worker threads and summed over them, so they can',
    '  add up to more than the wall time (on a busy machine they include waiting for a core). Ingest goes',
    `  through runtime.ingest() in chunks of ${r.settings.chunkSize.toLocaleString('en-GB')} generated documents; generating them is not counted.`,
    '† ratio = product p50 / plain FTS5 p50: /search through the executor, then store.searchPassages alone.',
    '  Plain FTS5 = the same words quoted and ANDed (last word a prefix when /search makes it one),',
    '  ORDER BY bm25 LIMIT 6. The product does more: planning (vocabulary check, word forms, typo',
    '  alternatives), the OR fallback, 24 rows for one-passage-per-document ordering, the count of matches,',
    '  highlighting and citations. Plain FTS5 has no typo tolerance: for typo queries it mostly finds nothing.',
    `Cold start: median of ${runs} fresh processes (node --import tsx, as npm start runs) on the data dir;`,
    '  the typo /search and /who are asked after the first two answers (they fill the lexicons).',
    `(n=…) marks a series the ${r.settings.budgetSecondsPerSeries} s budget stopped early.`,
    `Machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGb} GB, Node ${r.machine.node}. Commit ${r.git ?? '?'}.`,
  ];
  if (r.targets.length > 0) {
    lines.push('', 'Targets:');
    for (const t of r.targets)
      lines.push(
        `  ${t.met === null ? '?     ' : t.met ? 'met   ' : 'MISSED'}  ${t.target}: ${t.measured} (target ${t.limit})`,
      );
  }
  return lines.join('\n');
}

async function mainPhase(): Promise<void> {
  const docs = num(argv.docs, 'docs');
  const sizes = argv.sizes
    ? [...new Set(argv.sizes.split(',').map((s) => num(s, 'sizes')))].sort((a, b) => a - b)
    : [...new Set([...STANDARD_SIZES.filter((s) => s <= docs), docs])].sort((a, b) => a - b);
  const quick = Math.max(...sizes) <= 10_000;
  const budget = argv.budget ?? (quick ? '3' : '60');
  const heapMb = num(argv['heap-mb'], 'heap-mb');
  const startedAt = new Date();
  // Read before the run: the work tree may move while a long run goes on.
  const git = gitRevision();
  const work = mkdtempSync(join(os.tmpdir(), 'sitrep-bench-'));
  process.stderr.write(`bench: sizes ${sizes.join(', ')}; work dir ${work}\n`);

  const t0 = performance.now();
  const child = spawn(
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
      '--chunk',
      argv.chunk ?? '2000',
      '--cold-runs',
      argv['cold-runs'] ?? '3',
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
      chunkSize: num(argv.chunk, 'chunk'),
      coldRuns: num(argv['cold-runs'], 'cold-runs'),
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
  phase === 'build' ? buildPhase : phase === 'cold' ? coldPhase : phase === 'query' ? queryPhase : mainPhase;
run().catch((err: unknown) => {
  process.stderr.write(
    `bench (${phase}): ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exitCode = 1;
});
