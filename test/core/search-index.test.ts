import { describe, expect, it } from 'vitest';
import { markTerms } from '../../src/core/highlight.js';
import type { Document } from '../../src/core/model.js';
import {
  addDocumentToIndex,
  createSearchIndex,
  isDocumentIndexed,
  passagesOf,
  removeDocumentFromIndex,
  restoreIndex,
  SEARCH_INDEX_OPTIONS,
  SEARCH_INDEX_VERSION,
  type SearchIndex,
  searchPassages,
  serialiseIndex,
} from '../../src/core/search-index.js';

function doc(id: string, body: string, title: string | null = null): Document {
  return { id, title, publisher: null, author: null, published: null, url: null, origin: `${id}.txt`, body };
}

const NCSC = doc(
  'ncsc',
  [
    'The National Cyber Security Centre has identified organisations affiliated to the Chinese state as the source of two cyber campaigns.',
    'Protecting democracy a priority',
    'It is highly likely that a Chinese entity was responsible for the compromise of the Electoral Commission systems between 2021 and 2022.',
    'The Foreign Office sanctioned a front company and two individuals said to be members of APT31, also tracked as ZIRCONIUM.',
    'Deputy Prime Minister Oliver Dowden said the UK will not tolerate malicious cyber activity targeting our democratic institutions.',
  ].join('\n\n'),
  'UK calls out China over cyber campaigns',
);

const US = doc(
  'us',
  [
    'The US Treasury designated Wuhan Xiaoruizhi Science and Technology Company as a front for APT31 operations.',
    'Officials described a résumé of intrusions stretching back more than a decade against critics of the government.',
  ].join('\n\n'),
  'Treasury sanctions APT31 front company',
);

function indexOf(...docs: Document[]): SearchIndex {
  const index = createSearchIndex();
  for (const d of docs) addDocumentToIndex(index, d);
  return index;
}

describe('passages', () => {
  it('makes one passage per paragraph, headings joined to the paragraph after them', () => {
    const passages = passagesOf(NCSC);
    expect(passages.map((p) => p.paragraph)).toEqual([0, 1, 3, 4]);
    expect(passages[1]?.text).toBe(`Protecting democracy a priority\n\n${NCSC.body.split('\n\n')[2]}`);
    expect(passages.map((p) => p.id)).toEqual(['ncsc#0', 'ncsc#1', 'ncsc#2', 'ncsc#3']);
    expect(passages.every((p) => p.docId === 'ncsc' && p.title === NCSC.title)).toBe(true);
  });

  it('joins a short last paragraph to the one before, and keeps a lone short body', () => {
    const long =
      'A long enough paragraph that says something about cyber espionage against parliamentarians.';
    expect(passagesOf(doc('d', `${long}\n\nEnds.`)).map((p) => [p.paragraph, p.text])).toEqual([
      [0, `${long}\n\nEnds.`],
    ]);
    expect(passagesOf(doc('d', 'Short.')).map((p) => p.text)).toEqual(['Short.']);
    expect(passagesOf(doc('d', ''))).toEqual([]);
  });

  it('splits a very long paragraph at sentence boundaries into verbatim parts', () => {
    const sentences = Array.from(
      { length: 40 },
      (_, i) => `Sentence number ${i + 1} describes one more intrusion by the group in some detail.`,
    );
    const para = sentences.join(' ');
    const body = `Short heading\n\n${para}\n\nA closing paragraph that is comfortably long enough to stand on its own as a separate passage.`;
    const passages = passagesOf(doc('long', body));
    const parts = passages.filter((p) => p.text.includes('Sentence number'));
    expect(parts.length).toBeGreaterThanOrEqual(3);
    for (const p of parts) {
      expect(p.text.length).toBeLessThanOrEqual(1300);
      expect(body).toContain(p.text);
      expect(p.text).toMatch(/detail\.$/);
    }
    // The first part starts with the heading (paragraph 0); the following parts lie in paragraph 1.
    expect(parts[0]?.text.startsWith('Short heading\n\nSentence number 1 ')).toBe(true);
    expect(parts.map((p) => p.paragraph)).toEqual([0, ...parts.slice(1).map(() => 1)]);
    expect(passages.at(-1)?.paragraph).toBe(2);
    // Nothing lost: every sentence is in exactly one passage.
    for (const s of sentences) expect(passages.filter((p) => p.text.includes(s))).toHaveLength(1);
  });
});

