// A fresh database with passages written, for the passage writer and search tests; the reports are the
// ones every engine's search tests use.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll } from 'vitest';
import { createLexicon } from '../../../src/core/lexicon.js';
import type { Document } from '../../../src/core/model.js';
import { createPassageSearch, type PassageQueries } from '../../../src/infra/sqlite/passage-search.js';
import { createPassageWriter, vocabularyOf } from '../../../src/infra/sqlite/passage-writer.js';
import { PASSAGES_MIGRATION, WORD_FAMILIES_MIGRATION } from '../../../src/infra/sqlite/schema.js';

/** The first page of a search, `limit` long. */
export const top = (s: PassageQueries, query: string, limit: number) =>
  s.search(query, { offset: 0, limit }).hits;

export { IRISH, NCSC, report as doc, US } from '../conformance/reports.js';

// Test files share this module (vitest runs them without isolation), so the folder is made for each
// file that uses it and removed after that file, never once for all of them.
let dir = '';
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});
let files = 0;

/** A fresh database file with the migration applied, the documents written and the lexicon filled. */
export function open(...docs: Document[]) {
  dir ||= mkdtempSync(join(tmpdir(), 'sitrep-passages-'));
  const db = new Database(join(dir, `passages-${files++}.db`));
  db.pragma('journal_mode = WAL');
  db.exec(PASSAGES_MIGRATION);
  db.exec(WORD_FAMILIES_MIGRATION);
  const writer = createPassageWriter(db);
  db.transaction(() => {
    for (const d of docs) writer.add(d);
  })();
  const lexicon = createLexicon();
  lexicon.add(vocabularyOf(db));
  const search = createPassageSearch(db, lexicon);
  return { db, writer, lexicon, search };
}
