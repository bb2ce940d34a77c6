// What the store keeps beside the corpus, on every engine: the field's knowledge (a snapshot and its
// catalogues, replaced whole or not at all), each host's recurring page lines, and the names kept from STIX
// sources with the version token that tells every replica when they changed.
import { expect, it } from 'vitest';
import type { StoredCatalogue } from '../../../src/core/knowledge/store.js';
import type { ImportedName } from '../../../src/core/ports.js';
import { conformance } from './harness.js';

function catalogue(id: string, over: Partial<StoredCatalogue> = {}): StoredCatalogue {
  return {
    id,
    scheme: id.split('/')[0] ?? id,
    title: `Title of ${id}`,
    publisher: 'A Publisher',
    version: '7',
    date: '2025-11-13',
    licence: 'Notice of the publisher.',
    url: `https://example.org/${id}.json`,
    records: 3,
    skipped: 1,
    counts: { threat_actor: 1, malware: 1, tool: 0, campaign: 1, vulnerability: 0 },
    etag: '"e1"',
    lastModified: 'Wed, 12 Nov 2025 08:00:00 GMT',
    loadedAt: '2025-12-01T00:00:00.000Z',
    dataFormat: 1,
    ...over,
  };
}

const save = (snapshot: string, catalogues: { catalogue: StoredCatalogue; data: string }[]) => ({
  snapshot,
  builtAt: '2025-12-01T00:00:00.000Z',
  catalogues,
});

conformance('the knowledge store', (engine) => {
  it('holds nothing at first', async () => {
    const store = await engine.open();
    expect(await store.knowledgeCatalogues()).toEqual([]);
    expect(await store.knowledgeSnapshot()).toBeNull();
    expect(await store.catalogueData('mitre-attack/enterprise-attack')).toBeNull();
  });

  it('reads back what it saved, from another store on the database, and replaces it whole', async () => {
    const a = catalogue('mitre-attack/enterprise-attack');
    const b = catalogue('cisa-kev', { version: null, date: null, etag: null, lastModified: null });
    // Properties beyond the row's columns are not stored.
    const spread = { ...a, extra: 'not a column' } as StoredCatalogue;
    await (await engine.open()).saveKnowledge(
      save('{"snapshot":1}', [
        { catalogue: spread, data: '{"a":1}' },
        { catalogue: b, data: '{"b":1}' },
      ]),
    );
    const store = await engine.open();
    expect(await store.knowledgeCatalogues()).toEqual([b, a]);
    expect(await store.knowledgeSnapshot()).toBe('{"snapshot":1}');
    expect(await store.catalogueData(a.id)).toBe('{"a":1}');

    await store.saveKnowledge(
      save('{"snapshot":2}', [{ catalogue: { ...a, version: '8' }, data: '{"a":2}' }]),
    );
    expect(await store.knowledgeCatalogues()).toEqual([{ ...a, version: '8' }]);
    expect(await store.knowledgeSnapshot()).toBe('{"snapshot":2}');
    expect(await store.catalogueData(b.id)).toBeNull();
  });

  it('keeps the previous snapshot and catalogues whole when a save fails half-way', async () => {
    const store = await engine.open();
    const a = catalogue('misp-galaxy/threat-actor');
    await store.saveKnowledge(save('{"snapshot":1}', [{ catalogue: a, data: '{"a":1}' }]));
    // The second catalogue breaks the table's key after the first was written: nothing may stay of it.
    const b = catalogue('misp-galaxy/tool');
    await expect(
      store.saveKnowledge(
        save('{"snapshot":2}', [
          { catalogue: b, data: '{"b":1}' },
          { catalogue: b, data: '{"b":2}' },
        ]),
      ),
    ).rejects.toThrow(/UNIQUE|duplicate key/);
    expect(await store.knowledgeSnapshot()).toBe('{"snapshot":1}');
    expect(await store.knowledgeCatalogues()).toEqual([a]);
    expect(await store.catalogueData(a.id)).toBe('{"a":1}');
  });

  it('leaves one save whole when two replicas save at the same moment', async () => {
    const [one, two] = [await engine.open(), await engine.open()];
    const of = (n: number) =>
      save(`{"snapshot":${n}}`, [
        { catalogue: catalogue('cisa-kev', { version: String(n) }), data: `{"kev":${n}}` },
        { catalogue: catalogue(`only-in-${n}`), data: `{"own":${n}}` },
      ]);
    await Promise.all([one.saveKnowledge(of(1)), two.saveKnowledge(of(2))]);
    const snapshot = await one.knowledgeSnapshot();
    const n = snapshot === '{"snapshot":1}' ? 1 : 2;
    expect(snapshot).toBe(`{"snapshot":${n}}`);
    expect((await two.knowledgeCatalogues()).map((c) => [c.id, c.version])).toEqual([
      ['cisa-kev', String(n)],
      [`only-in-${n}`, '7'],
    ]);
    expect(await one.catalogueData('cisa-kev')).toBe(`{"kev":${n}}`);
  });

  it('names the table and row of a catalogue row that does not fit', async () => {
    const store = await engine.open();
    await store.saveKnowledge(save('{}', [{ catalogue: catalogue('cisa-kev'), data: '{}' }]));
    await engine.query(`UPDATE knowledge_catalogues SET counts = '{"planets": 3}' RETURNING id`);
    await expect(store.knowledgeCatalogues()).rejects.toThrow(
      /Corrupt data in table "knowledge_catalogues", row cisa-kev[\s\S]*counts per kind/,
    );
  });
});

