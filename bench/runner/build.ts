// The builder: a child with a large heap limit (so the benchmark records how much memory ingest takes
// rather than dying at Node's default limit). It grows one corpus in one data dir through the app's own
// `runtime.ingest` (0…1k, measures, grows to 10k, measures…), holding nothing per document, so 1M
// documents fit. After each size it writes every result so far to DIR/results.json for the parent.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createExecutor } from '../../src/app/executor.js';
import { openRuntime, type Runtime } from '../../src/app/runtime.js';
import { STOP_WORDS } from '../../src/core/search-query.js';
import { systemClock } from '../../src/infra/clock.js';
import { createLogger } from '../../src/infra/logger.js';
import { openSqliteStore } from '../../src/infra/sqlite/store.js';
import { createRng } from '../corpus.js';
import { type BenchArgs, num } from './args.js';
import { runBaselines } from './baseline.js';
import { coldLabel, coldStart } from './cold-start.js';
import { createTally, ingestResult, ingestUpTo, type Tally } from './ingest.js';
import { type CatalogueQueries, catalogueQueries, importKnowledge, startUpName } from './knowledge.js';
import { makeQueries, type QuerySets, typo } from './queries.js';
import { runCommands } from './series.js';
import type { ColdQueries, ColdRun, SizeResult } from './types.js';
import { fileSize, mb, progress, round } from './util.js';
import { scanVocabulary } from './vocabulary.js';

interface Settings {
  dataDir: string;
  seed: number;
  queriesPerSeries: number;
  budgetMs: number;
  chunkSize: number;
  coldRuns: number;
  /** Catalogues were imported into the data dir (`--knowledge`). */
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

const byCount = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);

/** What the corpus holds, read once from the product's database: sizes and the queries to ask of it. */
async function readCorpus(db: Database.Database, rt: Runtime, tally: Tally, size: number, s: Settings) {
  const tv = performance.now();
  const passages = (db.prepare('SELECT max(id) FROM passages_content').pluck().get() as number | null) ?? 0;
  const vocab = scanVocabulary(
    db.prepare<[], { term: string; doc: number }>('SELECT term, doc FROM passages_vocab').iterate(),
    createRng((s.seed ^ size ^ 0x5eed) >>> 0),
    STOP_WORDS,
  );
  const storedSpeakers = (await rt.store.speakers())
    .filter((sp) => sp.kind === 'person')
    .map((sp) => sp.name);
  const vocabularyScanSeconds = round((performance.now() - tv) / 1000, 1);
  progress(
    `${passages} passages, ${vocab.terms} terms (vocabulary read in ${vocabularyScanSeconds} s, not measured)`,
  );
  const passageText = db.prepare<[number], string>('SELECT text FROM passages WHERE rowid = ?').pluck();
  const queries = makeQueries(createRng((s.seed ^ size) >>> 0), s.queriesPerSeries, {
    speakers: [...tally.speakers.keys()],
    storedSpeakers,
    companies: [...tally.companies.keys()],
    actors: [...tally.actors.keys()],
    words: vocab,
    passage: (k) => passageText.get(1 + (k % Math.max(1, passages))) ?? '',
  });
  return { passages, vocabulary: vocab.terms, queries, vocabularyScanSeconds };
}

/** Fresh processes on the data dir as it is now; the builder is idle meanwhile. */
async function measureColdStart(
  queries: QuerySets,
  tally: Tally,
  s: Settings,
  whoCatalogue: string | undefined,
): Promise<SizeResult['coldStart']> {
  const coldQueries: ColdQueries = {
    ...(whoCatalogue ? { whoCatalogue } : {}),
    search: queries.search.multi[0] ?? 'living off the land',
    // The most reported actor: the largest /who answer.
    who: byCount(tally.actors)[0] ?? 'APT31',
    typoSearch: queries.search.typo[0] ?? 'espoinage',
    typoWho: typo(createRng(s.seed), byCount(tally.speakers)[0] ?? 'Oliver Dowden'),
  };
  progress(`cold start ×${s.coldRuns}`);
  const runs: ColdRun[] = [];
  for (let i = 0; i < s.coldRuns; i++) {
    const r = await coldStart(s.dataDir, coldQueries);
    runs.push(r);
    const cache =
      r.pageCache === 'dropped'
        ? 'page cache dropped'
        : `page cache warm (${r.pageCacheNote ?? 'not dropped'})`;
    progress(
      r.error
        ? `  FAILED: ${r.error}`
        : `  ${cache}: ${r.at.whoCatalogue ? `first /who ${whoCatalogue} ${r.at.whoCatalogue} ms, ` : ''}first /search ${r.at.search} ms, /who ${r.at.who} ms, typo /search ${r.at.typoSearch} ms, typo /who ${r.at.typoWho} ms; peak RSS ${r.peakRssMb} MB, heap ${r.peakHeapMb} MB`,
    );
  }
  return { queries: coldQueries, runs, label: coldLabel(runs) };
}

