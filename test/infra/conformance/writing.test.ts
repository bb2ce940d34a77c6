// DocumentWriter on every engine: duplicates and copies at other addresses, bad input refused, batches whose
// failing document rolls back alone, merged rows that stay whole across rollbacks and other writers.
import { expect, it } from 'vitest';
import { documentId, textHash } from '../../../src/core/documents/identity.js';
import type { Document, Extraction } from '../../../src/core/model.js';
import type { BatchResult, Store } from '../../../src/core/ports.js';
import { doc, EMPTY, event, FULL } from '../store-fixtures.js';
import { clusterFaults, conformance, rowCount } from './harness.js';

const T = '2024-04-01T10:00:00Z';
const outcome = (results: BatchResult[]) => results.map((r) => (r.added ? 'added' : r.reason));
const one = async (store: Store, d: Document, x: Extraction = EMPTY) => {
  const [result] = await store.addDocuments([{ doc: d, extraction: x }], T);
  return result;
};
const NO_FAULTS = {
  'events without a cluster': 0,
  'event_clusters miscounted': 0,
  'quotes without a cluster': 0,
  'quote_clusters miscounted': 0,
  'assessments without a cluster': 0,
  'assessment_clusters miscounted': 0,
};

conformance('writing documents', (engine) => {
  it('adds a document and refuses the same id or the same URL again', async () => {
    const store = await engine.open();
    expect(await one(store, doc('a'))).toEqual({ added: true, id: 'a' });
    expect(await one(store, doc('a', { url: 'https://other.example/x' }))).toEqual({
      added: false,
      id: 'a',
      reason: 'duplicate',
    });
    expect(await one(store, doc('b', { url: 'https://example.org/a' }))).toEqual({
      added: false,
      id: 'a',
      reason: 'duplicate',
    });
    expect(await store.documentCount()).toBe(1);
    expect(await store.hasDocument(doc('a'))).toBe(true);
    expect(await store.hasDocument(doc('zzz', { url: 'https://example.org/a' }))).toBe(true);
    expect(await store.hasDocument(doc('zzz', { url: null }))).toBe(false);
    expect(await store.hasDocument(doc('zzz'))).toBe(false);
  });

  it('keeps the same text at another address as a document of its own, and finds its copies', async () => {
    const store = await engine.open();
    const body = 'The monthly brief: APT31 remains active.\n\nPatch your edge devices.';
    const at = (url: string | null) =>
      doc(documentId(body, url), { url, body, origin: url ?? 'brief.txt', title: url });
    const [may, june, wire] = ['may', 'june', 'wire'].map((p) =>
      at(`https://news.example/${p}`),
    ) as Document[];
    const added = await store.addDocuments(
      [may, june, wire].map((d) => ({ doc: d as Document, extraction: EMPTY })),
      T,
    );
    expect(outcome(added)).toEqual(['added', 'added', 'added']);
    expect(await store.documentsWithSameText([june?.id ?? ''], 5)).toEqual([may?.id, wire?.id]);
    expect(await store.documentsWithSameText([may?.id ?? '', june?.id ?? ''], 5)).toEqual([wire?.id]);
    expect(await store.documentsWithSameText([doc('other').id], 5)).toEqual([]);
    expect(await store.documentsWithSameText([], 5)).toEqual([]);
    expect(await one(store, at('https://news.example/may'))).toMatchObject({ added: false });
    // Without an address, the text is all a document is: any stored copy of it is the same report.
    const file = at(null);
    expect(file.id).toBe(textHash(body));
    expect(await store.hasDocument(file)).toBe(true);
    expect(await one(store, file)).toEqual({ added: false, id: may?.id, reason: 'duplicate' });
    expect(await store.documentCount()).toBe(3);
  });

  it('judges duplicates within a batch as it judges stored ones', async () => {
    const store = await engine.open();
    const body = 'A text filed twice without an address.';
    const file = doc(textHash(body), { url: null, body });
    const results = await store.addDocuments(
      [
        { doc: doc('a', { url: null }), extraction: EMPTY },
        { doc: doc('b', { url: null }), extraction: EMPTY },
        { doc: doc('a', { url: 'https://x.example/a' }), extraction: EMPTY },
        { doc: doc('c', { url: 'https://example.org/b' }), extraction: EMPTY },
        { doc: file, extraction: EMPTY },
        { doc: { ...file, id: 'other-id' }, extraction: EMPTY },
        { doc: doc(textHash(body), { url: null, body, title: 'again' }), extraction: EMPTY },
      ],
      T,
    );
    expect(results.map((r) => [r.added ? 'added' : r.reason, r.id])).toEqual([
      ['added', 'a'],
      ['added', 'b'],
      ['duplicate', 'a'],
      ['added', 'c'],
      ['added', file.id],
      ['added', 'other-id'],
      ['duplicate', file.id],
    ]);
  });

  it('refuses a document whose dates are not ISO 8601, storing nothing of it', async () => {
    const store = await engine.open();
    const results = await store.addDocuments(
      [
        { doc: doc('a'), extraction: { ...EMPTY, events: [event('2021-13')] } },
        { doc: doc('b', { published: '25 March 2024' }), extraction: EMPTY },
      ],
      T,
    );
    expect(results).toEqual([
      expect.objectContaining({
        added: false,
        reason: 'failed',
        error: expect.stringMatching(/Cannot store document a[\s\S]*events/),
      }),
      expect.objectContaining({ added: false, reason: 'failed', error: expect.stringMatching(/published/) }),
    ]);
    expect(await store.documentCount()).toBe(0);
    expect(await store.addDocuments([], T)).toEqual([]);
  });

  it('stores a batch in one transaction, rolling back only the document that fails', async () => {
    const store = await engine.open();
    await engine.failAssessments('b');
    const results = await store.addDocuments(
      [
        { doc: doc('a'), extraction: FULL },
        { doc: doc('b'), extraction: FULL },
        { doc: doc('a'), extraction: FULL },
        { doc: doc('c', { published: 'last week' }), extraction: EMPTY },
        { doc: doc('d'), extraction: FULL },
      ],
      T,
    );
    expect(outcome(results)).toEqual(['added', 'failed', 'duplicate', 'failed', 'added']);
    expect(results[1]).toMatchObject({ id: 'b', error: expect.stringMatching(/forced failure/) });
    expect((await store.listDocuments()).map((d) => d.id).sort()).toEqual(['a', 'd']);
    expect(await store.extractionOf('b')).toEqual(EMPTY);
    expect((await store.entity('APT31', 'threat_actor'))?.documents).toBe(2);
    expect(await clusterFaults(engine)).toEqual(NO_FAULTS);
  });

  it('forgets a cluster whose document rolled back: its twin later in the batch starts the cluster', async () => {
    const store = await engine.open();
    await engine.failAssessments('b');
    const strike = (text: string): Extraction => ({ ...FULL, events: [event('2020-05-01', text)] });
    const results = await store.addDocuments(
      [
        { doc: doc('b'), extraction: strike('APT99 struck the port authority of Rotterdam') },
        { doc: doc('c'), extraction: strike('APT99 struck the port authority of Rotterdam in May') },
      ],
      T,
    );
    expect(results.map((r) => r.added)).toEqual([false, true]);
    const page = await store.eventClusters({ range: { from: '2020-05-01', to: '2020-05-01' }, limit: 10 });
    expect(page.rows).toEqual([expect.objectContaining({ docIds: ['c'], sourceCount: 1 })]);
    expect(await clusterFaults(engine)).toEqual(NO_FAULTS);
  });

  it('keeps the words and word families of a document whose twin rolled back', async () => {
    const store = await engine.open();
    await engine.failAssessments('b');
    const body = 'The stormbreakers campaign hit ports across the region, officials said on Monday evening.';
    const results = await store.addDocuments(
      [
        { doc: doc('b', { body }), extraction: FULL },
        { doc: doc('c', { body }), extraction: EMPTY },
      ],
      T,
    );
    expect(results.map((r) => r.added)).toEqual([false, true]);
    const found = await store.searchPassages('stormbreaker campaign', { offset: 0, limit: 5 });
    expect(found.hits.map((h) => h.docId)).toEqual(['c']);
    expect(found.hits[0]?.terms.sort()).toEqual(['campaign', 'stormbreakers']);
  });

  it('merges with clusters another writer (another process or replica) wrote since its own last write', async () => {
    const [first, second] = [await engine.open(), await engine.open()];
    const on = (text: string): Extraction => ({ ...EMPTY, events: [event('2020-05-01', text)] });
    await one(first, doc('a'), on('alpha beta gamma delta epsilon'));
    await one(second, doc('b'), on('zeta theta iota kappa lambda'));
    await one(first, doc('c'), on('zeta theta iota kappa lambda omicron'));
    const page = await first.eventClusters({ range: { from: '2020-05-01', to: '2020-05-01' }, limit: 10 });
    expect(page.rows.map((r) => r.docIds)).toEqual([['a'], ['b', 'c']]);
    expect(await clusterFaults(engine)).toEqual(NO_FAULTS);
  });

  it('stores a report once when two writers add it at the same moment', async () => {
    const [first, second] = [await engine.open(), await engine.open()];
    const batch = (ids: string[]) => ids.map((id) => ({ doc: doc(id), extraction: FULL }));
    const [a, b] = await Promise.all([
      first.addDocuments(batch(['x', 'y', 'shared']), T),
      second.addDocuments(batch(['shared', 'z']), T),
    ]);
    expect([a[2], b[0]].map((r) => (r?.added ? 'added' : r?.reason)).sort()).toEqual(['added', 'duplicate']);
    expect(await first.documentCount()).toBe(4);
    expect((await first.entity('APT31', 'threat_actor'))?.documents).toBe(4);
    expect(await clusterFaults(engine)).toEqual(NO_FAULTS);
  });

  it('merges what two writers store at the same moment as if one had written after the other', async () => {
    const [first, second] = [await engine.open(), await engine.open()];
    // Every document reports the same event in its own words: one cluster, whichever writer stored it.
    const struck = (id: string) => ({
      ...EMPTY,
      events: [event('2022-02-02', `APT99 struck the Rotterdam port authority, said ${id}`)],
    });
    const batch = (ids: string[]) => ids.map((id) => ({ doc: doc(id), extraction: struck(id) }));
    await Promise.all([first.addDocuments(batch(['w', 'x']), T), second.addDocuments(batch(['y', 'z']), T)]);
    const events = await second.eventClusters({ range: { from: '2022-02-02', to: '2022-02-02' }, limit: 10 });
    expect(events.rows.map((r) => [r.sourceCount, r.docIds.sort()])).toEqual([[4, ['w', 'x', 'y', 'z']]]);
    expect(await clusterFaults(engine)).toEqual(NO_FAULTS);
  });

  it('leaves no partial rows when an insert fails inside the transaction, and takes the document after', async () => {
    const store = await engine.open();
    await engine.failAssessments();
    expect(await one(store, doc('a'), FULL)).toMatchObject({
      added: false,
      reason: 'failed',
      error: expect.stringMatching(/forced failure/),
    });
    expect(await store.documentCount()).toBe(0);
    expect(await store.hasDocument(doc('a'))).toBe(false);
    expect(await store.latestEntityId()).toBe(0);
    expect(await store.speakers()).toEqual([]);
    for (const table of [
      'documents',
      'mentions',
      'quotes',
      'events',
      'assessments',
      'entities',
      'event_clusters',
    ])
      expect(await rowCount(engine, table), table).toBe(0);
    await engine.allowAssessments();
    expect(await one(store, doc('a'), FULL)).toEqual({ added: true, id: 'a' });
  });
});
