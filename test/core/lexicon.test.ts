import { describe, expect, it } from 'vitest';
import { createLexicon, createNameLexicon, nameLexiconKey, typoDistance } from '../../src/core/lexicon.js';

describe('typoDistance', () => {
  it('counts a transposition as one edit and stops past the bound', () => {
    expect(typoDistance('dowdne', 'dowden', 2)).toBe(1);
    expect(typoDistance('dowdon', 'dowden', 2)).toBe(1);
    expect(typoDistance('kitten', 'sitting', 3)).toBe(3);
    expect(typoDistance('same', 'same', 1)).toBe(0);
    expect(typoDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(typoDistance('ab', 'abcdef', 2)).toBe(3);
  });
});

describe('lexicon', () => {
  const lexicon = createLexicon();
  lexicon.add([
    { term: 'dowden', weight: 12 },
    { term: 'warden', weight: 40 },
    { term: 'sanctions', weight: 30 },
    { term: 'sanctioned', weight: 8 },
    { term: 'sanctioning', weight: 2 },
    { term: 'exfiltration', weight: 5 },
    { term: 'exfiltrated', weight: 3 },
    { term: 'electoral', weight: 9 },
    { term: 'Résumé', weight: 4 },
    { term: 'china', weight: 50 },
    { term: 'chinese', weight: 20 },
    { term: 'apt31', weight: 25 },
    { term: 'spy', weight: 99 },
    { term: '2021', weight: 99 },
    { term: 'x'.repeat(40), weight: 1 },
  ]);

  it('holds only terms that can be a correction or a completion', () => {
    // "spy" is too short, "2021" has no letter, the 40-letter token is too long.
    expect(lexicon.size).toBe(12);
    expect(lexicon.weight('spy')).toBe(0);
    expect(lexicon.weight('2021')).toBe(0);
    expect(lexicon.weight('RESUME')).toBe(4);
  });

  it('corrects one typo in words of 5–8 letters, transpositions included', () => {
    expect(lexicon.corrections('Dowdne', 5)).toEqual(['dowden']);
    expect(lexicon.corrections('dowdon', 5)).toEqual(['dowden']);
    // "wardne" is one transposition from "warden", two edits from "dowden".
    expect(lexicon.corrections('wardne', 5)).toEqual(['warden']);
    expect(lexicon.corrections('elektoral', 5)).toEqual(['electoral']);
  });

  it('corrects up to two typos from 9 letters, fewest typos first, then most common', () => {
    expect(lexicon.corrections('sanctoins', 5)).toEqual(['sanctions']);
    // One typo from both: the more common first.
    expect(lexicon.corrections('sanctiones', 5)).toEqual(['sanctions', 'sanctioned']);
    expect(lexicon.corrections('sanctiones', 1)).toEqual(['sanctions']);
    expect(lexicon.corrections('sanctionen', 5)).toEqual(['sanctioned', 'sanctions', 'sanctioning']);
    expect(lexicon.corrections('exfltraton', 5)).toEqual(['exfiltration']);
    // Nine letters allow two typos, eight only one.
    expect(lexicon.corrections('electrol', 5)).toEqual([]);
    expect(lexicon.corrections('elektorl', 5)).toEqual([]);
    expect(lexicon.corrections('elecktorl', 5)).toEqual(['electoral']);
  });

  it('gives no corrections under five letters, for known words themselves, or with limit 0', () => {
    expect(lexicon.corrections('chna', 5)).toEqual([]);
    expect(lexicon.corrections('dowden', 5)).toEqual([]);
    expect(lexicon.corrections('dowdne', 0)).toEqual([]);
    expect(lexicon.corrections('zzzzzzz', 5)).toEqual([]);
    expect(lexicon.corrections('', 5)).toEqual([]);
  });

  it('folds case and accents in corrections', () => {
    expect(lexicon.corrections('RÉSUMÈS', 5)).toEqual(['resume']);
  });

  it('completes prefixes of four or more letters, most common first', () => {
    expect(lexicon.completions('sanc', 10)).toEqual(['sanctions', 'sanctioned', 'sanctioning']);
    expect(lexicon.completions('sanction', 2)).toEqual(['sanctions', 'sanctioned']);
    expect(lexicon.completions('Exfil', 10)).toEqual(['exfiltration', 'exfiltrated']);
    expect(lexicon.completions('chin', 10)).toEqual(['china', 'chinese']);
    expect(lexicon.completions('chi', 10)).toEqual([]);
    expect(lexicon.completions('zzzz', 10)).toEqual([]);
  });

  it('updates weights, removes at weight 0 and ignores repeats', () => {
    const l = createLexicon();
    l.add([
      { term: 'alpha', weight: 1 },
      { term: 'alphabet', weight: 2 },
    ]);
    expect(l.completions('alph', 5)).toEqual(['alphabet', 'alpha']);
    l.add([{ term: 'ALPHA', weight: 5 }]);
    expect(l.size).toBe(2);
    expect(l.completions('alph', 5)).toEqual(['alpha', 'alphabet']);
    l.add([{ term: 'alphabet', weight: 0 }]);
    expect(l.size).toBe(1);
    expect(l.completions('alph', 5)).toEqual(['alpha']);
  });
});

describe('name lexicon', () => {
  const names = createNameLexicon();
  names.add({ name: 'Oliver Dowden' });
  names.add({ name: 'Oliver Dowden', alias: 'Dowden' });
  names.add({ name: 'APT31', key: 'threat_actor:APT31' });
  names.add({ name: 'APT31', alias: 'Violet Typhoon', key: 'threat_actor:APT31' });
  names.add({ name: 'APT31', alias: 'ZIRCONIUM', key: 'threat_actor:APT31' });
  names.add({ name: 'APT41', key: 'threat_actor:APT41' });
  names.add({ name: 'Volt Typhoon', key: 'threat_actor:Volt Typhoon' });
  names.add({ name: 'Electoral Commission', key: 'organisation:Electoral Commission' });
  names.add({ name: 'Dowden', key: 'other:Dowden' });
  names.add({ name: 'Ciaran Martin' });

  it('counts entities, not spellings', () => {
    expect(names.size).toBe(7);
  });

  it('finds a name through a typo in the surname alone or in the full name', () => {
    expect(names.suggest('Martni', 5)).toEqual(['Ciaran Martin']);
    expect(names.match('Martni', 5)[0]?.distance).toBe(1.25);
    expect(names.suggest('oliver dowdne', 1)).toEqual(['Oliver Dowden']);
    // Equally close: by name.
    expect(names.suggest('Dowdne', 5)).toEqual(['Dowden', 'Oliver Dowden']);
    expect(names.suggest('Zirconuim', 3)).toEqual(['APT31']);
  });

  it('ranks exact before prefix before typos, and keeps one match per entity', () => {
    const m = names.match('Dowden', 5);
    expect(m.map((x) => [x.key, x.distance])).toEqual([
      ['other:Dowden', 0],
      ['Oliver Dowden', 0],
    ]);
    expect(names.match('Ciaran Martin', 5).map((x) => [x.name, x.distance])).toEqual([['Ciaran Martin', 0]]);
    expect(names.match('APT3', 5).map((x) => [x.name, x.distance])).toEqual([['APT31', 0.5]]);
    expect(names.match('APT51', 5).map((x) => [x.name, x.distance])).toEqual([
      ['APT31', 1],
      ['APT41', 1],
    ]);
    expect(names.match('typhoon', 5).map((x) => [x.name, x.distance])).toEqual([
      ['APT31', 0.25],
      ['Volt Typhoon', 0.25],
    ]);
    expect(names.suggest('Violet Typh', 5)).toEqual(['APT31']);
  });

  it('filters entities before limiting, and answers nothing for nothing', () => {
    expect(names.suggest('Dowden', 1, (key) => key.startsWith('other:'))).toEqual(['Dowden']);
    expect(names.suggest('', 5)).toEqual([]);
    expect(names.suggest('!!!', 5)).toEqual([]);
    expect(names.suggest('Dowdne', 0)).toEqual([]);
    expect(names.suggest('qqqqqqqq', 5)).toEqual([]);
  });

  it('compares names without case, spaces, punctuation or accents', () => {
    expect(nameLexiconKey('The Électoral  Commission’s')).toBe('electoralcommission');
    expect(names.suggest('electoral-commision', 1)).toEqual(['Electoral Commission']);
  });
});
