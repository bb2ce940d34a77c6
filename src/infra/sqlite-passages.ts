// Passage search in SQLite FTS5, in the store's own file: passages are written in the transaction that
// writes their document, ranked and limited in SQL, so nothing grows with the corpus in the heap.
import type Database from 'better-sqlite3';
import { LEXICON_MIN_TERM, type LexiconEntry } from '../core/lexicon.js';
import type { Document } from '../core/model.js';
import { type PassageHit, type PassagePage, passagesOf } from '../core/passages.js';
import {
  correctionsOf,
  matchedTerms,
  planQuery,
  type QueryLexicon,
  type QueryPlan,
  type QueryWord,
  toMatchExpression,
  type Vocabulary,
} from '../core/search-query.js';
import { createFamilyWriter, familyForms } from './sqlite-word-families.js';

type Db = Database.Database;

/**
 * Schema for passage search, to append to the store's migrations. `passages` holds every passage with
 * its document's title (matched no more: a passage is found for its own words, see `inText`); tokenizing
 * folds case and accents like highlight.ts `foldTerm`. `passages_vocab` lists each term with the number
 * of passages holding it: the typo check and the lexicon read it. No `prefix=` index: at 20k documents
 * it made the file 27% larger and saved ~1 ms of a 4-letter prefix query that spends ~15 ms ranking.
 */
export const PASSAGES_MIGRATION = `
  CREATE VIRTUAL TABLE passages USING fts5(
    title, text, doc_id UNINDEXED, paragraph UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
  );
  CREATE VIRTUAL TABLE passages_vocab USING fts5vocab(passages, row);
`;

/**
 * The best passages among which each document's best comes first, then the others: what the first pages
 * show, so they cover as many documents as possible. Past them, passages follow in rank order. A fixed
 * stretch, so that every page is cut from the same order and no two pages overlap.
 */
const BEST_WINDOW = 24;

/** The same stretch in newest-first order, longer: there one document's passages come together. */
const NEWEST_WINDOW = 240;

/**
 * Matches of a query of only very common words counted at most (newest first, so the count stops
 * early): past it, the answer says "more than". Counting them all reads every match (20 ms at 100k
 * documents, 10× that at 1M) for a figure nobody pages through.
 */
export const COUNT_CAP = 1_000;

/** A MATCH expression restricted to passage text: a passage is listed for its own words, never its title's. */
const inText = (expression: string) => `text : (${expression})`;

/** A word in more than this share of passages is "very common" (see `search`): bm25 over 2% of 868,666
 * passages (100k documents) already costs ~10 ms, over 10% ~170 ms. */
const COMMON_SHARE = 0.02;
/** ... or in more than this many, whatever their share: ranking costs by the match, and more per match in a
 * larger file (31,517 passages at 1M documents, 0.4% of them: 100-200 ms). */
const COMMON_MATCHES = 17_000;
/** The latest passages the share is estimated on: enough for a stable estimate, cheap to count. */
const COMMON_WINDOW = 5_000;
/** Below this many passages every word is ranked: a small corpus is fast whatever the words. */
const COMMON_MIN_PASSAGES = 5_000;

export interface PassageWriter {
  /** Inserts the document's passages and their word families; run it inside the document's transaction. */
  add(doc: Document): number;
  /** Deletes the document's passages (a full scan: doc_id is not indexed); returns how many there were. */
  remove(docId: string): number;
  /** Call when a write rolls back: what it remembers having written may be missing. */
  forget(): void;
}

/** `families: false` only for a schema that has no word families yet (migration 4, before 7). */
export function createPassageWriter(db: Db, opts: { families: boolean } = { families: true }): PassageWriter {
  const insert = db.prepare<{ title: string | null; text: string; docId: string; paragraph: number }>(
    `INSERT INTO passages (title, text, doc_id, paragraph) VALUES (@title, @text, @docId, @paragraph)`,
  );
  const remove = db.prepare<[string]>(`DELETE FROM passages WHERE doc_id = ?`);
  const families = opts.families ? createFamilyWriter(db) : null;
  return {
    add(doc) {
      const passages = passagesOf(doc);
      for (const p of passages)
        insert.run({ title: p.title, text: p.text, docId: p.docId, paragraph: p.paragraph });
      families?.write(passages.map((p) => p.text));
      return passages.length;
    },
    forget: () => families?.forget(),
    remove(docId) {
      return remove.run(docId).changes;
    },
  };
}

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

/**
 * Terms and their passage counts from the FTS5 vocabulary, to fill a lexicon (`lexicon.add`): all of them
 * (terms too short for a lexicon skipped), or only the folded `terms` given (those of the documents just
 * added, say), looked up one by one; a term no passage holds comes back with weight 0, which a lexicon
 * takes as "remove".
 */
