// Passage search: every word or any, prefixes, other forms, typos, phrases, hostile input; pages cut from
// one order; very common words.
import { describe, expect, it } from 'vitest';
import { markTerms } from '../../../src/core/highlight.js';
import { COUNT_CAP, commonThreshold } from '../../../src/infra/store/search-policy.js';
import { doc, IRISH, NCSC, open, top, US } from './passage-fixtures.js';

describe('searching passages', () => {
  const { search } = open(NCSC, US, IRISH);

  it('requires every word (AND) and reports the matched words', () => {
    const hits = top(search, 'electoral commission', 10);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ docId: 'ncsc', paragraph: 1 });
    expect(hits[0]?.text).toContain('Electoral Commission systems');
    expect(hits[0]?.terms.sort()).toEqual(['commission', 'electoral']);
    expect(hits[0]?.score).toBeGreaterThan(0);
  });

  it('falls back to any word (OR) when no passage has them all', () => {
    const hits = top(search, 'electoral zebra', 10);
    expect(hits.map((h) => h.docId)).toEqual(['ncsc']);
    expect(hits[0]?.terms).toEqual(['electoral']);
  });

  it('matches the last word by prefix from four characters, reporting the prefix', () => {
    const hits = top(search, 'sanction', 10);
    // "sanctions" is only in the US title: a passage is found for its own words.
    expect([...new Set(hits.map((h) => h.docId))]).toEqual(['ncsc']);
    expect(hits.every((h) => h.terms.includes('sanction'))).toBe(true);
    expect(top(search, 'apt3', 10).flatMap((h) => h.terms)).toContain('apt3');
    expect(top(search, 'exfil', 10)).toEqual([]);
  });

  it('matches an unknown word that starts known words by prefix, wherever it stands', () => {
    expect(search.plan('intrus decade').words[0]).toMatchObject({ term: 'intrus', prefix: true });
    expect(top(search, 'intrus decade', 10).map((h) => [h.docId, h.paragraph])).toEqual([['us', 1]]);
  });

  it('matches the other forms of a word, and marks the form found', () => {
    expect(search.plan('democracy').words[0]).toMatchObject({ term: 'democracy', forms: ['democratic'] });
    const hits = top(search, 'democracy institution', 10);
    expect(hits.map((h) => [h.docId, h.paragraph])).toEqual([['ncsc', 4]]);
    expect(hits[0]?.terms.sort()).toEqual(['democratic', 'institution', 'institutions']);
    expect(top(search, 'sanctioning', 10).map((h) => h.docId)).toEqual(['ncsc']);
  });

  it('does not prefix-match short words, nor words no longer being typed', () => {
    expect(top(search, 'ap', 10)).toEqual([]);
    expect(top(search, 'zi', 10)).toEqual([]);
    expect(top(search, 'apt', 10)).toEqual([]);
    // A space after a known word means the user finished it: "cyber " is not "cyber*".
    expect(search.plan('cyber').words[0]?.prefix).toBe(true);
    expect(search.plan('cyber ').words[0]?.prefix).toBe(false);
  });

  it('tolerates typos in words of five or more letters that the index does not know', () => {
    for (const q of ['Dowdon', 'Dowdne', 'dowdne said']) {
      const hits = top(search, q, 10);
      expect(
        hits.map((h) => h.docId),
        q,
      ).toEqual(['ncsc']);
      expect(hits[0]?.terms, q).toContain('dowden');
    }
    expect(top(search, 'Wuhen', 10).map((h) => h.docId)).toEqual(['us']);
    expect(top(search, 'Zirconuim', 10).map((h) => h.docId)).toEqual(['ncsc']);
    // Four letters: no typo tolerance ("Chna" is not "china"), and no prefix match either.
    expect(top(search, 'Chna', 10)).toEqual([]);
    // A known word is taken as typed, not "corrected" to a neighbour.
    expect(search.plan('cyber').words[0]?.alternatives).toEqual([]);
  });

  it('ignores case, accents and function words', () => {
    expect(top(search, 'RESUME', 10).map((h) => h.docId)).toEqual(['us']);
    expect(top(search, 'résumé', 10)[0]?.terms).toEqual(['resume']);
    const hits = top(search, 'the compromise of the Electoral Commission', 10);
    expect(hits.map((h) => h.paragraph)).toEqual([1]);
    expect(top(search, 'Tomas O Suilleabhain', 10).map((h) => h.docId)).toEqual(['irish']);
    expect(top(search, 'DÁIL', 10)[0]?.terms).toEqual(['dail']);
  });

  it('finds a passage for its own words, never for its title’s alone', () => {
    // "china" is in the NCSC title only ("chinese" in its text); "company" in the US title and one passage.
    expect(top(search, 'china', 10)).toEqual([]);
    expect(top(search, 'company', 10).map((h) => [h.docId, h.paragraph])).toEqual([
      ['us', 0],
      ['ncsc', 3],
    ]);
    // "treasury" is in the US title and its first passage; "decade" in its second only: no passage has both.
    const hits = top(search, 'treasury decade', 10);
    expect(hits.map((h) => [h.docId, h.paragraph]).sort()).toEqual([
      ['us', 0],
      ['us', 1],
    ]);
    expect(hits.every((h) => h.terms.length === 1)).toBe(true);
  });

  it('matches quoted phrases exactly', () => {
    expect(top(search, '"front company"', 10).map((h) => h.docId)).toEqual(['ncsc']);
    expect(top(search, '"company front"', 10)).toEqual([]);
    const hits = top(search, '"Electoral Commission" hack', 10);
    expect(hits.map((h) => [h.docId, h.paragraph])).toEqual([['ncsc', 1]]);
    expect(hits[0]?.terms.sort()).toEqual(['commission', 'electoral']);
  });

  it('returns nothing, without error, for stop words, punctuation and hostile input', () => {
    for (const q of ['', '   ', 'the of and', '"the"', '!!!', '*', '-', '""', '"', '😀']) {
      expect(top(search, q, 10), q).toEqual([]);
    }
    const hostile = [
      'NEAR(cyber china)',
      'cyber AND china OR NOT uk',
      'title:china',
      '{title text}: china',
      '-cyber +china',
      '"unbalanced cyber',
      'cyber"',
      '""cyber""',
      'cyber*',
      '*cyber',
      '^cyber',
      '(((cyber',
      'cyber)))',
      "cyber' OR 1=1; DROP TABLE passages; --",
      'china 🇨🇳 cyber 😀',
      'NEAR/2',
      'cyber NEAR/2 china',
      `${'cyber '.repeat(60)}`,
      'x'.repeat(300),
      `${'"'.repeat(150)}cyber${'*'.repeat(145)}`,
      '\u0000cyber\u0000',
      'cyber\ncampaigns\tchina',
    ];
    for (const q of hostile) expect(() => top(search, q, 10), q).not.toThrow();
    expect(top(search, 'title:cyber', 10).length).toBeGreaterThan(0);
    expect(top(search, "cyber' OR 1=1; DROP TABLE passages; --", 10).length).toBeGreaterThan(0);
    expect(top(search, 'NEAR(cyber china)', 10).length).toBeGreaterThan(0);
  });

  it('gives terms that markTerms can highlight', () => {
    const { db, search: ncscOnly } = open(NCSC);
    const [hit] = top(ncscOnly, 'apt31 sanction', 1);
    db.close();
    expect(hit).toBeDefined();
    const marked = markTerms(hit?.text ?? '', hit?.terms ?? [])
      .filter((r) => r.marked)
      .map((r) => r.text);
    expect(marked.length).toBeGreaterThanOrEqual(2);
    expect(marked.join(' ')).toMatch(/sanction/i);
    expect(marked.join(' ')).toMatch(/APT31/);
  });
});

