// What `npm run bench` runs: a builder per store (SQLite, then PostgreSQL, as --store says), each to the
// end, then on PostgreSQL the replicas' scaling curve; then prints the table and writes the JSON
// (bench/results/<start>.json and latest.json) with the machine, the commit and the settings.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { type BenchArgs, num, replicaCounts, storesOf } from './args.js';
import { type BenchDatabase, openBenchDatabase } from './bench-database.js';
import { checkPostgresTargets } from './postgres-targets.js';
import { measureScaling } from './scaling.js';
import { table } from './table.js';
import { checkTargets } from './targets.js';
import type {
  BuilderExit,
  KnowledgeInfo,
  LoadSamples,
  PostgresRun,
  Results,
  SizeResult,
  StoreName,
} from './types.js';
import { gitRevision, machineInfo, progress, ROOT, RUN_SCRIPT, round } from './util.js';

/** The sizes `--docs N` measures, those up to N (and N itself). */
const STANDARD_SIZES = [1000, 10_000, 100_000, 1_000_000];

function sizesOf(argv: BenchArgs): number[] {
  const docs = num(argv.docs, 'docs');
  const sizes = argv.sizes
    ? argv.sizes.split(',').map((s) => num(s, 'sizes'))
    : [...STANDARD_SIZES.filter((s) => s <= docs), docs];
  return [...new Set(sizes)].sort((a, b) => a - b);
}

interface Plan {
  work: string;
  sizes: number[];
  budget: string;
  heapMb: number;
}

/** Runs one store's builder to the end in WORK/<store>; its results are in its results.json, size by size. */
async function runBuilder(argv: BenchArgs, plan: Plan, store: StoreName, databaseUrl?: string) {
  const dir = join(plan.work, store);
  mkdirSync(dir, { recursive: true });
  progress(`${store}: building ${plan.sizes.join(', ')} documents`);
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    [
      ...['--import', 'tsx', `--max-old-space-size=${plan.heapMb}`, '--expose-gc', RUN_SCRIPT],
      ...['--phase', 'build', '--dir', dir, '--queries-dir', plan.work, '--sizes', plan.sizes.join(',')],
      ...['--seed', argv.seed ?? '20240325', '--queries', argv.queries ?? '1000', '--budget', plan.budget],
      ...['--chunk', argv.chunk ?? '2000', '--cold-runs', argv['cold-runs'] ?? '3'],
      ...(argv.knowledge === undefined ? [] : ['--knowledge', resolve(argv.knowledge)]),
      ...(databaseUrl ? ['--database-url', databaseUrl] : []),
    ],
    { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  const exit = await new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const file = join(dir, 'results.json');
  const sizes = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SizeResult[]) : [];
  const builder: BuilderExit = {
    exitCode: exit.code,
    signal: exit.signal,
    seconds: round((performance.now() - t0) / 1000, 1),
    ...(exit.code === 0
      ? {}
      : { note: `builder stopped after ${sizes.map((s) => s.docs).join(', ') || 'no size'}` }),
  };
  return { sizes, builder, knowledge: readKnowledgeInfo(dir) };
}

