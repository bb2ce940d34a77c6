// What `npm run bench` runs: spawns the builder, waits for it, then prints the table and writes the
// JSON (bench/results/<start>.json and latest.json) with the machine, the commit and the settings.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { type BenchArgs, num } from './args.js';
import { table } from './table.js';
import { checkTargets } from './targets.js';
import type { KnowledgeInfo, Results, SizeResult } from './types.js';
import { gitRevision, machineInfo, ROOT, RUN_SCRIPT, round } from './util.js';

/** The sizes `--docs N` measures, those up to N (and N itself). */
const STANDARD_SIZES = [1000, 10_000, 100_000, 1_000_000];

function sizesOf(argv: BenchArgs): number[] {
  const docs = num(argv.docs, 'docs');
  const sizes = argv.sizes
    ? argv.sizes.split(',').map((s) => num(s, 'sizes'))
    : [...STANDARD_SIZES.filter((s) => s <= docs), docs];
  return [...new Set(sizes)].sort((a, b) => a - b);
}

/** Runs the builder to the end; its results are in WORK/results.json, size by size. */
async function runBuilder(argv: BenchArgs, work: string, sizes: number[], budget: string, heapMb: number) {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      `--max-old-space-size=${heapMb}`,
      '--expose-gc',
      RUN_SCRIPT,
      ...['--phase', 'build', '--dir', work, '--sizes', sizes.join(',')],
      ...['--seed', argv.seed ?? '20240325', '--queries', argv.queries ?? '1000', '--budget', budget],
      ...['--chunk', argv.chunk ?? '2000', '--cold-runs', argv['cold-runs'] ?? '3'],
      ...(argv.knowledge === undefined ? [] : ['--knowledge', resolve(argv.knowledge)]),
    ],
    { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  return new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
}

/** What the builder imported (`--knowledge`), or null when the run had no catalogues. */
function readKnowledgeInfo(work: string): KnowledgeInfo | null {
  const file = join(work, 'knowledge.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as KnowledgeInfo) : null;
}

function writeResults(out: string, startedAt: Date, results: Results): string {
  mkdirSync(out, { recursive: true });
  const file = join(out, `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const json = JSON.stringify(results, null, 2);
  writeFileSync(file, json);
  writeFileSync(join(out, 'latest.json'), json);
  return file;
}

export async function mainPhase(argv: BenchArgs): Promise<void> {
  const sizes = sizesOf(argv);
  const budget = argv.budget ?? (Math.max(...sizes) <= 10_000 ? '3' : '60');
  const heapMb = num(argv['heap-mb'], 'heap-mb');
  const startedAt = new Date();
  // Read before the run: the work tree may move while a long run goes on.
  const git = gitRevision();
  const work = mkdtempSync(join(os.tmpdir(), 'sitrep-bench-'));
  process.stderr.write(`bench: sizes ${sizes.join(', ')}; work dir ${work}\n`);
  const t0 = performance.now();
  const exit = await runBuilder(argv, work, sizes, budget, heapMb);
  const seconds = round((performance.now() - t0) / 1000, 1);
  const resultsFile = join(work, 'results.json');
  const done: SizeResult[] = existsSync(resultsFile)
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
    knowledge: readKnowledgeInfo(work),
    sizes: done,
    builder: {
      exitCode: exit.code,
      signal: exit.signal,
      seconds,
      ...(exit.code === 0
        ? {}
        : { note: `builder stopped after ${done.map((s) => s.docs).join(', ') || 'no size'}` }),
    },
    targets: checkTargets(done),
  };
  const file = writeResults(argv.out, startedAt, results);
  process.stdout.write(`\n${table(results)}\n\nTotal ${seconds} s. JSON: ${file}\n`);
  if (!argv.keep) rmSync(work, { recursive: true, force: true });
  else process.stderr.write(`kept ${work}\n`);
  if (exit.code !== 0) process.exitCode = 1;
}