describe('search', () => {
  const index = indexOf(NCSC, US);

  it('requires every word (AND) and reports the matched words', () => {
    const hits = searchPassages(index, 'electoral commission', { limit: 10 });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ docId: 'ncsc', paragraph: 1 });
    expect(hits[0]?.terms.sort()).toEqual(['commission', 'electoral']);
    expect(hits[0]?.score).toBeGreaterThan(0);
  });

  it('falls back to any word (OR) when no passage has them all', () => {
    const hits = searchPassages(index, 'electoral zebra', { limit: 10 });
    expect(hits.map((h) => h.docId)).toEqual(['ncsc']);
    expect(hits[0]?.terms).toEqual(['electoral']);
  });

  it('matches by prefix from three characters', () => {
    const hits = searchPassages(index, 'sanction', { limit: 10 });
    expect([...new Set(hits.map((h) => h.docId))].sort()).toEqual(['ncsc', 'us']);
    const terms = hits.flatMap((h) => h.terms);
    expect(terms).toContain('sanctioned');
    expect(terms).toContain('sanctions');
    expect(searchPassages(index, 'apt', { limit: 10 }).flatMap((h) => h.terms)).toContain('apt31');
  });

  it('does not prefix-match terms shorter than three characters', () => {
    expect(searchPassages(index, 'ap', { limit: 10 })).toEqual([]);
    expect(searchPassages(index, 'zi', { limit: 10 })).toEqual([]);
  });

  it('tolerates one typo in words of five or more characters only', () => {
    const fuzzy = searchPassages(index, 'Dowdon', { limit: 10 });
    expect(fuzzy.map((h) => h.docId)).toEqual(['ncsc']);
    expect(fuzzy[0]?.terms).toEqual(['dowden']);
    expect(searchPassages(index, 'Wuhen', { limit: 10 }).map((h) => h.docId)).toEqual(['us']);
    // Four characters: no fuzzy ("Chna" is not "china"), and no prefix match either.
    expect(searchPassages(index, 'Chna', { limit: 10 })).toEqual([]);
  });

  it('ignores case, accents and function words', () => {
    expect(searchPassages(index, 'RESUME', { limit: 10 }).map((h) => h.docId)).toEqual(['us']);
    expect(searchPassages(index, 'résumé', { limit: 10 })[0]?.terms).toEqual(['resume']);
    const hits = searchPassages(index, 'the compromise of the Electoral Commission', { limit: 10 });
    expect(hits.map((h) => h.paragraph)).toEqual([1]);
  });

  it('matches words across title and passage', () => {
    // "treasury" is only in the US title for the second paragraph; "decade" only in its text.
    const hits = searchPassages(index, 'treasury decade', { limit: 10 });
    expect(hits.map((h) => [h.docId, h.paragraph])).toEqual([['us', 1]]);
  });

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
    const idx = indexOf(a, b);
    const hits = searchPassages(idx, 'APT31', { limit: 10 });
    expect(hits.map((h) => h.docId)).toEqual(['a', 'b', 'a', 'a']);
    expect(hits[0]?.paragraph).toBe(0);
    expect(searchPassages(idx, 'APT31', { limit: 2 }).map((h) => h.docId)).toEqual(['a', 'b']);
    expect(searchPassages(idx, '   ', { limit: 10 })).toEqual([]);
  });

  it('removes and replaces a document', () => {
    const idx = indexOf(NCSC, US);
    expect(isDocumentIndexed(idx, 'us')).toBe(true);
    expect(removeDocumentFromIndex(idx, 'us')).toBe(2);
    expect(isDocumentIndexed(idx, 'us')).toBe(false);
    expect(searchPassages(idx, 'Wuhan', { limit: 10 })).toEqual([]);
    expect(removeDocumentFromIndex(idx, 'us')).toBe(0);
    // Adding twice replaces instead of failing on duplicate passage ids.
    addDocumentToIndex(idx, NCSC);
    expect(searchPassages(idx, 'electoral', { limit: 10 })).toHaveLength(1);
  });

  it('gives terms that markTerms can highlight', () => {
    const [hit] = searchPassages(indexOf(NCSC), 'sanction apt31', { limit: 1 });
    expect(hit).toBeDefined();
    const marked = markTerms(hit?.text ?? '', hit?.terms ?? [])
      .filter((r) => r.marked)
      .map((r) => r.text);
    expect(marked.length).toBeGreaterThanOrEqual(2);
    expect(marked.join(' ')).toMatch(/sanction/i);
    expect(marked.join(' ')).toMatch(/APT31/);
  });
});

describe('snapshot', () => {
  it('round-trips through JSON with its version', () => {
    const index = indexOf(NCSC, US);
    const json = serialiseIndex(index);
    expect(JSON.parse(json).version).toBe(SEARCH_INDEX_VERSION);
    const restored = restoreIndex(json);
    expect(restored).not.toBeNull();
    if (!restored) return;
    for (const q of ['electoral commission', 'sanction', 'Dowdon', 'electoral zebra', 'résumé']) {
      expect(searchPassages(restored, q, { limit: 10 })).toEqual(searchPassages(index, q, { limit: 10 }));
    }
    // Still a working index: documents can be removed and added.
    removeDocumentFromIndex(restored, 'us');
    expect(searchPassages(restored, 'Wuhan', { limit: 10 })).toEqual([]);
    addDocumentToIndex(restored, US);
    expect(searchPassages(restored, 'Wuhan', { limit: 10 })).toHaveLength(1);
  });

  it('returns null for another version or a broken snapshot', () => {
    const json = serialiseIndex(indexOf(NCSC));
    const other = JSON.stringify({ ...JSON.parse(json), version: SEARCH_INDEX_VERSION + 1 });
    expect(restoreIndex(other)).toBeNull();
    expect(restoreIndex(json.slice(0, json.length / 2))).toBeNull();
    expect(restoreIndex('')).toBeNull();
    expect(restoreIndex('null')).toBeNull();
    expect(restoreIndex(JSON.stringify({ version: SEARCH_INDEX_VERSION }))).toBeNull();
    expect(
      restoreIndex(JSON.stringify({ version: SEARCH_INDEX_VERSION, index: { serializationVersion: 99 } })),
    ).toBeNull();
    expect(
      restoreIndex(JSON.stringify({ version: SEARCH_INDEX_VERSION, index: { serializationVersion: 2 } })),
    ).toBeNull();
  });

  it('documents its options', () => {
    expect(SEARCH_INDEX_OPTIONS.fields).toEqual(['title', 'text']);
    expect(SEARCH_INDEX_OPTIONS.searchOptions?.combineWith).toBe('AND');
  });
});
