// A replica of the scaling curve: its own process and runtime on the shared PostgreSQL database, as a
// replica of `npm start` would be. It warms its lexicons as `npm start` does, asks a few of each question
// and then the mix for a few seconds (its pool's connections open, the JIT warms), says it is ready, and on the parent's signal asks the fixed mix of
// questions as fast as it can, `--scale-concurrency` at a time, until the time the signal gave. Then it
// reports every latency and its own CPU time on stdout.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createExecutor } from '../../src/app/executor.js';
import { createRng, type Rng } from '../corpus.js';
import { type BenchArgs, num } from './args.js';
import { openBenchRuntime } from './bench-runtime.js';
import type { QuerySets } from './queries.js';
import { CALLER, round } from './util.js';

export const REPLICA_MARK = 'BENCH_REPLICA ';

type Raw = Record<string, unknown>;

/** The questions a replica asks, and how often: chat's likely mix, /who and /search the most. */
export const MIX: Record<string, number> = {
  who: 3,
  quote: 2,
  timeline: 2,
  'timeline:all': 1,
  'search:rare': 1,
  'search:common': 1,
  'search:multi': 1,
  'search:typo': 1,
  'search:prefix': 1,
};

/** What a replica reports when its window has ended. */
export interface ReplicaReport {
  step: 'done';
  /** Every command's latency, ms, in the order finished. */
  times: number[];
  errors: number;
  userErrors: number;
  cpuSeconds: number;
}

interface Series {
  command: string;
  raws: Raw[];
}

/** Each series of the mix with a query, as many times over as its weight. */
function weightedSeries(q: QuerySets): Series[] {
  const lists: Record<string, [string, Raw[]]> = {
    who: ['who', q.who],
    quote: ['quote', q.quote],
    timeline: ['timeline', q.timeline],
    'timeline:all': ['timeline', q.timelineAll],
  };
  for (const [kind, words] of Object.entries(q.search))
    lists[`search:${kind}`] = ['search', words.map((w) => ({ words: w }))];
  return Object.entries(MIX).flatMap(([name, weight]) => {
    const [command, raws] = lists[name] ?? ['', []];
    const series: Series = { command, raws };
    return raws.length > 0 ? Array.from({ length: weight }, () => series) : [];
  });
}

/** A question drawn from the mix: a series by its weight, then one of its queries. */
function draw(rng: Rng, weighted: Series[]): { command: string; raw: Raw } {
  const s = rng.pick(weighted);
  return { command: s.command, raw: rng.pick(s.raws) };
}

const say = (line: object) => process.stdout.write(`${REPLICA_MARK}${JSON.stringify(line)}\n`);

/** The parent's start signal: one line on stdin, `{"until": epoch ms}`. */
async function startSignal(): Promise<number> {
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    lines.close();
    return Number((JSON.parse(line) as { until: number }).until);
  }
  throw new Error('stdin closed before the start signal');
}

/** Before the window: every series a few times, then the mix for this long (the JIT and caches warm). */
const WARM_UP_MS = 3000;

export async function replicaPhase(argv: BenchArgs): Promise<void> {
  const rt = await openBenchRuntime(argv.dir ?? '', argv['database-url']);
  const exec = createExecutor(rt, []);
  const kept = JSON.parse(readFileSync(argv['queries-file'] ?? '', 'utf8')) as { queries: QuerySets };
  const weighted = weightedSeries(kept.queries);
  const rng = createRng((num(argv.seed, 'seed') ^ (0x5ca1e + num(argv.replica, 'replica'))) >>> 0);
  const concurrency = num(argv['scale-concurrency'], 'scale-concurrency');
  const tally = { times: [] as number[], errors: 0, userErrors: 0 };
  /** The mix, `concurrency` questions in flight, until `until` (epoch ms); each answer to `record`. */
  const runMix = (until: number, record: (ms: number, status: string) => void) =>
    Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (Date.now() < until) {
          const { command, raw } = draw(rng, weighted);
          const t0 = performance.now();
          const reply = await exec.execute(command, raw, CALLER);
          record(performance.now() - t0, reply.status);
        }
      }),
    );
  await rt.corpus.warm();
  for (const s of new Set(weighted))
    for (const raw of s.raws.slice(0, 5)) await exec.execute(s.command, raw, CALLER);
  await runMix(Date.now() + WARM_UP_MS, () => {});
  say({ step: 'ready' });
  const until = await startSignal();
  const cpu0 = process.cpuUsage();
  await runMix(until, (ms, status) => {
    tally.times.push(round(ms, 3));
    if (status === 'error') tally.errors++;
    if (status === 'user-error') tally.userErrors++;
  });
  const cpu = process.cpuUsage(cpu0);
  const report: ReplicaReport = {
    step: 'done',
    ...tally,
    cpuSeconds: round((cpu.user + cpu.system) / 1e6, 3),
  };
  say(report);
  await rt.close();
}