describe('diversity and limits', () => {
  it('puts the best passage of each document first, then the others, up to the limit', () => {
    const a = doc(
      'a',
      [
        'APT31 APT31 APT31 intrusions: APT31 targeted parliamentarians, and APT31 targeted their email accounts.',
        'APT31 also ran reconnaissance against journalists and campaigners critical of the government.',
        'A third paragraph mentions APT31 once among many other words about unrelated political matters.',
      ].join('\n\n'),
      'APT31 activity',
    );
    const b = doc(
      'b',
      'A long report about many groups, in which one sentence, near the end, briefly names APT31 among others.',
    );
    const { db, search } = open(a, b);
    const hits = top(search, 'APT31', 10);
    expect(hits.map((h) => h.docId)).toEqual(['a', 'b', 'a', 'a']);
    expect(hits[0]?.paragraph).toBe(0);
    expect(top(search, 'APT31', 2).map((h) => h.docId)).toEqual(['a', 'b']);
    expect(top(search, 'APT31', 0)).toEqual([]);
    db.close();
  });

  it('cuts every page from one order: no overlap, every match on some page, an exact total', () => {
    // 30 documents of 3 passages: one document's passages rank best, so the first pages put others first.
    const docs = Array.from({ length: 30 }, (_, i) =>
      doc(
        `d${i}`,
        [0, 1, 2]
          .map(
            (p) =>
              `Report ${i}, part ${p}: ${'wiper '.repeat(i === 0 ? 4 : 1)}malware hit the grid operator and its regional control rooms overnight.`,
          )
          .join('\n\n'),
      ),
    );
    const { db, search } = open(...docs);
    const pages = Array.from({ length: 20 }, (_, k) => search.search('wiper', { offset: k * 5, limit: 5 }));
    expect(pages.map((p) => [p.total, p.exact, p.order])).toEqual(pages.map(() => [90, true, 'best']));
    const seen = pages.flatMap((p) => p.hits.map((h) => `${h.docId}#${h.paragraph}`));
    expect(seen).toHaveLength(90);
    expect(new Set(seen).size).toBe(90);
    // d0's passages rank best, yet the first page shows five documents, d0's best first.
    expect(new Set(seen.slice(0, 5).map((k) => k.split('#')[0])).size).toBe(5);
    expect(seen[0]).toBe('d0#0');
    // A page past the end is empty, with the total still known; one page read alone is the same page.
    expect(search.search('wiper', { offset: 90, limit: 5 })).toMatchObject({ hits: [], total: 90 });
    expect(search.search('wiper', { offset: 25, limit: 5 }).hits).toEqual(pages[5]?.hits);
    db.close();
  });

  it('respects the limit over many matching documents', () => {
    const docs = Array.from({ length: 40 }, (_, i) =>
      doc(
        `d${i}`,
        [
          `Report ${i}: the ransomware crew encrypted servers at site ${i} and demanded payment in bitcoin.`,
          `A second paragraph of report ${i} repeats that ransomware hit the site and recovery took weeks.`,
        ].join('\n\n'),
      ),
    );
    const { db, search } = open(...docs);
    const hits = top(search, 'ransomware', 5);
    expect(hits).toHaveLength(5);
    expect(new Set(hits.map((h) => h.docId)).size).toBe(5);
    expect(top(search, 'ransomware', 100)).toHaveLength(80);
    const scores = top(search, 'ransomware bitcoin', 20).map((h) => h.score);
    expect(scores).toHaveLength(20);
    expect(scores.every((s) => s > 0)).toBe(true);
    db.close();
  });
});

