// Typo and prefix expansion over a vocabulary: the part of search that needs fuzzy matching and fits in
// memory. Passages themselves are searched elsewhere (SQLite FTS5); a lexicon holds only words and names.
import SearchableMap from 'minisearch/SearchableMap';
import { digitsOf, editDistance, foldedWords, foldTerm, nameKey } from './text/normalise.js';

// ─── Edit distance ──────────────────────────────────────────────────────────────────────────────────

/** Typos between two words: edit distance with an adjacent transposition as one edit ("dowdne"). */
export function typoDistance(a: string, b: string, max: number): number {
  return editDistance(a, b, max, { transpositions: true });
}

/**
 * Candidates within `max` typos of `key`. MiniSearch's radix tree walks Levenshtein distance, where a
 * transposition costs 2, so it is asked for up to 2 and the answer re-measured with transpositions.
 */
function fuzzyCandidates<T>(
  map: SearchableMap<T>,
  key: string,
  max: number,
): { key: string; value: T; d: number }[] {
  const out: { key: string; value: T; d: number }[] = [];
  for (const [candidate, [value]] of map.fuzzyGet(key, Math.min(2, max + 1))) {
    const d = typoDistance(key, candidate, max);
    if (d <= max) out.push({ key: candidate, value, d });
  }
  return out;
}

// ─── Vocabulary lexicon ─────────────────────────────────────────────────────────────────────────────

export interface LexiconEntry {
  term: string;
  /** How common the term is (passages containing it): ranks suggestions; 0 or less removes the term. */
  weight: number;
}

export interface Lexicon {
  /** Adds terms or updates their weight; terms are folded first (case, accents). */
  add(entries: Iterable<LexiconEntry>): void;
  readonly size: number;
  /** The term's weight, 0 when it is not held (including terms too short or long to be held). */
  weight(term: string): number;
  /**
   * Held terms within one typo of `word` (5–8 letters) or two (9+ letters), not `word` itself: fewest
   * typos first, then most common. Words under 5 letters get none: too many real words lie one edit apart.
   */
  corrections(word: string, limit: number): string[];
  /** Held terms that start with `prefix` (4+ letters, else none), most common first. */
  completions(prefix: string, limit: number): string[];
}

/** Shortest term a lexicon holds: a correction of a 5-letter word or a 4-letter prefix is never shorter. */
export const LEXICON_MIN_TERM = 4;
/** Longest term a lexicon holds: longer tokens are hashes, identifiers and run-together URLs, not typos. */
export const LEXICON_MAX_TERM = 32;
/** Shortest word that gets corrections, and shortest prefix that gets completions. */
export const MIN_CORRECTED = 5;
export const MIN_COMPLETED = 4;

const HAS_LETTER = /\p{L}/u;

function typosAllowed(word: string): number {
  if (word.length < MIN_CORRECTED) return 0;
  return word.length <= 8 ? 1 : 2;
}

/** Keeps the `limit` best of `items` under `better`, without sorting everything (a prefix can match many). */
function topK<T>(items: Iterable<T>, limit: number, compare: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  for (const item of items) {
    if (kept.length === limit) {
      const worst = kept[kept.length - 1];
      if (worst === undefined || compare(item, worst) >= 0) continue;
      kept.pop();
    }
    let i = kept.length;
    while (i > 0 && compare(item, kept[i - 1] as T) < 0) i--;
    kept.splice(i, 0, item);
  }
  return kept;
}

/**
 * A lexicon over MiniSearch's radix tree (SearchableMap) holding term → weight and nothing else: no
 * documents or postings, so 100k+ terms stay a few tens of MB. Terms without a letter (numbers) and
 * outside LEXICON_MIN_TERM..LEXICON_MAX_TERM are never typo targets and are not held.
 */
export function createLexicon(): Lexicon {
  const terms = new SearchableMap<number>();
  const byWeight = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1);
  return {
    add(entries) {
      for (const { term, weight } of entries) {
        const t = foldTerm(term);
        if (t.length < LEXICON_MIN_TERM || t.length > LEXICON_MAX_TERM || !HAS_LETTER.test(t)) continue;
        if (weight > 0) terms.set(t, weight);
        else terms.delete(t);
      }
    },
    get size() {
      return terms.size;
    },
    weight(term) {
      return terms.get(foldTerm(term)) ?? 0;
    },
    corrections(word, limit) {
      const w = foldTerm(word);
      const max = typosAllowed(w);
      if (max === 0 || limit <= 0 || w.length > LEXICON_MAX_TERM + max) return [];
      // "apt41" is no typo of "apt31": a number typed is meant, whatever letters are off.
      const digits = digitsOf(w);
      const found = fuzzyCandidates(terms, w, max).filter((c) => c.key !== w && digitsOf(c.key) === digits);
      return topK(found, limit, (a, b) => a.d - b.d || b.value - a.value || (a.key < b.key ? -1 : 1)).map(
        (c) => c.key,
      );
    },
    completions(prefix, limit) {
      const p = foldTerm(prefix);
      if (p.length < MIN_COMPLETED || limit <= 0) return [];
      return topK(terms.atPrefix(p).entries(), limit, byWeight).map(([t]) => t);
    },
  };
}

