// What the readers of merged rows (events, quotes, assessments) share: the documents a row cites, and topic
// words matched the way /search matches its words.
import type { ClusterPage } from '../../core/ports.js';
import { type Correction, correctionsOf, toMatchExpression } from '../../core/search-query.js';
import type { Db } from './database.js';
import type { PassageQueries } from './passage-search.js';

/** How many reporting documents a merged row cites by name; the rest are counted. */
export const CITED_PER_ROW = 8;

/** The first CITED_PER_ROW documents reporting a cluster of `table`'s rows, first reporter first. */
export function citedDocuments(
  db: Db,
  table: 'events' | 'quotes' | 'assessments',
): (cluster: number) => string[] {
  const docs = db
    .prepare<[number, number], string>(
      `SELECT doc_id FROM ${table} WHERE cluster = ? GROUP BY doc_id ORDER BY min(id) LIMIT ?`,
    )
    .pluck();
  return (cluster) => docs.all(cluster, CITED_PER_ROW);
}

/**
 * The FTS5 query requiring every topic word (in any of its forms) of `words`, planned as /search plans its
 * words, with the typed words it searched as close ones instead; null when nothing searchable is left.
 */
export type TopicMatch = (words: readonly string[]) => { expression: string; corrected: Correction[] } | null;

/** Topic words of /quote and /timeline, read as /search reads its words: forms, prefix, typos. */
export function topicMatchOf(search: Pick<PassageQueries, 'plan'>): TopicMatch {
  return (words) => {
    const plan = search.plan(words.join(' '));
    const expression = toMatchExpression(plan, 'AND');
    return expression === null ? null : { expression, corrected: correctionsOf(plan) };
  };
}

/** The page, saying which topic words it matched as their corrections (when any were). */
export function withCorrections<T>(
  page: ClusterPage<T>,
  topic: { corrected: Correction[] } | null,
): ClusterPage<T> {
  return topic && topic.corrected.length > 0 ? { ...page, corrected: topic.corrected } : page;
}
