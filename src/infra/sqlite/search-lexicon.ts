// Typo and prefix alternatives for /search: the FTS5 vocabulary in a lexicon (ADR 6), read page by page,
// either in the background (`warm`, after start) or all at once by the first query that needs it (about
// 2 s at 100k documents); then kept up to date with the words of each document stored.
import { createLexicon, type Lexicon } from '../../core/lexicon.js';
import type { Document } from '../../core/model.js';
import type { QueryLexicon } from '../../core/search-query.js';
import { foldedWords } from '../../core/text/normalise.js';
import type { Db } from './database.js';
import { vocabularyPage } from './passage-writer.js';

/** Vocabulary terms read per step when filling the lexicon (~10 ms each). */
const VOCABULARY_PAGE = 5_000;

export interface SearchLexicon {
  /** What query planning asks: corrections and completions of a word. */
  readonly queries: QueryLexicon;
  /**
   * Reads the vocabulary in small steps, yielding between them. Until it is done, queries take the part
   * read so far instead of reading the rest at once.
   */
  warm(): Promise<void>;
  /** Adds the words of a document just stored (nothing before the vocabulary is first read). */
  learn(doc: Pick<Document, 'title' | 'body'>): void;
}

export function createSearchLexicon(db: Db): SearchLexicon {
  const lexicon: Lexicon = createLexicon();
  let vocabularyRead: string | null = ''; // the last term read; null once the vocabulary is all in
  let warming = false;
  const readVocabularyPage = () => {
    if (vocabularyRead === null) return;
    const page = vocabularyPage(db, vocabularyRead, VOCABULARY_PAGE);
    lexicon.add(page.entries);
    vocabularyRead = page.last;
  };
  const ensureLexicon = (): Lexicon => {
    // While `warm` fills it in the background, a query takes the part read so far: reading the rest at
    // once would stall every other command on this thread (~3 s at 100k documents).
    if (!warming) while (vocabularyRead !== null) readVocabularyPage();
    return lexicon;
  };
  return {
    queries: {
      corrections: (word, limit) => ensureLexicon().corrections(word, limit),
      completions: (prefix, limit) => ensureLexicon().completions(prefix, limit),
    },
    async warm() {
      warming = true;
      try {
        while (vocabularyRead !== null && db.open) {
          readVocabularyPage();
          // Let commands run between pages: this thread also answers the chat platforms.
          await new Promise((resolve) => setImmediate(resolve));
        }
      } finally {
        warming = false;
      }
    },
    learn(doc) {
      if (vocabularyRead === '') return; // not started: the document's words come with the vocabulary
      const words = new Set(foldedWords(`${doc.title ?? ''} ${doc.body}`));
      lexicon.add([...words].map((term) => ({ term, weight: lexicon.weight(term) + 1 })));
    },
  };
}
