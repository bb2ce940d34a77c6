import { describe, expect, it } from 'vitest';
import {
  buildSnapshot,
  loadSnapshot,
  SNAPSHOT_FORMAT,
  SnapshotError,
  serializeSnapshot,
} from '../../../src/core/knowledge/snapshot.js';
import { attackBundle, galaxy, uuid } from './fixtures.js';

async function small() {
  const plug = {
    type: 'malware' as const,
    uuid: uuid(),
    id: 'S0913',
    name: 'Plugzilla',
    aliases: ['Plugzilla', 'Zilla'],
  };
  const owl = { type: 'intrusion-set' as const, uuid: uuid(), id: 'G0913', name: 'Night Owl' };
  return buildSnapshot(
    [
      await attackBundle([plug, owl], [{ type: 'uses', from: owl, to: plug }]),
      galaxy('threat-actor', [{ value: 'Dusk Moth', uuid: uuid(), synonyms: ['Moth Team'] }]),
    ],
    { builtAt: '2025-06-01T12:00:00.000Z' },
  );
}

describe('knowledge snapshots', () => {
  it('serialise to one JSON text that loads back to the same entries and answers', async () => {
    const snapshot = await small();
    const text = serializeSnapshot(snapshot);
    expect(text).not.toMatch(/\n/);
    const kb = loadSnapshot(text);
    expect(kb.builtAt).toBe('2025-06-01T12:00:00.000Z');
    expect(kb.counts).toMatchObject({ threat_actor: 2, malware: 1 });
    const zilla = kb.resolve('zilla');
    expect(zilla.status === 'found' && zilla.entry.links).toEqual([
      expect.objectContaining({ rel: 'uses', dir: 'in', target: 'G0913' }),
    ]);
    expect(kb.find('Night Owl dropped Plugzilla.').map((m) => m.ids[0])).toEqual(['G0913', 'S0913']);
    expect([...kb.names()].map((n) => n.name).sort()).toEqual([
      'Dusk Moth',
      'G0913',
      'Moth Team',
      'Night Owl',
      'Plugzilla',
      'S0913',
      'Zilla',
    ]);
  });

  it('refuses text that is not a snapshot this version reads, saying why', async () => {
    const good = JSON.parse(serializeSnapshot(await small())) as Record<string, unknown>;
    const broken = (change: (s: Record<string, unknown>) => void) => {
      const copy = structuredClone(good);
      change(copy);
      return JSON.stringify(copy);
    };
    expect(() => loadSnapshot('{"format":')).toThrow(SnapshotError);
    expect(() => loadSnapshot(broken((s) => (s.format = SNAPSHOT_FORMAT + 1)))).toThrow(
      /format 2; this version reads 1/,
    );
    expect(() =>
      loadSnapshot(
        broken((s) => ((s.entries as Record<string, unknown>[])[0] = { id: 'X', kind: 'planet' })),
      ),
    ).toThrow(/damaged/);
    expect(() => loadSnapshot(broken((s) => (s.names = [['key', 'not ids', 0]])))).toThrow(SnapshotError);
  });
});
