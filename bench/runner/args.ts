// The command line of `npm run bench` and of the child phases it spawns: one option table, parsed once
// in bench/run.ts and handed to the phase that runs.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './util.js';

const OPTIONS = {
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
  knowledge: { type: 'string' },
  keep: { type: 'boolean', default: false },
  out: { type: 'string', default: join(ROOT, 'bench', 'results') },
} as const;

export type BenchArgs = ReturnType<typeof parseBenchArgs>;

export function parseBenchArgs(args: string[] = process.argv.slice(2)) {
  return parseArgs({ args, options: OPTIONS, strict: true }).values;
}

/** A positive number option ("100_000" allowed); anything else stops the run with the option's name. */
export function num(s: string | undefined, name: string): number {
  const n = Number(String(s).replace(/_/g, ''));
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, not "${s}"`);
  return n;
}
