// Finds every catalogue name in running text in one pass over its words, however many thousand names
// there are: each word start looks up the names that begin there in a table of name prefixes, never a
// pattern per name. A name that is also an ordinary English word (Snake, Prestige, Comet) counts only
// with a cue beside it ("the Prestige ransomware", "a variant of Comet") or among other cyber entities
// in the same paragraph.
import { hasOnlyAsciiLetters } from '../text/normalise.js';
import type { EntryId } from './model.js';

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

/** `CVE-2023-3519`, also with typographic dashes or a space after CVE, as reports print them. */
const CVE = /\bCVE[\s\-\u2010\u2011\u2013\u2014]?(\d{4})[-\u2010\u2011\u2013\u2014](\d{4,19})\b/gi;

const ONE_CVE = /^\s*CVE[\s\-\u2010\u2011\u2013\u2014]?(\d{4})[-\u2010\u2011\u2013\u2014](\d{4,19})\s*$/i;

/** Canonical CVE id (`cve‑2023‑3519` → `CVE-2023-3519`), or null when the text is not one. */
export function cveId(text: string): string | null {
  const m = text.match(ONE_CVE);
  return m ? `CVE-${m[1]}-${m[2]}` : null;
}

/** Every CVE id in the text. */
export function findCves(text: string): KnowledgeMention[] {
  const out: KnowledgeMention[] = [];
  for (const m of text.matchAll(CVE)) {
    const id = `CVE-${m[1]}-${m[2]}`;
    const start = m.index ?? 0;
    const key = id.toLowerCase().replace(/-/g, '');
    const mention: KnowledgeMention = {
      start,
      end: start + m[0].length,
      text: m[0],
      type: 'cve',
      key,
      ids: [id],
      entry: id,
      basis: 'name',
    };
    out.push(mention);
  }
  return out;
}

/** Words after a name that say it is software ("the Prestige ransomware") or an actor ("the Turla group"). */
const SOFTWARE_AFTER = new Set(
  `malware backdoor backdoors ransomware loader loaders rat trojan trojans implant implants dropper droppers
  downloader stealer infostealer botnet wiper wipers rootkit worm spyware keylogger webshell framework toolkit
  tool tools payload payloads variant variants family stager beacon bot miner cryptominer virus exploit
  exploits kit`
    .split(/\s+/)
    .filter(Boolean),
);
const ACTOR_AFTER = new Set(['group', 'actor', 'actors', 'apt', 'gang', 'hackers', 'crew', 'operators']);
/** Words before a name that introduce one ("dubbed Comet", "a variant of Snake", "tracked as Mercury"). */
const BEFORE_ONE = new Set([
  'dubbed',
  'codenamed',
  'aka',
  'deployed',
  'deploying',
  'deploys',
  'dropped',
  'dropping',
]);
const BEFORE_TWO = new Set([
  'known as',
  'tracked as',
  'variant of',
  'variants of',
  'version of',
  'strain of',
  'named as',
  'called the',
  'named the',
]);

/** Words longer than any name spans are not followed further. */
const MAX_WORDS = 8;

interface Word {
  start: number;
  end: number;
  lower: string;
}

function wordsOf(text: string): Word[] {
  const pattern = hasOnlyAsciiLetters(text) ? /[A-Za-z0-9]+/g : /[\p{L}\p{N}]+/gu;
  const out: Word[] = [];
  for (const m of text.matchAll(pattern)) {
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, lower: m[0].toLowerCase() });
  }
  return out;
}

/** Two words can belong to one name when only a space, a hyphen, a dot, a slash or an underscore part them. */
function joinable(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== ' ' && c !== '-' && c !== '.' && c !== '/' && c !== '_' && c !== '\n' && c !== '\u00a0')
      return false;
  }
  return !text.slice(from, to).includes('\n\n');
}

function isUpper(c: string | undefined): boolean {
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}

function sentenceInitial(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s"'“‘([]/.test(text[i] ?? '')) i--;
  return i < 0 || /[.!?:\n]/.test(text[i] ?? '');
}

