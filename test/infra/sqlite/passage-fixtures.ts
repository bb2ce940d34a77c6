// Documents and a fresh database with passages written, for the passage writer and search tests.
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

export function doc(id: string, body: string, title: string | null = null): Document {
  return { id, title, publisher: null, author: null, published: null, url: null, origin: `${id}.txt`, body };
}

export const NCSC = doc(
  'ncsc',
  [
    'The National Cyber Security Centre has identified organisations affiliated to the Chinese state as the source of two cyber campaigns.',
    'Protecting democracy a priority',
    'It is highly likely that a Chinese entity was responsible for the compromise of the Electoral Commission systems between 2021 and 2022.',
    'The Foreign Office sanctioned a front company and two individuals said to be members of APT31, also tracked as ZIRCONIUM.',
    'Deputy Prime Minister Oliver Dowden said the UK will not tolerate malicious cyber activity targeting our democratic institutions.',
  ].join('\n\n'),
  'UK calls out China over cyber campaigns',
);

export const US = doc(
  'us',
  [
    'The US Treasury designated Wuhan Xiaoruizhi Science and Technology Company as a front for APT31 operations.',
    'Officials described a résumé of intrusions stretching back more than a decade against critics of the government.',
  ].join('\n\n'),
  'Treasury sanctions APT31 front company',
);

export const IRISH = doc(
  'irish',
  'Minister Tomás Ó Súilleabháin told the Dáil that the Health Service Executive had restored its systems after the ransomware attack.',
  'Dáil hears of recovery',
);

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
