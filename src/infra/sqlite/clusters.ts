// What the readers of merged rows (events, quotes, assessments) share: the documents a row cites, and topic
// words matched the way /search matches its words.
import { type Correction, correctionsOf, toMatchExpression } from '../../core/search-query.js';
import { CITED_PER_ROW } from '../store/merged-pages.js';
import type { Db } from './database.js';
import type { PassageQueries } from './passage-search.js';

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
