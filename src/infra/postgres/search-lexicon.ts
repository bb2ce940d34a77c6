// Typo and prefix alternatives for search on PostgreSQL: the words of `passage_terms` in a lexicon held by
// this process (ADR 6), read page by page in the background (`warm`) or all at once by the first query that
// needs it, then kept up to date with the words of each document this process stores. Words another
// replica stores reach this lexicon when it is read again (at the next start): a correction can miss them
// until then, an exact or prefix match never does (ADR 14).
import { createLexicon, LEXICON_MIN_TERM, type Lexicon } from '../../core/lexicon.js';
import type { Document } from '../../core/model.js';
import type { QueryLexicon } from '../../core/search-query.js';
import { foldedWords } from '../../core/text/normalise.js';
import { type Pool, rowsOf } from './pool.js';

/** Terms read per page when filling the lexicon. */
const VOCABULARY_PAGE = 5_000;

export interface SearchLexicon {
  /** What query planning asks: corrections and completions of a word (of what is read so far). */
  readonly queries: QueryLexicon;
  /** Reads the rest of the vocabulary, unless `warm` is reading it: then queries use the part read so far. */
  ready(): Promise<void>;
  /** Reads the vocabulary in pages, in the background. */
  warm(): Promise<void>;
  /** Adds the words of a document just stored (nothing before the vocabulary is first read). */
  learn(doc: Pick<Document, 'title' | 'body'>): void;
}

export function createSearchLexicon(pool: Pool): SearchLexicon {
  const lexicon: Lexicon = createLexicon();
  let read: string | null = ''; // the last term read; null once the vocabulary is all in
  let warming = false;
  let reading: Promise<void> | null = null;
  const readPage = async () => {
    if (read === null) return;
    const rows = (await rowsOf(
      pool,
      'SELECT term, passages AS weight FROM passage_terms WHERE term > $1 ORDER BY term LIMIT $2',
      [read, VOCABULARY_PAGE],
    )) as { term: string; weight: number }[];
    lexicon.add(rows.filter((e) => e.term.length >= LEXICON_MIN_TERM));
    read = rows.length < VOCABULARY_PAGE ? null : (rows.at(-1)?.term ?? null);
  };
  // One reader at a time: two would read the same pages.
  const readAll = async () => {
    while (read !== null) await readPage();
  };
  const once = () => {
    reading ??= readAll().finally(() => {
      reading = null;
    });
    return reading;
  };
  return {
    queries: {
      corrections: (word, limit) => lexicon.corrections(word, limit),
      completions: (prefix, limit) => lexicon.completions(prefix, limit),
    },
    ready: () => (warming || read === null ? Promise.resolve() : once()),
    async warm() {
      warming = true;
      try {
        await once();
      } finally {
        warming = false;
      }
    },
    learn(doc) {
      if (read === '') return; // not started: the document's words come with the vocabulary
      const words = new Set(foldedWords(`${doc.title ?? ''} ${doc.body}`));
      lexicon.add([...words].map((term) => ({ term, weight: lexicon.weight(term) + 1 })));
    },
  };
}
