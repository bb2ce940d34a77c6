// Paragraphs are split into sentences once per document and the extractors read those sentences: no
// extractor splits again, and no answer is kept between documents.
import { describe, expect, it } from 'vitest';
import { extractAssessments } from '../../../src/core/extract/assessments.js';
import { extractEvents } from '../../../src/core/extract/events.js';
import { type Paragraph, paragraphsOf, splitSentences } from '../../../src/core/text/sentences.js';

const ctx = { published: null, dayFirst: true };

describe('paragraphs and their sentences', () => {
  it('reads a body into paragraphs, each with its sentences', () => {
    const [first, second] = paragraphsOf(
      'The group struck in 2021. It returned.\n\n  \n\nOfficials said little.',
    );
    expect(first?.sentences.map((s) => s.text)).toEqual(['The group struck in 2021.', 'It returned.']);
    expect(second).toEqual({
      text: 'Officials said little.',
      sentences: [{ text: 'Officials said little.', start: 0, end: 22 }],
    });
  });

  it('gives every caller its own answer: nothing is shared between calls', () => {
    const p = 'The registry was breached. The group left. Nobody noticed.';
    splitSentences(p).pop();
    expect(splitSentences(p)).toHaveLength(3);
  });

  it('lets events and assessments read the sentences they are handed, not split their own', () => {
    const text = 'The group struck the registry in 2021. It was highly likely to return in 2023.';
    const asOne: Paragraph = { text, sentences: [{ text, start: 0, end: text.length }] };
    expect(extractEvents([asOne], [], ctx).map((e) => e.text)).toEqual([text, text]);
    expect(extractAssessments([asOne], []).map((a) => a.text)).toEqual([text]);
    const [split] = paragraphsOf(text);
    expect(extractEvents(split ? [split] : [], [], ctx).map((e) => e.text)).toEqual([
      'The group struck the registry in 2021.',
      'It was highly likely to return in 2023.',
    ]);
  });
});
