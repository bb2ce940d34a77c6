// The command line of `npm run bench` and of the child phases it spawns: one option table, parsed once
// in bench/run.ts and handed to the phase that runs.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { StoreName } from './types.js';
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
  store: { type: 'string', default: 'sqlite' },
  'database-url': { type: 'string' },
  replicas: { type: 'string', default: '1,2,3' },
  'scale-seconds': { type: 'string', default: '20' },
  'scale-concurrency': { type: 'string', default: '1' },
  replica: { type: 'string' },
  dir: { type: 'string' },
  'queries-dir': { type: 'string' },
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

const STORES: Record<string, StoreName[]> = {
  sqlite: ['sqlite'],
  postgres: ['postgres'],
  both: ['sqlite', 'postgres'],
};

/**
 * The stores `--store` measures, in the order they run: SQLite first, so with `both` PostgreSQL is asked
 * the questions SQLite's corpus drew. SQLite alone by default: `npm run bench` needs no server.
 */
export function storesOf(argv: Pick<BenchArgs, 'store' | 'database-url'>): StoreName[] {
  const stores = STORES[argv.store ?? 'sqlite'];
  if (!stores) throw new Error(`--store must be sqlite, postgres or both, not "${argv.store}"`);
  if (argv['database-url'] !== undefined && !stores.includes('postgres'))
    throw new Error('--database-url is for PostgreSQL: add --store postgres or --store both');
  return stores;
}

/** The replica counts of the scaling curve (`--replicas 1,2,3`); `--replicas 0` measures none. */
export function replicaCounts(s: string | undefined): number[] {
  if (s === undefined || s.trim() === '0') return [];
  const counts = s.split(',').map((x) => num(x.trim(), 'replicas'));
  if (counts.some((n) => !Number.isInteger(n)))
    throw new Error(`--replicas must list whole numbers (1,2,3), not "${s}"`);
  return [...new Set(counts)].sort((a, b) => a - b);
}
