// PassageSearch on every engine: the same query planning (every word or any, the last word a prefix, other
// forms, typos, phrases, stop words, hostile input) finds the same passages with the same counts. Ranking
// may differ between engines (ADR 14), so orders are asserted only where both must agree.
import { beforeEach, expect, it } from 'vitest';
import { markTerms } from '../../../src/core/highlight.js';
import type { Store } from '../../../src/core/ports.js';
import { EMPTY } from '../store-fixtures.js';
import { conformance } from './harness.js';
import { IRISH, NCSC, US } from './reports.js';

/** Where each hit is, as "doc#paragraph". */
const at = (page: { hits: { docId: string; paragraph: number }[] }) =>
  page.hits.map((h) => `${h.docId}#${h.paragraph}`);

conformance('searching passages', (engine) => {
  let store: Store;
  const search = (query: string, limit = 10) => store.searchPassages(query, { offset: 0, limit });
  beforeEach(async () => {
    store = await engine.open();
    await store.addDocuments(
      [NCSC, US, IRISH].map((doc) => ({ doc, extraction: EMPTY })),
      't',
    );
  });

  it('requires every word, else any, and reports the words matched', async () => {
    const every = await search('electoral commission');
    expect([at(every), every.total, every.every, every.exact]).toEqual([['ncsc#1'], 1, true, true]);
    expect(every.hits[0]?.terms.sort()).toEqual(['commission', 'electoral']);
    expect(every.hits[0]?.score).toBeGreaterThan(0);
    const any = await search('electoral zebra');
    expect([at(any), any.every, any.hits[0]?.terms]).toEqual([['ncsc#1'], false, ['electoral']]);
  });

  it('matches the last word typed as a prefix from four letters, and a word that only starts others', async () => {
    expect(at(await search('sanction'))).toEqual(['ncsc#3']);
    expect((await search('apt3')).hits.flatMap((h) => h.terms)).toContain('apt3');
    expect(at(await search('exfil'))).toEqual([]);
    expect(at(await search('intrus decade'))).toEqual(['us#1']);
    for (const q of ['ap', 'zi', 'apt']) expect(at(await search(q)), q).toEqual([]);
    expect((await search('cyber ')).total).toBe(2);
  });

  it('matches the other forms of a word, and marks the form found', async () => {
    const page = await search('democracy institution');
    expect(at(page)).toEqual(['ncsc#4']);
    expect(page.hits[0]?.terms.sort()).toEqual(['democratic', 'institution', 'institutions']);
    expect(at(await search('sanctioning'))).toEqual(['ncsc#3']);
  });

  it('corrects typos in words of five letters or more that no passage holds, and says so', async () => {
    for (const q of ['Dowdon', 'Dowdne', 'dowdne said']) {
      const page = await search(q);
      expect(at(page), q).toEqual(['ncsc#4']);
      expect(page.hits[0]?.terms, q).toContain('dowden');
      expect(page.corrected, q).toEqual([{ typed: q.split(' ')[0]?.toLowerCase(), instead: ['dowden'] }]);
    }
    expect(at(await search('Wuhen'))).toEqual(['us#0']);
    expect(at(await search('Zirconuim'))).toEqual(['ncsc#3']);
    expect(at(await search('Chna'))).toEqual([]);
    expect((await search('cyber')).corrected).toEqual([]);
  });

  it('ignores case, accents and function words', async () => {
    expect(at(await search('RESUME'))).toEqual(['us#1']);
    expect((await search('résumé')).hits[0]?.terms).toEqual(['resume']);
    expect(at(await search('the compromise of the Electoral Commission'))).toEqual(['ncsc#1']);
    expect(at(await search('Tomas O Suilleabhain'))).toEqual(['irish#0']);
    expect((await search('DÁIL')).hits[0]?.terms).toEqual(['dail']);
  });

  it('finds a passage for its own words, never for its title’s alone', async () => {
    expect(at(await search('china'))).toEqual([]);
    expect(at(await search('company')).sort()).toEqual(['ncsc#3', 'us#0']);
    const page = await search('treasury decade');
    expect([at(page).sort(), page.every]).toEqual([['us#0', 'us#1'], false]);
    expect(page.hits.every((h) => h.terms.length === 1)).toBe(true);
  });

  it('matches quoted phrases exactly, stop words and all', async () => {
    expect(at(await search('"front company"'))).toEqual(['ncsc#3']);
    expect(at(await search('"company front"'))).toEqual([]);
    expect(at(await search('"compromise of the Electoral"'))).toEqual(['ncsc#1']);
    const page = await search('"Electoral Commission" hack');
    expect(at(page)).toEqual(['ncsc#1']);
    expect(page.hits[0]?.terms.sort()).toEqual(['commission', 'electoral']);
  });

  it('answers stop words, punctuation and hostile input without error, never as syntax', async () => {
    for (const q of ['', '   ', 'the of and', '"the"', '!!!', '*', '-', '""', '"', '😀'])
      expect(await search(q), q).toMatchObject({ hits: [], total: 0 });
    const hostile = [
      'NEAR(cyber china)',
      'cyber AND china OR NOT uk',
      'title:china',
      "cyber' OR 1=1; DROP TABLE passages; --",
    ];
    hostile.push(
      'cyber & !china',
      "cyber:* | 'x'",
      'cyber <-> china',
      '"unbalanced cyber',
      '(((cyber',
      'cyber)))',
      '\\cyber\\',
    );
    hostile.push(
      `${'cyber '.repeat(60)}`,
      'x'.repeat(300),
      `${'"'.repeat(150)}cyber${'*'.repeat(145)}`,
      '\u0000cyber\u0000',
    );
    for (const q of hostile) await expect(search(q), q).resolves.toBeDefined();
    expect((await search('title:cyber')).total).toBeGreaterThan(0);
    expect((await search("cyber' OR 1=1; DROP TABLE passages; --")).total).toBeGreaterThan(0);
    expect((await search("cyber:* | 'x'")).total).toBeGreaterThan(0);
    expect(await store.documentCount()).toBe(3);
  });

  it('gives terms that markTerms can highlight', async () => {
    const [hit] = (await search('apt31 sanction', 1)).hits;
    const marked = markTerms(hit?.text ?? '', hit?.terms ?? [])
      .filter((r) => r.marked)
      .map((r) => r.text)
      .join(' ');
    expect(marked).toMatch(/sanction/i);
    expect(marked).toMatch(/APT31/);
  });
});
