// Assessment wording in the report extension: probability wording carries its yardstick band and range,
// confidence wording its level and no band (a confidence level is no probability, ADR 16); either way the
// report's facts pass the extension's own JSON Schema (docs/stix/report-extension.schema.json).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRuntime, type Runtime } from '../../../src/app/runtime.js';
import { REPORT_EXTENSION_ID } from '../../../src/core/stix/extension.js';
import { fixedClock } from '../../../src/infra/clock.js';
import { memoryLogger } from '../../../src/infra/logger.js';
import { exportOf, ROOT } from './helpers.js';

const REPORT = `Title: Ministry intrusion
Publisher: Example Security
Published: 2024-03-01

The agency assesses with high confidence that APT31 ran the intrusion against the ministry.
It is highly likely that the group will return to the same networks this year.
`;

let rt: Runtime;
let assessments: Record<string, unknown>[];
let facts: unknown;
beforeAll(async () => {
  const reports = mkdtempSync(join(tmpdir(), 'sitrep-assess-'));
  writeFileSync(join(reports, 'ministry.txt'), REPORT);
  rt = await openRuntime({
    dataDir: mkdtempSync(join(tmpdir(), 'sitrep-assess-data-')),
    seedsDir: reports,
    clock: fixedClock(new Date('2024-04-01T00:00:00Z')),
    logger: memoryLogger(),
  });
  const [report] = (await exportOf(rt)).of('report');
  if (!report) throw new Error('the report was not exported');
  facts = (report.extensions as Record<string, unknown>)[REPORT_EXTENSION_ID];
  assessments = (facts as { assessments: Record<string, unknown>[] }).assessments;
});
afterAll(() => rt.close());

describe('assessment wording in the report extension', () => {
  it('gives probability wording its band and range, confidence wording its level and no band', () => {
    expect(assessments).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ phrase: 'highly likely', band: 'highly likely', band_range: '80–90%' }),
        expect.objectContaining({ phrase: 'high confidence', confidence: 'high confidence' }),
      ]),
    );
    const confidence = assessments.find((a) => a.confidence);
    expect(confidence).not.toHaveProperty('band');
    expect(confidence).not.toHaveProperty('band_range');
  });

  it('passes the extension’s JSON Schema', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'docs/stix/report-extension.schema.json'), 'utf8'));
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
    expect(validate(facts), JSON.stringify(validate.errors)).toBe(true);
  });
});
