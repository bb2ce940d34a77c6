// `npm run bench` (1k and 10k documents), `npm run bench -- --docs 100000` (1k, 10k, 100k) and
// `--docs 1000000` (… 1M): ingest throughput and where its time goes, per-command latency through the
// executor the adapters use, start from a fresh process (cold when the OS page cache can be dropped),
// memory and disk, and the same /search queries as plain SQLite FTS5 queries on the product's own
// database, in /search's order and with every match ranked. Prints a table; writes JSON to
// bench/results/<timestamp>.json and bench/results/latest.json. docs/benchmark.md explains it all.
//
// `--store postgres` measures PostgreSQL instead, `--store both` the two side by side (the same questions
// to both), and then the replicas' scaling curve on PostgreSQL.
//
// One entry, five roles, chosen by --phase (each in bench/runner/):
//   main    (default) spawns a builder per store, then prints the table and writes the JSON (main.ts);
//   build   a child with a large heap limit that grows the corpus size by size and measures (build.ts);
//   cold    a fresh process that opens an existing store and answers its first questions (cold-child.ts);
//   replica one of the scaling curve's replicas on the PostgreSQL database (replica-child.ts);
//   query   runs one command's queries from a file against a store: a target for `node --cpu-prof`.
// Only node built-ins and harness modules that import nothing else are loaded before the phase is
// chosen, so a cold-start child loads exactly what the app loads.
import { type BenchArgs, parseBenchArgs } from './runner/args.js';

const PHASES: Record<string, (argv: BenchArgs) => Promise<void>> = {
  main: async (argv) => (await import('./runner/main.js')).mainPhase(argv),
  build: async (argv) => (await import('./runner/build.js')).buildPhase(argv),
  cold: async (argv) => (await import('./runner/cold-child.js')).coldPhase(argv),
  query: async (argv) => (await import('./runner/query-phase.js')).queryPhase(argv),
  replica: async (argv) => (await import('./runner/replica-child.js')).replicaPhase(argv),
};

const argv = parseBenchArgs();
const phase = PHASES[argv.phase] ? argv.phase : 'main';
(PHASES[phase] as (argv: BenchArgs) => Promise<void>)(argv).catch((err: unknown) => {
  process.stderr.write(
    `bench (${phase}): ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exitCode = 1;
});
