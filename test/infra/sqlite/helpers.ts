// The SQLite store as the tests of src/infra/sqlite/ use it: a real file in a temp folder per test, the
// reads and writes only tests need (one document at a time, every event or assessment row, the meta table),
// and the documents and extractions the tests store.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach } from 'vitest';
import type { Document, Extraction, IsoDate } from '../../../src/core/model.js';
import type { AddResult, AssessmentRow, EventRow } from '../../../src/core/ports.js';
import { openDatabase } from '../../../src/infra/sqlite/database.js';
import { createSqliteStore, type SqliteStore as Store } from '../../../src/infra/sqlite/store.js';

export { doc, EMPTY, event, FULL } from '../store-fixtures.js';

import { dateBounds, OPEN_END, OPEN_START } from '../../../src/infra/store/dates.js';
import { assessmentRow, eventRow, readRow } from '../../../src/infra/store/rows.js';

export interface TestStore extends Store {
  /** Stores one document (`addDocuments` with one item); throws when it fails. */
  addDocument(doc: Document, extraction: Extraction, ingestedAt: string): AddResult;
  /** Events whose date overlaps [from, to] (either bound optional), oldest first. */
  events(range?: { from?: IsoDate; to?: IsoDate }): EventRow[];
  /** Assessments whose actor is one of these names, or all when names is omitted. */
  assessments(actors?: string[]): AssessmentRow[];
  getMeta(key: string): string | undefined;
  setMeta(key: string, value: string): void;
}

const EVENT_COLUMNS = `id AS rowId, doc_id AS docId, date, text, date_phrase AS datePhrase, actors, paragraph`;
const ASSESSMENT_COLUMNS = `id AS rowId, doc_id AS docId, phrase, band, text, actor, paragraph`;

const withoutRowId = <T extends { rowId: number }>({ rowId: _rowId, ...rest }: T) => rest;

/** The first or last day of a query bound: a 'from' of 2021 starts on 1 January, a 'to' ends on 31 December. */
function bound(date: IsoDate, side: 'from' | 'to'): string {
  const b = dateBounds(date);
  if (!b) throw new Error(`events: "${side}" date "${date}" is not an ISO 8601 date or range`);
  return side === 'from' ? b.start : b.end;
}

/** Opens the SQLite store at `file` (or ':memory:') with the test-only methods. */
export function openTestStore(file: string): TestStore {
  const db = openDatabase(file);
  const store = createSqliteStore(db);
  const events = db.prepare<{ from: string; to: string }, unknown>(
    `SELECT ${EVENT_COLUMNS} FROM events WHERE date_start <= @to AND date_end >= @from ORDER BY date_start, date, id`,
  );
  const assessmentsOf = db.prepare<[string], unknown>(
    `SELECT ${ASSESSMENT_COLUMNS} FROM assessments WHERE actor IN (SELECT value FROM json_each(?)) ORDER BY id`,
  );
  const allAssessments = db.prepare<[], unknown>(`SELECT ${ASSESSMENT_COLUMNS} FROM assessments ORDER BY id`);
  const toAssessment = (row: unknown) => withoutRowId(readRow(assessmentRow, 'assessments', row));
  const getMeta = db.prepare<[string], string>(`SELECT value FROM meta WHERE key = ?`).pluck();
  const setMeta = db.prepare(
    `INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
  );
  return Object.assign(store, {
    addDocument(doc: Document, extraction: Extraction, ingestedAt: string): AddResult {
      const [result] = store.addDocuments([{ doc, extraction }], ingestedAt);
      if (!result) throw new Error('addDocuments returned no result');
      if (!result.added && result.reason === 'failed') throw new Error(result.error);
      return result;
    },
    events(range: { from?: IsoDate; to?: IsoDate } = {}): EventRow[] {
      const from = range.from === undefined ? OPEN_START : bound(range.from, 'from');
      const to = range.to === undefined ? OPEN_END : bound(range.to, 'to');
      return events.all({ from, to }).map((row) => withoutRowId(readRow(eventRow, 'events', row)));
    },
    assessments(actors?: string[]): AssessmentRow[] {
      if (actors === undefined) return allAssessments.all().map(toAssessment);
      if (actors.length === 0) return [];
      return assessmentsOf.all(JSON.stringify(actors)).map(toAssessment);
    },
    getMeta: (key: string) => getMeta.get(key),
    setMeta: (key: string, value: string) => void setMeta.run(key, value),
  });
}

export interface TempStores {
  /** This test's folder and the store file in it (not created until opened). */
  readonly dir: string;
  readonly file: string;
  /** Opens a store (this test's file unless given), closed after the test. */
  open(file?: string): TestStore;
}

/** A fresh temp folder per test, removed after it with every store opened in it closed. */
export function useTempStores(): TempStores {
  let dir = '';
  const opened: Store[] = [];
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-store-'));
  });
  afterEach(() => {
    for (const s of opened.splice(0)) s.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return {
    get dir() {
      return dir;
    },
    get file() {
      return path.join(dir, 'sitrep.db');
    },
    open(file = path.join(dir, 'sitrep.db')) {
      const store = openTestStore(file);
      opened.push(store);
      return store;
    },
  };
}

/** The first page of a passage search. */
export const FIRST = { offset: 0, limit: 5 };

/** Runs `sql` on the file from a connection of its own, as another process (or a hand edit) would. */
export function onFile(file: string, sql: string): void {
  const db = new Database(file);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}
