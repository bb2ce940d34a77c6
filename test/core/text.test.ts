import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../src/core/text/format-date.js';
import { editDistance, nameKey, overlap } from '../../src/core/text/normalise.js';
import { splitSentences } from '../../src/core/text/sentences.js';

describe('splitSentences', () => {
  it('splits at sentence ends but not abbreviations or initials', () => {
    const s = splitSentences(
      'Mr. Smith met officials from the U.S. Department. He left at 5 p.m. on Monday. J. R. Jones stayed.',
    ).map((x) => x.text);
    expect(s).toEqual([
      'Mr. Smith met officials from the U.S. Department.',
      'He left at 5 p.m. on Monday.',
      'J. R. Jones stayed.',
    ]);
  });
  it('keeps closing quotes with their sentence', () => {
    expect(splitSentences('“We will act.” The minister left.').map((x) => x.text)).toEqual([
      '“We will act.”',
      'The minister left.',
    ]);
  });
});

describe('name keys and distances', () => {
  it('folds case, punctuation, spaces and a leading "the"', () => {
    expect(nameKey('APT 31')).toBe(nameKey('apt-31'));
    expect(nameKey('The Electoral Commission')).toBe(nameKey('electoral commission'));
  });
  it('bounds the edit distance', () => {
    expect(editDistance('dowden', 'dowdne', 3)).toBe(2);
    expect(editDistance('apt31', 'volttyphoon', 2)).toBe(3);
  });
  it('measures overlap as the shorter list contained in the longer, counting repeats', () => {
    expect(overlap(['a', 'a', 'b', 'c'], ['a', 'a', 'x'])).toBeCloseTo(2 / 3);
    expect(overlap(['a', 'x', 'x'], ['a', 'a', 'b', 'c'])).toBeCloseTo(1 / 3);
    expect(overlap(['a', 'b'], ['b', 'c', 'a'])).toBe(1);
    expect(overlap([], ['a'])).toBe(0);
  });
});

describe('formatIsoDate', () => {
  it('shows the precision the text gave', () => {
    expect(formatIsoDate('2021')).toBe('2021');
    expect(formatIsoDate('2021/2022')).toBe('2021–2022');
    expect(formatIsoDate('2023-12')).toBe('Dec 2023');
    expect(formatIsoDate('2024-03-25')).toBe('25 Mar 2024');
    expect(formatIsoDate(null)).toBe('undated');
  });
});