conformance('the furniture memory', (engine) => {
  it('counts each line once per document, per host, and reads the lines at or above a count', async () => {
    const store = await engine.open();
    await store.rememberLines([
      { host: 'harbour.example', lines: ['a', 'b', 'a'] },
      { host: 'harbour.example', lines: ['a'] },
      { host: 'river.example', lines: ['a', 'c'] },
    ]);
    await store.rememberLines([]);
    expect(await store.recurringLines('harbour.example', 2)).toEqual(['a']);
    expect((await store.recurringLines('harbour.example', 1)).sort()).toEqual(['a', 'b']);
    expect(await store.recurringLines('river.example', 2)).toEqual([]);
    expect(await store.recurringLines('nowhere.example', 1)).toEqual([]);
  });

  it('adds up what several replicas learn at the same moment, and each reads it', async () => {
    const stores = await Promise.all([engine.open(), engine.open(), engine.open()]);
    const page = (n: number) => ({ host: 'gazette.example', lines: ['menu', 'footer', `story ${n}`] });
    await Promise.all(
      stores.map((s, i) =>
        s.rememberLines([page(i), page(i + 10), { host: 'other.example', lines: ['menu'] }]),
      ),
    );
    for (const s of stores) {
      expect((await s.recurringLines('gazette.example', 6)).sort()).toEqual(['footer', 'menu']);
      expect(await s.recurringLines('gazette.example', 7)).toEqual([]);
      expect(await s.recurringLines('other.example', 3)).toEqual(['menu']);
    }
  });
});

const AT = '2025-12-01T00:00:00.000Z';
const named = (stixId: string, over: Partial<ImportedName> = {}): ImportedName => ({
  kind: 'threat_actor',
  name: `Actor ${stixId}`,
  aliases: [`Alias ${stixId}`],
  stixId,
  externalIds: [{ source: 'mitre-attack', id: `G${stixId.length}` }],
  provenance: 'from CTI feed',
  ...over,
});

conformance('names imported from STIX sources', (engine) => {
  it('keeps one name per provenance and STIX id, the latest kept winning, the first kept first', async () => {
    const store = await engine.open();
    expect(await store.importedNames()).toEqual([]);
    expect(await store.keepImportedNames([named('a'), named('b'), named('a', { name: 'Renamed' })], AT)).toBe(
      2,
    );
    expect(
      await store.keepImportedNames([named('b', { aliases: [] }), named('c', { kind: 'tool' })], AT),
    ).toBe(1);
    // The same STIX id from another source is another name.
    expect(await store.keepImportedNames([named('a', { provenance: 'from a bundle' })], AT)).toBe(1);
    expect(await (await engine.open()).importedNames()).toEqual([
      named('a', { name: 'Renamed' }),
      named('b', { aliases: [] }),
      named('c', { kind: 'tool' }),
      named('a', { provenance: 'from a bundle' }),
    ]);
  });

  it('changes its version token with every keep, whichever replica kept, and only then', async () => {
    const [reader, writer] = [await engine.open(), await engine.open()];
    const tokens = [await reader.importedNamesVersion()];
    const seen = async () => {
      tokens.push(await reader.importedNamesVersion());
      return new Set(tokens).size;
    };
    expect(await writer.keepImportedNames([], AT)).toBe(0);
    expect(await seen()).toBe(1);
    await writer.keepImportedNames([named('a'), named('b')], AT);
    expect(await seen()).toBe(2);
    // Only names kept before, changed, at the same instant: no row is added, no time moves on.
    await writer.keepImportedNames([named('a', { aliases: ['Another'] })], AT);
    expect(await seen()).toBe(3);
    await writer.keepImportedNames([named('b')], AT);
    expect(await seen()).toBe(4);
    expect(await seen()).toBe(4);
  });

  it('keeps every name when replicas keep at the same moment', async () => {
    const stores = await Promise.all([engine.open(), engine.open(), engine.open()]);
    const added = await Promise.all(
      stores.map((s, i) => s.keepImportedNames([named('shared'), named(`own-${i}`)], AT)),
    );
    expect(added.reduce((a, b) => a + b)).toBe(4);
    expect((await stores[0]?.importedNames())?.map((n) => n.stixId).sort()).toEqual([
      'own-0',
      'own-1',
      'own-2',
      'shared',
    ]);
  });

  it('names the table of a name whose lists are not the JSON they should be', async () => {
    const store = await engine.open();
    await store.keepImportedNames([named('a')], AT);
    await engine.query(`UPDATE imported_names SET aliases = 'not json' RETURNING id`);
    await expect(store.importedNames()).rejects.toThrow(/Corrupt data in table "imported_names"/);
  });
});
