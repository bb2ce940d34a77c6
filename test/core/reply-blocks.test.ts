// Merged rows as blocks, built one way for /who, /quote, /timeline and briefings.
import { describe, expect, it } from 'vitest';
import type { MergedAssessment, MergedEvent, MergedQuote } from '../../src/core/merge.js';
import { moreRows } from '../../src/core/paging.js';
import { assessmentBlocks, quoteBlocks, timelineBlocks } from '../../src/core/reply-blocks.js';

const cited = {
  sources: [{ docId: 'd1', title: 'T', publisher: 'P', published: null, url: null }],
  sourceCount: 3,
};
const corpus = { cite: async () => cited, citations: async () => cited.sources };

describe('reply blocks from merged rows', () => {
  it('gives every fact its citations and the count of documents reporting it', async () => {
    const q: MergedQuote = {
      speaker: 'A. Speaker',
      role: null,
      text: 'We said it.',
      docIds: ['d1'],
      sourceCount: 3,
    };
    expect(await quoteBlocks([q, q], corpus)).toEqual([
      { type: 'quote', text: 'We said it.', speaker: 'A. Speaker', role: null, ...cited },
      { type: 'quote', text: 'We said it.', speaker: 'A. Speaker', role: null, ...cited },
    ]);
    const e: MergedEvent = {
      date: '2023-12',
      text: 'It happened.',
      actors: [],
      docIds: ['d1'],
      sourceCount: 3,
    };
    expect(await timelineBlocks([e], corpus)).toEqual([
      { type: 'timeline', rows: [{ date: '2023-12', text: 'It happened.', ...cited }] },
    ]);
  });

  it('shows an assessment with its wording, band and the band range, and no block for no rows', async () => {
    const a: MergedAssessment = {
      phrase: 'highly likely',
      band: 'highly likely',
      text: 'It was highly likely them.',
      actor: null,
      docIds: ['d1'],
      sourceCount: 1,
    };
    expect(await assessmentBlocks([a], corpus)).toEqual([
      {
        type: 'assessments',
        rows: [{ phrase: 'highly likely', band: 'highly likely', range: '80–90%', text: a.text, ...cited }],
      },
    ]);
    expect(await assessmentBlocks([], corpus)).toEqual([]);
    expect(await timelineBlocks([], corpus)).toEqual([]);
  });

  it('says how many more rows a glance leaves out, and nothing when it shows them all', () => {
    expect(moreRows({ rows: [1, 2], total: 5 }, '/timeline APT31')).toEqual([
      { type: 'more', shown: 2, total: 5, command: '/timeline APT31' },
    ]);
    expect(moreRows({ rows: [1, 2], total: 2 }, '/timeline APT31')).toEqual([]);
  });
});
