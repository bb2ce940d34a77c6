// What the PostgreSQL readers of merged rows share: the documents each row of a page cites (one query for
// the page), and topic words matched the way passage search matches its words.
import type { Correction, QueryPlan } from '../../core/search-query.js';
import { correctionsOf } from '../../core/search-query.js';
import { CITED_PER_ROW } from '../store/merged-pages.js';
import { type Pool, rowsOf } from './pool.js';
import { toTsQuery } from './text-search.js';

/**
 * How many of a cluster's first rows are read for its first reporters: a document rarely has more than a
 * row or two in one cluster, so these hold CITED_PER_ROW documents unless the cluster has fewer.
 */
const FIRST_ROWS = CITED_PER_ROW * 8;

type Cited = { cluster: number; doc_id: string; first: number; rows: number };

/** Each cluster's documents among its first `rows` rows (all of them when null), first reporter first. */
async function firstReporters(pool: Pool, table: string, clusters: readonly number[], rows: number | null) {
  return (await rowsOf(
    pool,
    `SELECT k.cluster, r.doc_id, min(r.id) AS first, max(r.n)::int AS rows FROM unnest($1::int[]) AS k(cluster)
     CROSS JOIN LATERAL (SELECT doc_id, id, row_number() OVER (ORDER BY id) AS n FROM ${table}
       WHERE cluster = k.cluster ORDER BY id LIMIT $2) AS r
     GROUP BY k.cluster, r.doc_id ORDER BY k.cluster, first`,
    [clusters, rows],
  )) as Cited[];
}

/**
 * The first CITED_PER_ROW documents reporting each of these clusters of `table`'s rows, first reporter
 * first: read from each cluster's first rows, and from all its rows for a cluster whose first rows were
 * one document's many.
 */
export async function citedDocuments(
  pool: Pool,
  table: 'events' | 'quotes' | 'assessments',
  clusters: readonly number[],
): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>(clusters.map((c) => [c, []]));
  if (clusters.length === 0) return out;
  const first = await firstReporters(pool, table, clusters, FIRST_ROWS);
  const read = new Map<number, { rows: number; docs: number }>();
  for (const r of first) {
    const seen = read.get(r.cluster) ?? { rows: 0, docs: 0 };
    read.set(r.cluster, { rows: Math.max(seen.rows, r.rows), docs: seen.docs + 1 });
  }
  // Every row read, and still too few documents: the cluster has more rows than were read.
  const short = clusters.filter((c) => {
    const seen = read.get(c);
    return seen !== undefined && seen.rows >= FIRST_ROWS && seen.docs < CITED_PER_ROW;
  });
  const found = first.filter((r) => !short.includes(r.cluster));
  if (short.length > 0) found.push(...(await firstReporters(pool, table, short, null)));
  for (const r of found) {
    const docs = out.get(r.cluster);
    if (docs && docs.length < CITED_PER_ROW) docs.push(r.doc_id);
  }
  return out;
}

/**
 * The tsquery requiring every topic word (in any of its forms) of `words`, planned as passage search plans
 * its words, with the typed words it searched as close ones instead; null when nothing searchable is left.
 */
export type TopicMatch = (
  words: readonly string[],
) => Promise<{ query: string; corrected: Correction[] } | null>;

export function topicMatchOf(plan: (query: string) => Promise<QueryPlan>): TopicMatch {
  return async (words) => {
    const planned = await plan(words.join(' '));
    const query = toTsQuery(planned, 'AND');
    return query === null ? null : { query, corrected: correctionsOf(planned) };
  };
}
