// Word families of passage text: each word under its family key (core/text/stem.ts `wordFamily`), so a
// topic word finds the other forms the reports use ("democracy" → "democratic") with one indexed read,
// and the FTS5 index itself stays plain words (highlighting, typo lexicon and phrases read it as typed).
import type Database from 'better-sqlite3';
import { MAX_FORMS } from '../core/search-query.js';
import { wordFamily } from '../core/text/stem.js';

type Db = Database.Database;

/**
 * The table, to append to the store's migrations with `fillWordFamilies`. Written with the passages, in
 * their document's transaction; a change to the stemmer needs a migration that empties and fills it again.
 */
export const WORD_FAMILIES_MIGRATION = `
  CREATE TABLE passage_words (
    family TEXT NOT NULL,
    word TEXT NOT NULL,
    PRIMARY KEY (family, word)
  ) WITHOUT ROWID;
`;

/** Words the table holds: letters only (digits make names and numbers), not junk-long. */
const FAMILY_WORD = /^[a-z]{3,32}$/;

/** Vocabulary terms read per step while filling. */
const FILL_PAGE = 10_000;

/** Fills the table from the words passages already hold: the FTS5 vocabulary in term order, page by page. */
export function fillWordFamilies(db: Db): void {
  const write = createFamilyWriter(db);
  const page = db
    .prepare<[string, number], string>(`SELECT term FROM passages_vocab WHERE term > ? ORDER BY term LIMIT ?`)
    .pluck();
  for (let after: string | null = ''; after !== null; ) {
    const terms = page.all(after, FILL_PAGE);
    write(terms);
    after = terms.length < FILL_PAGE ? null : (terms.at(-1) ?? null);
  }
}

/** Writes the family of each word worth one (folded words, as passages tokenise), in one statement. */
export function createFamilyWriter(db: Db): (words: Iterable<string>) => void {
  const insert = db.prepare<[string]>(
    `INSERT OR IGNORE INTO passage_words (family, word) SELECT value ->> 0, value ->> 1 FROM json_each(?)`,
  );
  return (words) => {
    const rows: [string, string][] = [];
    for (const w of words) if (FAMILY_WORD.test(w)) rows.push([wordFamily(w), w]);
    if (rows.length > 0) insert.run(JSON.stringify(rows));
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
