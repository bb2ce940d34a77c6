import { describe, expect, it } from 'vitest';
import { createLexicon } from '../../src/core/lexicon.js';
import {
  isEmptyPlan,
  MAX_QUERY_PARTS,
  matchedTerms,
  parseQuery,
  planQuery,
  type QueryPlan,
  toMatchExpression,
  type Vocabulary,
  withAlternatives,
} from '../../src/core/search-query.js';
import { wordFamily } from '../../src/core/text/stem.js';

const words = (plan: QueryPlan) => plan.words.map((w) => (w.prefix ? `${w.term}*` : w.term));

describe('parseQuery', () => {
  it('folds words and drops stop words and single letters', () => {
    expect(words(parseQuery('living off the land'))).toEqual(['living', 'off', 'land*']);
    expect(words(parseQuery('The Résumé of RUSSIA’s hackers '))).toEqual(['resume', 'russia', 'hackers']);
    expect(words(parseQuery('APT 1 and APT31'))).toEqual(['apt', '1', 'apt31*']);
  });

  it('makes only the last word a prefix, from four letters, while it is still being typed', () => {
    expect(parseQuery('exfil').words).toEqual([{ term: 'exfil', prefix: true, alternatives: [], forms: [] }]);
    expect(words(parseQuery('exfil '))).toEqual(['exfil']);
    expect(words(parseQuery('exfil.'))).toEqual(['exfil']);
    expect(words(parseQuery('exfil data'))).toEqual(['exfil', 'data*']);
    expect(words(parseQuery('data apt'))).toEqual(['data', 'apt']);
    // A stop word typed last ends the word before it.
    expect(words(parseQuery('exfil of'))).toEqual(['exfil']);
  });

  it('reads quoted phrases, stop words kept inside, and ignores an unpaired quote', () => {
    const plan = parseQuery('"Electoral Commission" hack');
    expect(plan.phrases).toEqual([['electoral', 'commission']]);
    expect(words(plan)).toEqual(['hack*']);
    expect(parseQuery('“the Foreign Office” sanctions').phrases).toEqual([['the', 'foreign', 'office']]);
    expect(words(parseQuery('"Electoral Commission'))).toEqual(['electoral', 'commission*']);
    const p = parseQuery('hack "electoral commission"');
    expect(words(p)).toEqual(['hack']);
    expect(p.phrases).toEqual([['electoral', 'commission']]);
  });

  it('plans nothing for stop words, punctuation and empty phrases', () => {
    for (const q of ['', '   ', 'the of and', '"the"', '""', '!!! ??? ...', '* - ( ) : ^', '😀🔥', 'a s']) {
      expect(isEmptyPlan(parseQuery(q)), q).toBe(true);
      expect(toMatchExpression(parseQuery(q), 'AND'), q).toBeNull();
    }
  });

  it('searches each word once and at most a dozen parts', () => {
    expect(words(parseQuery('apt31 china apt31'))).toEqual(['apt31*', 'china']);
    const long = Array.from({ length: 50 }, (_, i) => `word${i}`).join(' ');
    expect(parseQuery(long).words).toHaveLength(MAX_QUERY_PARTS);
  });
});

describe('withAlternatives', () => {
  const counts: Record<string, number> = {
    dowden: 3,
    electoral: 2,
    commission: 2,
    sanctions: 4,
    said: 9,
    exfiltrated: 1,
    democratic: 2,
    democracies: 1,
  };
  const vocabulary: Vocabulary = {
    has: (t) => (counts[t] ?? 0) > 0,
    forms: (t) => Object.keys(counts).filter((w) => w !== t && wordFamily(w) === wordFamily(t)),
  };
  const lexicon = createLexicon();
  lexicon.add(Object.entries(counts).map(([term, weight]) => ({ term, weight })));

  it('offers corrections only for words the index does not hold', () => {
    const plan = planQuery('Dowdne said', { vocabulary, lexicon });
    expect(plan.words).toEqual([
      { term: 'dowdne', prefix: false, alternatives: ['dowden'], forms: [] },
      { term: 'said', prefix: true, alternatives: [], forms: [] },
    ]);
    expect(planQuery('dowden said', { vocabulary, lexicon }).words[0]?.alternatives).toEqual([]);
    // The last word, unknown and completing nothing: corrected, still a prefix.
    expect(planQuery('Dowdne', { vocabulary, lexicon }).words).toEqual([
      { term: 'dowdne', prefix: true, alternatives: ['dowden'], forms: [] },
    ]);
  });

  it('adds the held forms of each word, held itself or not, and corrects none of them', () => {
    expect(planQuery('democracy dowden', { vocabulary, lexicon }).words[0]).toEqual({
      term: 'democracy',
      prefix: false,
      alternatives: [],
      forms: ['democratic', 'democracies'],
    });
    expect(planQuery('sanction dowden', { vocabulary, lexicon }).words[0]).toEqual({
      term: 'sanction',
      prefix: false,
      alternatives: [],
      forms: ['sanctions'],
    });
  });

  it('turns an unknown word that starts known words into a prefix', () => {
    expect(planQuery('exfil dowden', { vocabulary, lexicon }).words[0]).toEqual({
      term: 'exfil',
      prefix: true,
      alternatives: [],
      forms: [],
    });
  });

  it('leaves phrases and unknown short words alone', () => {
    const plan = withAlternatives(parseQuery('"electorl commision" chna'), vocabulary, lexicon);
    expect(plan.phrases).toEqual([['electorl', 'commision']]);
    expect(plan.words).toEqual([{ term: 'chna', prefix: true, alternatives: [], forms: [] }]);
  });
});

