// The field's catalogues in the benchmark (`--knowledge DIR`): imported into the builder's data dir by
// `sitrep knowledge import DIR` itself (run in-process), so ingest extracts with them, the commands answer
// with them and each start-up child reads the snapshot as `npm start` does. Also the /who queries on
// catalogue names: malware and CVEs, drawn from the snapshot with the run's seed.
import { PassThrough, Writable } from 'node:stream';
import { runCli } from '../../src/app/cli/run.js';
import type { KnowledgeBase } from '../../src/core/knowledge/snapshot.js';
import type { Rng } from '../corpus.js';
import type { KnowledgeInfo } from './types.js';
import { progress, round } from './util.js';

interface ImportJson {
  saved: { catalogues: { title: string; version: string | null; date: string | null }[] } | null;
  outcomes: { status: string }[];
}

/**
 * Runs `sitrep knowledge import DIR --json` on `dataDir` (on PostgreSQL, on `databaseUrl`'s database);
 * progress lines go to stderr as the CLI writes them.
 */
export async function importKnowledge(
  dir: string,
  dataDir: string,
  databaseUrl?: string | undefined,
): Promise<KnowledgeInfo> {
  progress(`importing the catalogues of ${dir}`);
  let out = '';
  const stdout = new Writable({
    write(chunk: Buffer, _enc, done) {
      out += chunk.toString();
      done();
    },
  });
  const t0 = performance.now();
  const code = await runCli(['knowledge', 'import', dir, '--json'], {
    stdin: new PassThrough(),
    stdout,
    stderr: process.stderr,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'error',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    },
  });
  const importSeconds = round((performance.now() - t0) / 1000, 1);
  const result = JSON.parse(out) as ImportJson;
  if (code !== 0 || !result.saved)
    throw new Error(`sitrep knowledge import ${dir} failed (exit ${code}): nothing to benchmark with`);
  const catalogues = result.saved.catalogues.map(({ title, version, date }) => ({ title, version, date }));
  return { dir, catalogues, importSeconds };
}

/** Catalogue names to ask /who about: `n` malware names and `n` CVEs, in a seeded order. */
export interface CatalogueQueries {
  malware: string[];
  cve: string[];
}

function shuffled(rng: Rng, xs: string[]): string[] {
  const a = [...xs].sort();
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [a[i], a[j]] = [a[j] as string, a[i] as string];
  }
  return a;
}

export function catalogueQueries(kb: KnowledgeBase, rng: Rng, n: number): CatalogueQueries {
  const names = { malware: new Set<string>(), vulnerability: new Set<string>() };
  for (const { id, kind } of kb.names()) {
    const entry = kb.entry(id);
    if (entry && (kind === 'malware' || kind === 'vulnerability')) names[kind].add(entry.name);
  }
  return {
    malware: shuffled(rng, [...names.malware]).slice(0, n),
    cve: shuffled(rng, [...names.vulnerability]).slice(0, n),
  };
}

/** The catalogue name a start-up child asks /who about first: a malware name that leads to one card. */
export function startUpName(kb: KnowledgeBase, queries: CatalogueQueries): string | undefined {
  return queries.malware.find((name) => kb.resolve(name).status === 'found');
}
