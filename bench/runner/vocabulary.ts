// The FTS5 vocabulary read once per size, to draw /search queries from: rare words, the most common
// ones and a middle band, in one pass with bounded memory however many terms a million documents make.
import type { Rng } from '../corpus.js';

/** Words of the vocabulary to build /search queries from. */
export interface VocabularyWords {
  /** Distinct terms (all of them, numbers and identifiers included). */
  terms: number;
  /** Words in at most 3 passages, 5+ letters. */
  rare: string[];
  /** The 150 words in most passages. */
  common: string[];
  /** Words below those, down to the rank of a third of all words by passage count. */
  middle: string[];
}

/** Sample size kept from the vocabulary: the queries are drawn from it, not from the whole list. */
const VOCABULARY_SAMPLE = 20_000;
const COMMON_WORDS = 150;

export type Term = { term: string; doc: number };

/** Keeps `top` the COMMON_WORDS terms in most passages, sorted by passage count, descending. */
function keepTop(top: Term[], row: Term): void {
  if (top.length >= COMMON_WORDS && row.doc <= (top.at(-1)?.doc ?? 0)) return;
  let i = top.length;
  while (i > 0 && (top[i - 1]?.doc ?? 0) < row.doc) i--;
  top.splice(i, 0, row);
  if (top.length > COMMON_WORDS) top.pop();
}

/** The passage count at rank words/3 of the histogram (passage count → words): the middle band's floor. */
function middleFloor(histogram: Map<number, number>, words: number): number {
  let floor = 1;
  let ranked = 0;
  for (const [doc, n] of [...histogram.entries()].sort((a, b) => b[0] - a[0])) {
    ranked += n;
    floor = doc;
    if (ranked >= words / 3) break;
  }
  return floor;
}

/**
 * Reads the vocabulary once. Words (letters only, no stop words) are kept as a uniform reservoir sample
 * plus the most common ones and a histogram of passage counts; the "middle" band's lower bound is read
 * from the histogram.
 */
export function scanVocabulary(rows: Iterable<Term>, rng: Rng, stop: ReadonlySet<string>): VocabularyWords {
  let terms = 0;
  let words = 0;
  const reservoir: Term[] = [];
  const top: Term[] = [];
  const histogram = new Map<number, number>();
  for (const row of rows) {
    terms++;
    if (!/^[a-z]{3,}$/.test(row.term) || stop.has(row.term)) continue;
    words++;
    histogram.set(row.doc, (histogram.get(row.doc) ?? 0) + 1);
    if (reservoir.length < VOCABULARY_SAMPLE) reservoir.push(row);
    else {
      const j = rng.int(words);
      if (j < VOCABULARY_SAMPLE) reservoir[j] = row;
    }
    keepTop(top, row);
  }
  const floor = middleFloor(histogram, words);
  const common = new Set(top.map((t) => t.term));
  return {
    terms,
    rare: reservoir.filter((v) => v.doc <= 3 && v.term.length >= 5).map((v) => v.term),
    common: [...common],
    middle: reservoir.filter((v) => v.doc >= floor && !common.has(v.term)).map((v) => v.term),
  };
}