export function vocabularyOf(db: Db, terms?: Iterable<string>): LexiconEntry[] {
  if (terms === undefined) {
    const all: LexiconEntry[] = [];
    for (let after: string | null = ''; after !== null; ) {
      const page = vocabularyPage(db, after, 10_000);
      all.push(...page.entries);
      after = page.last;
    }
    return all;
  }
  const count = db.prepare<[string], number>(`SELECT doc FROM passages_vocab WHERE term = ?`).pluck();
  const out: LexiconEntry[] = [];
  for (const term of new Set(terms)) out.push({ term, weight: count.get(term) ?? 0 });
  return out;
}

/**
 * One page of the vocabulary in term order, after `after`, for filling a lexicon without a long stall:
 * the entries (terms too short for a lexicon left out) and the last term read, null at the end.
 */
export function vocabularyPage(
  db: Db,
  after: string,
  limit: number,
): { entries: LexiconEntry[]; last: string | null } {
  const rows = db
    .prepare<[string, number], LexiconEntry>(
      `SELECT term, doc AS weight FROM passages_vocab WHERE term > ? ORDER BY term LIMIT ?`,
    )
    .all(after, limit);
  return {
    entries: rows.filter((e) => e.term.length >= LEXICON_MIN_TERM),
    last: rows.length < limit ? null : (rows.at(-1)?.term ?? null),
  };
}

/**
 * How many of the latest `window` passages (of `last` in all) a very common word is in, at least: its
 * share over COMMON_SHARE, or its estimated count over COMMON_MATCHES, whichever is fewer.
 */
export function commonThreshold(window: number, last: number): number {
  return Math.floor(window * Math.min(COMMON_SHARE, COMMON_MATCHES / Math.max(1, last)));
}

