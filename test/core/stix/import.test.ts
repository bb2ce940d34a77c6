// A STIX bundle in, as a stream: 100,000 objects read without holding them, reports stored a batch at a
// time while the rest is still arriving, names kept with their provenance for the knowledge overlay.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRuntime } from '../../../src/app/runtime.js';
import { bundleObjects, importBundle, readContext } from '../../../src/core/stix/import.js';
import { fixedClock } from '../../../src/infra/clock.js';
import { memoryLogger } from '../../../src/infra/logger.js';

const TOTAL = 100_000;
const REPORT_EVERY = 200;

/** A bundle's text in chunks of about 64 KB, made as it is read: 500 reports among indicators and malware. */
function* bundleText(produced: { objects: number }): Generator<string> {
  yield '{"type":"bundle","id":"bundle--00000000-0000-4000-8000-000000000000","objects":[';
  let chunk = '';
  for (let i = 0; i < TOTAL; i++) {
    produced.objects = i + 1;
    const id = `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
    const object =
      i % REPORT_EVERY === 0
        ? {
            type: 'report',
            spec_version: '2.1',
            id: `report--${id}`,
            name: `Advisory ${i}`,
            published: '2024-05-02T00:00:00Z',
            description: `Advisory ${i}: Volt Typhoon pre-positioned on networks of critical infrastructure operators, the agencies said.`,
            object_refs: [`indicator--${id}`],
          }
        : i % REPORT_EVERY === 1
          ? {
              type: 'malware',
              spec_version: '2.1',
              id: `malware--${id}`,
              name: `Family ${i}`,
              is_family: true,
              aliases: [`Alias ${i}`],
            }
          : {
              type: 'indicator',
              spec_version: '2.1',
              id: `indicator--${id}`,
              pattern: `[ipv4-addr:value = '10.0.${i % 255}.1']`,
              x_vendor_score: i,
            };
    chunk += `${i === 0 ? '' : ','}${JSON.stringify(object)}`;
    if (chunk.length > 65_536) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}]}`;
}

describe('importing a bundle of 100,000 objects', () => {
  it('stores reports while the rest is still being read, and keeps names with their provenance', async () => {
    const rt = await openRuntime({
      dataDir: mkdtempSync(join(tmpdir(), 'sitrep-stix-import-')),
      seedsDir: null,
      clock: fixedClock(new Date('2026-12-01T10:00:00.000Z')),
      logger: memoryLogger(),
    });
    try {
      const produced = { objects: 0 };
      const firstStore: number[] = [];
      const ctx = await readContext(bundleObjects(bundleText({ objects: 0 })));
      const result = await importBundle(bundleObjects(bundleText(produced)), ctx, {
        ingest: (inputs) => {
          firstStore.push(produced.objects);
          return rt.ingest(inputs);
        },
        names: rt.store,
        clock: rt.clock,
        sourceName: 'big.json',
        tlp: 'clear',
      });
      expect(result.objects).toBe(TOTAL);
      expect(result.reports).toBe(TOTAL / REPORT_EVERY);
      expect(result.summary.added).toHaveLength(TOTAL / REPORT_EVERY);
      expect(result.notTaken).toEqual({ indicator: TOTAL - 2 * (TOTAL / REPORT_EVERY) });
      // The first batch (256 reports) went to the store while 40,000 objects were still to come.
      expect(firstStore[0]).toBeLessThan(TOTAL * 0.6);
      expect(await rt.store.documentCount()).toBe(TOTAL / REPORT_EVERY);
      const names = await rt.store.importedNames();
      expect(names).toHaveLength(TOTAL / REPORT_EVERY);
      expect(names[0]).toEqual({
        kind: 'malware',
        name: 'Family 1',
        aliases: ['Alias 1'],
        stixId: 'malware--00000000-0000-4000-8000-000000000001',
        externalIds: [],
        provenance: 'from big.json',
      });
    } finally {
      await rt.close();
    }
  });
});
