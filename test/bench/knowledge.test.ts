// The benchmark with the field's catalogues (`--knowledge DIR`): its smallest run, end to end, importing
// ../shared/catalogues as `sitrep knowledge import` does. What the results say was loaded and answered;
// timings are never asserted.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Results } from '../../bench/runner/types.js';
import { CATALOGUES, present } from '../core/knowledge/catalogues.js';
import { bench } from './run-bench.js';

const out = mkdtempSync(join(os.tmpdir(), 'sitrep-bench-test-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe.skipIf(!present)('bench --knowledge', { timeout: 240_000 }, () => {
  it('loads the catalogues, says which, and answers /who on catalogue names from the first start', async () => {
    const smallest = ['--sizes', '100', '--queries', '10', '--budget', '1', '--cold-runs', '1'];
    const r = await bench([...smallest, '--knowledge', CATALOGUES, '--out', out]);
    expect(r.code, r.err.slice(-2000)).toBe(0);
    const results = JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8')) as Results;

    const loaded = results.knowledge?.catalogues ?? [];
    expect(loaded).toHaveLength(7);
    expect(loaded).toContainEqual({ title: 'MITRE ATT&CK ICS', version: '18.1', date: '2025-11-13' });
    expect(r.out).toMatch(
      /^Catalogues loaded from .*: CISA Catalog of Known Exploited Vulnerabilities 2025\.08\.25/m,
    );

    const size = results.sizes[0];
    expect(size?.knowledgeLoadMs).toBeGreaterThan(0);
    for (const series of ['who:malware', 'who:cve']) {
      expect(size?.commands[series]?.n).toBeGreaterThan(0);
      expect(size?.commands[series]?.userErrors).toBe(0);
      expect(size?.commands[series]?.errors).toBe(0);
    }
    // The start-up child's first question: /who on a catalogue name, answered with that name's card.
    const name = size?.coldStart.queries.whoCatalogue;
    expect(name).toBeTruthy();
    const run = size?.coldStart.runs[0];
    expect(run?.error).toBeUndefined();
    expect(run?.statuses.whoCatalogue).toBe('ok');
    expect(run?.titles?.whoCatalogue).toBe(name);
    expect(run?.at.whoCatalogue).toBeGreaterThan(0);
  });
});
