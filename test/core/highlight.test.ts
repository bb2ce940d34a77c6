import { describe, expect, it } from 'vitest';
import { markTerms } from '../../src/core/highlight.js';
import { foldTerm } from '../../src/core/text/normalise.js';

const marked = (text: string, terms: string[]) =>
  markTerms(text, terms)
    .filter((r) => r.marked)
    .map((r) => r.text);

describe('markTerms', () => {
  it('splits text into runs that join back to the text', () => {
    const text = 'The NCSC said APT31 targeted parliamentarians in 2021.';
    const runs = markTerms(text, ['apt31', 'parliamentarians']);
    expect(runs).toEqual([
      { text: 'The NCSC said ', marked: false },
      { text: 'APT31', marked: true },
      { text: ' targeted ', marked: false },
      { text: 'parliamentarians', marked: true },
      { text: ' in 2021.', marked: false },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });

  it('ignores case and accents', () => {
    expect(marked('A Résumé of RESUME attempts', ['resume'])).toEqual(['Résumé', 'RESUME']);
    expect(foldTerm('Résumé')).toBe('resume');
  });

  it('marks the whole word when a term is its prefix', () => {
    expect(marked('The Foreign Office sanctioned them; sanctions followed.', ['sanction'])).toEqual([
      'sanctioned',
      'sanctions',
    ]);
    expect(marked("Russia's services", ['russia'])).toEqual(["Russia's"]);
    expect(marked('Statement by O’Brien', ['brien'])).toEqual(['O’Brien']);
  });

  it('does not mark inside words or prefix-match very short terms', () => {
    expect(marked('The user used us', ['us'])).toEqual(['us']);
    expect(marked('reassessment', ['assess'])).toEqual([]);
  });

  it('marks adjacent words as one phrase, but not across punctuation', () => {
    expect(
      marked('Microsoft calls it Violet Typhoon, or Zirconium.', ['violet', 'typhoon', 'zirconium']),
    ).toEqual(['Violet Typhoon', 'Zirconium']);
    expect(marked('Violet, Typhoon', ['violet', 'typhoon'])).toEqual(['Violet', 'Typhoon']);
  });

  it('accepts query words with punctuation or several words per term', () => {
    expect(marked('Oliver Dowden said', ['Dowden.', 'oliver dowden'])).toEqual(['Oliver Dowden']);
  });

  it('handles empty input', () => {
    expect(markTerms('', ['x'])).toEqual([]);
    expect(markTerms('nothing to mark', [])).toEqual([{ text: 'nothing to mark', marked: false }]);
    expect(markTerms('nothing to mark', ['', '  '])).toEqual([{ text: 'nothing to mark', marked: false }]);
    expect(markTerms('no match here', ['zebra'])).toEqual([{ text: 'no match here', marked: false }]);
  });
});
