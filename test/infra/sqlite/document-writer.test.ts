// Storing documents: duplicates, copies at other addresses, bad input refused, batches whose failing
// document rolls back alone, and merged rows that stay whole across rollbacks and other connections.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { documentId, textHash } from '../../../src/core/documents/identity.js';
import type { Extraction } from '../../../src/core/model.js';
import { doc, EMPTY, event, FULL, useTempStores } from './helpers.js';

const stores = useTempStores();

describe('SQLite document writer', () => {
  it('adds a document and refuses the same id or the same url again', () => {
    const store = stores.open();
    expect(store.addDocument(doc('a'), EMPTY, '2024-04-01T10:00:00Z')).toEqual({ added: true, id: 'a' });
    expect(
      store.addDocument(doc('a', { url: 'https://other.example/x' }), EMPTY, '2024-04-01T10:00:00Z'),
    ).toEqual({
      added: false,
      id: 'a',
      reason: 'duplicate',
    });
    // Same URL, different body hash: the stored document's id is reported.
    expect(store.addDocument(doc('b', { url: 'https://example.org/a' }), EMPTY, 'x')).toEqual({
      added: false,
      id: 'a',
      reason: 'duplicate',
    });
    expect(store.documentCount()).toBe(1);
    expect(store.hasDocument(doc('a'))).toBe(true);
    expect(store.hasDocument(doc('zzz', { url: 'https://example.org/a' }))).toBe(true);
    expect(store.hasDocument(doc('zzz', { url: null }))).toBe(false);
    expect(store.hasDocument(doc('zzz'))).toBe(false);
  });

  it('keeps the same text at another address as a document of its own, and finds its copies', () => {
    const store = stores.open();
    const body = 'The monthly brief: APT31 remains active.\n\nPatch your edge devices.';
    const at = (url: string | null) =>
      doc(documentId(body, url), { url, body, origin: url ?? 'brief.txt', title: url });
    const may = at('https://news.example/may');
    const june = at('https://news.example/june');
    const wire = at('https://wire.example/brief');
    for (const d of [may, june, wire]) expect(store.addDocument(d, EMPTY, 't').added).toBe(true);
    expect(new Set([may.id, june.id, wire.id]).size).toBe(3);
    expect(store.documentsWithSameText([june.id], 5)).toEqual([may.id, wire.id]);
    expect(store.documentsWithSameText([may.id, june.id], 5)).toEqual([wire.id]);
    expect(store.documentsWithSameText([doc('other').id], 5)).toEqual([]);
    // The same address again is the same report, whatever its text became.
    expect(store.addDocument(at('https://news.example/may'), EMPTY, 't')).toMatchObject({ added: false });
    // Without an address, the text is all a document is: any stored copy of it is the same report.
    const file = at(null);
    expect(file.id).toBe(textHash(body));
    expect(store.hasDocument(file)).toBe(true);
    expect(store.addDocument(file, EMPTY, 't')).toEqual({ added: false, id: may.id, reason: 'duplicate' });
    expect(store.documentCount()).toBe(3);
  });

  it('stores any number of documents without a URL', () => {
    const store = stores.open();
    expect(store.addDocument(doc('a', { url: null }), EMPTY, 't').added).toBe(true);
    expect(store.addDocument(doc('b', { url: null }), EMPTY, 't').added).toBe(true);
    expect(store.documentCount()).toBe(2);
    expect(store.getDocument('b')?.url).toBeNull();
  });

  it('rejects a document whose dates are not ISO 8601, storing nothing', () => {
    const store = stores.open();
    expect(() => store.addDocument(doc('a'), { ...EMPTY, events: [event('2021-13')] }, 't')).toThrow(
      /Cannot store document a[\s\S]*events/,
    );
    expect(() => store.addDocument(doc('b', { published: '25 March 2024' }), EMPTY, 't')).toThrow(
      /published/,
    );
    expect(store.documentCount()).toBe(0);
  });

  it('stores a batch in one transaction, rolling back only the document that fails', () => {
    const store = stores.open();
    failAssessments('b');
    const results = store.addDocuments(
      [
        { doc: doc('a'), extraction: FULL },
        { doc: doc('b'), extraction: FULL },
        { doc: doc('a'), extraction: FULL },
        { doc: doc('c', { published: 'last week' }), extraction: EMPTY },
        { doc: doc('d'), extraction: FULL },
      ],
      't',
    );
    expect(results.map((r) => (r.added ? 'added' : r.reason))).toEqual([
      'added',
      'failed',
      'duplicate',
      'failed',
      'added',
    ]);
    expect(results[1]).toMatchObject({ error: expect.stringMatching(/forced failure/) });
    expect(
      store
        .listDocuments()
        .map((d) => d.id)
        .sort(),
    ).toEqual(['a', 'd']);
    // Nothing of b survives, not even the rows written before its assessments failed, nor its clusters.
    expect(store.extractionOf('b')).toEqual(EMPTY);
    expect(store.entity('APT31', 'threat_actor')?.documents).toBe(2);
    expect(store.addDocuments([], 't')).toEqual([]);
    store.close();
  });

  it('forgets a cluster whose document rolled back: its twin later in the batch starts the cluster', () => {
    const store = stores.open();
    failAssessments('b');
    const strike = (text: string): Extraction => ({ ...FULL, events: [event('2020-05-01', text)] });
    const results = store.addDocuments(
      [
        { doc: doc('b'), extraction: strike('APT99 struck the port authority of Rotterdam') },
        { doc: doc('c'), extraction: strike('APT99 struck the port authority of Rotterdam in May') },
      ],
      't',
    );
    expect(results.map((r) => r.added)).toEqual([false, true]);
    expect(store.eventClusters({ range: { from: '2020-05-01', to: '2020-05-01' }, limit: 10 }).rows).toEqual([
      expect.objectContaining({ docIds: ['c'], sourceCount: 1 }),
    ]);
    expectClustersWhole(stores.file);
  });

  it('writes again the word families of a document that rolled back, for the next one that has them', () => {
    const store = stores.open();
    failAssessments('b');
    const body = 'The stormbreakers campaign hit ports across the region, officials said on Monday evening.';
    const results = store.addDocuments(
      [
        { doc: doc('b', { body }), extraction: FULL },
        { doc: doc('c', { body }), extraction: EMPTY },
      ],
      't',
    );
    expect(results.map((r) => r.added)).toEqual([false, true]);
    const db = new Database(stores.file);
    const held = db.prepare(`SELECT family FROM passage_words WHERE word = 'stormbreakers'`).pluck().all();
    db.close();
    expect(held).toEqual(['stormbreaker']);
    store.close();
  });

  it('merges with clusters another connection wrote since its own last write', () => {
    const first = stores.open();
    const second = stores.open();
    const on = (text: string): Extraction => ({ ...EMPTY, events: [event('2020-05-01', text)] });
    first.addDocument(doc('a'), on('alpha beta gamma delta epsilon'), 't');
    second.addDocument(doc('b'), on('zeta theta iota kappa lambda'), 't');
    first.addDocument(doc('c'), on('zeta theta iota kappa lambda omicron'), 't');
    const rows = first.eventClusters({ range: { from: '2020-05-01', to: '2020-05-01' }, limit: 10 }).rows;
    expect(rows.map((r) => r.docIds)).toEqual([['a'], ['b', 'c']]);
    expectClustersWhole(stores.file);
  });

  it('leaves no partial rows when an insert fails inside the transaction', () => {
    const store = stores.open();
    // The last insert of the document (its assessments) fails after the document, mentions, quotes and
    // events rows were written.
    failAssessments();

    expect(() => store.addDocument(doc('a'), FULL, 't')).toThrow(/forced failure/);
    expect(store.documentCount()).toBe(0);
    expect(store.hasDocument(doc('a'))).toBe(false);
    expect(store.latestEntityId()).toBe(0);
    expect(store.speakers()).toEqual([]);
    expect(store.events()).toEqual([]);

    const check = new Database(stores.file);
    try {
      for (const table of [
        'documents',
        'mentions',
        'quotes',
        'events',
        'assessments',
        'entities',
        'event_clusters',
      ]) {
        expect(check.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
      }
      check.exec('DROP TRIGGER fail_assessment');
    } finally {
      check.close();
    }
    // And the same document goes in once the cause is gone.
    expect(store.addDocument(doc('a'), FULL, 't')).toEqual({ added: true, id: 'a' });
  });

  it('works in memory', () => {
    const store = stores.open(':memory:');
    store.addDocument(doc('a'), FULL, 't');
    expect(store.documentCount()).toBe(1);
  });
});

/** From another connection: every insert of an assessment (of document `docId` only, if given) fails. */
function failAssessments(docId?: string): void {
  const db = new Database(stores.file);
  const when = docId === undefined ? '' : `WHEN NEW.doc_id = '${docId}'`;
  db.exec(`CREATE TRIGGER fail_assessment BEFORE INSERT ON assessments ${when}
           BEGIN SELECT RAISE(ABORT, 'forced failure'); END;`);
  db.close();
}

/** Every stored row points at a cluster that exists, and each cluster counts the documents it holds. */
function expectClustersWhole(f: string): void {
  const db = new Database(f, { readonly: true });
  try {
    for (const [rows, clusters] of [
      ['events', 'event_clusters'],
      ['quotes', 'quote_clusters'],
      ['assessments', 'assessment_clusters'],
    ]) {
      const dangling = db
        .prepare(
          `SELECT count(*) FROM ${rows} r LEFT JOIN ${clusters} c ON c.id = r.cluster WHERE c.id IS NULL`,
        )
        .pluck()
        .get();
      expect(dangling, `${rows} without a cluster`).toBe(0);
      const miscounted = db
        .prepare(
          `SELECT count(*) FROM ${clusters} c
           WHERE c.docs != (SELECT count(DISTINCT doc_id) FROM ${rows} r WHERE r.cluster = c.id)`,
        )
        .pluck()
        .get();
      expect(miscounted, `${clusters} miscounted`).toBe(0);
    }
  } finally {
    db.close();
  }
}
