// README's sample outputs are the product's real, current answers: each marked block is run through the
// piped console over the bundled reports in a temporary data directory and compared with README's text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, readmeSamples, sampleOutputs, withSamples } from '../../src/app/readme-samples.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const samples = readmeSamples(readme);
let outputs: Map<string, string>;

beforeAll(async () => {
  outputs = await sampleOutputs(samples.map((s) => s.command));
});

describe('README samples', () => {
  it('README marks its sample outputs', () => {
    expect(samples.map((s) => s.command)).toContain('who APT31');
  });

  it('every marked block is what the product answers now (run `npm run readme:samples` to update)', () => {
    for (const s of samples) {
      const now = outputs.get(s.command);
      expect(now, s.command).toMatch(/\S/);
      expect(s.text, `README's "${s.command}" sample is out of date: npm run readme:samples`).toBe(now);
    }
  });

  it('rewrites only the marked blocks, and finds them again after', () => {
    const doc = [
      'Intro',
      '<!-- sample: who X -->',
      '```text',
      'old',
      'answer',
      '```',
      '```text',
      'not a sample',
      '```',
      '<!-- sample: sources -->',
      '```text',
      '```',
      '',
    ].join('\n');
    const updated = withSamples(
      doc,
      new Map([
        ['who X', 'new answer'],
        ['sources', 'a\nb'],
      ]),
    );
    expect(updated).toBe(
      doc
        .replace('old\nanswer', 'new answer')
        .replace('sources -->\n```text\n', 'sources -->\n```text\na\nb\n'),
    );
    expect(readmeSamples(updated)).toEqual([
      { command: 'who X', text: 'new answer' },
      { command: 'sources', text: 'a\nb' },
    ]);
  });
});
