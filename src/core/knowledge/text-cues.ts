// What the words around a catalogue name say: the words of a text and which may form one name, a cue
// that the name is software or an actor ("the Prestige ransomware", "tracked as Mercury"), a name that
// is only part of a longer one ("Royal Navy"), and the paragraphs that give an ordinary-word name its
// context. matcher.ts decides with these which names to trust.
import { hasOnlyAsciiLetters } from '../text/normalise.js';
import type { MatchKey } from './matcher.js';

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

export interface Word {
  start: number;
  end: number;
  lower: string;
}

export function wordsOf(text: string): Word[] {
  const pattern = hasOnlyAsciiLetters(text) ? /[A-Za-z0-9]+/g : /[\p{L}\p{N}]+/gu;
  const out: Word[] = [];
  for (const m of text.matchAll(pattern)) {
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, lower: m[0].toLowerCase() });
  }
  return out;
}

/** Two words can belong to one name when only a space, a hyphen, a dot, a slash or an underscore part them. */
export function joinable(text: string, from: number, to: number): boolean {
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

export function sentenceInitial(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s"'“‘([]/.test(text[i] ?? '')) i--;
  return i < 0 || /[.!?:\n]/.test(text[i] ?? '');
}

export interface Candidate {
  first: number;
  last: number;
  info: MatchKey;
}

export function cueAround(
  text: string,
  words: readonly Word[],
  c: Candidate,
): 'software' | 'actor' | 'any' | null {
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
export function inLongerName(text: string, words: readonly Word[], c: Candidate): boolean {
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

export function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\n\s*\n/g)) starts.push((m.index ?? 0) + m[0].length);
  return starts;
}

export function paragraphOf(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
