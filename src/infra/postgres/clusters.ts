// What the PostgreSQL readers of merged rows share: the documents each row of a page cites (one query for
// the page), and topic words matched the way passage search matches its words.
import type { Correction, QueryPlan } from '../../core/search-query.js';
import { correctionsOf } from '../../core/search-query.js';
import { CITED_PER_ROW } from '../store/merged-pages.js';
import { type Pool, rowsOf } from './pool.js';
import { toTsQuery } from './text-search.js';

/** The first CITED_PER_ROW documents reporting each of these clusters of `table`'s rows, first reporter first. */
export async function citedDocuments(
  pool: Pool,
  table: 'events' | 'quotes' | 'assessments',
  clusters: readonly number[],
): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>(clusters.map((c) => [c, []]));
  if (clusters.length === 0) return out;
  const rows = (await rowsOf(
    pool,
    `SELECT cluster, doc_id FROM (
       SELECT cluster, doc_id, min(id) AS first,
              row_number() OVER (PARTITION BY cluster ORDER BY min(id)) AS n
       FROM ${table} WHERE cluster = ANY($1::int[]) GROUP BY cluster, doc_id) AS cited
     WHERE n <= $2 ORDER BY cluster, first`,
    [clusters, CITED_PER_ROW],
  )) as { cluster: number; doc_id: string }[];
  for (const r of rows) out.get(r.cluster)?.push(r.doc_id);
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
