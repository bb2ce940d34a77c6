// The check at the end of `sitrep migrate`: both databases hold as many rows in every table, and a sample
// of answers is the same on both: documents picked at random with their extractions, the most documented
// entities as /who finds them with their timelines and quotes, a few searches' totals, and every source,
// follow, pending delivery, audit entry, catalogue and imported name. Ranking is not compared: the
// engines rank differently (ADR 14), and what a page holds is compared only when it holds every match.
import { isDeepStrictEqual } from 'node:util';
import { countOf } from '../../core/paging.js';
import { nameKey } from '../../core/text/normalise.js';
import { COUNTED_TABLES } from '../../infra/store/copied-tables.js';
import type { MigrationSource, MigrationTarget } from './sides.js';

export interface Verification {
  /** What was compared. */
  tables: number;
  documents: number;
  entities: number;
  searches: number;
  /** One line per difference found; empty when the copy is verified. */
  differences: string[];
}

export interface VerifyOptions {
  /** Documents compared whole, picked at random. */
  documents?: number;
  /** The most documented entities compared. */
  entities?: number;
  random?: () => number;
}

/** A search page wide enough to compare what it holds when it holds every match. */
const SEARCH_PAGE = { offset: 0, limit: 50 };
const SEARCHES = 5;

type Compare = (what: string, ours: unknown, theirs: unknown) => void;

async function compareCounts(s: MigrationSource, t: MigrationTarget, differences: string[]): Promise<void> {
  for (const table of COUNTED_TABLES) {
    const [ours, theirs] = [s.tables.count(table), await t.tables.count(table)];
    if (ours !== theirs)
      differences.push(
        `${table}: ${countOf(ours, 'row')} in SQLite, ${countOf(theirs, 'row')} in PostgreSQL`,
      );
  }
}

/** `n` document ids at random positions of the stored order (all when there are no more). */
function sampleIds(s: MigrationSource, n: number, random: () => number): string[] {
  const total = s.store.documentCount();
  const offsets = new Set<number>();
  if (total <= n) for (let i = 0; i < total; i++) offsets.add(i);
  else while (offsets.size < n) offsets.add(Math.floor(random() * total));
  return [...offsets].flatMap((offset) => s.store.documentIdsInStoredOrder({ offset, limit: 1 }));
}

async function compareDocuments(s: MigrationSource, t: MigrationTarget, ids: string[], compare: Compare) {
  for (const id of ids) {
    compare(`document ${id}`, s.store.getDocument(id), await t.store.getDocument(id));
    compare(`the extraction of document ${id}`, s.store.extractionOf(id), await t.store.extractionOf(id));
  }
}

/** /who's lookup, /timeline and /quote for each of the most documented entities; their names. */
async function compareEntities(s: MigrationSource, t: MigrationTarget, n: number, compare: Compare) {
  const top = s.store.entitiesWithKeyPrefix('', n);
  compare('the most documented entities', top, await t.store.entitiesWithKeyPrefix('', n));
  for (const { name } of top) {
    const key = nameKey(name);
    compare(`entities named "${key}"`, s.store.entitiesByKey(key), await t.store.entitiesByKey(key));
    const events = { actor: name, limit: 10 };
    compare(`the timeline of ${name}`, s.store.eventClusters(events), await t.store.eventClusters(events));
    const quotes = { speaker: name, limit: 10 };
    compare(`the quotes of ${name}`, s.store.quoteClusters(quotes), await t.store.quoteClusters(quotes));
  }
  return top.map((e) => e.name);
}

/** How many passages match, and which when a page holds them all; the order is the engine's own. */
async function compareSearches(s: MigrationSource, t: MigrationTarget, queries: string[], compare: Compare) {
  const found = (hits: { docId: string; paragraph: number }[]) =>
    hits.map((h) => `${h.docId}#${h.paragraph}`).sort();
  for (const query of queries) {
    const [ours, theirs] = [
      s.store.searchPassages(query, SEARCH_PAGE),
      await t.store.searchPassages(query, SEARCH_PAGE),
    ];
    // Differences ADR 14 lists, not faults of the copy: past the count's cap each engine says "more than";
    // a word only titles hold is held for SQLite (FTS5's vocabulary) and corrected to another by PostgreSQL.
    if (!ours.exact || !theirs.exact || !isDeepStrictEqual(ours.corrected, theirs.corrected)) continue;
    compare(`the passages matching "${query}"`, ours.total, theirs.total);
    if (ours.total <= SEARCH_PAGE.limit)
      compare(`the passages found for "${query}"`, found(ours.hits), found(theirs.hits));
  }
}

/** What the sources, the outbox, the audit log and the knowledge hold, read through their ports. */
async function compareState(s: MigrationSource, t: MigrationTarget, compare: Compare) {
  compare('the sources', s.store.listSources(), await t.store.listSources());
  compare('the follows', s.store.listFollows(), await t.store.listFollows());
  compare('the pending deliveries', s.store.pendingDeliveries(), await t.store.pendingDeliveries());
  compare('the audit log', s.store.auditLog(100), await t.store.auditLog(100));
  compare('the knowledge snapshot', await s.store.knowledgeSnapshot(), await t.store.knowledgeSnapshot());
  compare('the catalogues', await s.store.knowledgeCatalogues(), await t.store.knowledgeCatalogues());
  compare('the imported names', s.store.importedNames(), await t.store.importedNames());
}

export async function verifyCopy(
  source: MigrationSource,
  target: MigrationTarget,
  opts: VerifyOptions = {},
): Promise<Verification> {
  const differences: string[] = [];
  const compare: Compare = (what, ours, theirs) => {
    if (!isDeepStrictEqual(ours, theirs)) differences.push(`${what}: not the same on both sides`);
  };
  await compareCounts(source, target, differences);
  const ids = sampleIds(source, opts.documents ?? 20, opts.random ?? Math.random);
  await compareDocuments(source, target, ids, compare);
  const names = await compareEntities(source, target, opts.entities ?? 10, compare);
  const titles = ids.flatMap((id) => source.store.getDocument(id)?.title ?? []);
  const queries = [...names.slice(0, SEARCHES - 2), ...titles].slice(0, SEARCHES);
  await compareSearches(source, target, queries, compare);
  await compareState(source, target, compare);
  return {
    tables: COUNTED_TABLES.length,
    documents: ids.length,
    entities: names.length,
    searches: queries.length,
    differences,
  };
}
