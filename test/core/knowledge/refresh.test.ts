// Catalogues in, on made-up catalogues small enough to see: what is saved, what is kept when a catalogue
// does not arrive or arrives damaged, and that nothing is written when nothing changed. The store is the
// real SQLite one, on a file in a temp folder; the downloads over a real server are in test/cli/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storedKnowledge } from '../../../src/core/knowledge/access.js';
import {
  type CatalogueInput,
  type Opened,
  refreshKnowledge,
  type Validators,
} from '../../../src/core/knowledge/refresh.js';
import { fixedClock } from '../../../src/infra/clock.js';
import { openSqliteStore, type SqliteStore } from '../../../src/infra/sqlite/store.js';

let dir = '';
let store: SqliteStore;
const clock = fixedClock(new Date('2025-12-01T00:00:00Z'));
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-refresh-'));
  store = openSqliteStore(path.join(dir, 'sitrep.db'));
});
afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const galaxyText = (version: number, names: string[]) =>
  JSON.stringify({
    type: 'threat-actor',
    name: 'Threat Actor',
    version,
    values: names.map((value, i) => ({
      value,
      uuid: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
      meta: { synonyms: [] },
    })),
  });
const kevText = (version: string, cves: string[]) =>
  JSON.stringify({
    catalogVersion: version,
    dateReleased: `${version.replaceAll('.', '-')}T12:00:00Z`,
    vulnerabilities: cves.map((cveID) => ({
      cveID,
      vendorProject: 'V',
      product: 'P',
      dateAdded: '2024-01-02',
    })),
  });

/** An input answering from a table the test changes between runs; it records the validators it is sent. */
function served(url: string, fromFolder = false) {
  const input = {
    fromFolder,
    answer: { kind: 'failed', message: 'nothing served yet' } as Opened | { text: string; etag: string },
    sent: [] as (Validators | null)[],
    url,
    async open(previous: Validators | null): Promise<Opened> {
      input.sent.push(previous);
      const a = input.answer;
      if (!('text' in a)) return a;
      return {
        kind: 'body',
        body: [a.text],
        validators: { etag: a.etag, lastModified: null },
        date: null,
        close: async () => {},
      };
    },
  } satisfies CatalogueInput & Record<string, unknown>;
  return input;
}

const run = (inputs: CatalogueInput[]) => refreshKnowledge(inputs, { store, clock });
const names = async () => {
  const kb = await storedKnowledge(store).load();
  return kb ? [...kb.names()].map((n) => n.name).sort() : null;
};

