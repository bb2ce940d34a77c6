import { describe, expect, it } from 'vitest';
import { countProseWords, ordinaryWords } from '../../../src/core/knowledge/common-words.js';
import { parseMispGalaxy } from '../../../src/core/knowledge/misp-galaxy.js';
import { buildSnapshot, knowledgeBase } from '../../../src/core/knowledge/snapshot.js';

describe('ordinary words from the catalogues’ own prose', () => {
  it('counts lower-case prose words, not addresses, citations, code or file names', () => {
    const words = new Map<string, number>();
    countProseWords(
      'The [rootkit](https://attack.mitre.org/software/S0001) hides a rootkit driver; see ' +
        'https://example.com/evilware/page and `evilware --run` or evilware.exe (Citation: Evilware Report).',
      words,
    );
    expect(words.get('rootkit')).toBe(2);
    expect(words.get('driver')).toBe(1);
    expect(words.has('evilware')).toBe(false);
    expect(words.has('the')).toBe(false);
  });

  it('counts a word the prose uses in lower case twice as ordinary, beside everyday English', () => {
    const ordinary = ordinaryWords(
      new Map([
        ['rootkit', 2],
        ['firmware', 1],
      ]),
    );
    expect(['Rootkit', 'Snake', 'Firmware', 'PlugX'].map(ordinary)).toEqual([true, true, false, false]);
  });

  it('makes such a catalogue name need a cue in running text', () => {
    const tool = parseMispGalaxy({
      type: 'tool',
      name: 'Tool',
      values: [
        {
          value: 'Gadgeteer',
          uuid: '44444444-4444-4444-8444-444444444444',
          description: 'A gadgeteer tool.',
        },
        {
          value: 'Zorbex',
          uuid: '55555555-5555-4555-8555-555555555555',
          description: 'Works as any gadgeteer.',
        },
      ],
    });
    const kb = knowledgeBase(buildSnapshot([tool], { builtAt: '2025-01-01T00:00:00Z' }));
    expect(kb.find('Gadgeteer arrived.')).toEqual([]);
    expect(kb.find('The Gadgeteer tool arrived, then Zorbex.').map((m) => [m.text, m.basis])).toEqual([
      ['Gadgeteer', 'cue'],
      ['Zorbex', 'name'],
    ]);
  });
});