// ─── Name lexicon ───────────────────────────────────────────────────────────────────────────────────

export interface NameEntry {
  /** Canonical name: what suggestions return. */
  name: string;
  /** A spelling that leads to `name` (an alias); the name itself when absent. */
  alias?: string;
  /** Identifies the entity when two share a canonical name (e.g. `${kind}:${name}`); `name` when absent. */
  key?: string;
}

export interface NameMatch {
  name: string;
  key: string;
  /** The held spelling that matched, as normalised for matching. */
  spelling: string;
  /**
   * 0 exact, 0.25 exact on one word of a longer name ("dowden" in "Oliver Dowden"), 0.5 prefix of the
   * whole spelling, 0.75 prefix of a word, n (+0.25 on a word) for n typos.
   */
  distance: number;
}

export interface NameLexicon {
  add(entry: NameEntry): void;
  /** Distinct entities (keys) held. */
  readonly size: number;
  /** Best match per entity, best first; `accept` filters entities (by key) before the limit applies. */
  match(typed: string, limit: number, accept?: (key: string) => boolean): NameMatch[];
  /** Canonical names of `match`, without repeats. */
  suggest(typed: string, limit: number, accept?: (key: string) => boolean): string[];
}

interface NameTarget {
  name: string;
  key: string;
  /** Held under one word of a multi-word spelling rather than the whole of it. */
  partial: boolean;
}

/** Comparison form of a name: the store's name key (case, spaces, punctuation ignored), accents dropped. */
export function nameLexiconKey(s: string): string {
  return nameKey(foldTerm(s));
}

/** Shortest name key matched by prefix: "ap" would match most of the threat actors. */
const MIN_NAME_PREFIX = 3;
/** Shortest single word of a name held on its own: "of", "the", "al" would match everything. */
const MIN_NAME_WORD = 4;

function nameTyposAllowed(key: string): number {
  if (key.length < 3) return 0;
  return key.length <= 5 ? 1 : 2;
}

/**
 * Entity names and aliases for typo-tolerant lookup ("Dowdne" → "Oliver Dowden", "violet typh" →
 * "Violet Typhoon"): each spelling is held whole and, for multi-word spellings, word by word.
 */
export function createNameLexicon(): NameLexicon {
  const spellings = new SearchableMap<NameTarget[]>();
  const keys = new Set<string>();

  const hold = (spelling: string, target: NameTarget) => {
    const list = spellings.fetch(spelling, () => []);
    if (!list.some((t) => t.key === target.key && t.partial === target.partial)) list.push(target);
  };

  const match = (typed: string, limit: number, accept?: (key: string) => boolean): NameMatch[] => {
    const key = nameLexiconKey(typed);
    if (key === '' || limit <= 0) return [];
    const best = new Map<string, NameMatch>();
    const offer = (spelling: string, targets: NameTarget[], base: number) => {
      for (const t of targets) {
        if (accept && !accept(t.key)) continue;
        const distance = base + (t.partial ? 0.25 : 0);
        const seen = best.get(t.key);
        if (!seen || distance < seen.distance)
          best.set(t.key, { name: t.name, key: t.key, spelling, distance });
      }
    };
    const exact = spellings.get(key);
    if (exact) offer(key, exact, 0);
    if (key.length >= MIN_NAME_PREFIX) {
      for (const [spelling, targets] of spellings.atPrefix(key))
        if (spelling !== key) offer(spelling, targets, 0.5);
    }
    const max = nameTyposAllowed(key);
    if (max > 0) {
      for (const c of fuzzyCandidates(spellings, key, max)) if (c.d > 0) offer(c.key, c.value, c.d);
    }
    return [...best.values()]
      .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name) || (a.key < b.key ? -1 : 1))
      .slice(0, limit);
  };

  return {
    add({ name, alias, key }) {
      const id = key ?? name;
      const spelled = alias ?? name;
      const whole = nameLexiconKey(spelled);
      if (whole === '') return;
      keys.add(id);
      hold(whole, { name, key: id, partial: false });
      const words = foldedWords(spelled);
      if (words.length > 1) {
        for (const w of words) if (w.length >= MIN_NAME_WORD) hold(w, { name, key: id, partial: true });
      }
    },
    get size() {
      return keys.size;
    },
    match,
    suggest(typed, limit, accept) {
      return [...new Set(match(typed, limit, accept).map((m) => m.name))];
    },
  };
}
