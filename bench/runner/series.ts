// Latency of each question command through the executor, as the adapters call it (zod input, the
// command, reply building; not platform rendering), one series per query mix, each under a time budget.
import type { Executor } from '../../src/app/executor.js';
import type { CatalogueQueries } from './knowledge.js';
import type { QuerySets } from './queries.js';
import type { Latency } from './types.js';
import { CALLER, progress, summarise } from './util.js';

type Raw = Record<string, unknown>;

/** Asks `raws` in order until done or `budgetMs` has passed; `sample` runs every 50 queries. */
async function runSeries(
  exec: Executor,
  command: string,
  raws: Raw[],
  opts: { budgetMs: number; sample: () => void },
): Promise<Latency> {
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
    if (times.length % 50 === 0) opts.sample();
    if (performance.now() - start > opts.budgetMs) break;
  }
  return summarise(times, asked, { userErrors, errors, cut: times.length < raws.length });
}

const byName = (names: string[]): Raw[] => names.map((name) => ({ name }));

/**
 * Every series: who (and with catalogues loaded, who on catalogue malware names and on CVEs), quote,
 * timeline (with and without a topic), then each /search kind as `search:KIND`.
 */
export async function runCommands(
  exec: Executor,
  queries: QuerySets & { catalogue: CatalogueQueries | null },
  opts: { budgetMs: number; sample: () => void },
): Promise<Record<string, Latency>> {
  const catalogue = queries.catalogue;
  const plan: [string, string, Raw[]][] = [
    ['who', 'who', queries.who],
    ...(catalogue
      ? ([
          ['who:malware', 'who', byName(catalogue.malware)],
          ['who:cve', 'who', byName(catalogue.cve)],
        ] as [string, string, Raw[]][])
      : []),
    ['quote', 'quote', queries.quote],
    ['timeline', 'timeline', queries.timeline],
    ['timeline:all', 'timeline', queries.timelineAll],
    ...Object.entries(queries.search).map(([kind, list]): [string, string, Raw[]] => [
      `search:${kind}`,
      'search',
      list.map((words) => ({ words })),
    ]),
  ];
  const commands: Record<string, Latency> = {};
  for (const [name, command, raws] of plan) {
    const l = await runSeries(exec, command, raws, opts);
    commands[name] = l;
    progress(
      `  ${name.padEnd(16)} n=${l.n} p50=${l.p50} p99=${l.p99} max=${l.max} first=${l.first} ms (user errors ${l.userErrors}, errors ${l.errors})`,
    );
  }
  return commands;
}
