// The answer-quality bar on the bundled seeds, scored by the shared scorer against hand-made gold.
// Skipped, with a message, where the gold is not present (a clone without ../shared).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExport } from '../../src/core/export.js';
import { processInput } from '../../src/core/ingest.js';
import { listReportFiles } from '../../src/infra/files.js';

const root = join(import.meta.dirname, '..', '..');
const gold = join(root, '..', 'shared', 'gold', 'seeds.json');
const scorer = join(root, '..', 'shared', 'tools', 'score.mjs');
const present = existsSync(gold) && existsSync(scorer);
if (!present) console.warn(`golden test skipped: ${gold} or ${scorer} not found`);

describe.skipIf(!present)('answer quality on the seeds (../shared/gold/seeds.json)', () => {
  it('meets the bar for every part', async () => {
    const { inputs } = listReportFiles([join(root, 'seeds')]);
    const items = [];
    for (const p of inputs) items.push(processInput(await p.load()));
    const out = join(mkdtempSync(join(tmpdir(), 'sitrep-gold-')), 'export.json');
    writeFileSync(out, JSON.stringify(buildExport(items)));
    const r = JSON.parse(execFileSync(process.execPath, [scorer, gold, out, '--json'], { encoding: 'utf8' }));
    expect(r.quotes.precision).toBeGreaterThanOrEqual(0.95);
    expect(r.quotes.recall).toBeGreaterThanOrEqual(0.95);
    expect(r.events.recall).toBeGreaterThanOrEqual(0.85);
    expect(r.events.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.confidence.precision).toBeGreaterThanOrEqual(0.95);
    expect(r.confidence.recall).toBeGreaterThanOrEqual(0.95);
    expect(r.entities.recall).toBeGreaterThanOrEqual(0.95);
    expect(r.entities.kind_accuracy).toBeGreaterThanOrEqual(0.95);
    expect(r.entities.junk).toBe(0);
    expect(r.metadata.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(r.boilerplate.accuracy).toBe(1);
  });
});
