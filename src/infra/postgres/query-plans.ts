// Query planning on PostgreSQL: core's planner (`parseQuery`, `withAlternatives`) over facts read first in
// one or two queries, since the planner asks its vocabulary synchronously: which typed words passages
// hold, the held words of each one's family, then the families of the corrections of those held in no
// form. The plan is the one SQLite makes over the same passages.
import {
  MAX_ALTERNATIVES,
  MAX_FORMS,
  parseQuery,
  type QueryPlan,
  type Vocabulary,
  withAlternatives,
} from '../../core/search-query.js';
import { wordFamily } from '../../core/text/stem.js';
import { type Pool, rowsOf } from './pool.js';
import type { SearchLexicon } from './search-lexicon.js';

type Facts = Map<string, { held: boolean; forms: string[] }>;

/** Whether each term is held, and the held words of its family (itself left out, at most MAX_FORMS). */
async function readFacts(pool: Pool, terms: readonly string[], into: Facts): Promise<void> {
  const wanted = [...new Set(terms)].filter((t) => !into.has(t));
  if (wanted.length === 0) return;
  const rows = (await rowsOf(
    pool,
    `SELECT k.term, EXISTS (SELECT 1 FROM passage_terms t WHERE t.term = k.term) AS held,
       ARRAY(SELECT t.term FROM passage_terms t WHERE t.family = k.family AND t.term <> k.term
             ORDER BY t.term LIMIT $3) AS forms
     FROM unnest($1::text[], $2::text[]) AS k(term, family)`,
    [wanted, wanted.map(wordFamily), MAX_FORMS],
  )) as { term: string; held: boolean; forms: string[] }[];
  for (const r of rows) into.set(r.term, { held: r.held, forms: r.forms });
}

const vocabularyOf = (facts: Facts): Vocabulary => ({
  has: (term) => facts.get(term)?.held ?? false,
  forms: (term) => facts.get(term)?.forms ?? [],
});

/** Plans `query` as SQLite's search plans it over the same passages: forms, prefixes, typos. */
export function createQueryPlanner(
  pool: Pool,
  lexicon: SearchLexicon,
): (query: string) => Promise<QueryPlan> {
  return async (query) => {
    const parsed = parseQuery(query);
    if (parsed.words.length === 0) return parsed;
    await lexicon.ready();
    const facts: Facts = new Map();
    await readFacts(
      pool,
      parsed.words.map((w) => w.term),
      facts,
    );
    // The families of the corrections the planner may take, for the words held in no form.
    const unknown = parsed.words.filter(
      (w) => !facts.get(w.term)?.held && facts.get(w.term)?.forms.length === 0,
    );
    const corrections = unknown.flatMap((w) => lexicon.queries.corrections(w.term, MAX_ALTERNATIVES));
    await readFacts(pool, corrections, facts);
    return withAlternatives(parsed, vocabularyOf(facts), lexicon.queries);
  };
}
