// Passages in SQLite FTS5 (ADR 6), in the store's own file: written in the transaction that writes their
// document, with their word families; and the FTS5 vocabulary, read to fill the typo lexicon.
import { LEXICON_MIN_TERM, type LexiconEntry } from '../../core/lexicon.js';
import type { Document } from '../../core/model.js';
import { passagesOf } from '../../core/passages.js';
import type { Db } from './database.js';
import { createFamilyWriter } from './word-families.js';

export interface PassageWriter {
  /** Inserts the document's passages and their word families; run it inside the document's transaction. */
  add(doc: Document): number;
  /** Deletes the document's passages (a full scan: doc_id is not indexed); returns how many there were. */
  remove(docId: string): number;
  /** Call when a write rolls back: what it remembers having written may be missing. */
  forget(): void;
}

/** `families: false` only for a schema that has no word families yet (migration 4, before 9). */
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