interface Candidate {
  first: number;
  last: number;
  info: MatchKey;
}

function cueAround(text: string, words: readonly Word[], c: Candidate): 'software' | 'actor' | 'any' | null {
  const next = words[c.last + 1];
  const last = words[c.last];
  if (next && last && joinable(text, last.end, next.start)) {
    if (SOFTWARE_AFTER.has(next.lower)) return 'software';
    if (ACTOR_AFTER.has(next.lower)) return 'actor';
  }
  const before = (n: number): string =>
    words
      .slice(Math.max(0, c.first - n), c.first)
      .map((w) => w.lower)
      .join(' ');
  if (BEFORE_ONE.has(before(1)) || BEFORE_TWO.has(before(2))) return 'any';
  const span = text.slice(words[c.first]?.start ?? 0, last?.end ?? 0);
  // A designation set in capitals ("MERCURY", "ZINC") is not the ordinary word; three letters may be
  // any acronym ("a RAT").
  if (span.length >= 4 && span === span.toUpperCase() && /[A-Z]/.test(span)) return 'any';
  return null;
}

/** The name stands inside a longer capitalised run ("Royal Navy", "Milan Kundera"): something else's name. */
function inLongerName(text: string, words: readonly Word[], c: Candidate): boolean {
  const prev = words[c.first - 1];
  const first = words[c.first];
  const next = words[c.last + 1];
  const last = words[c.last];
  const capital = (w: Word | undefined) => w !== undefined && isUpper(text[w.start]);
  if (
    prev &&
    first &&
    capital(prev) &&
    joinable(text, prev.end, first.start) &&
    !sentenceInitial(text, prev.start)
  ) {
    return true;
  }
  return Boolean(next && last && capital(next) && joinable(text, last.end, next.start));
}

function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\n\s*\n/g)) starts.push((m.index ?? 0) + m[0].length);
  return starts;
}

function paragraphOf(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Builds the matcher once from the name keys; `find` then costs one pass over a text's words. */
export function buildTextMatcher(keys: Iterable<MatchKey>): TextMatcher {
  const byKey = new Map<string, MatchKey>();
  const prefixes = new Set<string>();
  for (const k of keys) {
    if (!(k.flags & MATCHABLE) || k.ids.length === 0) continue;
    byKey.set(k.key, k);
    for (let i = 1; i < k.key.length; i++) prefixes.add(k.key.slice(0, i));
  }

  function candidates(text: string, words: readonly Word[]): Candidate[] {
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
        const info = byKey.get(acc);
        if (info) best = { first: i, last: j, info };
        if (!prefixes.has(acc)) break;
      }
      if (best) {
        out.push(best);
        i = best.last + 1;
      } else i++;
    }
    return out;
  }

  return {
    find(text) {
      const words = wordsOf(text);
      const cves = findCves(text);
      const accepted: KnowledgeMention[] = [...cves];
      const pending: { c: Candidate; mention: KnowledgeMention }[] = [];
      for (const c of candidates(text, words)) {
        const start = words[c.first]?.start ?? 0;
        const end = words[c.last]?.end ?? start;
        const span = text.slice(start, end);
        // Lower-case text is an ordinary word (or a rare one the word list lacks), unless a catalogue
        // writes the name so or it has a digit no word has ("apt28", "fin7").
        const lowerCase = span === span.toLowerCase() && /\p{L}/u.test(span) && !/\d/.test(span);
        if (lowerCase && !(c.info.flags & LOWER_CASE_FORM)) continue;
        const mention: KnowledgeMention = {
          start,
          end,
          text: span,
          type: 'name',
          key: c.info.key,
          ids: c.info.ids,
          entry: c.info.ids.length === 1 ? (c.info.ids[0] ?? null) : null,
          basis: 'name',
        };
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
      if (pending.length > 0) {
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
      return accepted.sort((a, b) => a.start - b.start);
    },
  };
}
