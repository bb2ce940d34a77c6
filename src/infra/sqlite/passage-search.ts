// Passage search in SQLite FTS5 (ADR 6): ranked and limited in SQL, so nothing grows with the corpus in the
// heap. Query planning is core's (search-query.ts); this file decides how each plan is read: ranked by
// bm25, or newest first when every word is very common, and how pages are cut from that order.
import type { PassagePage } from '../../core/passages.js';
import {
  correctionsOf,
  planQuery,
  type QueryLexicon,
  type QueryPlan,
  type QueryWord,
  toMatchExpression,
  type Vocabulary,
} from '../../core/search-query.js';
import { BEST_WINDOW, cutPage, NEWEST_WINDOW, type PassageRow } from '../store/passage-pages.js';
import { COMMON_MIN_PASSAGES, COUNT_CAP, commonThreshold } from '../store/search-policy.js';
import { everyWordRead, type Found, hitsOf, markCommon, worthAnyWord } from '../store/search-steps.js';
import type { Db } from './database.js';
import { familyForms } from './word-families.js';

/** A MATCH expression restricted to passage text: a passage is listed for its own words, never its title's. */
const inText = (expression: string) => `text : (${expression})`;

/** The latest passages the share is estimated on: enough for a stable estimate, cheap to count. */
const COMMON_WINDOW = 5_000;

/**
 * The planning port: whether a passage's text holds the (folded) term, and the term's other forms. A MATCH
 * that stops at the first row, not `passages_vocab`, which counts the term's whole posting list (3 ms for
 * a common word at 100k documents, against 0.1 ms).
 */
export function passageVocabulary(db: Db): Vocabulary {
  const any = db.prepare<[string], number>(`SELECT 1 FROM passages WHERE passages MATCH ? LIMIT 1`).pluck();
  return {
    has: (term) => any.get(inText(`"${term.replace(/"/g, '""')}"`)) !== undefined,
    forms: familyForms(db),
  };
}

export interface PassageQueries {
  /**
   * One page of the passages matching `query`, and how many match. Every word must be in the passage's
   * text (or one of its forms: "democratic" for "democracy"); when no passage has them all, passages with
   * any of them. The last word typed is a prefix (4+ letters); words the index does not hold are replaced
   * by close ones from the lexicon ("dowdne" → "dowden"). Best first (bm25), each document's best passage
   * ahead of the others among the first BEST_WINDOW; a query of only very common words lists the newest
   * passages instead, counted up to COUNT_CAP (then `exact` is false). Pages cut from one order never overlap.
   */
  search(query: string, page: { offset: number; limit: number }): PassagePage;
  /** The plan `search` runs for `query`: for explaining a result, for topic words elsewhere, and for tests. */
  plan(query: string): QueryPlan;
}

function prepareSearchQueries(db: Db) {
  return {
    // Titles weigh nothing: the MATCH is on text alone (`inText`). bm25() measured ~30% faster than the
    // equivalent `rank MATCH ... ORDER BY rank`. Ranking rowids first and reading the text of the winners
    // only keeps every other match's text out of the sorter; rowid breaks ties so every page sees one order.
    best: db.prepare<[string, number, number], PassageRow>(
      `SELECT p.doc_id AS docId, p.paragraph, p.title, p.text, top.rank
     FROM (SELECT rowid AS id, bm25(passages, 0.0, 1.0) AS rank FROM passages
           WHERE passages MATCH ? ORDER BY rank, rowid LIMIT ? OFFSET ?) AS top
     JOIN passages AS p ON p.rowid = top.id
     ORDER BY top.rank, top.id`,
    ),
    count: db.prepare<[string], number>(`SELECT count(*) FROM passages WHERE passages MATCH ?`).pluck(),
    // Newest first, for queries made only of very common words (below): FTS5 walks the doclists from the
    // end and stops at the LIMIT instead of scoring every match.
    newest: db.prepare<[string, number, number], PassageRow>(
      `SELECT p.doc_id AS docId, p.paragraph, p.title, p.text, 0 AS rank
     FROM (SELECT rowid AS id FROM passages WHERE passages MATCH ? ORDER BY rowid DESC LIMIT ? OFFSET ?) AS top
     JOIN passages AS p ON p.rowid = top.id
     ORDER BY top.id DESC`,
    ),
    // Counted newest first with a LIMIT, which FTS5 answers from the doclist's tail.
    countNewest: db
      .prepare<[string, number], number>(
        `SELECT count(*) FROM (SELECT rowid FROM passages WHERE passages MATCH ? ORDER BY rowid DESC LIMIT ?)`,
      )
      .pluck(),
    lastRowid: db.prepare<[], number | null>(`SELECT max(rowid) FROM passages`).pluck(),
    // Counted newest first with a LIMIT (0.2 ms for a common word at 100k documents); a plain count(*) with
    // the same rowid bound reads the whole doclist (20 ms).
    inWindow: db
      .prepare<[string, number, number], number>(
        `SELECT count(*) FROM (SELECT rowid FROM passages WHERE passages MATCH ? AND rowid > ? ORDER BY rowid DESC LIMIT ?)`,
      )
      .pluck(),
  };
}

