// STIX from the command line: `export --format stix` writes a bundle the OASIS schemas accept, and
// `ingest bundle.json` into a fresh data dir gives back the same answers with the same citations (the
// round trip); bad bundles are refused or read as far as they map, and say what was not taken.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tlpMarkingId } from '../../src/core/stix/tlp.js';
import { loadStixValidator } from '../support/stix-validator.js';
import { envFor, ROOT, type Run, sitrep, tempDir } from './helpers.js';

const SLOW = 120_000;
const validator = loadStixValidator();

/** An answer as data, without where each document came from (a file here, the bundle there). */
function withoutOrigins(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutOrigins);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => k !== 'origin')
      .map(([k, v]) => [k, withoutOrigins(v)]),
  );
}

const ok = (r: Run) => {
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return r;
};

describe('a STIX round trip through the command line', { timeout: SLOW }, () => {
  const original = tempDir('stix-original');
  const rebuilt = tempDir('stix-rebuilt');
  const bundle = join(tempDir('stix-out'), 'seeds.json');

  beforeAll(async () => {
    ok(await sitrep(['ingest', join(ROOT, 'seeds')], envFor(original)));
    ok(await sitrep(['export', '--format', 'stix', '--out', bundle], envFor(original)));
  }, SLOW);

  it.skipIf(!validator)('writes a bundle the OASIS schemas accept', () => {
    expect(validator?.(JSON.parse(readFileSync(bundle, 'utf8'))).errors).toEqual([]);
  });

  it('gives back /who, /quote and /timeline with the same facts and citations in a fresh data dir', async () => {
    const ingested = ok(await sitrep(['ingest', bundle], envFor(rebuilt)));
    expect(ingested.out).toMatch(/5 report\(s\) \(5 new, 0 duplicate\(s\), 0 failed\)/);
    for (const question of [
      ['who', 'APT31'],
      ['who', 'Dowden'],
      ['quote', 'Dowden'],
      ['timeline'],
      ['timeline', 'parliament'],
    ]) {
      const before = ok(await sitrep([...question, '--json'], envFor(original)));
      const after = ok(await sitrep([...question, '--json'], envFor(rebuilt)));
      expect(withoutOrigins(JSON.parse(after.out)), question.join(' ')).toEqual(
        withoutOrigins(JSON.parse(before.out)),
      );
    }
    // The origin says where the copy came from: the bundle, by the report's id.
    const who = ok(await sitrep(['who', 'APT31'], envFor(rebuilt)));
    expect(who.out).toContain('seeds.json#report--');
  });

  it("exports one entity's reports, and refuses a name no report knows", async () => {
    const out = join(tempDir('stix-scope'), 'dowden.json');
    const r = ok(
      await sitrep(['export', '--format', 'stix', '--entity', 'Dowden', '--out', out], envFor(original)),
    );
    expect(r.out).toMatch(/^Exported 3 report\(s\) as STIX 2\.1/);
    expect(validator?.(JSON.parse(readFileSync(out, 'utf8'))).errors ?? []).toEqual([]);
    const unknown = await sitrep(
      ['export', '--format', 'stix', '--entity', 'Nobody Atall', '--out', out],
      envFor(original),
    );
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('No entity called "Nobody Atall"');
    const json = await sitrep(
      ['export', '--corpus', 'seeds', '--entity', 'x', '--out', out],
      envFor(original),
    );
    expect([json.code, json.err]).toEqual([1, '--entity, --query and --since go with --format stix.\n']);
  });
});

/** Bundle files written by hand for the tests of bad input. */
const badDir = tempDir('stix-bad');
const file = (name: string, text: string) => {
  const path = join(badDir, name);
  writeFileSync(path, text);
  return path;
};
/** A bundle file of these objects (2.0 when asked: the version on the bundle, none on the objects). */
const bundleFile = (name: string, objects: unknown[], version?: '2.0') =>
  file(
    name,
    JSON.stringify({
      type: 'bundle',
      id: `bundle--00000000-0000-4000-8000-${String(name.length).padStart(12, '0')}`,
      ...(version ? { spec_version: version } : {}),
      objects,
    }),
  );
