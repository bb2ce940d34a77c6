// Merged rows as reply blocks: the one way every answer shows a quote, dated events, assessments and a
// source list, whether the rows come from the store (/who, /quote, /timeline) or from a briefing's merge.
// Each fact carries its citations, as corpus.cite gives them.
import type { Corpus } from './corpus.js';
import type { MergedAssessment, MergedEvent, MergedQuote } from './merge.js';
import type { StoredDocument } from './ports.js';
import { type Block, type Cited, citationOf } from './reply.js';
import { bandMeaning } from './yardstick.js';

type Citer = Pick<Corpus, 'cite' | 'citations'>;
type CitedRow = { docIds: readonly string[]; sourceCount: number };

/** Each row with its citations, every document read in one query (corpus.citations keeps them). */
async function citeAll<T extends CitedRow>(rows: readonly T[], corpus: Citer): Promise<(T & Cited)[]> {
  await corpus.citations([...new Set(rows.flatMap((r) => r.docIds))]);
  return Promise.all(rows.map(async (r) => ({ ...r, ...(await corpus.cite(r)) })));
}

/** One quote block per quote, each with its speaker, role and sources. */
export async function quoteBlocks(quotes: readonly MergedQuote[], corpus: Citer): Promise<Block[]> {
  return (await citeAll(quotes, corpus)).map((q) => ({
    type: 'quote',
    text: q.text,
    speaker: q.speaker,
    role: q.role,
    sources: q.sources,
    sourceCount: q.sourceCount,
  }));
}

/** The events as one timeline block, or nothing when there are none. */
export async function timelineBlocks(events: readonly MergedEvent[], corpus: Citer): Promise<Block[]> {
  if (events.length === 0) return [];
  const rows = (await citeAll(events, corpus)).map((e) => ({
    date: e.date,
    text: e.text,
    sources: e.sources,
    sourceCount: e.sourceCount,
  }));
  return [{ type: 'timeline', rows }];
}

/** The assessments as one block, each with its wording, band and range; nothing when there are none. */
export async function assessmentBlocks(rows: readonly MergedAssessment[], corpus: Citer): Promise<Block[]> {
  if (rows.length === 0) return [];
  const cited = await citeAll(rows, corpus);
  return [
    {
      type: 'assessments',
      rows: cited.map((a) => ({
        phrase: a.phrase,
        band: a.band,
        range: bandMeaning(a.band),
        text: a.text,
        sources: a.sources,
        sourceCount: a.sourceCount,
      })),
    },
  ];
}

/** The documents as a source list, each with where it came from. */
export function sourcesBlock(docs: readonly StoredDocument[]): Block {
  return { type: 'sources', rows: docs.map((d) => ({ ...citationOf(d), origin: d.origin })) };
}
