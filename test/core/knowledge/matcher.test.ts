import { describe, expect, it } from 'vitest';
import {
  buildTextMatcher,
  cveId,
  LOWER_CASE_FORM,
  MATCHABLE,
  type MatchKey,
  NEEDS_CUE,
} from '../../../src/core/knowledge/matcher.js';

const key = (k: string, id: string, flags = MATCHABLE): MatchKey => ({ key: k, ids: [id], flags });

const matcher = buildTextMatcher([
  key('apt28', 'G0007'),
  key('fancybear', 'G0007'),
  key('cobalt', 'G0080'),
  key('cobaltstrike', 'S0154'),
  key('xagent', 'S0023'),
  key('prestige', 'S1058', MATCHABLE | NEEDS_CUE),
  key('snake', 'S0022', MATCHABLE | NEEDS_CUE),
  key('mercury', 'G0069', MATCHABLE | NEEDS_CUE),
  key('reptile', 'S1219', MATCHABLE | NEEDS_CUE | LOWER_CASE_FORM),
  key('g1', 'G0001', 0),
]);

const found = (text: string) => matcher.find(text).map((m) => [m.text, m.ids[0], m.basis]);

describe('the catalogue-name matcher', () => {
  it('finds a name however the text spaces or hyphenates it', () => {
    expect(found('APT 28, APT-28 and APT28 are Fancy Bear.')).toEqual([
      ['APT 28', 'G0007', 'name'],
      ['APT-28', 'G0007', 'name'],
      ['APT28', 'G0007', 'name'],
      ['Fancy Bear', 'G0007', 'name'],
    ]);
  });

  it('takes the longest name at a place, and never a name across a comma or a paragraph', () => {
    expect(found('They ran Cobalt Strike; the Cobalt group, Strike later.')).toEqual([
      ['Cobalt Strike', 'S0154', 'name'],
      ['Cobalt', 'G0080', 'name'],
    ]);
    expect(found('APT\n\n28')).toEqual([]);
  });

  it('refuses a name that is an ordinary word when nothing marks it as the malware', () => {
    expect(found('Prestige matters more than money.')).toEqual([]);
    expect(found('a snake in the grass')).toEqual([]);
  });

  it('accepts it with a cue beside it, and says what the cue makes it', () => {
    const mentions = matcher.find(
      'The Prestige ransomware spread. A variant of Snake persisted. Dubbed Mercury, it…',
    );
    expect(mentions.map((m) => [m.text, m.basis, m.cue])).toEqual([
      ['Prestige', 'cue', 'software'],
      ['Snake', 'cue', undefined],
      ['Mercury', 'cue', undefined],
    ]);
  });

  it('accepts it among other cyber entities, unless it opens a sentence or sits in a longer name', () => {
    expect(found('APT28 deployed X-Agent and later Snake on the servers.')).toEqual([
      ['APT28', 'G0007', 'name'],
      ['X-Agent', 'S0023', 'name'],
      ['Snake', 'S0022', 'context'],
    ]);
    expect(found('APT28 was busy. Snake was not seen. Prestige Motors reported APT28.')).toEqual([
      ['APT28', 'G0007', 'name'],
      ['APT28', 'G0007', 'name'],
    ]);
  });

  it('takes a designation written in capitals, and lower case only where a catalogue writes it so or a digit shows it', () => {
    expect(found('MERCURY returned.')).toEqual([['MERCURY', 'G0069', 'cue']]);
    expect(found('APT28 used reptile on Linux.')).toEqual([
      ['APT28', 'G0007', 'name'],
      ['reptile', 'S1219', 'context'],
    ]);
    expect(found('apt28 and x-agent in lower case')).toEqual([['apt28', 'G0007', 'name']]);
  });

  it('skips keys marked not worth matching', () => {
    expect(found('G1 is a grade.')).toEqual([]);
  });

  it('finds CVE ids however they are dashed, in canonical form', () => {
    const mentions = matcher.find('Patch CVE-2023-3519, cve‑2021‑44228 and CVE 2024-3400 now.');
    expect(mentions.map((m) => [m.type, m.ids[0]])).toEqual([
      ['cve', 'CVE-2023-3519'],
      ['cve', 'CVE-2021-44228'],
      ['cve', 'CVE-2024-3400'],
    ]);
    expect(cveId(' cve–2023–3519 ')).toBe('CVE-2023-3519');
    expect(cveId('CVE-2023')).toBeNull();
  });
});
