// Finds every catalogue name in running text in one pass over its words, however many thousand names
// there are: each word start looks up the names that begin there in a table of name prefixes, never a
// pattern per name. A name that is also an ordinary English word (Snake, Prestige, Comet) counts only
// with a cue beside it ("the Prestige ransomware", "a variant of Comet") or among other cyber entities
// in the same paragraph.
import { findCves } from './cve-ids.js';
import type { EntryId } from './model.js';
import {
  type Candidate,
  cueAround,
  inLongerName,
  joinable,
  paragraphOf,
  paragraphStarts,
  sentenceInitial,
  type Word,
  wordsOf,
} from './text-cues.js';

export { cveId, findCves } from './cve-ids.js';

/** The name is an ordinary word: it needs a cue or context. */
export const NEEDS_CUE = 1;
/** A catalogue writes the name in lower case ("njrat" no, "reptile" yes): lower-case text may be it. */
export const LOWER_CASE_FORM = 2;
/** The name is worth looking for in text at all (not too short, not a bare number, something live). */
export const MATCHABLE = 4;

/** One name key the matcher looks for, with the entries holding it and the flags above. */
export interface MatchKey {
  key: string;
  ids: readonly EntryId[];
  flags: number;
}

export type MatchBasis = 'name' | 'cue' | 'context';

export interface KnowledgeMention {
  start: number;
  end: number;
  /** The words as the text has them. */
  text: string;
  /** `name`: a catalogue name (resolve `key`); `cve`: a CVE id, `ids[0]` in canonical form. */
  type: 'name' | 'cve';
  key: string;
  /** Every entry holding the name. */
  ids: readonly EntryId[];
  /** The entry the name stands for, or null while it is ambiguous (see KnowledgeBase.find). */
  entry: EntryId | null;
  /** Why it is trusted: a distinctive name, a cue beside an ordinary-word name, other entities around it. */
  basis: MatchBasis;
  /** What the cue says the thing is, when there is one: prefer entries of that kind. */
  cue?: 'software' | 'actor';
}

export interface TextMatcher {
  find(text: string): KnowledgeMention[];
}

/** Words longer than any name spans are not followed further. */
const MAX_WORDS = 8;

interface Names {
  byKey: Map<string, MatchKey>;
  prefixes: Set<string>;
}

/** The longest catalogue name starting at each word, left to right, never overlapping. */
function candidates(names: Names, text: string, words: readonly Word[]): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < words.length) {
    let acc = '';
    let best: Candidate | null = null;
    for (let j = i; j < words.length && j - i < MAX_WORDS; j++) {
      const w = words[j];
      const prev = words[j - 1];
      if (!w || (j > i && prev && !joinable(text, prev.end, w.start))) break;
      acc += w.lower;
      const info = names.byKey.get(acc);
      if (info) best = { first: i, last: j, info };
      if (!names.prefixes.has(acc)) break;
    }
    if (best) {
      out.push(best);
      i = best.last + 1;
    } else i++;
  }
  return out;
}

/** The mention a candidate makes, or null when lower-case text is only the ordinary word. */
function mentionOf(text: string, words: readonly Word[], c: Candidate): KnowledgeMention | null {
  const start = words[c.first]?.start ?? 0;
  const end = words[c.last]?.end ?? start;
  const span = text.slice(start, end);
  // Lower-case text is an ordinary word (or a rare one the word list lacks), unless a catalogue
  // writes the name so or it has a digit no word has ("apt28", "fin7").
  const lowerCase = span === span.toLowerCase() && /\p{L}/u.test(span) && !/\d/.test(span);
  if (lowerCase && !(c.info.flags & LOWER_CASE_FORM)) return null;
  return {
    start,
    end,
    text: span,
    type: 'name',
    key: c.info.key,
    ids: c.info.ids,
    entry: c.info.ids.length === 1 ? (c.info.ids[0] ?? null) : null,
    basis: 'name',
  };
}

interface Pending {
  c: Candidate;
  mention: KnowledgeMention;
}

/** Ordinary-word names with no cue, trusted where other entities share their paragraph. */
function acceptInContext(
  text: string,
  words: readonly Word[],
  accepted: KnowledgeMention[],
  pending: readonly Pending[],
): void {
  if (pending.length === 0) return;
  const starts = paragraphStarts(text);
  const sure = new Map<number, Set<string>>();
  for (const m of accepted) {
    const p = paragraphOf(starts, m.start);
    sure.set(p, (sure.get(p) ?? new Set()).add(m.key));
  }
  for (const { c, mention } of pending) {
    const around = sure.get(paragraphOf(starts, mention.start));
    const others = around ? [...around].some((k) => k !== mention.key) : false;
    if (!others || sentenceInitial(text, mention.start) || inLongerName(text, words, c)) continue;
    mention.basis = 'context';
    accepted.push(mention);
  }
}

function findNames(names: Names, text: string): KnowledgeMention[] {
  const words = wordsOf(text);
  const accepted: KnowledgeMention[] = findCves(text);
  const pending: Pending[] = [];
  for (const c of candidates(names, text, words)) {
    const mention = mentionOf(text, words, c);
    if (!mention) continue;
    if (c.info.flags & NEEDS_CUE) {
      const cue = cueAround(text, words, c);
      if (!cue) {
        pending.push({ c, mention });
        continue;
      }
      mention.basis = 'cue';
      if (cue !== 'any') mention.cue = cue;
    }
    accepted.push(mention);
  }
  acceptInContext(text, words, accepted, pending);
  return accepted.sort((a, b) => a.start - b.start);
}

/** Builds the matcher once from the name keys; `find` then costs one pass over a text's words. */
export function buildTextMatcher(keys: Iterable<MatchKey>): TextMatcher {
  const names: Names = { byKey: new Map(), prefixes: new Set() };
  for (const k of keys) {
    if (!(k.flags & MATCHABLE) || k.ids.length === 0) continue;
    names.byKey.set(k.key, k);
    for (let i = 1; i < k.key.length; i++) names.prefixes.add(k.key.slice(0, i));
  }
  return { find: (text) => findNames(names, text) };
}
