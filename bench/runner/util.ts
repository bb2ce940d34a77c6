// Small shared pieces of the benchmark harness: where things are, rounding and sizes, latency summaries,
// progress lines, and what machine and commit a run was made on. Node built-ins only: a cold-start
// child loads this before the app, and must load nothing else the app would not.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Latency, Machine } from './types.js';

export const ROOT = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
/** The entry every child phase is spawned with. */
export const RUN_SCRIPT = join(ROOT, 'bench', 'run.ts');
/** Who asks the benchmark's questions: a Slack user, as an adapter would pass one. */
export const CALLER = { platform: 'slack', userId: 'U0BENCH' } as const;

export const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
export const fileSize = (f: string) => (existsSync(f) ? statSync(f).size : 0);
export const median = (xs: number[]): number | undefined =>
  [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
export const progress = (msg: string) =>
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

/** Percentiles of a series of times (ms), with the query that took longest. */
export function summarise(times: number[], queries: string[], extra: Partial<Latency> = {}): Latency {
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

export function machineInfo(): Machine {
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

/** The commit measured, `+dirty` when tracked files differ from it; null outside a git checkout. */
export function gitRevision(): string | null {
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
