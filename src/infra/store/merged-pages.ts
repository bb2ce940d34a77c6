// What the readers of merged rows (events, quotes, assessments) of every store share: how many documents
// a row cites by name, and how a page says which topic words it matched as close ones instead.
import type { ClusterPage } from '../../core/ports.js';
import type { Correction } from '../../core/search-query.js';

/** How many reporting documents a merged row cites by name; the rest are counted. */
export const CITED_PER_ROW = 8;

/** The page, saying which topic words it matched as their corrections (when any were). */
export function withCorrections<T>(
  page: ClusterPage<T>,
  topic: { corrected: Correction[] } | null,
): ClusterPage<T> {
  return topic && topic.corrected.length > 0 ? { ...page, corrected: topic.corrected } : page;
}
