// The catalogues' kinds out as STIX: with the knowledge loaded, a report's malware, tools, exploited CVEs
// and campaigns become STIX malware, tool, vulnerability and campaign objects the report refers to, and
// the bundle still passes the OASIS schemas and the integrity rules (exportOf checks every bundle).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../../src/app/runtime.js';
import { catalogueKnowledge, present, runtimeWith } from '../../commands/knowledge-helpers.js';
import { type Exported, exportOf } from './helpers.js';

const REPORT = `Title: Gateways exploited
Publisher: Example Security
Published: 2024-03-01

Mustang Panda deployed Korplug, Cobalt Strike and Mimikatz after exploiting CVE-2023-3519 on exposed
gateways. Researchers tied the intrusions to Operation Dream Job, the long-running recruitment lure.
`;

let rt: Runtime | undefined;
let bundle: Exported;
beforeAll(async () => {
  if (!present) return;
  rt = await runtimeWith({ 'gateways.txt': REPORT }, await catalogueKnowledge());
  bundle = await exportOf(rt);
}, 120_000);
afterAll(() => rt?.close());

describe.skipIf(!present)('the catalogues’ kinds in a STIX export', () => {
  it('exports malware, tools, vulnerabilities and campaigns as their STIX types, named by the report', () => {
    const names = (type: string) => bundle.of(type).map((o) => o.name);
    expect(names('malware')).toEqual(expect.arrayContaining(['PlugX', 'Cobalt Strike']));
    expect(names('tool')).toContain('Mimikatz');
    expect(names('vulnerability')).toContain('CVE-2023-3519');
    expect(names('campaign')).toContain('Operation Dream Job');
    const [report] = bundle.of('report');
    const refs = new Set(report?.object_refs as string[]);
    for (const type of ['malware', 'tool', 'vulnerability', 'campaign'])
      for (const o of bundle.of(type)) expect(refs.has(o.id), `${type} ${String(o.name)}`).toBe(true);
  });

  it('gives a malware family its flag, and a CVE its external reference', () => {
    const plugx = bundle.of('malware').find((o) => o.name === 'PlugX');
    expect(plugx?.is_family).toBe(true);
    const cve = bundle.of('vulnerability').find((o) => o.name === 'CVE-2023-3519');
    expect(cve?.external_references).toEqual([{ source_name: 'cve', external_id: 'CVE-2023-3519' }]);
  });

  it('leaves none of them out as a kind STIX cannot say', () => {
    const kinds = new Set(bundle.summary.notExported.map((e) => e.kind));
    for (const kind of ['malware', 'tool', 'vulnerability', 'campaign']) expect(kinds.has(kind)).toBe(false);
  });
});
