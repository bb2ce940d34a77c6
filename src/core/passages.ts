// A document's passages: the unit search indexes, ranks and shows (a paragraph, or part of a long one).

import type { Document } from './model.js';
import type { Correction } from './search-query.js';
import { splitSentences } from './text/sentences.js';

/** What the index holds: one passage of one document. */
export interface Passage {
  /** `${docId}#${n}`: passages of a document are numbered from 0 without gaps. */
  id: string;
  docId: string;
  /** Index of the body paragraph the passage starts in (paragraphs split at blank lines). */
  paragraph: number;
  /** The passage, verbatim from the body. */
  text: string;
  title: string | null;
}

/** One passage found by a search, with what highlighting needs. */
export interface PassageHit {
  docId: string;
  paragraph: number;
  text: string;
  /** Higher is better; comparable only within one search. */
  score: number;
  /** The query terms the passage matched (folded to lower case, no accents), for `markTerms`. */
  terms: string[];
}

/** One page of a passage search, and how many passages match in all. */
export interface PassagePage {
  hits: PassageHit[];
  /** Passages matching in all; when `exact` is false, more than this many (see `PassageSearch.search`). */
  total: number;
  exact: boolean;
  /** Best first, or newest first for a query of only very common words. */
  order: 'best' | 'newest';
  /** False when no passage has every word, and these have some of them. */
  every: boolean;
  /** Typed words no passage holds, searched as close ones instead. */
  corrected: Correction[];
}

/** Below this many characters a passage is a heading or a dateline: it joins the paragraph after it. */
const MIN_PASSAGE = 80;
/** Above this many characters a paragraph is split at sentence boundaries into even parts. */
const MAX_PASSAGE = 1200;

/** Splits one over-long chunk into parts of about `target` characters, at sentences or else spaces. */
function splitLong(text: string, target: number): string[] {
  const pieces: { start: number; end: number }[] = [];
  for (const s of splitSentences(text)) {
    // A sentence longer than the limit (a list without full stops) is cut at the last space before it.
    let start = s.start;
    while (s.end - start > MAX_PASSAGE) {
      const cut = text.lastIndexOf(' ', start + target);
      const end = cut > start ? cut : start + target;
      pieces.push({ start, end });
      start = end;
    }
    pieces.push({ start, end: s.end });
  }
  const out: string[] = [];
  let chunkStart = -1;
  let chunkEnd = -1;
  for (const p of pieces) {
    if (chunkStart >= 0 && p.end - chunkStart > target) {
      out.push(text.slice(chunkStart, chunkEnd).trim());
      chunkStart = -1;
    }
    if (chunkStart < 0) chunkStart = p.start;
    chunkEnd = p.end;
  }
  if (chunkStart >= 0) out.push(text.slice(chunkStart, chunkEnd).trim());
  return out.filter((t) => t.length > 0);
}

/**
 * A document's passages: one per paragraph, a short paragraph (heading) joined to the one after it
 * (a short last paragraph to the one before), a long one split at sentences into parts of at most
 * about 1,200 characters.
 */
export function passagesOf(doc: Document): Passage[] {
  const paragraphs = doc.body
    .split(/\n\s*\n/)
    .map((text, index) => ({ index, text: text.trim() }))
    .filter((p) => p.text.length > 0);

  // Paragraphs that will share a passage: a heading and the paragraph after it, usually just one.
  const runs: { index: number; text: string }[][] = [];
  let open: { index: number; text: string }[] = [];
  for (const p of paragraphs) {
    open.push(p);
    if (p.text.length >= MIN_PASSAGE) {
      runs.push(open);
      open = [];
    }
  }
  if (open.length > 0) {
    const previous = runs[runs.length - 1];
    if (previous) previous.push(...open);
    else runs.push(open);
  }

  // Each run as one text, remembering where each of its paragraphs starts in it.
  const groups = runs.map((run) => {
    let text = '';
    const starts: { paragraph: number; offset: number }[] = [];
    for (const p of run) {
      if (text !== '') text += '\n\n';
      starts.push({ paragraph: p.index, offset: text.length });
      text += p.text;
    }
    return { text, starts };
  });

  const passages: Passage[] = [];
  for (const g of groups) {
    const parts =
      g.text.length > MAX_PASSAGE
        ? splitLong(g.text, g.text.length / Math.ceil(g.text.length / MAX_PASSAGE))
        : [g.text];
    let cursor = 0;
    for (const text of parts) {
      const offset = g.text.indexOf(text, cursor);
      cursor = offset + text.length;
      const paragraph =
        g.starts.filter((s) => s.offset <= offset).at(-1)?.paragraph ?? g.starts[0]?.paragraph ?? 0;
      passages.push({ id: `${doc.id}#${passages.length}`, docId: doc.id, paragraph, text, title: doc.title });
    }
  }
  return passages;
}
