// The builder: a child with a large heap limit (so the benchmark records how much memory ingest takes
// rather than dying at Node's default limit). It grows one corpus in one store through the app's own
// `runtime.ingest` (0…1k, measures, grows to 10k, measures…), holding nothing per document, so 1M
// documents fit. The store is SQLite in the data dir, or the PostgreSQL database --database-url names.
// After each size it writes every result so far to DIR/results.json for the parent.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExecutor } from '../../src/app/executor.js';
import type { Runtime } from '../../src/app/runtime.js';
import { STOP_WORDS } from '../../src/core/search-query.js';
import { createRng } from '../corpus.js';
import { type BenchArgs, num } from './args.js';
import { openBenchRuntime } from './bench-runtime.js';
import { measureColdStarts } from './cold-start.js';
import { createTally, ingestResult, ingestUpTo, type Tally } from './ingest.js';
import { type CatalogueQueries, catalogueQueries, importKnowledge, startUpName } from './knowledge.js';
import { makeQueries, type QuerySets } from './queries.js';
import { runCommands } from './series.js';
import { postgresProbe, type StoreProbe, sqliteProbe } from './store-probe.js';
import type { SizeResult, StoreName } from './types.js';
import { mb, progress, round } from './util.js';
import { scanVocabulary, type VocabularyWords } from './vocabulary.js';

interface Settings {
  store: StoreName;
  dataDir: string;
  /** PostgreSQL's database; undefined on SQLite. */
  databaseUrl: string | undefined;
  /** Where each size's queries are kept, so a second store is asked the same ones. */
  queriesDir: string;
  seed: number;
  queriesPerSeries: number;
  budgetMs: number;
  chunkSize: number;
  coldRuns: number;
  /** Catalogues were imported into the store (`--knowledge`). */
  knowledge: boolean;
}

/**
 * The largest heapUsed seen. Sampled every 64 documents and every 50 queries, so short peaks can be
 * missed; maxRSS (which includes the extraction workers, threads of this process) is exact.
 */
function heapSampler() {
  let peak = 0;
  return {
    sample: () => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    },
    peak: () => peak,
  };
}

/** A size's questions as first drawn, from whichever store's corpus drew them. */
interface KeptQueries {
  drawnFrom: StoreName;
  queries: QuerySets;
}

