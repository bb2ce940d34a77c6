// The benchmark's like-with-like baseline: plain FTS5 doing the work /search chose for each query, and
// how start-up runs are labelled. Planning and labels only; timings are never asserted.
import { describe, expect, it } from 'vitest';
import { sameOrderQuery } from '../../bench/runner/baseline.js';
import { coldLabel } from '../../bench/runner/cold-start.js';

/** /search's answer order for one-word queries: newest first for the ones listed, ranked otherwise. */
const searchOrder =
  (newest: string[]) =>
  (q: string): 'newest' | 'best' =>
    newest.includes(q) ? 'newest' : 'best';
const held = (terms: string[]) => (term: string) => terms.includes(term);

describe('plain FTS5 in /search order', () => {
  it('lists the newest passages when every word is very common, words typed in full taken as typed', () => {
    const plan = sameOrderQuery(
      'officials said',
      searchOrder(['officials ', 'said ']),
      held(['officials', 'said']),
    );
    // "said" ends the query, so it would be a prefix; /search takes a very common word as typed.
    expect(plan).toEqual({ match: 'text : ("officials" AND "said")', order: 'newest', plan: 'newest' });
  });

  it('ranks the rarer words alone when /search drops the very common ones', () => {
    const plan = sameOrderQuery('said the hackers', searchOrder(['said ']), held(['said', 'hackers']));
    expect(plan).toEqual({ match: 'text : ("hackers"*)', order: 'best', plan: 'rarerWords' });
  });

  it('keeps a prefix that is no word but begins very common ones', () => {
    const plan = sameOrderQuery('gover', searchOrder(['gover', 'gover ']), held([]));
    expect(plan).toEqual({ match: 'text : ("gover"*)', order: 'newest', plan: 'newest' });
  });

  it('ranks every word when none is very common, and has nothing to search for in stop words', () => {
    const plan = sameOrderQuery('zebra crossing', searchOrder([]), held(['zebra', 'crossing']));
    expect(plan).toEqual({ match: 'text : ("zebra" AND "crossing"*)', order: 'best', plan: 'ranked' });
    expect(sameOrderQuery('of the', searchOrder([]), held([]))).toBeNull();
  });
});

describe('start-up label', () => {
  it('says cold only when the page cache was dropped before every run', () => {
    expect(coldLabel([{ pageCache: 'dropped' }, { pageCache: 'dropped' }])).toBe('cold (page cache dropped)');
    expect(coldLabel([{ pageCache: 'warm' }, { pageCache: 'warm' }])).toBe('warm start');
    expect(coldLabel([{ pageCache: 'dropped' }, { pageCache: 'warm' }])).toMatch(/^mixed/);
  });
});
