// The knowledge built from every catalogue in ../shared/catalogues, as the product will load it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogueRecord, ParsedCatalogue } from '../../../src/core/knowledge/catalogue.js';
import type { KnowledgeEntry } from '../../../src/core/knowledge/model.js';
import {
  buildSnapshot,
  type KnowledgeBase,
  type KnowledgeSnapshot,
  knowledgeBase,
  loadSnapshot,
  serializeSnapshot,
} from '../../../src/core/knowledge/snapshot.js';
import { parseAll, present } from './catalogues.js';

const BUILT_AT = '2025-12-01T00:00:00.000Z';

const attackId = (r: CatalogueRecord) => r.externalIds.find((x) => x.system === 'MITRE ATT&CK')?.id ?? '';
const holds = (e: KnowledgeEntry, id: string) => e.externalIds.some((x) => x.id === id);

describe.skipIf(!present)('knowledge from every catalogue', () => {
  let catalogues: ParsedCatalogue[];
  let snapshot: KnowledgeSnapshot;
  let kb: KnowledgeBase;
  beforeAll(async () => {
    catalogues = await parseAll();
    snapshot = buildSnapshot(catalogues, { builtAt: BUILT_AT });
    kb = knowledgeBase(snapshot);
  });

  const found = (name: string) => {
    const r = kb.resolve(name);
    if (r.status !== 'found') throw new Error(`${name}: ${r.status}`);
    return r;
  };

  it('loads actors, software, campaigns and every KEV vulnerability, with each catalogue’s provenance', () => {
    console.info('entries loaded:', kb.counts);
    expect(kb.counts.threat_actor).toBeGreaterThan(900);
    expect(kb.counts.malware + kb.counts.tool).toBeGreaterThan(3500);
    expect(kb.counts.campaign).toBeGreaterThanOrEqual(52);
    expect(kb.counts.vulnerability).toBe(1404);
    expect(kb.catalogues.map((c) => [c.id, c.version])).toEqual([
      ['cisa-kev', '2025.08.25'],
      ['misp-galaxy/malpedia', '25472'],
      ['misp-galaxy/microsoft-activity-group', '23'],
      ['misp-galaxy/threat-actor', '349'],
      ['misp-galaxy/tool', '177'],
      ['mitre-attack/enterprise-attack', null],
      ['mitre-attack/ics-attack', '18.1'],
    ]);
    expect(kb.notices().some((n) => n.includes('The MITRE Corporation'))).toBe(true);
  });

  it('answers a name two catalogues give to different actors with both, and never merges them', () => {
    // MISP lists "Grizzly Steppe" (the US government's name for the 2016 election operation) under
    // both its APT28 and its APT29 clusters.
    const r = kb.resolve('Grizzly Steppe');
    expect(r.status).toBe('ambiguous');
    if (r.status !== 'ambiguous') return;
    expect(r.candidates.map((e) => e.id).sort()).toEqual(['G0007', 'G0016']);
    expect(found('APT28').entry.id).toBe('G0007');
    expect(found('APT29').entry.id).toBe('G0016');
    // Two MISP clusters that ATT&CK does not know keep their shared synonym ambiguous too.
    const chickens = kb.resolve('Golden Chickens');
    expect(chickens.status === 'ambiguous' && chickens.candidates.map((e) => e.name).sort()).toEqual([
      'GC01',
      'GC02',
    ]);
    // Microsoft gives FIN6 to two of its actors; ATT&CK to one group: a disagreement, not a guess.
    expect(kb.resolve('FIN6').status).toBe('ambiguous');
  });

  it('leads a revoked group’s name and id to the group that replaced it', () => {
    expect(found('APT34').entry.id).toBe('G0049');
    const byId = found('G0057');
    expect([byId.entry.id, byId.via]).toEqual(['G0049', 'redirect']);
    expect(kb.entry('G0057')?.id).toBe('G0049');
    expect(kb.entry('G0049')?.records.some((r) => r.revoked && r.name === 'APT34')).toBe(true);
  });

  it('never shows a deprecated object as live', () => {
    const dragon = kb.entry('G0014');
    expect(dragon?.deprecated).toBe(true);
    expect(found('Night Dragon').entry.deprecated).toBe(false);
    expect([...kb.names()].some((n) => n.id === 'G0014')).toBe(false);
    const mentions = kb.find('The Night Dragon intrusions, and TRITON at the plant.');
    expect(mentions.flatMap((m) => m.ids)).not.toContain('G0014');
    // ATT&CK deprecated its TRITON entry for Triton (S1009).
    expect(found('TRITON').entry.id).toBe('S1009');
  });

  it('says who uses each of an actor’s names', () => {
    const r = found('Violet Typhoon');
    expect(r.entry.id).toBe('G0128');
    const violet = r.entry.aliases.find((a) => a.name === 'Violet Typhoon');
    expect(violet?.sources.map((s) => s.usedBy)).toContain('Microsoft');
    expect(r.entry.externalIds).toContainEqual(
      expect.objectContaining({ system: 'MITRE ATT&CK', id: 'G0128' }),
    );
    expect(found('APT31').entry.id).toBe('G0128');
    const bronze = found('APT3').entry.aliases.find((a) => a.name === 'BRONZE MAYFAIR');
    expect(bronze?.sources[0]?.usedBy).toBe('Secureworks');
  });

  it('gives a malware card with the groups that use it, cited', () => {
    const plugx = found('Korplug').entry;
    expect([plugx.id, plugx.kind, plugx.name]).toEqual(['S0013', 'malware', 'PlugX']);
    const users = plugx.links.filter((l) => l.rel === 'uses' && l.dir === 'in');
    const mustang = users.find((l) => l.target === 'G0129');
    expect(mustang?.citations.length).toBeGreaterThan(0);
    expect(mustang?.citations.every((c) => c.url?.startsWith('http'))).toBe(true);
    expect(users.length).toBeGreaterThan(10);
    expect(found('Cobalt Strike').entry.id).toBe('S0154');
  });

  it('gives a campaign with the actor it is attributed to and when it ran', () => {
    const solarwinds = found('SolarWinds Compromise').entry;
    expect([solarwinds.id, solarwinds.kind]).toEqual(['C0024', 'campaign']);
    expect(solarwinds.links).toContainEqual(
      expect.objectContaining({ rel: 'attributed-to', dir: 'out', target: 'G0016' }),
    );
    expect(solarwinds.firstSeen?.value).toMatch(/^\d{4}-\d{2}$/);
  });

  it('gives a CVE entry from KEV', () => {
    const cve = found('cve-2023-3519').entry;
    expect(cve).toMatchObject({ id: 'CVE-2023-3519', kind: 'vulnerability' });
    expect(cve.vulnerability).toMatchObject({ vendor: 'Citrix', dateAdded: '2023-07-19' });
  });

  it('finds catalogue names and CVE ids in running text, and refuses a word-like name without a cue', () => {
    const text = [
      'Microsoft said Forest Blizzard deployed X-Agent against ministries, exploiting CVE‑2023‑3519.',
      '',
      'Prestige was the word of the day.',
      '',
      'In Poland the Prestige ransomware hit logistics firms. OilRig used the Snake malware.',
    ].join('\n');
    const mentions = kb.find(text).map((m) => [m.text, m.basis, m.entry]);
    expect(mentions).toEqual([
      ['Forest Blizzard', 'name', 'G0007'],
      ['X-Agent', 'name', 'S0023'],
      ['CVE‑2023‑3519', 'name', 'CVE-2023-3519'],
      ['Prestige', 'cue', 'S1058'],
      // The group, not the Malpedia family filed under its name; the implant the cue asks for.
      ['OilRig', 'name', 'G0049'],
      ['Snake', 'cue', 'S0022'],
    ]);
  });

  it('resolves ≥ 95% of ATT&CK group names and aliases, and ≥ 90% of the names of malware groups use', () => {
    const groups = new Map<string, CatalogueRecord>();
    const software = new Map<string, CatalogueRecord>();
    const attack = catalogues.filter((c) => c.info.scheme === 'mitre-attack').flatMap((c) => c.records);
    const byKey = new Map(attack.map((r) => [r.key, r]));
    for (const r of attack) {
      if (r.kind !== 'threat_actor' || r.deprecated || r.revokedBy) continue;
      groups.set(attackId(r), r);
      for (const rel of r.relations) {
        const target = rel.rel === 'uses' && 'uuid' in rel.ref ? byKey.get(rel.ref.uuid) : undefined;
        if (target?.kind === 'malware' && !target.deprecated && !target.revokedBy)
          software.set(attackId(target), target);
      }
    }
    let names = 0;
    let unique = 0;
    let honest = 0;
    for (const [id, group] of groups) {
      for (const alias of group.aliases) {
        names++;
        const r = kb.resolve(alias.name);
        if (r.status === 'found' && holds(r.entry, id)) unique++;
        else if (r.status === 'ambiguous' && r.candidates.some((e) => holds(e, id))) honest++;
      }
    }
    const usedByAGroup = (e: KnowledgeEntry) =>
      e.links.some((l) => l.rel === 'uses' && l.dir === 'in' && kb.entry(l.target)?.kind === 'threat_actor');
    let malwareNames = 0;
    let malwareFound = 0;
    for (const [id, malware] of software) {
      for (const alias of malware.aliases) {
        malwareNames++;
        const r = kb.resolve(alias.name);
        if (r.status === 'found' && holds(r.entry, id) && usedByAGroup(r.entry)) malwareFound++;
      }
    }
    const share = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
    console.info(
      `ATT&CK groups: ${groups.size}, names ${names}: ${share(unique, names)} to the group alone, ` +
        `${share(honest, names)} ambiguous naming it; malware used by a group: ${software.size}, ` +
        `names ${malwareNames}: ${share(malwareFound, malwareNames)} to its entry naming a group`,
    );
    expect(unique / names).toBeGreaterThanOrEqual(0.95);
    expect(malwareFound / malwareNames).toBeGreaterThanOrEqual(0.9);
  });

  it('comes out the same whatever order the catalogues are given in', () => {
    const reversed = buildSnapshot([...catalogues].reverse(), { builtAt: BUILT_AT });
    expect(serializeSnapshot(reversed)).toBe(serializeSnapshot(snapshot));
  });

  it('serialises to one JSON text that loads back to the same answers', () => {
    const text = serializeSnapshot(snapshot);
    const started = performance.now();
    const loaded = loadSnapshot(text);
    const ms = performance.now() - started;
    console.info(`snapshot: ${(text.length / 1e6).toFixed(1)} MB, loaded in ${ms.toFixed(0)} ms`);
    expect(loaded.counts).toEqual(kb.counts);
    expect(loaded.resolve('Violet Typhoon')).toEqual(kb.resolve('Violet Typhoon'));
  });
});
