import { describe, expect, it } from 'vitest';
import { maskQuotes, quoteSpans } from '../../../src/core/extract/quote-spans.js';

const texts = (p: string) => quoteSpans(p).map((s) => [p.slice(s.start, s.end), s.closed]);

describe('quoteSpans', () => {
  it('finds curly and straight double quotes', () => {
    expect(texts('He said: “We will respond.” Then he left.')).toEqual([['We will respond.', true]]);
    expect(texts('He said: "We will respond." Then "we will act," he added.')).toEqual([
      ['We will respond.', true],
      ['we will act,', true],
    ]);
  });

  it('marks a quote that runs past the end of its paragraph', () => {
    expect(texts('Dowden said: “The UK will not tolerate this.')).toEqual([
      ['The UK will not tolerate this.', false],
    ]);
  });

  it('reads single curly quotes only when long enough, and not apostrophes', () => {
    expect(texts('The UK’s view of ‘living off the land’ techniques.')).toEqual([
      ['living off the land', true],
    ]);
    expect(texts('It is ‘almost certain’ that the parliamentarians’ emails were read.')).toEqual([]);
  });

  it('masks quoted words without moving offsets', () => {
    const p = 'He said “today we act” on Monday.';
    const masked = maskQuotes(p);
    expect(masked).toHaveLength(p.length);
    expect(masked).not.toContain('today');
    expect(masked).toContain('on Monday');
  });
});

describe('quoteSpans in European styles', () => {
  it('finds guillemets', () => {
    expect(texts('Le ministre a déclaré : « Nous agirons avec nos partenaires. »')).toEqual([
      [' Nous agirons avec nos partenaires. ', true],
    ]);
  });
});