/** What the builder imported (`--knowledge`), or null when the run had no catalogues. */
function readKnowledgeInfo(dir: string): KnowledgeInfo | null {
  const file = join(dir, 'knowledge.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as KnowledgeInfo) : null;
}

/** PostgreSQL's builder, then the scaling curve on the largest size it reached. */
async function runPostgres(argv: BenchArgs, plan: Plan, db: BenchDatabase, sqlite: SizeResult[]) {
  const built = await runBuilder(argv, plan, 'postgres', db.url);
  const largest = built.sizes.at(-1);
  const counts = replicaCounts(argv.replicas);
  let scaling: PostgresRun['scaling'] = null;
  let scalingError: string | undefined;
  if (largest && counts.length > 0)
    try {
      scaling = await measureScaling({
        db,
        queriesFile: join(plan.work, `queries-${largest.docs}.json`),
        docs: largest.docs,
        dataDir: join(plan.work, 'postgres', 'replicas'),
        counts,
        seconds: num(argv['scale-seconds'], 'scale-seconds'),
        concurrency: num(argv['scale-concurrency'], 'scale-concurrency'),
        seed: num(argv.seed, 'seed'),
      });
    } catch (err) {
      scalingError = err instanceof Error ? err.message : String(err);
      progress(`scaling stopped: ${scalingError}`);
    }
  const run: PostgresRun = {
    server: db.server,
    sizes: built.sizes,
    builder: built.builder,
    targets: checkPostgresTargets(built.sizes, sqlite),
    scaling,
    ...(scalingError ? { scalingError } : {}),
  };
  return { run, knowledge: built.knowledge };
}

/** The 1-minute load average every 15 s while the run goes on: how busy the shared machine was. */
function sampleLoad(): { stop(): LoadSamples } {
  const samples = [os.loadavg()[0] ?? 0];
  const timer = setInterval(() => samples.push(os.loadavg()[0] ?? 0), 15_000);
  return {
    stop() {
      clearInterval(timer);
      samples.push(os.loadavg()[0] ?? 0);
      const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
      return {
        samples: samples.length,
        min: round(Math.min(...samples)),
        mean: round(mean),
        max: round(Math.max(...samples)),
      };
    },
  };
}

function writeResults(out: string, startedAt: Date, results: Results): string {
  mkdirSync(out, { recursive: true });
  const file = join(out, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const json = JSON.stringify(results, null, 2);
  writeFileSync(file, json);
  writeFileSync(join(out, 'latest.json'), json);
  return file;
}

const NOT_RUN: BuilderExit = {
  exitCode: null,
  signal: null,
  seconds: 0,
  note: 'SQLite not measured (--store)',
};

export async function mainPhase(argv: BenchArgs): Promise<void> {
  const stores = storesOf(argv);
  const sizes = sizesOf(argv);
  replicaCounts(argv.replicas); // a bad list stops the run before anything is built
  const budget = argv.budget ?? (Math.max(...sizes) <= 10_000 ? '3' : '60');
  const plan: Plan = { work: '', sizes, budget, heapMb: num(argv['heap-mb'], 'heap-mb') };
  const startedAt = new Date();
  // Read before the run: the work tree may move while a long run goes on.
  const git = gitRevision();
  // Opened first, so a missing server stops the run before SQLite's half is spent.
  const db = stores.includes('postgres') ? await openBenchDatabase(argv['database-url']) : null;
  plan.work = mkdtempSync(join(os.tmpdir(), 'sitrep-bench-'));
  process.stderr.write(`bench: ${stores.join(' and ')}; sizes ${sizes.join(', ')}; work dir ${plan.work}\n`);
  const load = sampleLoad();
  const t0 = performance.now();
  let sqlite: Awaited<ReturnType<typeof runBuilder>> | null = null;
  let postgres: Awaited<ReturnType<typeof runPostgres>> | null = null;
  try {
    sqlite = stores.includes('sqlite') ? await runBuilder(argv, plan, 'sqlite') : null;
    postgres = db ? await runPostgres(argv, plan, db, sqlite?.sizes ?? []) : null;
  } finally {
    await db?.close(argv.keep);
  }
  const seconds = round((performance.now() - t0) / 1000, 1);
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
      builderHeapLimitMb: plan.heapMb,
    },
    knowledge: sqlite?.knowledge ?? postgres?.knowledge ?? null,
    stores,
    sizes: sqlite?.sizes ?? [],
    builder: sqlite?.builder ?? NOT_RUN,
    targets: checkTargets(sqlite?.sizes ?? []),
    postgres: postgres?.run ?? null,
    load: load.stop(),
  };
  const file = writeResults(argv.out, startedAt, results);
  process.stdout.write(`\n${table(results)}\n\nTotal ${seconds} s. JSON: ${file}\n`);
  if (!argv.keep) rmSync(plan.work, { recursive: true, force: true });
  else process.stderr.write(`kept ${plan.work}${db?.server.kind === 'external' ? ` and ${db.url}` : ''}\n`);
  const failed = [sqlite?.builder, postgres?.run.builder].some((b) => b && b.exitCode !== 0);
  if (failed) process.exitCode = 1;
}
