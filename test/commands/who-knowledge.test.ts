// /who with the field's catalogues loaded: malware, tools, CVEs and catalogue-only actors have cards,
// each name says who uses it, a name two catalogues give to different actors asks which one, and a
// revoked ATT&CK group leads to its successor. Reports are written for the test; catalogues are
// ../shared/catalogues as published.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExecutor } from '../../src/app/executor.js';
import type { Runtime } from '../../src/app/runtime.js';
import { compileFollowQuery } from '../../src/core/sources/follow-query.js';
import { ask, blocks, catalogueKnowledge, field, present, runtimeWith } from './knowledge-helpers.js';

const REPORTS = {
  'plugx-ministries.txt': `Chinese hackers deploy PlugX against European ministries

By Jane Example, 12 March 2024

Security researchers said that APT41 deployed the PlugX malware against two foreign ministries in Europe in January 2024.

The intrusions began by exploiting CVE-2023-3519 in Citrix NetScaler gateways, the researchers said. The same flaw was exploited in July 2023 against a US utility.
`,
  'netscaler-advisory.txt': `Advisory: NetScaler flaw exploited again

By John Example, 20 March 2024

Attackers chained CVE-2023-3519 with stolen credentials to install PlugX on government gateways in February 2024, the agency said.
`,
};

let rt: Runtime;
beforeAll(async () => {
  if (!present) return;
  rt = await runtimeWith(REPORTS, await catalogueKnowledge());
}, 120_000);
afterAll(() => rt?.close());

describe.skipIf(!present)('/who with the catalogues loaded', () => {
  it('gives a malware card: kind, names with who uses them, the groups ATT&CK says use it (cited), what reports name with it', async () => {
    const r = await ask(rt, '/who Korplug');
    expect(r.status).toBe('ok');
    expect(r.title).toBe('PlugX');
    expect(field(r, 'Kind')).toBe('Malware');
    expect(field(r, 'Also known as')).toMatch(/Sogu \(Mandiant\)/);
    expect(field(r, 'Also known as')).toMatch(/S0013 \(MITRE ATT&CK\)/);
    expect(field(r, 'Used by')).toMatch(/Mustang Panda \(MITRE ATT&CK Enterprise: [^)]+\)/);
    expect(field(r, 'Named with it in reports')).toMatch(/APT41 \(1 report\)/);
    expect(field(r, 'Named with it in reports')).toMatch(/CVE-2023-3519 \(2 reports\)/);
    expect(field(r, 'Reports')).toBe('2');
    expect(blocks(r, 'timeline')[0]?.rows.length).toBeGreaterThan(0);
    expect(blocks(r, 'sources')[0]?.rows).toHaveLength(2);
    // MITRE's notice wherever ATT&CK data is shown.
    expect(blocks(r, 'context').some((b) => b.text.includes('The MITRE Corporation'))).toBe(true);
  });

  it('gives a CVE card: vendor and product, KEV date, ransomware use, the actors and malware reports name with it', async () => {
    const r = await ask(rt, '/who cve-2023-3519');
    expect(r.title).toBe('CVE-2023-3519');
    expect(field(r, 'Kind')).toBe('Vulnerability');
    expect(field(r, 'Vendor / product')).toBe('Citrix · NetScaler ADC and NetScaler Gateway');
    expect(field(r, 'Known exploited')).toBe('since 19 Jul 2023 (CISA KEV)');
    expect(field(r, 'Ransomware use')).toBe('Known');
    expect(field(r, 'Named with it in reports')).toMatch(/PlugX \(2 reports\).*APT41 \(1 report\)/);
    expect(blocks(r, 'context').some((b) => b.text.includes('Known Exploited Vulnerabilities'))).toBe(true);
  });

  it('shows a catalogue-only actor’s catalogue facts, cited, with MITRE’s notice', async () => {
    const r = await ask(rt, '/who Carbon Spider');
    expect(r.status).toBe('ok');
    expect(r.title).toBe('FIN7');
    expect(JSON.stringify(r.blocks)).toMatch(/no report in this corpus mentions it yet/);
    expect(field(r, 'Also known as')).toMatch(/Sangria Tempest \(Microsoft\)/);
    expect(field(r, 'Also known as')).toMatch(/G0046 \(MITRE ATT&CK\)/);
    expect(field(r, 'Uses')).toMatch(/HALFBAKED \(MITRE ATT&CK Enterprise: FireEye FIN7/);
    expect(blocks(r, 'context').some((b) => b.text.includes('The MITRE Corporation'))).toBe(true);
  });

  it('says who uses each name of an actor', async () => {
    // ATT&CK files APT31 under Microsoft's old name.
    const r = await ask(rt, '/who Violet Typhoon');
    expect(r.title).toBe('ZIRCONIUM');
    expect(field(r, 'Also known as')).toMatch(/Violet Typhoon \(Microsoft\)/);
    expect(field(r, 'Also known as')).toMatch(/G0128 \(MITRE ATT&CK\)/);
  });

  it('asks which one for a name two catalogues give to different actors, and never merges them', async () => {
    const r = await ask(rt, '/who Grizzly Steppe');
    expect(r.title).toBe('Which one? "Grizzly Steppe"');
    const fields = blocks(r, 'fields')[0]?.fields ?? [];
    expect(fields.map((f) => f.label).sort()).toEqual(['APT28', 'APT29']);
    expect(fields.map((f) => f.value).join(' ')).toMatch(/\/who G0007.*\/who G0016|\/who G0016.*\/who G0007/);
    expect((await ask(rt, '/who G0007')).title).toBe('APT28');
    expect((await ask(rt, '/who G0016')).title).toBe('APT29');
  });

  it('leads a revoked ATT&CK group to the group that replaced it, and says so', async () => {
    const r = await ask(rt, '/who G0057');
    expect(r.title).toBe('OilRig');
    expect(JSON.stringify(r.blocks)).toMatch(/G0057 was withdrawn by its catalogue in favour of OilRig/);
  });

  it('still answers an unknown name with "No match"', async () => {
    const r = await ask(rt, '/who Xyzzy Quux');
    expect(r.status).toBe('user-error');
  });
});

describe.skipIf(!present)('catalogue names in suggestions, autocomplete and follows', () => {
  it('suggests the closest catalogue names for a misspelt one', async () => {
    const r = await ask(rt, '/who Wizzard Spidr');
    expect(r.status).toBe('user-error');
    expect(blocks(r, 'fields')[0]?.fields[0]?.items).toContain('Wizard Spider');
  });

  it('completes catalogue names as they are typed, the reports’ names first', async () => {
    const executor = createExecutor(rt, []);
    expect(await executor.suggest('Korplu', undefined, 10)).toContain('PlugX');
    expect(await executor.suggest('Carbon Spid', ['threat_actor'], 10)).toContain('FIN7');
    expect(await executor.suggest('Carbon Spid', ['person'], 10)).not.toContain('FIN7');
  });

  it('follows a catalogue name by every name of its entry', async () => {
    const [docId] = await rt.corpus.reader.documentsMentioning('PlugX', 1);
    const doc = docId ? await rt.corpus.reader.getDocument(docId) : undefined;
    if (!doc || !docId) throw new Error('no report names PlugX');
    const mentions = (await rt.corpus.reader.extractionOf(docId)).entities;
    expect(
      (await compileFollowQuery('entity:Sogu', rt.corpus, rt.knowledge.current())).matches(doc, mentions),
    ).toBe(true);
    expect((await compileFollowQuery('entity:Sogu', rt.corpus)).matches(doc, mentions)).toBe(false);
  });
});
