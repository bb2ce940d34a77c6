// The benchmark's corpus generator: deterministic, and rich in what extraction works on. Behaviour only;
// the benchmark's timings are never asserted (CI does not run it).
import { describe, expect, it } from 'vitest';
import { createRng, DEFAULT_SEED, generateCorpus, generateDocument } from '../../bench/corpus.js';
import { toDocument } from '../../src/core/documents/document.js';
import { processInput } from '../../src/core/ingest.js';

const SAMPLE = 60;
const sample = [...generateCorpus(SAMPLE)];

describe('bench corpus generator', () => {
  it('gives the same documents for the same seed, in any order', () => {
    const again = [...generateCorpus(SAMPLE, DEFAULT_SEED)];
    expect(again).toEqual(sample);
    // Document i does not depend on the documents made before it.
    expect(generateDocument(41)).toEqual(sample[41]);
    expect(generateDocument(7, DEFAULT_SEED)).toEqual(sample[7]);
  });

  it('gives other documents for another seed', () => {
    const other = [...generateCorpus(10, DEFAULT_SEED + 1)];
    const same = other.filter((d, i) => d.input.content === sample[i]?.input.content);
    expect(same).toHaveLength(0);
  });

  it('has a deterministic PRNG', () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(new Set(xs).size).toBe(5);
    for (const x of xs) expect(x).toBeGreaterThanOrEqual(0);
    for (const x of xs) expect(x).toBeLessThan(1);
  });

  it('makes documents that deduplication keeps apart', () => {
    const docs = [...generateCorpus(300)].map((g) => toDocument(g.input));
    expect(new Set(docs.map((d) => d.id)).size).toBe(300);
    expect(new Set(docs.map((d) => d.url)).size).toBe(300);
  });

  it('mixes formats, layouts and attribution styles', () => {
    const many = [...generateCorpus(400)];
    expect(new Set(many.map((g) => g.input.format))).toEqual(new Set(['text', 'html', 'markdown']));
    expect(new Set(many.map((g) => g.meta.style))).toEqual(new Set(['news', 'release', 'wire', 'blog']));
    const text = many.map((g) => g.input.content).join('\n');
    expect(text).toMatch(/ said: “/); // X said: “…”
    expect(text).toMatch(/,” said /); // “…,” said X
    expect(text).toMatch(/\b(?:last year|yesterday|earlier this month)\b/); // relative dates
    expect(text).toMatch(/\bbetween \d{4} and \d{4}\b/); // ranges
    expect(text).toMatch(
      /\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/,
    );
    expect(text).toMatch(
      /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\b/,
    );
    expect(text).toMatch(/also tracked as/); // actor aliases
  });

  it('produces what extraction needs: quotes with speakers, dates at every precision, assessments', () => {
    const extracted = sample.map((g) => processInput(g.input));
    const quotes = extracted.flatMap((x) => x.extraction.quotes);
    const events = extracted.flatMap((x) => x.extraction.events);
    const assessments = extracted.flatMap((x) => x.extraction.assessments);
    const entities = extracted.flatMap((x) => x.extraction.entities);

    expect(quotes.length).toBeGreaterThan(SAMPLE);
    expect(quotes.filter((q) => q.speakerKind === 'person').length).toBeGreaterThan(SAMPLE / 2);

    const dates = events.map((e) => e.date);
    expect(dates.some((d) => /^\d{4}$/.test(d))).toBe(true);
    expect(dates.some((d) => /^\d{4}-\d{2}$/.test(d))).toBe(true);
    expect(dates.some((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
    expect(dates.some((d) => d.includes('/'))).toBe(true);

    const bands = new Set(assessments.map((a) => a.band));
    for (const band of ['almost certain', 'highly likely', 'likely', 'unlikely', 'realistic possibility'])
      expect(bands).toContain(band);
    expect(assessments.some((a) => a.actor !== null)).toBe(true);

    expect(entities.some((e) => e.kind === 'threat_actor')).toBe(true);
    expect(entities.some((e) => e.kind === 'organisation')).toBe(true);
    expect(entities.some((e) => e.kind === 'person')).toBe(true);

    // Most documents yield their publication date, title and an actor mention.
    const withDate = extracted.filter((x) => x.doc.published !== null).length;
    expect(withDate).toBeGreaterThan(SAMPLE * 0.7);
  });

  it('says in its metadata who is quoted and which actor the report is about', () => {
    const g = sample.find((d) => d.meta.speakers.length > 0);
    expect(g).toBeDefined();
    if (!g) return;
    for (const speaker of g.meta.speakers) expect(g.input.content).toContain(speaker.split(' ').at(-1));
    expect(g.input.content).toContain(g.meta.actor);
  });
});
