// The shape of a benchmark result: what bench/results/*.json hold (docs/benchmark.md explains each
// figure). Fields are added beside the old ones, never renamed, so a tool reading an older file keeps
// working; docs/benchmark.md says when a figure's definition changed.

/** The engines the benchmark measures (`--store`). */
export type StoreName = 'sqlite' | 'postgres';

export interface Latency {
  n: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
  /** The query that took longest. */
  slowest: string;
  /** Replies that were user errors ("Nothing matches …"), or for the baseline queries with no row. */
  userErrors: number;
  errors: number;
  /** True when the time budget stopped the series before the planned number of queries. */
  cut: boolean;
  /** The first query of the series. */
  first: number;
}

/** The questions a cold-start child asks, in this order. */
export interface ColdQueries {
  search: string;
  who: string;
  typoSearch: string;
  typoWho: string;
  /** With catalogues loaded: a catalogue malware name, asked first, while the snapshot is read. */
  whoCatalogue?: string;
}
export const COLD_STEPS = [
  'imported',
  'opened',
  'whoCatalogue',
  'search',
  'who',
  'typoSearch',
  'typoWho',
] as const;
export type ColdStep = (typeof COLD_STEPS)[number];

/** Whether the OS page cache was dropped before a cold-start process, or left warm (not permitted). */
export type PageCache = 'dropped' | 'warm';

export interface ColdRun {
  /** Parent's clock, ms from spawning the process to the child reporting each step done. */
  at: Partial<Record<ColdStep, number>>;
  statuses: Partial<Record<ColdStep, string>>;
  /** Each answer's title ("PlugX" when /who found that card). */
  titles?: Partial<Record<ColdStep, string>>;
  /** Peak RSS of the process (exact) and its largest heapUsed after a step. */
  peakRssMb: number;
  peakHeapMb: number;
  pageCache: PageCache;
  /** Why the page cache could not be dropped ("EACCES: permission denied, …"). */
  pageCacheNote?: string;
  /** The kernel's page cache (`Cached:` of /proc/meminfo) just before and after dropping it. */
  cachedMb?: { before: number; after: number };
  error?: string;
}

/** One /search query kind against plain SQLite FTS5 on the same database. */
export interface BaselineSeries {
  /**
   * Plain FTS5 ranking every match of all the words by bm25 (`LIMIT 6`): what /search would cost without
   * its very-common-word rule. Not the same work as /search for common words: labelled so.
   */
  fts5: Latency;
  /**
   * Plain FTS5 doing the work /search chose for each query: newest first (`ORDER BY rowid DESC LIMIT 6`)
   * when /search lists the newest passages, bm25 over the words /search requires otherwise (its very
   * common words dropped when rarer ones carry the query). The like-with-like baseline.
   */
  sameOrder: Latency;
  /** How many of the `sameOrder` queries went each way, and how many the harness planned differently from /search. */
  plans: { newest: number; ranked: number; rarerWords: number; mismatched: number };
  /** `store.searchPassages(q, first page of 5)`: the product's search without the command around it. */
  store: Latency;
  /** /search p50 (through the executor) / `fts5` p50. */
  ratioP50: number;
  /** store.searchPassages p50 / `fts5` p50. */
  ratioP50Store: number;
  /** /search p50 / `sameOrder` p50. */
  sameOrderRatioP50: number;
  /** store.searchPassages p50 / `sameOrder` p50. */
  sameOrderRatioP50Store: number;
}

export interface IngestResult {
  /** Documents per second of wall time inside `runtime.ingest`, over the whole corpus at this size. */
  docsPerSec: number;
  seconds: number;
  /** The documents added since the previous size alone. */
  segment: { docs: number; seconds: number; docsPerSec: number };
  /**
   * From `IngestSummary.timings`, per document over the whole corpus. `wall` is 1000 / docsPerSec.
   * `clean` and `extract` are timed inside the worker threads and summed over them, so with two workers
   * they can add up to twice the wall time; `load` and `store` run on the main thread.
   */
  msPerDoc: { wall: number; load: number; clean: number; extract: number; store: number };
  chunkSize: number;
  added: number;
  duplicates: number;
  failed: number;
  /** The first few failure reasons, as the summary gave them. */
  failures: string[];
  /** Generating the documents (the harness's own time; not in the figures above). */
  generateSeconds: number;
  generatedMb: number;
}