/** The database file and its WAL, and the passage index's share of the file. */
function diskUsage(db: Database.Database, dbFile: string): SizeResult['disk'] {
  let passageIndexMb: number | null = null;
  try {
    const bytes = db
      .prepare(
        "SELECT sum(pgsize) FROM dbstat WHERE name = 'passages' OR name LIKE 'passages\\_%' ESCAPE '\\'",
      )
      .pluck()
      .get() as number | null;
    passageIndexMb = mb(bytes ?? 0);
  } catch {
    // SQLite built without the dbstat table: the share stays unknown.
  }
  return { dbMb: mb(fileSize(dbFile)), walMb: mb(fileSize(`${dbFile}-wal`)), passageIndexMb };
}

/** With catalogues: the snapshot read before ingest (timed apart), and the catalogue names to ask about. */
async function readKnowledge(rt: Runtime, size: number, s: Settings) {
  if (!s.knowledge) return null;
  const t0 = performance.now();
  const kb = await rt.knowledge.load();
  const loadMs = round(performance.now() - t0, 1);
  if (!kb) throw new Error('catalogues were imported, but the data dir holds no knowledge snapshot');
  const queries: CatalogueQueries = catalogueQueries(
    kb,
    createRng((s.seed ^ size ^ 0xca7a) >>> 0),
    s.queriesPerSeries,
  );
  progress(`knowledge snapshot read in ${loadMs} ms (before ingest, not in its figures)`);
  return { loadMs, queries, startUpName: startUpName(kb, queries) };
}

async function measureSize(
  size: number,
  tally: Tally,
  s: Settings,
  heap: ReturnType<typeof heapSampler>,
): Promise<SizeResult> {
  const dbFile = join(s.dataDir, 'sitrep.db');
  // The runtime is opened afresh for each size, like a bulk import run against an existing data dir:
  // nothing from the previous size's queries (the typo lexicon, cached names) is kept in memory.
  const rt = await openRuntime({
    dataDir: s.dataDir,
    seedsDir: null,
    clock: systemClock,
    logger: createLogger('error'),
  });
  const knowledge = await readKnowledge(rt, size, s);
  const segment = await ingestUpTo(rt, tally, size, {
    seed: s.seed,
    chunkSize: s.chunkSize,
    sample: heap.sample,
  });
  const db = new Database(dbFile, { readonly: true });
  const corpus = await readCorpus(db, rt, tally, size, s);
  progress(`queries at ${size} documents`);
  const budget = { budgetMs: s.budgetMs, sample: heap.sample };
  const commands = await runCommands(
    createExecutor(rt, []),
    { ...corpus.queries, catalogue: knowledge?.queries ?? null },
    budget,
  );
  const search = openSqliteStore(dbFile);
  const series = runBaselines(db, search, corpus.queries.search, { commands, budgetMs: s.budgetMs });
  search.close();
  heap.sample();
  global.gc?.();
  const heapAfterGc = process.memoryUsage().heapUsed;
  await rt.close();
  const coldStartResult = await measureColdStart(corpus.queries, tally, s, knowledge?.startUpName);
  const disk = diskUsage(db, dbFile);
  db.close();
  return {
    docs: size,
    passages: corpus.passages,
    vocabulary: corpus.vocabulary,
    ingest: ingestResult(tally, size, segment, s.chunkSize),
    commands,
    baseline: { series },
    coldStart: coldStartResult,
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
  const settings: Settings = {
    dataDir: join(dir, 'data'),
    seed: num(argv.seed, 'seed'),
    queriesPerSeries: num(argv.queries, 'queries'),
    budgetMs: num(argv.budget, 'budget') * 1000,
    chunkSize: num(argv.chunk, 'chunk'),
    coldRuns: num(argv['cold-runs'], 'cold-runs'),
    knowledge: argv.knowledge !== undefined,
  };
  if (argv.knowledge !== undefined) {
    const info = await importKnowledge(argv.knowledge, settings.dataDir);
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
