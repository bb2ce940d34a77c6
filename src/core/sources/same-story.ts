// Near-duplicates: the same story told by several documents (a syndicated copy, the same article at
// another address, or the same quotes and events), found in a briefing and among the reports already in
// the corpus, so a briefing makes one item of it and says who else carried it.
import type { Corpus } from '../corpus.js';
import { type EventShape, mergeWords, type QuoteShape, sameEvent, sameQuote } from '../merge.js';
import type { StoredDocument } from '../ports.js';
import { wordTokens } from '../text/normalise.js';

export interface Profile {
  shingles: Set<string>;
  /** Its quotes and events as the merge rules compare them. */
  quotes: QuoteShape[];
  events: EventShape[];
}

const SHINGLE = 4;
const BODY_CHARS = 40_000;

/** Every run of SHINGLE consecutive words in the first BODY_CHARS of a text. */
export function shinglesOf(text: string): Set<string> {
  const tokens = wordTokens(text.slice(0, BODY_CHARS));
  const shingles = new Set<string>();
  for (let i = 0; i + SHINGLE <= tokens.length; i++) shingles.add(tokens.slice(i, i + SHINGLE).join(' '));
  return shingles;
}

export async function profile(doc: StoredDocument, corpus: Corpus): Promise<Profile> {
  const x = await corpus.reader.extractionOf(doc.id);
  return {
    shingles: shinglesOf(doc.body),
    quotes: x.quotes
      .map((q) => ({ speaker: q.speaker, words: mergeWords(q.text) }))
      .filter((q) => q.words.words.length >= 6),
    // Wording and date only: a story's events are told apart by what they say, not by who is named.
    events: x.events.map((e) => ({ date: e.date, words: mergeWords(e.text), actors: [] })),
  };
}

/** Same story: mostly the same text, or the same quotes and events. */
export function sameStory(a: Profile, b: Profile): boolean {
  let shared = 0;
  for (const s of a.shingles) if (b.shingles.has(s)) shared++;
  const union = a.shingles.size + b.shingles.size - shared;
  if (union > 0 && shared / union >= 0.5) return true;
  // Containment catches the syndicated copy that cut or added a paragraph.
  const smaller = Math.min(a.shingles.size, b.shingles.size);
  if (smaller >= 30 && shared / smaller >= 0.8) return true;
  const quotes = a.quotes.filter((q) => b.quotes.some((r) => sameQuote(q, r))).length;
  const events = a.events.filter((e) => b.events.some((f) => sameEvent(e, f))).length;
  return quotes >= 2 || (quotes >= 1 && events >= 1);
}

export function cluster(docs: StoredDocument[], profiles: Map<string, Profile>): StoredDocument[][] {
  const groups: StoredDocument[][] = [];
  for (const d of docs) {
    const p = profiles.get(d.id);
    const home = p
      ? groups.find((g) =>
          g.some((o) => {
            const q = profiles.get(o.id);
            return q ? sameStory(p, q) : false;
          }),
        )
      : undefined;
    if (home) home.push(d);
    else groups.push([d]);
  }
  return groups;
}

/** Earlier documents a story is checked against: enough for "also reported by", bounded at any corpus size. */
const EARLIER_CANDIDATES = 20;

/**
 * Documents already in the corpus (not in this briefing) that carry the same story: copies of the same
 * text at other addresses, and those reporting the same quotes, checked with `sameStory`.
 */
export async function earlierCopies(
  story: StoredDocument[],
  profiles: Map<string, Profile>,
  inBriefing: Set<string>,
  corpus: Corpus,
): Promise<StoredDocument[]> {
  const own = story.map((d) => profiles.get(d.id)).filter((p): p is Profile => p !== undefined);
  const ids = story.map((d) => d.id);
  const limit = EARLIER_CANDIDATES + inBriefing.size;
  const candidates = [
    ...new Set([
      ...(await corpus.reader.documentsWithSameText(ids, limit)),
      ...(await corpus.reader.documentsSharingQuotes(ids, limit)),
    ]),
  ]
    .filter((id) => !inBriefing.has(id))
    .slice(0, EARLIER_CANDIDATES);
  const out: StoredDocument[] = [];
  for (const id of candidates) {
    const doc = await corpus.document(id);
    if (!doc) continue;
    const p = await profile(doc, corpus);
    if (own.some((o) => sameStory(o, p))) out.push(doc);
  }
  return out.sort(byPublished).slice(0, 5);
}

/** Oldest first, by publication date (else by when it was ingested). */
export function byPublished(a: StoredDocument, b: StoredDocument): number {
  const x = a.published ?? a.ingestedAt;
  const y = b.published ?? b.ingestedAt;
  return x < y ? -1 : x > y ? 1 : a.ingestedAt < b.ingestedAt ? -1 : a.ingestedAt > b.ingestedAt ? 1 : 0;
}
