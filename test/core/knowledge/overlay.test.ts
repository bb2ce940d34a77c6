// The knowledge overlay's rules on tiny catalogues: an imported object joins the entry its ATT&CK id or an
// exact name leads to when one entry only has it; a name two entries hold, or a name that only looks like
// one, makes an entry of its own; the snapshot underneath is left as it was.
import { describe, expect, it } from 'vitest';
import { overlayImported } from '../../../src/core/knowledge/overlay.js';
import { buildSnapshot, knowledgeBase } from '../../../src/core/knowledge/snapshot.js';
import type { ImportedName } from '../../../src/core/ports.js';
import { attackBundle, galaxy, uuid } from './fixtures.js';

async function base() {
  const attack = await attackBundle([
    {
      type: 'intrusion-set',
      uuid: uuid(),
      id: 'G0001',
      name: 'Quartz Heron',
      aliases: ['Quartz Heron', 'QH'],
    },
    {
      type: 'intrusion-set',
      uuid: uuid(),
      id: 'G0002',
      name: 'Tin Marten',
      aliases: ['Tin Marten'],
    },
  ]);
  const misp = galaxy('threat-actor', [
    { uuid: uuid(), value: 'Lead Vole', synonyms: ['Shared'] },
    { uuid: uuid(), value: 'Zinc Wren', synonyms: ['Shared'] },
  ]);
  return buildSnapshot([attack, misp], { builtAt: '2025-12-01T00:00:00.000Z' });
}

const imported = (name: string, aliases: string[], extra: Partial<ImportedName> = {}): ImportedName => ({
  kind: 'threat_actor',
  name,
  aliases,
  stixId: `intrusion-set--${uuid()}`,
  externalIds: [],
  provenance: 'from Partner feed',
  ...extra,
});

describe('the knowledge overlay', () => {
  it('adds the new names of an object an exact name leads to, sourced to the feed, and leaves the snapshot be', async () => {
    const snapshot = await base();
    const kb = knowledgeBase(overlayImported(snapshot, [imported('quartz heron', ['Granite Stork'])]));
    const r = kb.resolve('Granite Stork');
    expect(r.status === 'found' && r.entry.id).toBe('G0001');
    const added = r.status === 'found' ? r.entry.aliases.find((a) => a.name === 'Granite Stork') : undefined;
    expect(added?.sources).toEqual([
      { usedBy: null, basis: 'import', catalogue: 'from Partner feed', citations: [] },
    ]);
    expect(knowledgeBase(snapshot).resolve('Granite Stork').status).toBe('none');
  });

  it('keeps apart an object whose name two entries hold, and one whose name only looks like an entry’s', async () => {
    const snapshot = await base();
    expect(knowledgeBase(snapshot).resolve('Shared').status).toBe('ambiguous');
    const kb = knowledgeBase(
      overlayImported(await base(), [
        imported('Shared', ['Basalt Crane']),
        imported('Quartz Herons', ['Slate Ibis']),
      ]),
    );
    const crane = kb.resolve('Basalt Crane');
    expect(crane.status === 'found' && [crane.entry.name, crane.entry.records[0]?.catalogue]).toEqual([
      'Shared',
      'from Partner feed',
    ]);
    const ibis = kb.resolve('Slate Ibis');
    expect(ibis.status === 'found' && ibis.entry.name).toBe('Quartz Herons');
    expect(kb.resolve('Quartz Heron').status === 'found' && kb.resolve('Quartz Heron')).toMatchObject({
      entry: { id: 'G0001' },
    });
  });

  it('follows the ATT&CK id the object cites over its names', async () => {
    const kb = knowledgeBase(
      overlayImported(await base(), [
        imported('Tin Marten', ['Iron Egret'], { externalIds: [{ source: 'mitre-attack', id: 'G0001' }] }),
      ]),
    );
    const r = kb.resolve('Iron Egret');
    expect(r.status === 'found' && r.entry.id).toBe('G0001');
  });
});
