import { describe, expect, it } from 'vitest';
import { wordFamily } from '../../../src/core/text/stem.js';

const same = (...words: string[]) => new Set(words.map(wordFamily)).size === 1;

describe('wordFamily', () => {
  it('gives a word and its inflections one key', () => {
    for (const family of [
      ['target', 'targets', 'targeted', 'targeting'],
      ['attack', 'attacks', 'attacked', 'attacking'],
      ['agency', 'agencies'],
      ['sanction', 'sanctions', 'sanctioned', 'sanctioning'],
      ['compromise', 'compromises', 'compromised', 'compromising'],
      ['state', 'states', 'stated', 'stating'],
      ['hope', 'hopes', 'hoped', 'hoping'],
      ['plan', 'plans', 'planned', 'planning'],
      ['control', 'controls', 'controlled', 'controlling'],
      ['address', 'addresses', 'addressed'],
      ['parliamentarian', 'parliamentarians'],
      ['agree', 'agreed', 'agrees'],
      ['war', 'wars'],
      ['use', 'uses', 'used'],
    ])
      expect(same(...family), family.join(' ')).toBe(true);
  });

  it('joins -acy nouns to their -at words, and -ic, -ical and -ically adjectives to their stems', () => {
    expect(same('democracy', 'democracies', 'democrat', 'democrats', 'democratic', 'democratically')).toBe(
      true,
    );
    expect(same('diplomacy', 'diplomat', 'diplomats', 'diplomatic')).toBe(true);
    expect(same('bureaucracy', 'bureaucrat', 'bureaucratic')).toBe(true);
    expect(same('privacy', 'private')).toBe(true);
    expect(same('politics', 'political', 'politically')).toBe(true);
    expect(same('economic', 'economics')).toBe(true);
  });

  it('keeps apart words a reader keeps apart', () => {
    for (const [a, b] of [
      ['policy', 'police'],
      ['policy', 'politics'],
      ['general', 'generous'],
      ['state', 'statement'],
      ['news', 'new'],
      ['topic', 'top'],
      ['public', 'pub'],
      ['china', 'chinese'],
      ['use', 'us'],

      ['panic', 'pan'],
      ['hopping', 'hoping'],
    ])
      expect(wordFamily(a ?? ''), `${a} ~ ${b}`).not.toBe(wordFamily(b ?? ''));
  });

  it('leaves short words, numbers, names with digits and other scripts as they are', () => {
    for (const w of ['us', 'is', 'its', 'this', 'status', 'apt31', '2021', 'résumé', 'дума', 'gas'])
      expect(wordFamily(w), w).toBe(w);
  });
});