export interface PassageSearch {
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

interface PassageRow {
  docId: string;
  paragraph: number;
  title: string | null;
  text: string;
  /** bm25: negative, lower is better. */
  rank: number;
}

/** The rows of a window with each document's first row ahead of the others, order otherwise kept. */
function firstPerDocumentAhead(rows: PassageRow[]): PassageRow[] {
  const seen = new Set<string>();
  const firsts: PassageRow[] = [];
  const rest: PassageRow[] = [];
  for (const row of rows) {
    if (seen.has(row.docId)) rest.push(row);
    else {
      seen.add(row.docId);
      firsts.push(row);
    }
  }
  return [...firsts, ...rest];
}

/**
 * Rows `offset` to `offset + limit` of an order whose first `window` rows are rearranged by
 * `firstPerDocumentAhead`; `read(limit, offset)` reads the order itself.
 */
function cutPage(
  read: (limit: number, offset: number) => PassageRow[],
  window: number,
  offset: number,
  limit: number,
): PassageRow[] {
  if (offset >= window) return read(limit, offset);
  const head = firstPerDocumentAhead(read(window, 0));
  const tail = offset + limit > window && head.length === window ? read(offset + limit - window, window) : [];
  return [...head, ...tail].slice(offset, offset + limit);
}

export function createPassageSearch(db: Db, lexicon: QueryLexicon): PassageSearch {
  const vocabulary = passageVocabulary(db);
  // Titles weigh nothing: the MATCH is on text alone (`inText`). bm25() measured ~30% faster than the
  // equivalent `rank MATCH ... ORDER BY rank`. Ranking rowids first and reading the text of the winners
  // only keeps every other match's text out of the sorter; rowid breaks ties so every page sees one order.
  const best = db.prepare<[string, number, number], PassageRow>(
    `SELECT p.doc_id AS docId, p.paragraph, p.title, p.text, top.rank
     FROM (SELECT rowid AS id, bm25(passages, 0.0, 1.0) AS rank FROM passages
           WHERE passages MATCH ? ORDER BY rank, rowid LIMIT ? OFFSET ?) AS top
     JOIN passages AS p ON p.rowid = top.id
     ORDER BY top.rank, top.id`,
  );
  const count = db.prepare<[string], number>(`SELECT count(*) FROM passages WHERE passages MATCH ?`).pluck();
  const plan = (query: string) => planQuery(query, { vocabulary, lexicon });
  // Newest first, for queries made only of very common words (below): FTS5 walks the doclists from the
  // end and stops at the LIMIT instead of scoring every match.
  const newest = db.prepare<[string, number, number], PassageRow>(
    `SELECT p.doc_id AS docId, p.paragraph, p.title, p.text, 0 AS rank
     FROM (SELECT rowid AS id FROM passages WHERE passages MATCH ? ORDER BY rowid DESC LIMIT ? OFFSET ?) AS top
     JOIN passages AS p ON p.rowid = top.id
     ORDER BY top.id DESC`,
  );
  // Counted newest first with a LIMIT, which FTS5 answers from the doclist's tail.
  const countNewest = db
    .prepare<[string, number], number>(
      `SELECT count(*) FROM (SELECT rowid FROM passages WHERE passages MATCH ? ORDER BY rowid DESC LIMIT ?)`,
    )
    .pluck();
  const lastRowid = db.prepare<[], number | null>(`SELECT max(rowid) FROM passages`).pluck();
  // Counted newest first with a LIMIT (0.2 ms for a common word at 100k documents); a plain count(*) with
  // the same rowid bound reads the whole doclist (20 ms).
  const inWindow = db
    .prepare<[string, number, number], number>(
      `SELECT count(*) FROM (SELECT rowid FROM passages WHERE passages MATCH ? AND rowid > ? ORDER BY rowid DESC LIMIT ?)`,
    )
    .pluck();
  /**
   * Whether a word (a prefix: any word it begins) is in more than COMMON_SHARE of passages, estimated on
   * the latest COMMON_WINDOW of them (`last` is the newest passage): the count reads at most that slice
   * of the doclists (~0.2 ms for a word), where counting in full (fts5vocab) reads all of them.
   */
  const isCommon = (w: QueryWord, last: number): boolean => {
    // A corrected word is rare by definition.
    if (w.alternatives.length > 0) return false;
    const from = Math.max(0, last - COMMON_WINDOW);
    if (last - from < COMMON_MIN_PASSAGES) return false;
    const expression = toMatchExpression({ words: [w], phrases: [] }, 'AND');
    const threshold = commonThreshold(last - from, last);
    return expression !== null && (inWindow.get(inText(expression), from, threshold + 1) ?? 0) > threshold;
  };

  type Found = { rows: PassageRow[]; total: number; exact: boolean; order: PassagePage['order'] };
  /** Ranked: every match counted (no more than ranking them reads), the page cut from the ranked order. */
  const readBest = (expression: string, offset: number, limit: number): Found => {
    const match = inText(expression);
    const total = count.get(match) ?? 0;
    const rows = total === 0 ? [] : cutPage((n, at) => best.all(match, n, at), BEST_WINDOW, offset, limit);
    return { rows, total, exact: true, order: 'best' };
  };
  /** Newest first: counted up to COUNT_CAP, or to the page asked for, so a page past the end is told exactly. */
  const readNewest = (expression: string, offset: number, limit: number): Found => {
    const match = inText(expression);
    const cap = Math.max(COUNT_CAP, offset + limit);
    const counted = countNewest.get(match, cap + 1) ?? 0;
    const rows =
      counted === 0 ? [] : cutPage((n, at) => newest.all(match, n, at), NEWEST_WINDOW, offset, limit);
    return { rows, total: Math.min(counted, cap), exact: counted <= cap, order: 'newest' };
  };

  return {
    plan,
    search(query, { offset, limit }) {
      const planned = plan(query);
      const last = lastRowid.get() ?? 0;
      // Very common words ("said", "government" in a corpus of government releases) match a large share
      // of passages, and ranking all of them is what makes a search slow at 100k+ documents while telling
      // the user little. They stop being required when rarer words carry the query (they are still
      // marked where they occur); a query of nothing else lists the newest passages that have them all.
      // A last word typed in full that is itself very common is taken as typed, not as a prefix: FTS5
      // merges the doclists of every word a prefix starts in full before it can rank or stop early. A
      // prefix that is no word but begins very common ones ("grou") is a very common word itself.
      const common: QueryWord[] = [];
      const words = planned.words.map((w) => {
        const typed = w.prefix ? { ...w, prefix: false } : w;
        const found = isCommon(typed, last) ? typed : w.prefix && isCommon(w, last) ? w : null;
        if (found) common.push(found);
        return found ?? w;
      });
      const p = { ...planned, words };
      const and = toMatchExpression(p, 'AND');
      const corrected = correctionsOf(p);
      if (and === null) return { hits: [], total: 0, exact: true, order: 'best', every: true, corrected };
      let found: Found;
      if (common.length === 0) found = readBest(and, offset, limit);
      // Not bounded to the latest passages: FTS5 stops a descending walk at its LIMIT, but not at a lower
      // rowid bound, so a bound the matches do not fill cost 8-18 ms at 100k documents (60-120 ms at 1M)
      // before the unbounded walk it was meant to save (1-12 ms).
      else if (common.length === p.words.length && p.phrases.length === 0)
        found = readNewest(and, offset, limit);
      else {
        const rare = { words: p.words.filter((w) => !common.includes(w)), phrases: p.phrases };
        found = readBest(toMatchExpression(rare, 'AND') ?? and, offset, limit);
      }
      let every = true;
      if (found.total === 0 && p.words.length + p.phrases.length > 1) {
        found = readBest(toMatchExpression(p, 'OR') ?? and, offset, limit);
        every = false;
      }
      // Matched terms (for highlighting) only for the hits returned: tokenising every row read costs more
      // than the query when a common word brings hundreds of them.
      const hits = found.rows.map(
        (row): PassageHit => ({
          docId: row.docId,
          paragraph: row.paragraph,
          text: row.text,
          // bm25 is negative, lower is better; hits carry a score where higher is better.
          score: -row.rank,
          terms: matchedTerms(p, row.text),
        }),
      );
      return { hits, total: found.total, exact: found.exact, order: found.order, every, corrected };
    },
  };
}
