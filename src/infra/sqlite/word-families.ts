// Word families of passage text: each word under its family key (core/text/stem.ts `wordFamily`), so a
// topic word finds the other forms the reports use ("democracy" → "democratic") with one indexed read,
// and the FTS5 index itself stays plain words (highlighting, typo lexicon and phrases read it as typed).
import { MAX_FORMS } from '../../core/search-query.js';
import { foldedWords } from '../../core/text/normalise.js';
import { wordFamily } from '../../core/text/stem.js';
import { familyOf } from '../store/search-policy.js';
import type { Db } from './database.js';

/** Vocabulary terms read per step while filling. */
const FILL_PAGE = 10_000;

/**
 * Tokens a writer remembers having written, at most: most words of a report are common ones written long
 * before, and skipping them makes the table cost ~0.1 ms per document instead of ~0.9 ms.
 */
const REMEMBERED = 100_000;

/** A token as typed (case and accents kept), as FTS5's tokenizer splits text before folding it. */
const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;

export interface FamilyWriter {
  /** Writes the family of every word of `texts` not written before, in one statement. */
  write(texts: Iterable<string>): void;
  /** Forgets what it wrote; call when a write rolls back, since the table may then lack those words. */
  forget(): void;
}

/** Fills the table from the words passages already hold: the FTS5 vocabulary in term order, page by page. */
export function fillWordFamilies(db: Db): void {
  const { write } = createFamilyWriter(db);
  const page = db
    .prepare<[string, number], string>(`SELECT term FROM passages_vocab WHERE term > ? ORDER BY term LIMIT ?`)
    .pluck();
  for (let after: string | null = ''; after !== null; ) {
    const terms = page.all(after, FILL_PAGE);
    write(terms);
    after = terms.length < FILL_PAGE ? null : (terms.at(-1) ?? null);
  }
}

export function createFamilyWriter(db: Db): FamilyWriter {
  const insert = db.prepare<[string]>(
    `INSERT OR IGNORE INTO passage_words (family, word) SELECT value ->> 0, value ->> 1 FROM json_each(?)`,
  );
  const written = new Set<string>();
  return {
    write(texts) {
      const rows = new Map<string, string>();
      for (const text of texts) {
        for (const token of text.match(TOKEN) ?? []) {
          if (written.has(token)) continue;
          if (written.size >= REMEMBERED) written.clear();
          written.add(token);
          for (const w of foldedWords(token)) {
            const family = familyOf(w);
            if (family !== null) rows.set(w, family);
          }
        }
      }
      if (rows.size > 0) insert.run(JSON.stringify([...rows].map(([w, family]) => [family, w])));
    },
    forget: () => written.clear(),
  };
}

/** The held words of a (folded) term's family, the term left out, at most MAX_FORMS. */
export function familyForms(db: Db): (term: string) => string[] {
  const family = db
    .prepare<[string, string, number], string>(
      `SELECT word FROM passage_words WHERE family = ? AND word <> ? ORDER BY word LIMIT ?`,
    )
    .pluck();
  return (term) => family.all(wordFamily(term), term, MAX_FORMS);
}