type SearchQueries = ReturnType<typeof prepareSearchQueries>;
type Page = { offset: number; limit: number };

/**
 * Whether a word (a prefix: any word it begins) is in more than COMMON_SHARE of passages, estimated on
 * the latest COMMON_WINDOW of them (`last` is the newest passage): the count reads at most that slice
 * of the doclists (~0.2 ms for a word), where counting in full (fts5vocab) reads all of them.
 */
function isCommon(q: SearchQueries, w: QueryWord, last: number): boolean {
  const from = Math.max(0, last - COMMON_WINDOW);
  if (last - from < COMMON_MIN_PASSAGES) return false;
  const expression = toMatchExpression({ words: [w], phrases: [] }, 'AND');
  const threshold = commonThreshold(last - from, last);
  return expression !== null && (q.inWindow.get(inText(expression), from, threshold + 1) ?? 0) > threshold;
}

/** Ranked: every match counted (no more than ranking them reads), the page cut from the ranked order. */
function readBest(q: SearchQueries, expression: string, { offset, limit }: Page): Found {
  const match = inText(expression);
  const total = q.count.get(match) ?? 0;
  const rows = total === 0 ? [] : cutPage((n, at) => q.best.all(match, n, at), BEST_WINDOW, offset, limit);
  return { rows, total, exact: true, order: 'best' };
}

/** Newest first: counted up to COUNT_CAP, or to the page asked for, so a page past the end is told exactly. */
function readNewest(q: SearchQueries, expression: string, { offset, limit }: Page): Found {
  const match = inText(expression);
  const cap = Math.max(COUNT_CAP, offset + limit);
  const counted = q.countNewest.get(match, cap + 1) ?? 0;
  const rows =
    counted === 0 ? [] : cutPage((n, at) => q.newest.all(match, n, at), NEWEST_WINDOW, offset, limit);
  return { rows, total: Math.min(counted, cap), exact: counted <= cap, order: 'newest' };
}

/** The matches of a plan whose every word holds, read as `everyWordRead` says. */
function readEvery(q: SearchQueries, p: QueryPlan, common: QueryWord[], page: Page): Found {
  const read = everyWordRead(p, common);
  const expression = toMatchExpression(read.plan, 'AND') ?? '';
  // Newest first is not bounded to the latest passages: FTS5 stops a descending walk at its LIMIT, but not
  // at a lower rowid bound, so a bound the matches do not fill cost 8-18 ms at 100k documents (60-120 ms at
  // 1M) before the unbounded walk it was meant to save (1-12 ms).
  return read.order === 'newest' ? readNewest(q, expression, page) : readBest(q, expression, page);
}

function search(q: SearchQueries, planned: QueryPlan, page: Page): PassagePage {
  const last = q.lastRowid.get() ?? 0;
  const { plan: p, common } = markCommon(planned, (w) => isCommon(q, w, last));
  const and = toMatchExpression(p, 'AND');
  const corrected = correctionsOf(p);
  if (and === null) return { hits: [], total: 0, exact: true, order: 'best', every: true, corrected };
  let found = readEvery(q, p, common, page);
  let every = true;
  if (found.total === 0 && worthAnyWord(p)) {
    found = readBest(q, toMatchExpression(p, 'OR') ?? and, page);
    every = false;
  }
  return {
    hits: hitsOf(found.rows, p),
    total: found.total,
    exact: found.exact,
    order: found.order,
    every,
    corrected,
  };
}

export function createPassageSearch(db: Db, lexicon: QueryLexicon): PassageQueries {
  const vocabulary = passageVocabulary(db);
  const q = prepareSearchQueries(db);
  const plan = (query: string) => planQuery(query, { vocabulary, lexicon });
  return { plan, search: (query, page) => search(q, plan(query), page) };
}
