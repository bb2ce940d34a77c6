// Each folding function keeps the contract its one-line comment states.
import { describe, expect, it } from 'vitest';
import {
  contentWords,
  foldedWords,
  foldSpace,
  foldTerm,
  foldTypography,
  looseKey,
  nameKey,
  wordTokens,
} from '../../../src/core/text/normalise.js';

describe('text folding', () => {
  it('foldSpace: whitespace runs as one space, control characters gone, ends trimmed', () => {
    expect(foldSpace('  Cyber\u00a0\u2009 Desk\u0007\n ')).toBe('Cyber Desk');
  });

  it('foldTypography: curly quotes, dashes and odd spaces as their plain forms', () => {
    expect(foldTypography('‘It’s “done” – now')).toBe('\'It\'s "done" - now');
  });

  it('foldTerm and foldedWords: the search form, split where the index splits', () => {
    expect(foldTerm('Électoral RÉSUMÉ')).toBe('electoral resume');
    expect(foldedWords('O’Brien’s APT-31 Résumé')).toEqual(['o', 'brien', 's', 'apt', '31', 'resume']);
  });

  it('looseKey: case, spacing and typography ignored, words and punctuation kept', () => {
    expect(looseKey('  The  Minister’s “Review” – Part 2 ')).toBe(
      looseKey('the minister\'s "review" - part 2'),
    );
    expect(looseKey('Part 2')).not.toBe(looseKey('Part-2'));
  });

  it('nameKey, wordTokens, contentWords: names, similarity tokens, content words', () => {
    expect(nameKey('The Minister’s Office')).toBe('ministeroffice');
    expect(wordTokens('Dowden’s 2 emails')).toEqual(["dowden's", '2', 'emails']);
    expect(contentWords('The attackers sent emails to the Minister’s office')).toEqual([
      'attacker',
      'sent',
      'email',
      'minister',
      'office',
    ]);
  });
});
