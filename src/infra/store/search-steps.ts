// What passage search decides whatever the engine reads (ADR 6): which words of a plan are very common,
// what is read when some are, and the hits a page of rows becomes. Each store plans with core's planner,
// asks its own index how common a word is, and reads the order chosen here.
import type { PassageHit, PassagePage } from '../../core/passages.js';
import { matchedTerms, type QueryPlan, type QueryWord } from '../../core/search-query.js';
import type { PassageRow } from './passage-pages.js';

/** Rows of one order, and how many match; what each way of reading a plan finds. */
export interface Found {
  rows: PassageRow[];
  total: number;
  exact: boolean;
  order: PassagePage['order'];
}

/**
 * The plan with its very common words marked, and those words. Very common words ("said", "government" in
 * a corpus of government releases) match a large share of passages, and ranking all of them is what makes
 * a search slow at 100k+ documents while telling the user little. A last word typed in full that is itself
 * very common is taken as typed, not as a prefix: an index merges the lists of every word a prefix starts
 * in full before it can rank or stop early. A prefix that is no word but begins very common ones ("grou")
 * is a very common word itself. A corrected word is asked with its corrections: a typo's corrections and
 * their families can be very common words ("henrings": hearings, herrings, hear, hers).
 */
export function markCommon(
  planned: QueryPlan,
  isCommon: (w: QueryWord) => boolean,
): { plan: QueryPlan; common: QueryWord[] } {
  const common: QueryWord[] = [];
  const words = planned.words.map((w) => {
    const typed = w.prefix ? { ...w, prefix: false } : w;
    const found = isCommon(typed) ? typed : w.prefix && isCommon(w) ? w : null;
    if (found) common.push(found);
    return found ?? w;
  });
  return { plan: { ...planned, words }, common };
}

/**
 * How to read the matches of a plan whose every word holds: ranked, all of it; very common words stop
 * being required when rarer words carry the query (they are still marked where they occur); a query of
 * nothing else lists the newest passages that have them all.
 */
export function everyWordRead(p: QueryPlan, common: QueryWord[]): { order: Found['order']; plan: QueryPlan } {
  if (common.length === 0) return { order: 'best', plan: p };
  if (common.length === p.words.length && p.phrases.length === 0) return { order: 'newest', plan: p };
  return { order: 'best', plan: { words: p.words.filter((w) => !common.includes(w)), phrases: p.phrases } };
}

/** Whether a plan that matched nothing as a whole is read again with any of its words. */
export const worthAnyWord = (p: QueryPlan) => p.words.length + p.phrases.length > 1;

/**
 * The hits of a page. Matched terms (for highlighting) only for the hits returned: tokenising every row
 * read costs more than the query when a common word brings hundreds of them.
 */
export function hitsOf(rows: readonly PassageRow[], p: QueryPlan): PassageHit[] {
  return rows.map((row) => ({
    docId: row.docId,
    paragraph: row.paragraph,
    text: row.text,
    // A row's rank is lower for better; hits carry a score where higher is better.
    score: -row.rank,
    terms: matchedTerms(p, row.text),
  }));
}
