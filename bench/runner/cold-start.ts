// Cold start, measured from outside: the OS page cache is dropped where the machine allows it (root,
// and a kernel that lets this container write /proc/sys/vm/drop_caches), then a fresh process opens
// the data dir and answers; the parent times each step from spawning it. Where the cache cannot be
// dropped, the run says so and the figure is a warm start (files the builder just wrote still in memory).
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRng } from '../corpus.js';
import { COLD_MARK } from './cold-child.js';
import type { Tally } from './ingest.js';
import { type QuerySets, typo } from './queries.js';
import type { ColdQueries, ColdRun, ColdStep, PageCache, SizeResult } from './types.js';
import { progress, ROOT, RUN_SCRIPT, round } from './util.js';

/** A cold-start child that has not answered by then is reported as failed. */
const COLD_LIMIT_MS = 20 * 60_000;

/** `Cached:` of /proc/meminfo in MB, or null where there is none. */
function cachedMb(): number | null {
  try {
    const m = /^Cached:\s+(\d+) kB/m.exec(readFileSync('/proc/meminfo', 'utf8'));
    return m ? round(Number(m[1]) / 1024, 1) : null;
  } catch {
    return null;
  }
}

/** Writes dirty pages out, then asks the kernel to drop the page cache, dentries and inodes. */
export function dropPageCache(): Pick<ColdRun, 'pageCache' | 'pageCacheNote' | 'cachedMb'> {
  if (process.platform !== 'linux')
    return { pageCache: 'warm', pageCacheNote: `not Linux (${process.platform})` };
  const before = cachedMb();
  try {
    execFileSync('sync');
    writeFileSync('/proc/sys/vm/drop_caches', '3');
  } catch (err) {
    const note = err instanceof Error ? (err.message.split('\n')[0] ?? err.message) : String(err);
    return { pageCache: 'warm', pageCacheNote: note };
  }
  const after = cachedMb();
  return {
    pageCache: 'dropped',
    ...(before !== null && after !== null ? { cachedMb: { before, after } } : {}),
  };
}

/** How a size's cold-start runs are labelled in the table and the JSON. */
export function coldLabel(runs: { pageCache: PageCache }[]): string {
  if (runs.length > 0 && runs.every((r) => r.pageCache === 'dropped')) return 'cold (page cache dropped)';
  if (runs.every((r) => r.pageCache === 'warm')) return 'warm start';
  return 'mixed (page cache dropped for some runs only)';
}

interface ColdLine {
  step: ColdStep | 'end';
  status?: string;
  title?: string;
  peakRssMb?: number;
  peakHeapMb?: number;
}

/** Records one line of the child's report in `run`; true at the last. */
function record(run: ColdRun, m: ColdLine, atMs: number): boolean {
  if (m.step === 'end') {
    run.peakRssMb = m.peakRssMb ?? 0;
    run.peakHeapMb = m.peakHeapMb ?? 0;
    return true;
  }
  run.at[m.step] = round(atMs, 1);
  if (m.status) run.statuses[m.step] = m.status;
  if (m.title !== undefined) run.titles = { ...run.titles, [m.step]: m.title };
  return false;
}

/**
 * Spawns a fresh `node --import tsx` (as `npm start` runs) on the data dir, or on the PostgreSQL database
 * `databaseUrl` names, and times its answers.
 */
export async function coldStart(
  dataDir: string,
  queries: ColdQueries,
  databaseUrl?: string | undefined,
): Promise<ColdRun> {
  const run: ColdRun = { at: {}, statuses: {}, peakRssMb: 0, peakHeapMb: 0, ...dropPageCache() };
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      RUN_SCRIPT,
      '--phase',
      'cold',
      '--dir',
      dataDir,
      '--cold-queries',
      JSON.stringify(queries),
      ...(databaseUrl ? ['--database-url', databaseUrl] : []),
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const timer = setTimeout(() => child.kill('SIGKILL'), COLD_LIMIT_MS);
  let buffer = '';
  let err = '';
  let ended = false;
  child.stdout.on('data', (chunk: Buffer) => {
    const now = performance.now();
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines)
      if (line.startsWith(COLD_MARK))
        ended = record(run, JSON.parse(line.slice(COLD_MARK.length)) as ColdLine, now - started) || ended;
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

const byCount = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);

function describe(r: ColdRun, whoCatalogue: string | undefined): string {
  if (r.error) return `  FAILED: ${r.error}`;
  const cache =
    r.pageCache === 'dropped'
      ? 'page cache dropped'
      : `page cache warm (${r.pageCacheNote ?? 'not dropped'})`;
  const first = r.at.whoCatalogue ? `first /who ${whoCatalogue} ${r.at.whoCatalogue} ms, ` : '';
  return `  ${cache}: ${first}first /search ${r.at.search} ms, /who ${r.at.who} ms, typo /search ${r.at.typoSearch} ms, typo /who ${r.at.typoWho} ms; peak RSS ${r.peakRssMb} MB, heap ${r.peakHeapMb} MB`;
}

/** `runs` fresh processes on the store as it is now, one after another; the builder is idle meanwhile. */
export async function measureColdStarts(
  store: { dataDir: string; databaseUrl: string | undefined },
  queries: QuerySets,
  tally: Tally,
  opts: { seed: number; runs: number; whoCatalogue: string | undefined },
): Promise<SizeResult['coldStart']> {
  const coldQueries: ColdQueries = {
    ...(opts.whoCatalogue ? { whoCatalogue: opts.whoCatalogue } : {}),
    search: queries.search.multi[0] ?? 'living off the land',
    // The most reported actor: the largest /who answer.
    who: byCount(tally.actors)[0] ?? 'APT31',
    typoSearch: queries.search.typo[0] ?? 'espoinage',
    typoWho: typo(createRng(opts.seed), byCount(tally.speakers)[0] ?? 'Oliver Dowden'),
  };
  progress(`cold start ×${opts.runs}`);
  const runs: ColdRun[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const r = await coldStart(store.dataDir, coldQueries, store.databaseUrl);
    runs.push(r);
    progress(describe(r, opts.whoCatalogue));
  }
  return { queries: coldQueries, runs, label: coldLabel(runs) };
}