describe('toMatchExpression', () => {
  it('quotes every term, with * for a prefix and OR-groups for forms and alternatives', () => {
    const plan: QueryPlan = {
      words: [
        { term: 'dowdne', prefix: false, alternatives: ['dowden', 'dowsen'], forms: [] },
        { term: 'exfil', prefix: true, alternatives: [], forms: [] },
        { term: 'democracy', prefix: false, alternatives: [], forms: ['democratic'] },
      ],
      phrases: [['electoral', 'commission']],
    };
    expect(toMatchExpression(plan, 'AND')).toBe(
      '("dowdne" OR "dowden" OR "dowsen") AND "exfil"* AND ("democracy" OR "democratic") AND "electoral commission"',
    );
    expect(toMatchExpression(plan, 'OR')).toBe(
      '("dowdne" OR "dowden" OR "dowsen") OR "exfil"* OR ("democracy" OR "democratic") OR "electoral commission"',
    );
  });

  it('keeps FTS5 syntax in the input as plain words', () => {
    // "and", "or" are stop words; the single letters are dropped, so "not" is not the last word typed.
    expect(toMatchExpression(parseQuery('NEAR(a b) AND title:x OR -y NOT z*'), 'AND')).toBe(
      '"near" AND "title" AND "not"',
    );
    expect(toMatchExpression(parseQuery('col:umn^ {title text}: NEAR/3'), 'OR')).toBe(
      '"col" OR "umn" OR "title" OR "text" OR "near" OR "3"',
    );
    expect(toMatchExpression(parseQuery('"he said ""no"""'), 'AND')).toBe('"he said" AND "no"');
  });

  it('doubles quotes inside a term, should one ever get there', () => {
    expect(
      toMatchExpression(
        { words: [{ term: 'a"b', prefix: true, alternatives: ['c"'], forms: [] }], phrases: [] },
        'AND',
      ),
    ).toBe('("a""b"* OR "c""")');
  });
});

describe('matchedTerms', () => {
  it('reports the words, forms, alternatives and prefixes that occur, a prefix as typed', () => {
    const plan: QueryPlan = {
      words: [
        { term: 'dowdne', prefix: false, alternatives: ['dowden'], forms: [] },
        { term: 'sanction', prefix: true, alternatives: [], forms: [] },
        { term: 'zebra', prefix: false, alternatives: [], forms: [] },
        { term: 'democracy', prefix: false, alternatives: [], forms: ['democratic'] },
      ],
      phrases: [['the', 'foreign', 'office']],
    };
    const text = 'Oliver Dowden said The Foreign Office sanctioned two democratic individuals.';
    expect(matchedTerms(plan, text).sort()).toEqual([
      'democratic',
      'dowden',
      'foreign',
      'office',
      'sanction',
    ]);
    // A phrase counts only when all its words are there.
    expect(matchedTerms(plan, 'Foreign affairs, no office')).toEqual([]);
    expect(matchedTerms(plan, 'Nothing here')).toEqual([]);
  });

  it('folds the text as the terms are folded', () => {
    expect(matchedTerms(parseQuery('resume '), 'A RÉSUMÉ of intrusions')).toEqual(['resume']);
  });
});
