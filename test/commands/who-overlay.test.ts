// /who with the knowledge overlay: names a STIX bundle gave join the catalogues' entries they are (by the
// ATT&CK id the bundle cites), or answer as entries of their own, sourced "from <source name>", with or
// without catalogues, and a bundle imported later answers without a restart. Real SQLite in temp dirs;
// catalogues are ../shared/catalogues' ATT&CK Enterprise as published, stored as `knowledge import` does.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openRuntime, type Runtime } from '../../src/app/runtime.js';
import { parseAttackStream } from '../../src/core/knowledge/attack.js';
import { buildSnapshot, serializeSnapshot } from '../../src/core/knowledge/snapshot.js';
import { bundleObjects, importBundle, readContext } from '../../src/core/stix/import.js';
import { fixedClock } from '../../src/infra/clock.js';
import { memoryLogger } from '../../src/infra/logger.js';
import { chunks, ENTERPRISE, present } from '../core/knowledge/catalogues.js';
import { ask, field } from './knowledge-helpers.js';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Kettle Owl: a vendor's name for APT31 (the bundle cites G0128), and a malware family no catalogue has. */
const KETTLE = [
  {
    type: 'intrusion-set',
    spec_version: '2.1',
    id: `intrusion-set--${uuid(1)}`,
    name: 'Kettle Owl',
    aliases: ['TA9999'],
    external_references: [{ source_name: 'mitre-attack', external_id: 'G0128' }],
  },
  {
    type: 'malware',
    spec_version: '2.1',
    id: `malware--${uuid(2)}`,
    name: 'Brasswhistle',
    is_family: true,
    aliases: ['BRASSWHISTLE Loader'],
  },
];

const dirs = () => mkdtempSync(join(tmpdir(), 'sitrep-overlay-'));

let rt: Runtime | null = null;
afterEach(async () => {
  await rt?.close();
  rt = null;
});

async function runtime(): Promise<Runtime> {
  rt = await openRuntime({
    dataDir: dirs(),
    seedsDir: null,
    clock: fixedClock(new Date('2026-12-01T10:00:00.000Z')),
    logger: memoryLogger(),
  });
  return rt;
}

/** A bundle file of these objects, imported as `sitrep ingest` does. */
async function importObjects(into: Runtime, file: string, objects: unknown[]): Promise<void> {
  const path = join(dirs(), file);
  writeFileSync(path, JSON.stringify({ type: 'bundle', id: `bundle--${uuid(0)}`, objects }));
  const read = () => bundleObjects(chunks(path));
  await importBundle(read(), await readContext(read()), {
    ingest: (inputs) => into.ingest(inputs),
    names: into.store,
    clock: into.clock,
    sourceName: file,
    tlp: 'clear',
  });
}

describe.skipIf(!present)('/who with names a bundle gave, over the catalogues', () => {
  it("adds a bundle's alias to the ATT&CK group it cites, sourced to the bundle", async () => {
    const r0 = await runtime();
    const attack = await parseAttackStream(chunks(ENTERPRISE));
    const builtAt = '2025-12-01T00:00:00.000Z';
    await r0.knowledgeStore.saveKnowledge({
      snapshot: serializeSnapshot(buildSnapshot([attack], { builtAt })),
      builtAt,
      catalogues: [],
    });
    await importObjects(r0, 'kettle.json', KETTLE);
    const r = await ask(r0, '/who TA9999');
    // ATT&CK Enterprise files G0128 (APT31) as ZIRCONIUM.
    expect(r.title).toBe('ZIRCONIUM');
    expect(field(r, 'Also known as')).toMatch(/APT31 \(/);
    expect(field(r, 'Also known as')).toMatch(/TA9999 \(from kettle\.json\)/);
    expect(field(r, 'Also known as')).toMatch(/Kettle Owl \(from kettle\.json\)/);
    expect(field(r, 'Also known as')).toMatch(/G0128 \(MITRE ATT&CK\)/);
    // The catalogue's own names are as they were.
    expect(field(r, 'Also known as')).not.toMatch(/Zirconium \(from/i);
  }, 120_000);
});

describe('/who with names a bundle gave, and no catalogue', () => {
  it('answers an intrusion set only the bundle names with a card sourced to the bundle', async () => {
    const r0 = await runtime();
    await importObjects(r0, 'kettle.json', KETTLE);
    const r = await ask(r0, '/who Kettle Owl');
    expect(r.status).toBe('ok');
    expect(r.title).toBe('Kettle Owl');
    expect(field(r, 'Kind')).toBe('Threat actor');
    expect(field(r, 'Also known as')).toMatch(/TA9999 \(from kettle\.json\)/);
    expect(r.blocks.some((b) => b.type === 'text' && b.text.includes('known from kettle.json'))).toBe(true);
    expect((await ask(r0, '/who TA9999')).title).toBe('Kettle Owl');
  });

  it('answers a malware family the bundle names, of kind Malware', async () => {
    const r0 = await runtime();
    await importObjects(r0, 'kettle.json', KETTLE);
    const r = await ask(r0, '/who brasswhistle loader');
    expect(r.title).toBe('Brasswhistle');
    expect(field(r, 'Kind')).toBe('Malware');
    expect(field(r, 'Also known as')).toBe('BRASSWHISTLE Loader (from kettle.json)');
  });

  it("finds the names in reports ingested afterwards, as the catalogues' names are found", async () => {
    const r0 = await runtime();
    await importObjects(r0, 'kettle.json', KETTLE);
    const content = `Loader seen in Europe\n\nBy Jane Example, 12 March 2024\n\nOfficials said Brasswhistle was found on two ministry servers in February 2024.\n`;
    await r0.ingest([
      { origin: 'loader.txt', load: () => ({ content, origin: 'loader.txt', format: 'text' }) },
    ]);
    const r = await ask(r0, '/who Brasswhistle');
    expect(field(r, 'Kind')).toBe('Malware');
    expect(field(r, 'Reports')).toBe('1');
  });

  it('answers names from a bundle imported after the knowledge was first read, without a restart', async () => {
    const r0 = await runtime();
    await importObjects(r0, 'kettle.json', KETTLE);
    expect((await ask(r0, '/who Kettle Owl')).title).toBe('Kettle Owl');
    const later = { ...KETTLE[1], id: `tool--${uuid(3)}`, type: 'tool', name: 'Copperline', aliases: [] };
    await importObjects(r0, 'later.json', [later]);
    const r = await ask(r0, '/who Copperline');
    expect(r.title).toBe('Copperline');
    expect(field(r, 'Kind')).toBe('Tool');
    // A typo is offered the imported name.
    const typo = await ask(r0, '/who Copperlime');
    expect(typo.status).not.toBe('ok');
    expect(JSON.stringify(typo)).toContain('Copperline');
  });
});
