// Merged rows as reply blocks: the one way every answer shows a quote, dated events, assessments and a
// source list, whether the rows come from the store (/who, /quote, /timeline) or from a briefing's merge.
// Each fact carries its citations, as corpus.cite gives them.
import type { Corpus } from './corpus.js';
import type { MergedAssessment, MergedEvent, MergedQuote } from './merge.js';
import type { StoredDocument } from './ports.js';
import { type Block, citationOf } from './reply.js';
import { bandMeaning } from './yardstick.js';

type Citer = Pick<Corpus, 'cite'>;

/** One quote block per quote, each with its speaker, role and sources. */
export function quoteBlocks(quotes: readonly MergedQuote[], corpus: Citer): Block[] {
  return quotes.map((q) => ({
    type: 'quote',
    text: q.text,
    speaker: q.speaker,
    role: q.role,
    ...corpus.cite(q),
  }));
}

/** The events as one timeline block, or nothing when there are none. */
export function timelineBlocks(events: readonly MergedEvent[], corpus: Citer): Block[] {
  if (events.length === 0) return [];
  return [{ type: 'timeline', rows: events.map((e) => ({ date: e.date, text: e.text, ...corpus.cite(e) })) }];
}

/** The assessments as one block, each with its wording, band and range; nothing when there are none. */
export function assessmentBlocks(rows: readonly MergedAssessment[], corpus: Citer): Block[] {
  if (rows.length === 0) return [];
  return [
    {
      type: 'assessments',
      rows: rows.map((a) => ({
        phrase: a.phrase,
        band: a.band,
        range: bandMeaning(a.band),
        text: a.text,
        ...corpus.cite(a),
      })),
    },
  ];
}

/** The documents as a source list, each with where it came from. */
export function sourcesBlock(docs: readonly StoredDocument[]): Block {
  return { type: 'sources', rows: docs.map((d) => ({ ...citationOf(d), origin: d.origin })) };
}