describe('refreshing the knowledge', () => {
  it('saves what arrived with its provenance, and writes nothing when every publisher says not modified', async () => {
    const actors = served('https://example.org/threat-actor.json');
    const kev = served('https://example.org/kev.json');
    actors.answer = { text: galaxyText(3, ['Dusk Moth']), etag: '"a3"' };
    kev.answer = { text: kevText('2025.08.25', ['CVE-2024-0001']), etag: '"k1"' };
    const first = await run([actors, kev]);
    expect(first.outcomes.map((o) => o.status)).toEqual(['updated', 'updated']);
    expect(first.saved?.counts).toMatchObject({ threat_actor: 1, vulnerability: 1 });
    expect(await store.knowledgeCatalogues()).toEqual([
      expect.objectContaining({ id: 'cisa-kev', version: '2025.08.25', date: '2025-08-25', etag: '"k1"' }),
      expect.objectContaining({
        id: 'misp-galaxy/threat-actor',
        version: '3',
        publisher: 'MISP Project',
        url: 'https://example.org/threat-actor.json',
        licence: expect.stringContaining('CC0'),
        counts: expect.objectContaining({ threat_actor: 1 }),
      }),
    ]);
    const snapshot = await store.knowledgeSnapshot();

    actors.answer = { kind: 'not-modified' };
    kev.answer = { kind: 'not-modified' };
    clock.advance(60_000);
    const second = await run([actors, kev]);
    expect(second.outcomes.map((o) => o.status)).toEqual(['unchanged', 'unchanged']);
    expect(second.saved).toBeNull();
    expect(actors.sent.at(-1)).toEqual({ etag: '"a3"', lastModified: null });
    expect(await store.knowledgeSnapshot()).toBe(snapshot);
  });

  it('rebuilds from the kept version of a catalogue that failed to arrive, or arrived damaged', async () => {
    const actors = served('https://example.org/threat-actor.json');
    const kev = served('https://example.org/kev.json');
    actors.answer = { text: galaxyText(3, ['Dusk Moth']), etag: '"a3"' };
    kev.answer = { text: kevText('2025.08.25', ['CVE-2024-0001']), etag: '"k1"' };
    await run([actors, kev]);

    actors.answer = { text: galaxyText(4, ['Dusk Moth', 'Dawn Heron']), etag: '"a4"' };
    kev.answer = { kind: 'failed', message: 'HTTP 503 from example.org' };
    const failed = await run([actors, kev]);
    expect(failed.outcomes.map((o) => o.status)).toEqual(['updated', 'failed']);
    expect(await names()).toEqual(['CVE-2024-0001', 'Dawn Heron', 'Dusk Moth']);

    actors.answer = { text: '{"type": "threat-actor", "values": [{"value": ', etag: '"a5"' };
    kev.answer = { text: kevText('2025.09.01', ['CVE-2024-0001', 'CVE-2024-0002']), etag: '"k2"' };
    const damaged = await run([actors, kev]);
    expect(damaged.outcomes).toEqual([
      expect.objectContaining({ status: 'malformed', message: expect.stringContaining('not valid JSON') }),
      expect.objectContaining({ status: 'updated' }),
    ]);
    expect(await names()).toEqual(['CVE-2024-0001', 'CVE-2024-0002', 'Dawn Heron', 'Dusk Moth']);
    expect((await store.knowledgeCatalogues()).map((c) => [c.id, c.version, c.etag])).toEqual([
      ['cisa-kev', '2025.09.01', '"k2"'],
      ['misp-galaxy/threat-actor', '4', '"a4"'],
    ]);
  });

  it('rebuilds a snapshot this version cannot read although every catalogue is unchanged', async () => {
    const kev = served('https://example.org/kev.json');
    kev.answer = { text: kevText('2025.08.25', ['CVE-2024-0001']), etag: '"k1"' };
    await run([kev]);
    const catalogues = await store.knowledgeCatalogues();
    const data = (await store.catalogueData('cisa-kev')) ?? '';
    // As an older Sitrep would have left it: a snapshot of another format.
    await store.saveKnowledge({
      snapshot: '{"format":0}',
      builtAt: 'x',
      catalogues: catalogues.map((catalogue) => ({ catalogue, data })),
    });
    kev.answer = { kind: 'not-modified' };
    const r = await run([kev]);
    expect(r.outcomes.map((o) => o.status)).toEqual(['unchanged']);
    expect(r.saved?.counts.vulnerability).toBe(1);
    expect(await names()).toEqual(['CVE-2024-0001']);
  });

  it('refuses a catalogue with nothing in it, and passes over a file of a folder that is no catalogue', async () => {
    const empty = served('https://example.org/empty.json');
    empty.answer = { text: galaxyText(1, []), etag: '"e"' };
    const schema = served('/mirror/kev-schema.json', true);
    schema.answer = { text: '{"$schema": "x", "properties": {"vulnerabilities": {}}}', etag: '' };
    const named = served('https://example.org/page.json');
    named.answer = { text: '{"rows": []}', etag: '' };
    const r = await run([empty, schema, named]);
    expect(r.outcomes.map((o) => o.status)).toEqual(['malformed', 'passed-over', 'malformed']);
    expect(r.saved).toBeNull();
    expect(await store.knowledgeSnapshot()).toBeNull();
  });

  it('leaves out a kept catalogue that cannot be read back, saying which', async () => {
    const actors = served('https://example.org/threat-actor.json');
    const kev = served('https://example.org/kev.json');
    actors.answer = { text: galaxyText(3, ['Dusk Moth']), etag: '"a3"' };
    kev.answer = { text: kevText('2025.08.25', ['CVE-2024-0001']), etag: '"k1"' };
    await run([actors, kev]);
    const [kevRow] = await store.knowledgeCatalogues();
    if (!kevRow) throw new Error('no catalogue stored');
    await store.saveKnowledge({
      snapshot: (await store.knowledgeSnapshot()) ?? '',
      builtAt: 'x',
      catalogues: [
        { catalogue: kevRow, data: '{"format": 1, "info": {}}' },
        {
          catalogue: (await store.knowledgeCatalogues())[1] as typeof kevRow,
          data: (await store.catalogueData('misp-galaxy/threat-actor')) ?? '',
        },
      ],
    });
    actors.answer = { text: galaxyText(4, ['Dawn Heron']), etag: '"a4"' };
    const r = await run([actors]);
    expect(r.dropped).toEqual([{ id: 'cisa-kev', message: expect.stringContaining('damaged') }]);
    expect(await names()).toEqual(['Dawn Heron']);
  });
});
