import { beforeAll, describe, expect, it } from 'vitest';
import { parseAttackObjects, parseAttackStream } from '../../../src/core/knowledge/attack.js';
import type { CatalogueRecord, ParsedCatalogue } from '../../../src/core/knowledge/catalogue.js';
import { chunks, ENTERPRISE, ICS, present } from './catalogues.js';

const attackId = (r: CatalogueRecord) => r.externalIds.find((x) => x.system === 'MITRE ATT&CK')?.id;

function byId(catalogue: ParsedCatalogue, id: string): CatalogueRecord {
  const found = catalogue.records.find((r) => attackId(r) === id);
  if (!found) throw new Error(`${id} not in ${catalogue.info.id}`);
  return found;
}

describe.skipIf(!present)('ATT&CK bundles as published', () => {
  let enterprise: ParsedCatalogue;
  let ics: ParsedCatalogue;
  beforeAll(async () => {
    enterprise = await parseAttackStream(chunks(ENTERPRISE));
    ics = await parseAttackStream(chunks(ICS));
  });

  it('reads every group, piece of software and campaign of the STIX 2.0 bundle, none skipped', () => {
    const count = (kind: string) => enterprise.records.filter((r) => r.kind === kind).length;
    // 187 intrusion sets, 696 malware, 91 tools, 52 campaigns; the revoked ones all name a successor.
    expect([count('threat_actor'), count('malware'), count('tool'), count('campaign')]).toEqual([
      187, 696, 91, 52,
    ]);
    expect(enterprise.skipped).toBe(0);
    expect(enterprise.info).toMatchObject({
      id: 'mitre-attack/enterprise-attack',
      publisher: 'The MITRE Corporation',
    });
    // A 2.0 bundle carries no collection object: no version to report, the date of its latest object.
    expect(enterprise.info.version).toBeNull();
    expect(enterprise.info.date).toBe('2025-11-12');
    expect(enterprise.info.licence).toBe(
      'Copyright 2015-2025, The MITRE Corporation. MITRE ATT&CK and ATT&CK are registered trademarks of The MITRE Corporation. ' +
        'This work is reproduced and distributed with the permission of The MITRE Corporation.',
    );
  });

  it('takes a 2.1 bundle’s version and date from its collection', () => {
    expect(ics.info).toMatchObject({ id: 'mitre-attack/ics-attack', version: '18.1', date: '2025-11-13' });
    expect(ics.records.filter((r) => r.kind === 'threat_actor')).toHaveLength(16);
  });

  it('credits each alias to who uses it, with ATT&CK’s citation', () => {
    const zirconium = byId(enterprise, 'G0128');
    const violet = zirconium.aliases.find((a) => a.name === 'Violet Typhoon');
    expect(violet?.sources[0]).toMatchObject({
      usedBy: 'Microsoft',
      catalogue: 'mitre-attack/enterprise-attack',
    });
    expect(violet?.sources[0]?.citations[0]?.url).toContain('microsoft.com');
    const andariel = byId(enterprise, 'G0138');
    const silent = andariel.aliases.find((a) => a.name === 'Silent Chollima');
    expect(silent?.sources[0]).toMatchObject({ usedBy: 'CrowdStrike' });
    expect(silent?.sources[0]?.citations[0]?.name).toBe(
      'CrowdStrike Silent Chollima Adversary September 2021',
    );
  });

  it('keeps who uses which software, with the citations', () => {
    const plugx = byId(enterprise, 'S0013');
    const mustang = byId(enterprise, 'G0129');
    const uses = mustang.relations.find(
      (r) => r.rel === 'uses' && 'uuid' in r.ref && r.ref.uuid === plugx.key,
    );
    expect(uses?.citations.map((c) => c.name)).toContain('Eset PlugX Korplug Mustang Panda March 2022');
  });

  it('points a revoked group at its successor and marks deprecated objects', () => {
    const apt34 = enterprise.records.find((r) => r.name === 'APT34');
    expect(apt34?.revokedBy).toEqual({ uuid: byId(enterprise, 'G0049').key });
    expect(byId(enterprise, 'G0014').deprecated).toBe(true);
    expect(byId(enterprise, 'G0049').deprecated).toBeUndefined();
  });
});

describe('ATT&CK objects that do not validate', () => {
  it('are skipped and counted; the rest of the bundle is read', async () => {
    const group = (id: string, name: string) => ({
      type: 'intrusion-set',
      id: `intrusion-set--${id}`,
      name,
      aliases: [name],
      external_references: [{ source_name: 'mitre-attack', external_id: 'G9999' }],
    });
    const parsed = await parseAttackObjects([
      group('00000000-0000-4000-8000-000000000001', 'Good Group'),
      { type: 'intrusion-set', id: 'intrusion-set--00000000-0000-4000-8000-000000000002', name: 42 },
      { type: 'malware', name: 'No id' },
      'not an object',
      { type: 'relationship', relationship_type: 'uses' },
      { type: 'attack-pattern', id: 'attack-pattern--x' },
    ]);
    expect(parsed.records.map((r) => r.name)).toEqual(['Good Group']);
    expect(parsed.skipped).toBe(4);
    expect(parsed.problems[0]).toMatch(/intrusion-set/);
  });
});
