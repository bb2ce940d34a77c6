// DocumentReader and EntityReader on every engine: every field and row as stored, pages newest first,
// heads for citations, entities merged across documents and found by any name, in one order everywhere.
import { expect, it } from 'vitest';
import type { Document, Extraction } from '../../../src/core/model.js';
import type { Store } from '../../../src/core/ports.js';
import { doc, EMPTY, FULL } from '../store-fixtures.js';
import { conformance } from './harness.js';

const add = async (store: Store, d: Document, x: Extraction = EMPTY, at = 't') => {
  const [r] = await store.addDocuments([{ doc: d, extraction: x }], at);
  expect(r?.added, JSON.stringify(r)).toBe(true);
};

conformance('reading documents and entities', (engine) => {
  it('round-trips a document and every row type', async () => {
    const store = await engine.open();
    const d = doc('a', { author: 'Mark Say', title: null });
    await add(store, d, FULL, '2024-04-01T10:00:00Z');
    expect(await store.getDocument('a')).toEqual({ ...d, ingestedAt: '2024-04-01T10:00:00Z' });
    expect(await store.getDocument('missing')).toBeUndefined();
    expect(await store.extractionOf('a')).toEqual(FULL);
    expect(await store.extractionOf('missing')).toEqual(EMPTY);
    expect(await store.aliasesElsewhere(['APT31', 'Nobody'], [])).toEqual(
      new Map([['APT31', ['ZIRCONIUM', 'Violet Typhoon']]]),
    );
    expect(await store.aliasesElsewhere(['APT31'], ['a'])).toEqual(new Map());
    expect(await store.aliasesElsewhere([], [])).toEqual(new Map());
    expect(await store.speakers()).toEqual([
      { name: 'NCSC', kind: 'organisation' },
      { name: 'Oliver Dowden', kind: 'person' },
    ]);
  });

  it('lists documents newest first, unknown dates last, then by ingestion time, a page at a time', async () => {
    const store = await engine.open();
    await add(store, doc('old', { published: '2021-05-01' }), EMPTY, '2024-01-01T00:00:00Z');
    await add(store, doc('undated1', { published: null }), EMPTY, '2024-01-01T00:00:00Z');
    await add(store, doc('new', { published: '2024-03-25' }), EMPTY, '2024-01-01T00:00:00Z');
    await add(store, doc('undated2', { published: null }), EMPTY, '2024-02-01T00:00:00Z');
    await add(store, doc('month', { published: '2023-12' }), EMPTY, '2024-01-01T00:00:00Z');
    const ids = async (opts?: Parameters<Store['listDocuments']>[0]) =>
      (await store.listDocuments(opts)).map((d) => d.id);
    expect(await ids()).toEqual(['new', 'month', 'old', 'undated2', 'undated1']);
    expect(await ids({ limit: 2, offset: 1 })).toEqual(['month', 'old']);
    expect(await ids({ limit: -1, offset: 3 })).toEqual(['undated2', 'undated1']);
    expect(await ids({ ingestedSince: '2024-01-15T00:00:00Z' })).toEqual(['undated2']);
    expect(await store.documentCount()).toBe(5);
  });

  it('gives heads for citations in the order asked, unknown ids left out, the first words when untitled', async () => {
    const store = await engine.open();
    await add(store, doc('a'));
    await add(store, doc('b', { title: null, body: `${'Word '.repeat(60)}end.` }));
    const heads = await store.documentHeads(['b', 'missing', 'a']);
    expect(heads.map((h) => h.id)).toEqual(['b', 'a']);
    expect(heads[0]?.snippet).toBe('Word '.repeat(40));
    expect(heads[1]).toMatchObject({ title: 'Report a', snippet: '' });
    expect(heads[1]).not.toHaveProperty('body');
    expect(await store.documentHeads([])).toEqual([]);
  });

  it('merges an entity across documents: aliases, roles, counts, first and last seen', async () => {
    const store = await engine.open();
    await add(store, doc('a'), FULL);
    const apt = { name: 'APT31', kind: 'threat_actor' as const, roles: ['hacker', 'author'] };
    await add(store, doc('b', { published: '2024-04-01' }), {
      ...EMPTY,
      entities: [{ ...apt, aliases: ['Judgement Panda', 'ZIRCONIUM'] }],
    });
    await add(store, doc('c', { published: '2023-01' }), { ...EMPTY, entities: [{ ...apt, aliases: [] }] });
    expect(await store.entity('APT31', 'threat_actor')).toMatchObject({
      aliases: ['ZIRCONIUM', 'Violet Typhoon', 'Judgement Panda'],
      roles: { hacker: 2, author: 2 },
      documents: 3,
      authored: 2,
      firstSeen: '2023-01',
      lastSeen: '2024-04-01',
    });
    expect(await store.entity('APT31', 'person')).toBeUndefined();
    expect(await store.aliasesElsewhere(['APT31'], ['a'])).toEqual(
      new Map([['APT31', ['Judgement Panda', 'ZIRCONIUM']]]),
    );
    expect((await store.aliasesElsewhere(['APT31'], ['b', 'c'])).get('APT31')).toEqual([
      'ZIRCONIUM',
      'Violet Typhoon',
    ]);
    expect(await store.latestEntityId()).toBe(2);
    expect((await store.entitiesAfter(1)).map((e) => e.name)).toEqual(['Oliver Dowden']);
    expect((await store.entitiesAfter(0, 1)).map((e) => e.name)).toEqual(['APT31']);
  });

  it('finds entities by any name or alias key and by key prefix, most documented first', async () => {
    const store = await engine.open();
    await add(store, doc('a'), FULL);
    await add(store, doc('b'), { ...EMPTY, entities: [FULL.entities[1] as Extraction['entities'][number]] });
    expect((await store.entitiesByKey('violettyphoon')).map((e) => e.name)).toEqual(['APT31']);
    expect((await store.entitiesByKey('dowden')).map((e) => e.name)).toEqual(['Oliver Dowden']);
    expect(await store.entitiesByKey('nobody')).toEqual([]);
    expect((await store.entitiesWithKeyPrefix('zir', 5)).map((e) => e.name)).toEqual(['APT31']);
    expect((await store.entitiesWithKeyPrefix('', 5)).map((e) => e.name)).toEqual(['Oliver Dowden', 'APT31']);
    expect((await store.entitiesWithKeyPrefix('', 1)).map((e) => e.name)).toEqual(['Oliver Dowden']);
    expect(await store.documentsMentioning('Oliver Dowden', 5)).toEqual(['b', 'a']);
    expect(await store.documentsMentioning('Oliver Dowden', 1)).toEqual(['b']);
    const names = await store.namesInDocuments(['a', 'b', 'nowhere']);
    expect(names.map((m) => `${m.docId}:${m.name}:${m.kind}`).sort()).toEqual([
      'a:APT31:threat_actor',
      'a:Oliver Dowden:person',
      'b:Oliver Dowden:person',
    ]);
    expect(await store.namesInDocuments([])).toEqual([]);
  });

  it('orders names by code point, as SQLite does, whatever the database locale', async () => {
    const store = await engine.open();
    const org = (name: string) => ({ name, kind: 'organisation' as const, aliases: [], roles: [] });
    const said = (speaker: string) => ({
      speaker,
      speakerKind: 'organisation' as const,
      role: null,
      text: 'x',
      paragraph: 0,
    });
    const names = ['alpha Unit', 'Zeta Group', 'Émile Bureau', 'beta-Team', 'Beta Team'];
    await add(store, doc('a'), { ...EMPTY, entities: names.map(org), quotes: names.map(said) });
    const byCodePoint = [...names].sort((x, y) => (x < y ? -1 : 1));
    expect((await store.speakers()).map((s) => s.name)).toEqual(byCodePoint);
    expect((await store.entitiesWithKeyPrefix('', 10)).map((e) => e.name)).toEqual(byCodePoint);
  });
});
