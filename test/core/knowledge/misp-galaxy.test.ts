import { beforeAll, describe, expect, it } from 'vitest';
import { CatalogueFormatError, type ParsedCatalogue } from '../../../src/core/knowledge/catalogue.js';
import { parseMispGalaxy } from '../../../src/core/knowledge/misp-galaxy.js';
import { galaxy, present, readJson } from './catalogues.js';

describe.skipIf(!present)('MISP galaxy clusters as published', () => {
  let actors: ParsedCatalogue;
  let microsoft: ParsedCatalogue;
  let malpedia: ParsedCatalogue;
  beforeAll(() => {
    actors = parseMispGalaxy(readJson(galaxy('threat-actor')));
    microsoft = parseMispGalaxy(readJson(galaxy('microsoft-activity-group')));
    malpedia = parseMispGalaxy(readJson(galaxy('malpedia')));
  });

  const named = (c: ParsedCatalogue, name: string) => c.records.find((r) => r.name === name);

  it('reads every cluster with the galaxy’s version', () => {
    expect(actors.records).toHaveLength(1041);
    expect(actors.skipped).toBe(0);
    expect(actors.info).toMatchObject({
      id: 'misp-galaxy/threat-actor',
      version: '349',
      publisher: 'MISP Project',
    });
    expect(microsoft.records).toHaveLength(179);
    expect(malpedia.records.every((r) => r.kind === 'malware')).toBe(true);
  });

  it('keeps country, suspected state sponsor, synonyms and who coined them where MISP says', () => {
    const apt3 = named(actors, 'APT3');
    expect(apt3).toMatchObject({ country: 'CN', sponsor: 'China', kind: 'threat_actor' });
    const mayfair = apt3?.aliases.find((a) => a.name === 'BRONZE MAYFAIR');
    expect(mayfair?.sources[0]).toMatchObject({ usedBy: 'Secureworks', basis: 'catalogue' });
    expect(apt3?.aliases.map((a) => a.name)).toContain('Buckeye');
  });

  it('credits Microsoft with the names of its own galaxy, and files an old name with its new one', () => {
    const granite = named(microsoft, 'Granite Typhoon');
    const gallium = named(microsoft, 'GALLIUM');
    expect(granite?.aliases[0]?.sources[0]).toMatchObject({ usedBy: 'Microsoft', basis: 'catalogue' });
    expect(gallium?.family).toBeDefined();
    expect(gallium?.family).toBe(granite?.family);
  });

  it('files Malpedia’s per-platform clusters under one family named without the platform', () => {
    const variants = malpedia.records.filter((r) => r.aliases.some((a) => a.name.startsWith('Derusbi (')));
    expect(variants.map((r) => r.name)).toEqual(['Derusbi', 'Derusbi']);
    expect(new Set(variants.map((r) => r.family))).toEqual(new Set(['derusbi']));
  });

  it('turns a cited attack.mitre.org group page into a claim on that group', () => {
    const apt1 = named(actors, 'APT1');
    expect(apt1?.sameAs.map((c) => c.ref)).toContainEqual({ attackId: 'G0006' });
  });
});

describe('MISP galaxy input that does not validate', () => {
  it('skips and counts a malformed cluster, keeping the others', () => {
    const parsed = parseMispGalaxy({
      type: 'threat-actor',
      name: 'Threat Actor',
      version: 1,
      values: [
        {
          value: 'Good Actor',
          uuid: '11111111-1111-4111-8111-111111111111',
          meta: { synonyms: ['Other Name'] },
        },
        { value: '', uuid: '22222222-2222-4222-8222-222222222222' },
        { uuid: '33333333-3333-4333-8333-333333333333' },
        { value: 'Twice', uuid: '11111111-1111-4111-8111-111111111111' },
      ],
    });
    expect(parsed.records.map((r) => r.name)).toEqual(['Good Actor']);
    expect(parsed.skipped).toBe(3);
  });

  it('refuses a file that is no galaxy, or a galaxy it does not read, saying so', () => {
    expect(() => parseMispGalaxy({ vulnerabilities: [] })).toThrow(CatalogueFormatError);
    expect(() => parseMispGalaxy({ type: 'sector', name: 'Sector', values: [] })).toThrow(
      /"sector" is not one/,
    );
  });
});
