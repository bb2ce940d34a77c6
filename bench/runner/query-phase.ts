// `--phase query --db DIR/sitrep.db --command who --queries-file q.json` (add `--database-url URL` for
// PostgreSQL): opens the store as the app does and runs the raw inputs of the file (a JSON array such as
// `[{"name":"APT1"}]`), one result line each. Not used by the benchmark itself: a target for
// `node --import tsx --cpu-prof bench/run.ts …`.
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createExecutor } from '../../src/app/executor.js';
import { type BenchArgs, num } from './args.js';
import { openBenchRuntime } from './bench-runtime.js';
import { CALLER } from './util.js';

const QUERY_MARK = 'BENCH_Q ';

export async function queryPhase(argv: BenchArgs): Promise<void> {
  const rt = await openBenchRuntime(dirname(argv.db ?? ''), argv['database-url']);
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
  await rt.close();
}
