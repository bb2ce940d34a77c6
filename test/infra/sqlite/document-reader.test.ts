// Reading documents back: every field and row type as stored, pages newest first, and the rows of one
// document by date.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { doc, EMPTY, event, FULL, useTempStores } from './helpers.js';

const stores = useTempStores();

describe('SQLite document reader', () => {
  it('round-trips a document and every row type', () => {
    const store = stores.open();
    const d = doc('a', { author: 'Mark Say', title: null });
    store.addDocument(d, FULL, '2024-04-01T10:00:00Z');

    expect(store.getDocument('a')).toEqual({ ...d, ingestedAt: '2024-04-01T10:00:00Z' });
    expect(store.getDocument('missing')).toBeUndefined();
    expect(store.extractionOf('a')).toEqual(FULL);
    expect(store.extractionOf('missing')).toEqual(EMPTY);

    expect(store.aliasesElsewhere(['APT31', 'Nobody'], [])).toEqual(
      new Map([['APT31', ['ZIRCONIUM', 'Violet Typhoon']]]),
    );
    expect(store.aliasesElsewhere(['APT31'], ['a'])).toEqual(new Map());
    expect(store.aliasesElsewhere([], [])).toEqual(new Map());
    expect(store.speakers()).toEqual([
      { name: 'NCSC', kind: 'organisation' },
      { name: 'Oliver Dowden', kind: 'person' },
    ]);
    expect(store.events()).toEqual([{ docId: 'a', ...FULL.events[0] }]);
    expect(store.assessments()).toEqual(FULL.assessments.map((a) => ({ docId: 'a', ...a })));
    expect(store.assessments(['APT31'])).toEqual([{ docId: 'a', ...FULL.assessments[0] }]);
    expect(store.assessments([])).toEqual([]);
  });

  it('lists documents newest first, unknown dates last, then by ingestion time', () => {
    const store = stores.open();
    store.addDocument(doc('old', { published: '2021-05-01' }), EMPTY, '2024-01-01T00:00:00Z');
    store.addDocument(doc('undated1', { published: null }), EMPTY, '2024-01-01T00:00:00Z');
    store.addDocument(doc('new', { published: '2024-03-25' }), EMPTY, '2024-01-01T00:00:00Z');
    store.addDocument(doc('undated2', { published: null }), EMPTY, '2024-02-01T00:00:00Z');
    store.addDocument(doc('month', { published: '2023-12' }), EMPTY, '2024-01-01T00:00:00Z');
    expect(store.listDocuments().map((d) => d.id)).toEqual(['new', 'month', 'old', 'undated2', 'undated1']);
  });

  it('finds events whose year, month, day or range overlaps the query, oldest first', () => {
    const store = stores.open();
    store.addDocument(
      doc('a'),
      {
        ...EMPTY,
        events: [
          event('2024-03-25'),
          event('2021'),
          event('2023-12'),
          event('2021/2022'),
          event('2021-03'),
          event('2020-02-29'),
          event('2023-12-05/2023-12-08'),
        ],
      },
      't',
    );
    const dates = (range?: { from?: string; to?: string }) => store.events(range).map((e) => e.date);

    expect(dates()).toEqual([
      '2020-02-29',
      '2021',
      '2021/2022',
      '2021-03',
      '2023-12',
      '2023-12-05/2023-12-08',
      '2024-03-25',
    ]);
    // A day inside a year, a month and a range.
    expect(dates({ from: '2021-06-01', to: '2021-06-01' })).toEqual(['2021', '2021/2022']);
    expect(dates({ from: '2021-03-15', to: '2021-03-15' })).toEqual(['2021', '2021/2022', '2021-03']);
    // A query year covers all of it; open bounds.
    expect(dates({ from: '2022' })).toEqual(['2021/2022', '2023-12', '2023-12-05/2023-12-08', '2024-03-25']);
    expect(dates({ to: '2020' })).toEqual(['2020-02-29']);
    expect(dates({ from: '2023-12', to: '2023-12' })).toEqual(['2023-12', '2023-12-05/2023-12-08']);
    expect(dates({ from: '2023-12-06', to: '2023-12-06' })).toEqual(['2023-12', '2023-12-05/2023-12-08']);
    expect(dates({ from: '2023-12-09', to: '2024-03-24' })).toEqual(['2023-12']);
    expect(dates({ from: '2022/2023' })).toEqual([
      '2021/2022',
      '2023-12',
      '2023-12-05/2023-12-08',
      '2024-03-25',
    ]);
    expect(() => store.events({ from: 'March 2021' })).toThrow(/"from" date "March 2021"/);
  });

  it('uses the date index for event range queries', () => {
    stores.open().close();
    const db = new Database(stores.file, { readonly: true });
    try {
      const plan = db
        .prepare(`EXPLAIN QUERY PLAN SELECT * FROM events WHERE date_start <= ? AND date_end >= ?`)
        .all('2022-01-01', '2021-01-01') as { detail: string }[];
      expect(plan.map((p) => p.detail).join('\n')).toMatch(/USING INDEX events_date/);
    } finally {
      db.close();
    }
  });
});
