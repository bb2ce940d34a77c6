// The cold-start child: a fresh process that opens an existing data dir (with --database-url, the
// PostgreSQL database) the way `npm start` does and answers its first questions, reporting each step on
// stdout as it finishes (the parent times the lines as they arrive). The app is imported here,
// dynamically, so that "imported" marks the app loaded. With catalogues loaded, the snapshot is read in
// the background as `npm start` reads it, and a /who on a catalogue name is asked first: the time to that
// answer includes the read.
import type { BenchArgs } from './args.js';
import type { ColdQueries, ColdStep } from './types.js';
import { CALLER, mb } from './util.js';

export const COLD_MARK = 'BENCH_COLD ';

export async function coldPhase(argv: BenchArgs): Promise<void> {
  const queries = JSON.parse(argv['cold-queries'] ?? '{}') as ColdQueries;
  let peakHeap = 0;
  const done = (step: ColdStep | 'end', extra: Record<string, unknown> = {}) => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    process.stdout.write(`${COLD_MARK}${JSON.stringify({ step, ...extra })}\n`);
  };
  const { openBenchRuntime } = await import('./bench-runtime.js');
  const { createExecutor } = await import('../../src/app/executor.js');
  const { warmKnowledge } = await import('../../src/app/knowledge-warm.js');
  done('imported');
  const rt = await openBenchRuntime(argv.dir ?? '', argv['database-url']);
  done('opened');
  const exec = createExecutor(rt, []);
  const { warming } = await warmKnowledge(rt, rt.logger, { background: true });
  const ask = async (step: ColdStep, command: string, raw: Record<string, unknown>) => {
    const reply = await exec.execute(command, raw, CALLER);
    done(step, { status: reply.status, title: reply.title });
  };
  if (queries.whoCatalogue) await ask('whoCatalogue', 'who', { name: queries.whoCatalogue });
  await ask('search', 'search', { words: queries.search });
  await ask('who', 'who', { name: queries.who });
  await ask('typoSearch', 'search', { words: queries.typoSearch }); // fills the vocabulary lexicon
  await ask('typoWho', 'who', { name: queries.typoWho }); // fills the name lexicon
  done('end', {
    peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
    peakHeapMb: mb(peakHeap),
  });
  await warming;
  await rt.close();
}
