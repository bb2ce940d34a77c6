// Pages of passage search on every engine: each document's best passage among the first, pages cut from
// one order that never overlap, exact counts; very common words listed newest first, counted up to a cap.
import { expect, it } from 'vitest';
import type { Store } from '../../../src/core/ports.js';
import { COUNT_CAP } from '../../../src/infra/store/search-policy.js';
import { EMPTY } from '../store-fixtures.js';
import { conformance } from './harness.js';
import { report } from './reports.js';

const store = async (open: () => Promise<Store>, docs: ReturnType<typeof report>[]) => {
  const s = await open();
  await s.addDocuments(
    docs.map((doc) => ({ doc, extraction: EMPTY })),
    't',
  );
  return s;
};
const keys = (hits: { docId: string; paragraph: number }[]) => hits.map((h) => `${h.docId}#${h.paragraph}`);

// 6,000 passages: every one says "officials said"; one names a zeppelin.
const paragraph = (i: number, extra = '') =>
  `Paragraph ${i}: officials said the review of the incident continues this week ${extra}and more follows.`;
const COMMON = Array.from({ length: 100 }, (_, d) =>
  report(
    `d${d}`,
    Array.from({ length: 60 }, (_, i) =>
      paragraph(i, d === 7 && i === 3 ? 'with a zeppelin sighting ' : ''),
    ).join('\n\n'),
  ),
);

conformance('pages of passages', (engine) => {
  it("puts each document's best passage first, then the others, up to the limit", async () => {
    const a = report(
      'a',
      [
        'APT31 APT31 APT31 intrusions: APT31 targeted parliamentarians, and APT31 targeted their email accounts.',
        'APT31 also ran reconnaissance against journalists and campaigners critical of the government.',
        'A third paragraph mentions APT31 once among many other words about unrelated political matters.',
      ].join('\n\n'),
    );
    const b = report(
      'b',
      'A long report about many groups, in which one sentence, near the end, briefly names APT31 among others.',
    );
    const s = await store(engine.open, [a, b]);
    const page = await s.searchPassages('APT31', { offset: 0, limit: 10 });
    expect([page.total, keys(page.hits)[0]]).toEqual([4, 'a#0']);
    expect(page.hits.map((h) => h.docId)).toEqual(['a', 'b', 'a', 'a']);
    expect((await s.searchPassages('APT31', { offset: 0, limit: 2 })).hits.map((h) => h.docId)).toEqual([
      'a',
      'b',
    ]);
    expect((await s.searchPassages('APT31', { offset: 0, limit: 0 })).hits).toEqual([]);
  });

  it('cuts every page from one order: no overlap, every match on some page, an exact total', async () => {
    const docs = Array.from({ length: 30 }, (_, i) =>
      report(
        `d${i}`,
        [0, 1, 2]
          .map(
            (p) =>
              `Report ${i}, part ${p}: ${'wiper '.repeat(i === 0 ? 4 : 1)}malware hit the grid operator and its regional control rooms overnight.`,
          )
          .join('\n\n'),
      ),
    );
    const s = await store(engine.open, docs);
    const pages = await Promise.all(
      Array.from({ length: 20 }, (_, k) => s.searchPassages('wiper', { offset: k * 5, limit: 5 })),
    );
    expect(pages.map((p) => [p.total, p.exact, p.order])).toEqual(pages.map(() => [90, true, 'best']));
    const seen = pages.flatMap((p) => keys(p.hits));
    expect([seen.length, new Set(seen).size]).toEqual([90, 90]);
    expect(new Set(seen.slice(0, 5).map((k) => k.split('#')[0])).size).toBe(5);
    expect(seen[0]).toBe('d0#0');
    expect(await s.searchPassages('wiper', { offset: 90, limit: 5 })).toMatchObject({ hits: [], total: 90 });
    expect((await s.searchPassages('wiper', { offset: 25, limit: 5 })).hits).toEqual(pages[5]?.hits);
    expect((await s.searchPassages('wiper', { offset: 20, limit: 10 })).hits).toEqual([
      ...(pages[4]?.hits ?? []),
      ...(pages[5]?.hits ?? []),
    ]);
  });

  it('respects the limit over many matching documents, with positive scores', async () => {
    const docs = Array.from({ length: 40 }, (_, i) =>
      report(
        `d${i}`,
        [
          `Report ${i}: the ransomware crew encrypted servers at site ${i} and demanded payment in bitcoin.`,
          `A second paragraph of report ${i} repeats that ransomware hit the site and recovery took weeks.`,
        ].join('\n\n'),
      ),
    );
    const s = await store(engine.open, docs);
    const first = await s.searchPassages('ransomware', { offset: 0, limit: 5 });
    expect([first.hits.length, new Set(first.hits.map((h) => h.docId)).size, first.total]).toEqual([
      5, 5, 80,
    ]);
    expect((await s.searchPassages('ransomware', { offset: 0, limit: 100 })).hits).toHaveLength(80);
    const scores = (await s.searchPassages('ransomware bitcoin', { offset: 0, limit: 20 })).hits.map(
      (h) => h.score,
    );
    expect(scores).toHaveLength(20);
    expect(scores.every((x) => x > 0)).toBe(true);
  });

  it('stops requiring very common words when a rarer word carries the query, and still marks them', async () => {
    const s = await store(engine.open, COMMON);
    const page = await s.searchPassages('officials zeppelin', { offset: 0, limit: 5 });
    expect([keys(page.hits), page.total, page.order]).toEqual([['d7#3'], 1, 'best']);
    expect(page.hits[0]?.terms.sort()).toEqual(['officials', 'zeppelin']);
    expect(keys((await s.searchPassages('zeppelin offic', { offset: 0, limit: 5 })).hits)).toEqual(['d7#3']);
  });

  it('lists very common words alone newest first, counted up to a cap, pages never overlapping', async () => {
    const s = await store(engine.open, COMMON);
    const first = await s.searchPassages('officials review', { offset: 0, limit: 5 });
    expect(first).toMatchObject({ total: COUNT_CAP, exact: false, order: 'newest' });
    expect(first.hits.slice(0, 2).map((h) => h.docId)).toEqual(['d99', 'd98']);
    const pages = await Promise.all(
      Array.from({ length: 60 }, (_, k) => s.searchPassages('officials review', { offset: k * 5, limit: 5 })),
    );
    expect(new Set(pages.flatMap((p) => keys(p.hits))).size).toBe(300);
    expect(await s.searchPassages('officials review', { offset: 5_995, limit: 5 })).toMatchObject({
      total: 6_000,
      exact: true,
    });
    expect(await s.searchPassages('officials review', { offset: 6_000, limit: 5 })).toMatchObject({
      hits: [],
      total: 6_000,
      exact: true,
    });
    // A prefix that is no word but begins very common ones is very common too.
    const prefix = await s.searchPassages('review offic', { offset: 0, limit: 3 });
    expect([prefix.order, prefix.hits.slice(0, 2).map((h) => h.docId)]).toEqual(['newest', ['d99', 'd98']]);
    // So is a typo whose corrections are: they are searched as typed would have been.
    const typo = await s.searchPassages('officals', { offset: 0, limit: 3 });
    expect([typo.order, typo.total, typo.hits[0]?.docId]).toEqual(['newest', COUNT_CAP, 'd99']);
    expect(typo.corrected).toEqual([{ typed: 'officals', instead: ['officials'] }]);
  });
});