export interface SizeResult {
  docs: number;
  /** The engine measured; absent in files written before `--store` (SQLite). */
  store?: StoreName;
  /** Passages stored (the highest passage id: the benchmark deletes nothing). */
  passages: number;
  /** Distinct terms in the FTS5 vocabulary (on PostgreSQL, in `passage_terms`: passage text only). */
  vocabulary: number;
  /** Which store's corpus the questions were drawn from: with `--store both`, PostgreSQL asks SQLite's. */
  queriesDrawnFrom?: StoreName;
  ingest: IngestResult;
  /**
   * PostgreSQL: seconds of the `VACUUM ANALYZE` run after ingest (autovacuum's work after a bulk load, done
   * at once so that it neither runs during the measurements nor leaves them without statistics; not measured).
   */
  vacuumSeconds?: number;
  commands: Record<string, Latency>;
  /** The same /search queries as plain FTS5 queries on the product's database, per query kind (SQLite only). */
  baseline: { series: Record<string, BaselineSeries> };
  /** `label`: "cold (page cache dropped)", "warm start", or "mixed" when only some runs could drop it. */
  coldStart: { queries: ColdQueries; runs: ColdRun[]; label: string };
  memory: { builderPeakRssMb: number; builderPeakHeapMb: number; builderHeapAfterGcMb: number };
  /**
   * SQLite: sitrep.db, its -wal and the FTS5 tables' share. PostgreSQL: `pg_database_size`, the WAL
   * directory (null when the role may not list it) and the passages with `passage_terms`, indexes included.
   */
  disk: { dbMb: number; walMb: number | null; passageIndexMb: number | null };
  /** Seconds the harness spent reading the vocabulary to choose queries (not in any figure above). */
  vocabularyScanSeconds: number;
  /**
   * With catalogues loaded: ms to read the stored snapshot in the builder's fresh runtime, before this
   * size's ingest (so not in the ingest figures; a start-up pays it, in the background).
   */
  knowledgeLoadMs?: number;
}

/** The catalogues a run loaded (`--knowledge DIR`), as `sitrep knowledge import` saved them. */
export interface KnowledgeInfo {
  dir: string;
  catalogues: { title: string; version: string | null; date: string | null }[];
  /** Importing them into the data dir before the first size (not in any figure). */
  importSeconds: number;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  platform: string;
  release: string;
}

export interface TargetCheck {
  target: string;
  limit: string;
  measured: string;
  met: boolean | null;
}

export interface BuilderExit {
  exitCode: number | null;
  signal: string | null;
  seconds: number;
  note?: string;
}

/** The PostgreSQL server a run measured. */
export interface PostgresServer {
  /** `throwaway`: started by the benchmark from the installed binaries, deleted after; `external`: --database-url. */
  kind: 'throwaway' | 'external';
  version: string;
  /** Settings that bear on the figures, as SHOW reports them. */
  settings: Record<string, string>;
}

/** One point of the scaling curve: N replica processes on one database for the same window. */
export interface ScalingPoint {
  replicas: number;
  /** Wall time of the window, from the start signal to the last replica's end. */
  seconds: number;
  commands: number;
  commandsPerSec: number;
  /** Over every command of every replica, ms. */
  latency: Latency;
  perReplica: { commands: number; p50: number; p99: number; cpuSeconds: number }[];
  /** CPU the replicas used in the window, in cores (CPU seconds / wall seconds). */
  replicaCores: number;
  /** CPU the database server's processes used, in cores; null when the server is not this machine's. */
  databaseCores: number | null;
  /** The whole machine's busy CPU, in cores (/proc/stat; other work included); null off Linux. */
  machineCores: number | null;
  loadAverage1m: number;
}

export interface Scaling {
  docs: number;
  /** Commands each replica keeps in flight. */
  concurrency: number;
  /** Share of each series in the mix (weights). */
  mix: Record<string, number>;
  points: ScalingPoint[];
}

/** PostgreSQL's half of a run (`--store postgres` or `both`). */
export interface PostgresRun {
  server: PostgresServer;
  sizes: SizeResult[];
  builder: BuilderExit;
  /** Issue 18's targets, judged against SQLite's figures at the same size when both ran. */
  targets: TargetCheck[];
  scaling: Scaling | null;
  /** Why the scaling curve stopped, when it did. */
  scalingError?: string;
}

/** The machine's 1-minute load average, sampled through the run (other engineers' work included). */
export interface LoadSamples {
  samples: number;
  min: number;
  mean: number;
  max: number;
}

export interface Results {
  startedAt: string;
  finishedAt: string;
  command: string;
  git: string | null;
  machine: Machine;
  settings: {
    seed: number;
    queriesPerSeries: number;
    budgetSecondsPerSeries: number;
    chunkSize: number;
    coldRuns: number;
    builderHeapLimitMb: number;
  };
  /** The catalogues loaded before the first size; null when the run had none (no `--knowledge`). */
  knowledge?: KnowledgeInfo | null;
  /** The engines measured (absent before `--store`: SQLite). `sizes`, `builder` and `targets` are SQLite's. */
  stores?: StoreName[];
  sizes: SizeResult[];
  builder: BuilderExit;
  targets: TargetCheck[];
  postgres?: PostgresRun | null;
  load?: LoadSamples;
}