const report = (id: string, extra: Record<string, unknown> = {}) => ({
  type: 'report',
  id: `report--${id}`,
  name: `Report ${id}`,
  published: '2024-05-02T00:00:00Z',
  description: `Sandworm disrupted power in Ukraine, researchers said on 1 May 2024. ${'Detail. '.repeat(40)}`,
  object_refs: ['identity--00000000-0000-4000-8000-000000000001'],
  ...extra,
});

describe('ingesting bad bundles', { timeout: SLOW }, () => {
  it('refuses malformed JSON and JSON that is no bundle, each with its reason, exit 2', async () => {
    const data = tempDir('stix-bad-data');
    const broken = file('broken.json', '{"type":"bundle","objects":[{"type":"report",');
    const other = file('other.json', '{"hello":"world"}');
    const r = await sitrep(['ingest', broken, other], envFor(data));
    expect(r.code).toBe(2);
    expect(r.out).toContain(`failed: ${broken}: not a STIX bundle: the input ends in the middle of the JSON`);
    expect(r.out).toContain(`failed: ${other}: no STIX objects in it (not a STIX bundle?)`);
    const missing = await sitrep(['ingest', join(badDir, 'nowhere.json')], envFor(data));
    expect(missing.code).toBe(1);
  });

  it('reads a STIX 2.0 bundle with custom types and properties as far as it maps, and says what it left', async () => {
    const data = tempDir('stix-20-data');
    const bundle = bundleFile(
      'old.json',
      [
        report('00000000-0000-4000-8000-000000000002', {
          created_by_ref: 'identity--00000000-0000-4000-8000-000000000001',
          x_acme_score: 7,
        }),
        {
          type: 'identity',
          id: 'identity--00000000-0000-4000-8000-000000000001',
          name: 'Acme Research',
          identity_class: 'organization',
        },
        {
          type: 'intrusion-set',
          id: 'intrusion-set--00000000-0000-4000-8000-000000000003',
          name: 'Sandworm Team',
          aliases: ['Sandworm Team', 'ELECTRUM'],
        },
        { type: 'x-acme-widget', id: 'x-acme-widget--00000000-0000-4000-8000-000000000004' },
        {
          type: 'indicator',
          id: 'indicator--00000000-0000-4000-8000-000000000005',
          pattern: "[file:name = 'x']",
        },
        42,
      ],
      '2.0',
    );
    const r = ok(await sitrep(['ingest', bundle], envFor(data)));
    expect(r.out).toContain('1 report(s) (1 new, 0 duplicate(s), 0 failed), 1 actor/malware/tool name(s)');
    expect(r.out).toContain(
      'not taken (Sitrep reads reports and actor, malware and tool names): x-acme-widget 1, indicator 1',
    );
    expect(r.out).toContain('1 malformed object(s)');
    expect(r.out).toContain('5 STIX 2.0 object(s), read as 2.1 where they map');
    const sources = ok(await sitrep(['sources', '--json'], envFor(data)));
    // The creator's identity, listed after the report, is its publisher.
    expect(JSON.parse(sources.out).documents).toEqual([
      expect.objectContaining({
        title: 'Report 00000000-0000-4000-8000-000000000002',
        publisher: 'Acme Research',
        published: '2024-05-02',
      }),
    ]);
  });

  it('does not take a report marked stricter than the corpus shares', async () => {
    const data = tempDir('stix-tlp-data');
    const bundle = bundleFile('amber.json', [
      report('00000000-0000-4000-8000-000000000006', {
        spec_version: '2.1',
        object_marking_refs: [tlpMarkingId('amber')],
      }),
      report('00000000-0000-4000-8000-000000000007', {
        spec_version: '2.1',
        object_marking_refs: [tlpMarkingId('clear')],
      }),
    ]);
    const r = ok(await sitrep(['ingest', bundle], envFor(data)));
    expect(r.out).toContain('1 report(s) (1 new');
    expect(r.out).toContain('1 report(s) marked stricter than TLP:CLEAR, not taken');
  });
});
