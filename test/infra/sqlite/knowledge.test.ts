// The knowledge tables on a real SQLite file: the snapshot and its catalogues saved and read back, replaced
// whole, and left as they were when a save fails half-way.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredCatalogue } from '../../../src/core/knowledge/store.js';
import { openSqliteStore, type SqliteStore } from '../../../src/infra/sqlite/store.js';

let dir = '';
const opened: SqliteStore[] = [];
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-knowledge-'));
});
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
const file = () => path.join(dir, 'sitrep.db');
function open(): SqliteStore {
  const store = openSqliteStore(file());
  opened.push(store);
  return store;
}

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

describe('the knowledge store (SQLite)', () => {
  it('holds nothing at first', async () => {
    const store = open();
    expect(await store.knowledgeCatalogues()).toEqual([]);
    expect(await store.knowledgeSnapshot()).toBeNull();
    expect(await store.catalogueData('mitre-attack/enterprise-attack')).toBeNull();
  });

  it('reads back what it saved, after a restart, and replaces it whole', async () => {
    const a = catalogue('mitre-attack/enterprise-attack');
    const b = catalogue('cisa-kev', { version: null, date: null, etag: null, lastModified: null });
    await open().saveKnowledge({
      snapshot: '{"snapshot":1}',
      builtAt: '2025-12-01T00:00:00.000Z',
      catalogues: [
        { catalogue: a, data: '{"a":1}' },
        { catalogue: b, data: '{"b":1}' },
      ],
    });
    const store = open();
    expect(await store.knowledgeCatalogues()).toEqual([b, a]);
    expect(await store.knowledgeSnapshot()).toBe('{"snapshot":1}');
    expect(await store.catalogueData(a.id)).toBe('{"a":1}');

    await store.saveKnowledge({
      snapshot: '{"snapshot":2}',
      builtAt: '2025-12-02T00:00:00.000Z',
      catalogues: [{ catalogue: { ...a, version: '8' }, data: '{"a":2}' }],
    });
    expect(await store.knowledgeCatalogues()).toEqual([{ ...a, version: '8' }]);
    expect(await store.knowledgeSnapshot()).toBe('{"snapshot":2}');
    expect(await store.catalogueData(b.id)).toBeNull();
  });

  it('keeps the previous snapshot and catalogues whole when a save fails half-way', async () => {
    const store = open();
    const a = catalogue('misp-galaxy/threat-actor');
    await store.saveKnowledge({
      snapshot: '{"snapshot":1}',
      builtAt: '2025-12-01T00:00:00.000Z',
      catalogues: [{ catalogue: a, data: '{"a":1}' }],
    });
    // The second catalogue breaks the table's key after the first was written: nothing may stay of it.
    const b = catalogue('misp-galaxy/tool');
    await expect(
      store.saveKnowledge({
        snapshot: '{"snapshot":2}',
        builtAt: '2025-12-02T00:00:00.000Z',
        catalogues: [
          { catalogue: b, data: '{"b":1}' },
          { catalogue: b, data: '{"b":2}' },
        ],
      }),
    ).rejects.toThrow(/UNIQUE/);
    expect(await store.knowledgeSnapshot()).toBe('{"snapshot":1}');
    expect(await store.knowledgeCatalogues()).toEqual([a]);
    expect(await store.catalogueData(a.id)).toBe('{"a":1}');
  });

  it('names the table and row of a catalogue row that does not fit', async () => {
    const store = open();
    await store.saveKnowledge({
      snapshot: '{}',
      builtAt: '2025-12-01T00:00:00.000Z',
      catalogues: [{ catalogue: catalogue('cisa-kev'), data: '{}' }],
    });
    const db = new Database(file());
    db.prepare(`UPDATE knowledge_catalogues SET counts = '{"planets": 3}'`).run();
    db.close();
    await expect(store.knowledgeCatalogues()).rejects.toThrow(
      /Corrupt data in table "knowledge_catalogues", row cisa-kev[\s\S]*counts per kind/,
    );
  });
});
