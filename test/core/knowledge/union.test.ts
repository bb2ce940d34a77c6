import { describe, expect, it } from 'vitest';
import type { ParsedCatalogue } from '../../../src/core/knowledge/catalogue.js';
import { buildSnapshot, type KnowledgeBase, knowledgeBase } from '../../../src/core/knowledge/snapshot.js';
import { type AttackObject, attackBundle, galaxy, uuid } from './fixtures.js';

function build(...catalogues: ParsedCatalogue[]): KnowledgeBase {
  return knowledgeBase(buildSnapshot(catalogues, { builtAt: '2025-01-01T00:00:00Z' }));
}

const group = (id: string, name: string, aliases?: string[]): AttackObject => ({
  type: 'intrusion-set',
  uuid: uuid(),
  id,
  name,
  aliases: aliases ?? [name],
});

describe('joining catalogues into entries', () => {
  it('joins a MISP cluster to the ATT&CK group it links when they share a name, crediting each name', async () => {
    const g = group('G0901', 'Quartz Heron', ['Quartz Heron', 'Glass Typhoon']);
    const kb = build(
      await attackBundle([g]),
      galaxy('threat-actor', [
        {
          value: 'Quartz Heron',
          uuid: uuid(),
          synonyms: ['BRONZE QUARTZ'],
          related: [{ 'dest-uuid': g.uuid, type: 'similar' }],
        },
      ]),
    );
    const r = kb.resolve('BRONZE QUARTZ');
    expect(r.status === 'found' && r.entry.id).toBe('G0901');
    if (r.status !== 'found') return;
    expect(r.entry.records.map((x) => x.catalogue)).toEqual([
      'mitre-attack/enterprise-attack',
      'misp-galaxy/threat-actor',
    ]);
    const credit = (name: string) =>
      r.entry.aliases.find((a) => a.name === name)?.sources.map((s) => s.usedBy);
    expect(credit('Glass Typhoon')).toEqual(['Microsoft']);
    expect(credit('BRONZE QUARTZ')).toEqual(['Secureworks']);
  });

  it('does not join on a link alone: a cluster MISP calls similar but sharing no name stays apart', async () => {
    const g = group('G0902', 'Amber Owl');
    const kb = build(
      await attackBundle([g]),
      galaxy('threat-actor', [
        { value: 'Cedar Fox', uuid: uuid(), related: [{ 'dest-uuid': g.uuid, type: 'similar' }] },
      ]),
    );
    const fox = kb.resolve('Cedar Fox');
    expect(fox.status === 'found' && fox.entry.id).not.toBe('G0902');
    if (fox.status !== 'found') return;
    expect(fox.entry.links).toContainEqual(expect.objectContaining({ rel: 'similar-to', target: 'G0902' }));
  });

  it('keeps a synonym two clusters share ambiguous, and the clusters apart', () => {
    const kb = build(
      galaxy('threat-actor', [
        { value: 'Moth One', uuid: uuid(), synonyms: ['Paper Lantern'] },
        { value: 'Moth Two', uuid: uuid(), synonyms: ['Paper Lantern'] },
      ]),
    );
    const r = kb.resolve('Paper Lantern');
    expect(r.status === 'ambiguous' && r.candidates.map((e) => e.name).sort()).toEqual([
      'Moth One',
      'Moth Two',
    ]);
    expect(kb.counts.threat_actor).toBe(2);
  });

  it('never joins two ATT&CK groups, whatever a broader catalogue links', async () => {
    const a = group('G0903', 'Iron Vale', ['Iron Vale', 'Vale Team']);
    const b = group('G0904', 'Iron Moor', ['Iron Moor', 'Moor Team']);
    const kb = build(
      await attackBundle([a, b]),
      galaxy('threat-actor', [
        {
          value: 'Iron Vale',
          uuid: uuid(),
          synonyms: ['Vale Team', 'Iron Moor', 'Moor Team'],
          refs: ['https://attack.mitre.org/groups/G0903/', 'https://attack.mitre.org/groups/G0904/'],
        },
      ]),
    );
    const vale = kb.resolve('Vale Team');
    const moor = kb.resolve('Moor Team');
    expect([vale.status === 'found' && vale.entry.id, moor.status === 'found' && moor.entry.id]).toEqual([
      'G0903',
      'G0904',
    ]);
  });

  it('joins software two catalogues both list under one distinctive name, not under an ordinary word', async () => {
    const kb = build(
      await attackBundle([
        { type: 'malware', uuid: uuid(), id: 'S0901', name: 'Zorbloader' },
        { type: 'malware', uuid: uuid(), id: 'S0902', name: 'Lantern' },
      ]),
      galaxy('malpedia', [
        {
          value: 'Zorbloader',
          uuid: uuid(),
          refs: ['https://malpedia.caad.fkie.fraunhofer.de/details/win.zorbloader'],
        },
        {
          value: 'Lantern',
          uuid: uuid(),
          refs: ['https://malpedia.caad.fkie.fraunhofer.de/details/win.lantern'],
        },
      ]),
    );
    const zorb = kb.resolve('Zorbloader');
    expect(zorb.status === 'found' && zorb.entry.records.length).toBe(2);
    const lantern = kb.resolve('Lantern');
    // Two catalogues giving "Lantern" to a malware is no evidence it is one malware: the ATT&CK
    // entry answers, the Malpedia one is listed beside it.
    expect(lantern.status === 'found' && [lantern.entry.id, lantern.alsoListed.length]).toEqual(['S0902', 1]);
    expect(kb.counts.malware).toBe(3);
  });

  it('leads a revoked group to its successor, and keeps a deprecated one out of the live count', async () => {
    const old = { ...group('G0905', 'Old Name'), revoked: true };
    const current = group('G0906', 'New Name', ['New Name', 'Old Name']);
    const gone = { ...group('G0907', 'Gone Group'), deprecated: true };
    const kb = build(
      await attackBundle([old, current, gone], [{ type: 'revoked-by', from: old, to: current }]),
    );
    expect(kb.entry('G0905')?.id).toBe('G0906');
    const r = kb.resolve('G0905');
    expect(r.status === 'found' && [r.entry.id, r.via]).toEqual(['G0906', 'redirect']);
    expect(kb.counts.threat_actor).toBe(1);
    expect(kb.entry('G0907')?.deprecated).toBe(true);
  });
});
