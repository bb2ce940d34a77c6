import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JsonStreamError, jsonArrayElements } from '../../../src/core/knowledge/json-stream.js';
import { chunks, ICS, present } from './catalogues.js';

async function collect(parts: Iterable<Uint8Array | string>, key = 'objects'): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const element of jsonArrayElements(parts, key)) out.push(element);
  return out;
}

/** The text cut in two at `at`, as bytes: a cut may fall inside a multi-byte character. */
function splitBytes(text: string, at: number): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  return [bytes.slice(0, at), bytes.slice(at)];
}

const TRICKY = JSON.stringify({
  type: 'bundle',
  before: [{ objects: ['not these'] }, '"]}'],
  'obj\\"ects': [1],
  objects: [
    { type: 'intrusion-set', name: 'Brace } and [bracket in a string', aliases: ['a "quoted" \\ name'] },
    { nested: { deep: [1, [2, { three: '}]' }]] }, escaped: '\\\\"\u00e9\u6f22\ud83d\udc0d' },
    'a string element with , and ]',
    42,
    null,
    [true, false],
  ],
  after: [{ ignored: true }],
});

describe('jsonArrayElements', () => {
  it('yields each element of the chosen array, and nothing from the keys around it', async () => {
    expect(await collect([TRICKY])).toEqual((JSON.parse(TRICKY) as { objects: unknown[] }).objects);
  });

  it('gives the same elements wherever the bytes are cut: mid-string, mid-escape, mid-character', async () => {
    const expected = await collect([TRICKY]);
    const length = new TextEncoder().encode(TRICKY).length;
    for (let at = 1; at < length; at++) {
      expect(await collect(splitBytes(TRICKY, at)), `cut at byte ${at}`).toEqual(expected);
    }
  });

  it('reads text arriving one character at a time', async () => {
    expect(await collect([...TRICKY])).toEqual(await collect([TRICKY]));
  });

  it('yields nothing for a document without the key, and an empty array as nothing', async () => {
    expect(await collect(['{"type":"bundle","id":"x"}'])).toEqual([]);
    expect(await collect(['{"objects":[]}'])).toEqual([]);
  });

  it.each([
    ['cut short', '{"objects":[{"a":1},{"b":'],
    ['an unterminated string', '{"objects":["abc'],
    ['not an object at the top', '[{"a":1}]'],
    ['empty', ''],
    ['an element that is not JSON', '{"objects":[{"a":tru}]}'],
  ])('throws a JsonStreamError on %s', async (_, text) => {
    await expect(collect([text])).rejects.toBeInstanceOf(JsonStreamError);
  });

  it('refuses an element longer than the limit instead of holding it', async () => {
    const big = `{"objects":[{"a":1},{"b":"${'x'.repeat(5000)}"}]}`;
    const seen: unknown[] = [];
    const read = async () => {
      for await (const e of jsonArrayElements([big.slice(0, 2000), big.slice(2000)], 'objects', {
        maxElement: 1000,
      })) {
        seen.push(e);
      }
    };
    await expect(read()).rejects.toThrow(/longer than 1000 characters/);
    expect(seen).toEqual([{ a: 1 }]);
  });

  it.skipIf(!present)(
    'reads a published ATT&CK bundle in 4 KB chunks as JSON.parse reads it whole',
    async () => {
      const whole = JSON.parse(readFileSync(ICS, 'utf8')) as { objects: unknown[] };
      const streamed: unknown[] = [];
      for await (const element of jsonArrayElements(chunks(ICS, 4096), 'objects')) streamed.push(element);
      expect(streamed.length).toBe(whole.objects.length);
      expect(streamed).toEqual(whole.objects);
    },
  );
});
