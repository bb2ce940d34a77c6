import { afterAll, describe, expect, it } from 'vitest';
import type { RawInput } from '../../src/core/documents/document.js';
import { inThisThread } from '../../src/core/ingest.js';
import { createExtractPool } from '../../src/infra/extract-pool.js';

const errors: string[] = [];
const logger = { info() {}, warn() {}, error: (m: string) => void errors.push(m) };
const pool = createExtractPool(logger, 2);
afterAll(() => pool.close());

const report = (i: number): RawInput => ({
  origin: `r${i}.txt`,
  format: 'text',
  content: `Report ${i}\n\nThe APT${i} group attacked a water utility in March 202${i % 10}, officials said in a statement.`,
});

describe('extraction pool (worker threads)', () => {
  it('cleans and extracts exactly as the calling thread does, in input order', async () => {
    const inputs = [
      ...Array.from({ length: 9 }, (_, i) => report(i)),
      { origin: 'empty.txt', format: 'text', content: '  ' } as const,
    ];
    const here = await inThisThread.process(inputs);
    const there = await pool.process(inputs);
    const strip = (xs: typeof here) => xs.map((x) => (x.ok ? { doc: x.doc, extraction: x.extraction } : x));
    expect(strip(there)).toEqual(strip(here));
    expect(there.at(-1)).toEqual({ ok: false, error: 'no article text found' });
    expect(there.filter((x) => x.ok)).toHaveLength(9);
    expect(errors).toEqual([]);
  }, 60_000);

  it('answers an empty batch without a round trip', async () => {
    expect(await pool.process([])).toEqual([]);
  });
});