describe('very common words', () => {
  // 6,000 passages: every one says "officials said"; a few name rarer things.
  const paragraph = (i: number, extra = '') =>
    `Paragraph ${i}: officials said the review of the incident continues this week ${extra}and more follows.`;
  const docs = Array.from({ length: 100 }, (_, d) =>
    doc(
      `d${d}`,
      Array.from({ length: 60 }, (_, i) =>
        paragraph(i, d === 7 && i === 3 ? 'with a zeppelin sighting ' : ''),
      ).join('\n\n'),
    ),
  );

  it('stop being required when a rarer word carries the query, and are still marked', () => {
    const { db, search } = open(...docs);
    const hits = top(search, 'officials zeppelin', 5);
    expect(hits.map((h) => h.docId)).toEqual(['d7']);
    expect(hits[0]?.terms.sort()).toEqual(['officials', 'zeppelin']);
    db.close();
  });

  it('alone, list the newest passages that have them all instead of ranking every match', () => {
    const { db, search } = open(...docs);
    const hits = top(search, 'officials review', 3);
    expect(hits).toHaveLength(3);
    // Newest first: the last documents stored, one passage per document first.
    expect(hits.slice(0, 2).map((h) => h.docId)).toEqual(['d99', 'd98']);
    db.close();
  });

  it('alone, are counted up to a cap and said to be more, and their pages never overlap', () => {
    const { db, search } = open(...docs);
    const first = search.search('officials review', { offset: 0, limit: 5 });
    expect(first).toMatchObject({ total: COUNT_CAP, exact: false, order: 'newest' });
    const seen = Array.from({ length: 60 }, (_, k) =>
      search.search('officials review', { offset: k * 5, limit: 5 }),
    )
      .flatMap((p) => p.hits)
      .map((h) => `${h.docId}#${h.paragraph}`);
    expect(new Set(seen).size).toBe(300);
    // Counted as far as the page asked for, so a page past the end is told exactly.
    expect(search.search('officials review', { offset: 5_995, limit: 5 })).toMatchObject({
      total: 6_000,
      exact: true,
    });
    expect(search.search('officials review', { offset: 6_000, limit: 5 })).toMatchObject({
      hits: [],
      total: 6_000,
      exact: true,
    });
    db.close();
  });

  it('are those in 2% of passages, or in ~17,000 of them in a larger corpus', () => {
    // 100k documents hold ~870,000 passages: 2% of them is 17,000; at 1M documents, 17,000 is 0.2%.
    expect(commonThreshold(5_000, 50_000)).toBe(100);
    expect(commonThreshold(5_000, 870_000)).toBe(97);
    expect(commonThreshold(5_000, 8_700_000)).toBe(9);
  });

  it('include a prefix that is no word but begins very common ones', () => {
    const { db, search } = open(...docs);
    expect(search.plan('review offic').words[1]).toMatchObject({ term: 'offic', prefix: true });
    expect(
      top(search, 'review offic', 3)
        .slice(0, 2)
        .map((h) => h.docId),
    ).toEqual(['d99', 'd98']);
    expect(top(search, 'zeppelin offic', 5).map((h) => h.docId)).toEqual(['d7']);
    db.close();
  });
});
