// Full-text search over passages (paragraphs) of the corpus, with MiniSearch.
import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
import { z } from 'zod';
import { foldTerm } from './highlight.js';
import type { Document } from './model.js';
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

export type SearchIndex = MiniSearch<Passage>;

export interface PassageHit {
  docId: string;
  paragraph: number;
  text: string;
  score: number;
  /** The words of the passage that matched (folded to lower case, no accents), for `markTerms`. */
  terms: string[];
}

/**
 * Version of the serialised index. Bump it whenever SEARCH_INDEX_OPTIONS or passage splitting change:
 * a snapshot made under other rules then fails to restore and the caller rebuilds from the store.
 */
export const SEARCH_INDEX_VERSION = 1;

// Function words that would otherwise make every AND query demand "the" and "of" and let the prefix
// "the" match "their", "then", "there". Deliberately short: "who", "us", "it"-like words that can be
// names ("US", "IT") are not here.
const STOP_WORDS = new Set(
  'a an and are as at be by for from in is of on or that the this to was were with'.split(' '),
);

/** Below this many characters a passage is a heading or a dateline: it joins the paragraph after it. */
const MIN_PASSAGE = 80;
/** Above this many characters a paragraph is split at sentence boundaries into even parts. */
const MAX_PASSAGE = 1200;

export const SEARCH_INDEX_OPTIONS: Options<Passage> = {
  // The document title is indexed with every passage so "Electoral Commission hack" finds the body
  // paragraph of a report titled so even when the paragraph says only "the attack".
  fields: ['title', 'text'],
  // Enough to render a hit and cite it without a store round trip.
  storeFields: ['docId', 'paragraph', 'text', 'title'],
  // The default id field, made explicit: passage ids are `${docId}#${n}`.
  idField: 'id',
  // Same folding as highlight.ts (lower case, accents dropped) so reported terms can be marked again;
  // single letters (the "s" of "Russia's") and stop words carry no meaning for retrieval.
  processTerm: (term) => {
    const t = foldTerm(term);
    if (t.length < 2 && !/\d/.test(t)) return null;
    return STOP_WORDS.has(t) ? null : t;
  },
  searchOptions: {
    // Title matches count double: a report about APT31 beats a passing mention of it elsewhere.
    boost: { title: 2 },
    // Prefix search lets "sanction" find "sanctions", "sanctioned"; under 3 characters a prefix
    // ("a", "ch") would match a large share of the vocabulary and swamp the scores.
    prefix: (term) => term.length >= 3,
    // One typo per five characters ("Dowdne" → "dowden"), only for terms of 5+ characters: shorter
    // terms are too often real words one edit away from each other ("spy"/"spa", "apt"/"act").
    fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
    // Caps the edit distance for very long terms, which would otherwise reach 3+ edits.
    maxFuzzy: 2,
    // A passage must contain every query word; searchPassages retries with OR when nothing does.
    combineWith: 'AND',
  },
};

// ─── Passages ───────────────────────────────────────────────────────────────────────────────────────

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

// ─── Index ──────────────────────────────────────────────────────────────────────────────────────────

export function createSearchIndex(): SearchIndex {
  return new MiniSearch<Passage>(SEARCH_INDEX_OPTIONS);
}

/** Whether any passage of the document is in the index. */
export function isDocumentIndexed(index: SearchIndex, docId: string): boolean {
  return index.has(`${docId}#0`);
}

/** Removes the document's passages; returns how many there were. */
export function removeDocumentFromIndex(index: SearchIndex, docId: string): number {
  let n = 0;
  while (index.has(`${docId}#${n}`)) {
    index.discard(`${docId}#${n}`);
    n++;
  }
  return n;
}

/** Indexes the document's passages, replacing any earlier version of it; returns the passage count. */
export function addDocumentToIndex(index: SearchIndex, doc: Document): number {
  removeDocumentFromIndex(index, doc.id);
  const passages = passagesOf(doc);
  index.addAll(passages);
  return passages.length;
}

function toHit(r: SearchResult): PassageHit {
  return {
    docId: String(r.docId),
    paragraph: Number(r.paragraph),
    text: String(r.text),
    score: r.score,
    terms: [...r.terms],
  };
}

/**
 * Passages matching `query`, best first: the best passage of each document, then the other passages,
 * so the first screen of results covers as many documents as possible. All words must match; when no
 * passage has them all, passages matching any of them are returned instead.
 */
export function searchPassages(
  index: SearchIndex,
  query: string,
  options: { limit?: number } = {},
): PassageHit[] {
  const limit = options.limit ?? 10;
  if (limit <= 0 || query.trim() === '') return [];
  let results = index.search(query);
  if (results.length === 0) results = index.search(query, { combineWith: 'OR' });

  const seen = new Set<string>();
  const firsts: PassageHit[] = [];
  const rest: PassageHit[] = [];
  for (const r of results) {
    const hit = toHit(r);
    if (seen.has(hit.docId)) rest.push(hit);
    else {
      seen.add(hit.docId);
      firsts.push(hit);
    }
  }
  return [...firsts, ...rest].slice(0, limit);
}

// ─── Snapshot ───────────────────────────────────────────────────────────────────────────────────────

const snapshotSchema = z.object({
  version: z.number(),
  index: z.looseObject({ serializationVersion: z.number() }),
});

/** The index as JSON: `{ version, index }`, where `index` is MiniSearch's own serialisation. */
export function serialiseIndex(index: SearchIndex): string {
  return JSON.stringify({ version: SEARCH_INDEX_VERSION, index });
}

/**
 * The index from `serialiseIndex` output, or null when it was made by another SEARCH_INDEX_VERSION or is
 * not a readable snapshot: the caller then rebuilds from the store.
 */
export function restoreIndex(json: string): SearchIndex | null {
  try {
    const parsed = snapshotSchema.safeParse(JSON.parse(json));
    if (!parsed.success || parsed.data.version !== SEARCH_INDEX_VERSION) return null;
    // loadJSON is JSON.parse + loadJS; the envelope is already parsed, so load the object directly.
    // Both need the options the index was built with, which the version check vouches for.
    return MiniSearch.loadJS<Passage>(parsed.data.index as unknown as AsPlainObject, SEARCH_INDEX_OPTIONS);
  } catch {
    return null;
  }
}