/** The questions of `size`: those an earlier store of this run drew, else drawn from this store's corpus. */
async function queriesFor(
  probe: StoreProbe,
  rt: Runtime,
  corpus: { tally: Tally; passages: number; words: VocabularyWords },
  size: number,
  s: Settings,
): Promise<KeptQueries> {
  const file = join(s.queriesDir, `queries-${size}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as KeptQueries;
  const { tally, passages, words } = corpus;
  const storedSpeakers = (await rt.store.speakers())
    .filter((sp) => sp.kind === 'person')
    .map((sp) => sp.name);
  const queries = await makeQueries(createRng((s.seed ^ size) >>> 0), s.queriesPerSeries, {
    speakers: [...tally.speakers.keys()],
    storedSpeakers,
    companies: [...tally.companies.keys()],
    actors: [...tally.actors.keys()],
    words,
    passage: (k) => probe.passageText(1 + (k % Math.max(1, passages))),
  });
  const kept: KeptQueries = { drawnFrom: s.store, queries };
  writeFileSync(file, JSON.stringify(kept));
  return kept;
}

/** What the corpus holds, read once from the store's database: sizes and the queries to ask of it. */
async function readCorpus(probe: StoreProbe, rt: Runtime, tally: Tally, size: number, s: Settings) {
  const tv = performance.now();
  const passages = await probe.passages();
  const words = scanVocabulary(await probe.terms(), createRng((s.seed ^ size ^ 0x5eed) >>> 0), STOP_WORDS);
  const { drawnFrom, queries } = await queriesFor(probe, rt, { tally, passages, words }, size, s);
  const vocabularyScanSeconds = round((performance.now() - tv) / 1000, 1);
  const from = drawnFrom === s.store ? 'drawn from this corpus' : `as drawn from ${drawnFrom}'s corpus`;
  progress(
    `${passages} passages, ${words.terms} terms; queries ${from} (${vocabularyScanSeconds} s, not measured)`,
  );
  return { passages, vocabulary: words.terms, queries, drawnFrom, vocabularyScanSeconds };
}

/** With catalogues: the snapshot read before ingest (timed apart), and the catalogue names to ask about. */
async function readKnowledge(rt: Runtime, size: number, s: Settings) {
  if (!s.knowledge) return null;
  const t0 = performance.now();
  const kb = await rt.knowledge.load();
  const loadMs = round(performance.now() - t0, 1);
  if (!kb) throw new Error('catalogues were imported, but the store holds no knowledge snapshot');
  const queries: CatalogueQueries = catalogueQueries(
    kb,
    createRng((s.seed ^ size ^ 0xca7a) >>> 0),
    s.queriesPerSeries,
  );
  progress(`knowledge snapshot read in ${loadMs} ms (before ingest, not in its figures)`);
  return { loadMs, queries, startUpName: startUpName(kb, queries) };
}

const probeOf = async (s: Settings): Promise<StoreProbe> =>
  s.databaseUrl ? postgresProbe(s.databaseUrl) : sqliteProbe(join(s.dataDir, 'sitrep.db'));

async function measureSize(
  size: number,
  tally: Tally,
  s: Settings,
  heap: ReturnType<typeof heapSampler>,
): Promise<SizeResult> {
  // The runtime is opened afresh for each size, like a bulk import run against an existing store:
  // nothing from the previous size's queries (the typo lexicon, cached names) is kept in memory.
  const rt = await openBenchRuntime(s.dataDir, s.databaseUrl);
  const knowledge = await readKnowledge(rt, size, s);
  const segment = await ingestUpTo(rt, tally, size, {
    seed: s.seed,
    chunkSize: s.chunkSize,
    sample: heap.sample,
  });
  const probe = await probeOf(s);
  const settleSeconds = await probe.settle();
  const corpus = await readCorpus(probe, rt, tally, size, s);
  progress(`queries at ${size} documents`);
  const budget = { budgetMs: s.budgetMs, sample: heap.sample };
  const commands = await runCommands(
    createExecutor(rt, []),
    { ...corpus.queries, catalogue: knowledge?.queries ?? null },
    budget,
  );
  const series = probe.baselines(corpus.queries.search, { commands, budgetMs: s.budgetMs });
  heap.sample();
  global.gc?.();
  const heapAfterGc = process.memoryUsage().heapUsed;
  await rt.close();
  const coldStart = await measureColdStarts(s, corpus.queries, tally, {
    seed: s.seed,
    runs: s.coldRuns,
    whoCatalogue: knowledge?.startUpName,
  });
  const disk = await probe.disk();
  await probe.close();
  return {
    docs: size,
    store: s.store,
    passages: corpus.passages,
    vocabulary: corpus.vocabulary,
    queriesDrawnFrom: corpus.drawnFrom,
    ingest: ingestResult(tally, size, segment, s.chunkSize),
    ...(settleSeconds === null ? {} : { vacuumSeconds: settleSeconds }),
    commands,
    baseline: { series },
    coldStart,
    memory: {
      builderPeakRssMb: mb(process.resourceUsage().maxRSS * 1024),
      builderPeakHeapMb: mb(heap.peak()),
      builderHeapAfterGcMb: mb(heapAfterGc),
    },
    disk,
    vocabularyScanSeconds: corpus.vocabularyScanSeconds,
    ...(knowledge ? { knowledgeLoadMs: knowledge.loadMs } : {}),
  };
}

export async function buildPhase(argv: BenchArgs): Promise<void> {
  const dir = argv.dir ?? '';
  const sizes = (argv.sizes ?? '').split(',').map((x) => num(x, 'sizes'));
  const databaseUrl = argv['database-url'];
  const settings: Settings = {
    store: databaseUrl ? 'postgres' : 'sqlite',
    dataDir: join(dir, 'data'),
    databaseUrl,
    queriesDir: argv['queries-dir'] ?? dir,
    seed: num(argv.seed, 'seed'),
    queriesPerSeries: num(argv.queries, 'queries'),
    budgetMs: num(argv.budget, 'budget') * 1000,
    chunkSize: num(argv.chunk, 'chunk'),
    coldRuns: num(argv['cold-runs'], 'cold-runs'),
    knowledge: argv.knowledge !== undefined,
  };
  if (argv.knowledge !== undefined) {
    const info = await importKnowledge(argv.knowledge, settings.dataDir, databaseUrl);
    writeFileSync(join(dir, 'knowledge.json'), JSON.stringify(info, null, 2));
  }
  const tally = createTally();
  const heap = heapSampler();
  const results: SizeResult[] = [];
  for (const size of sizes) {
    results.push(await measureSize(size, tally, settings, heap));
    writeFileSync(join(dir, 'results.json'), JSON.stringify(results, null, 2));
  }
}
