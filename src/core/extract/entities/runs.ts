// A paragraph read as tokens and runs of capitalised tokens: the candidates every entity rule looks at.
// A run is joined by plain spaces and name connectors only ("Ministry of Defence"), never across a line.
import { isFamilyNameFirstSurname, isGivenName } from '../../data/given-names.js';
import { isOrgHeadNoun, isRoleWord } from '../../data/organisations.js';
import { isCalendarName } from '../../dates/calendar.js';
import { hasOnlyAsciiLetters } from '../../text/normalise.js';
import type { Sentence } from '../../text/sentences.js';
import { CONNECTORS, lower, POSSESSIVE_INSIDE } from './words.js';

export interface Token {
  text: string;
  start: number;
  end: number;
  sentenceStart: boolean;
}

/** The paragraph's words with their offsets, each marked when it opens a sentence, a quote or a clause. */
export function tokenize(paragraph: string, sentences: readonly Sentence[]): Token[] {
  const tokens: Token[] = [];
  const starts = new Set(sentences.map((s) => s.start));
  // Up to this offset there is only whitespace before a token.
  const firstText = paragraph.search(/\S/);
  const re = hasOnlyAsciiLetters(paragraph)
    ? /[A-Za-z0-9][A-Za-z0-9'’&._-]*/g
    : /[\p{L}\p{N}][\p{L}\p{N}'’&._-]*/gu;
  for (let m = re.exec(paragraph); m; m = re.exec(paragraph)) {
    let text = m[0];
    // A trailing full stop belongs to the sentence unless the token is an abbreviation like "U.S."
    while (text.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(text)) text = text.slice(0, -1);
    // Handles keep their underscores ("Sea_Wolves"); one at the end is not part of the word.
    while (/[-’'_]$/.test(text)) text = text.slice(0, -1);
    if (!text) continue;
    const sentenceStart =
      starts.has(m.index) ||
      /(?:^|[“"‘(\n]|[:;]\s)\s*$/.test(paragraph.slice(Math.max(0, m.index - 3), m.index)) ||
      m.index <= firstText;
    tokens.push({ text, start: m.index, end: m.index + text.length, sentenceStart });
  }
  return tokens;
}

/** Capitalised, or letters then digits ("APT31"). The digit test first: most lower-case words fail it. */
export const isCap = (t: string): boolean =>
  /^[\p{Lu}]/u.test(t) || (/\d$/.test(t) && /^\p{L}+\d+$/u.test(t));
export const possessive = (t: string): boolean => /['’]s$/.test(t) || /s['’]$/.test(t);
/** The word without its possessive ending: "Commissioner’s" → "Commissioner", "Veterans’" → "Veterans". */
export const stripPossessive = (t: string): string =>
  // Most words end in neither an apostrophe nor an "s": they skip the two replacements.
  /[s'’]$/.test(t) ? t.replace(/['’]s$/, '').replace(/['’]$/, '') : t;

/** Maximal runs of capitalised tokens, joined by connectors and plain spaces only. */
export function runsOf(paragraph: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || !isCap(t.text)) {
      i++;
      continue;
    }
    const run: Token[] = [t];
    let j = i + 1;
    for (
      let step = extendRun(paragraph, tokens, run, j);
      step > 0;
      step = extendRun(paragraph, tokens, run, j)
    )
      j += step;
    runs.push(run);
    i = j;
  }
  return runs;
}

/** "APT 28", "UNC 2452": letters naming a series before its number (a year is no series number). */
const isSeriesPrefix = (prev: string, num: string) =>
  /^\p{Lu}{2,5}$/u.test(prev) && num.length <= 5 && !/^(?:19|20)\d\d$/.test(num);

/** How many tokens from `j` on join the run (pushed onto it): a capitalised word, or a connector and one. */
function extendRun(paragraph: string, tokens: Token[], run: Token[], j: number): number {
  if (j >= tokens.length) return 0;
  const prev = run[run.length - 1] as Token;
  // "Information Commissioner’s Office", "US Attorney’s Office": a role's possessive inside one name.
  const owner = lower(stripPossessive(prev.text));
  if (possessive(prev.text) && !POSSESSIVE_INSIDE.has(owner) && !isRoleWord(owner)) return 0;
  const gap = paragraph.slice(prev.end, tokens[j]?.start ?? prev.end);
  if (!/^ $/.test(gap) && !/^\s+$/.test(gap)) return 0;
  if (/\n/.test(gap)) return 0;
  const next = tokens[j] as Token;
  if (
    isCap(next.text) ||
    (/^\d+$/.test(next.text) && (run.length >= 2 || isSeriesPrefix(prev.text, next.text)))
  ) {
    run.push(next);
    return 1;
  }
  const joined = connected(paragraph, tokens, j, run);
  if (joined === 0) return 0;
  run.push(...tokens.slice(j, j + joined));
  return joined;
}

/** Plain spaces only between tokens i and i + 1. */
const spaced = (paragraph: string, tokens: Token[], i: number) =>
  /^\s+$/.test(paragraph.slice(tokens[i]?.end ?? 0, tokens[i + 1]?.start ?? 0));

/**
 * How many tokens from `j` a connector joins to the run: "of Defence" (2); "of the Prohibition" (3) only
 * after a body's head noun ("Organisation for the …", "Council of the …"), so "Jane Doe of the Agency" stays
 * two names; "in Sport" after "… Centre for Ethics"; never a weekday or month ("the Centre on Tuesday").
 */
function connected(paragraph: string, tokens: Token[], j: number, run: Token[]): number {
  const word = lower(tokens[j]?.text ?? '');
  const hasHead = () => run.some((t) => isOrgHeadNoun(t.text));
  let n = 1;
  if ((word === 'of' || word === 'for') && lower(tokens[j + 1]?.text ?? '') === 'the' && hasHead()) n = 2;
  else if (word === 'in' && hasHead() && run.some((t) => t.text === 'for')) n = 1;
  else if (!CONNECTORS.has(word)) return 0;
  const name = tokens[j + n];
  for (let k = j; k < j + n; k++) if (!spaced(paragraph, tokens, k)) return 0;
  return name && isCap(name.text) && !isCalendarName(name.text) ? n + 1 : 0;
}

/** The run's words without possessive endings. */
export const wordsOf = (run: Token[]): string[] => run.map((t) => stripPossessive(t.text));

/** The run as the paragraph writes it, a final possessive dropped. */
export const textOf = (paragraph: string, run: Token[]): string =>
  paragraph.slice(run[0]?.start ?? 0, run[run.length - 1]?.end ?? 0).replace(/['’]s$/, '');

/**
 * A word that can be part of a person's name: "Oliver", "McDonald", "Barros-Curtis", "B." (a middle
 * initial). A word of two letters is a name's only when the names table knows it ("Al", "Xi") or it follows
 * a family name written first ("Wang Yi"): otherwise it is "In", "On" or "As". Takes `every`'s arguments, so
 * `words.every(isNameWord)` reads each word after the one before it.
 */
export function isNameWord(w: string, i = 0, all: readonly string[] = []): boolean {
  if (/^\p{Lu}\.$/u.test(w)) return true;
  if (/^\p{Lu}\p{Ll}$/u.test(w))
    return isGivenName(w) || isFamilyNameFirstSurname(w) || isFamilyNameFirstSurname(all[i - 1] ?? '');
  return (
    /^[\p{Lu}][\p{Ll}'’-]+$/u.test(w) ||
    /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u.test(w) ||
    /^[\p{Lu}][\p{Ll}]*[\p{Lu}][\p{Ll}]+$/u.test(w)
  );
}

/** Four words or more, most of them capitalised: a Title Case headline. */
export function isTitleCase(p: string): boolean {
  const words = p.split(/\s+/);
  return words.length >= 4 && words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length >= 0.6 * words.length;
}

/** The capitalised phrase that ends `before`: "National Cyber Security Centre " before "(NCSC)". */
export function leadingCapitalised(before: string): string | null {
  const m =
    /((?:[\p{Lu}][\p{L}\p{N}'’-]*(?:\s+(?:of|for|and|the|on)\s+|\s+))*[\p{Lu}][\p{L}\p{N}'’-]*(?:\s+\d+)?)\s*$/u.exec(
      before,
    );
  return m?.[1] ?? null;
}

/** Whether an acronym spells the initials of a name's capitalised words (NCSC, National Cyber Security Centre). */
export function initialsMatch(acronym: string, name: string): boolean {
  const initials = name
    .split(/[\s-]+/)
    .filter((w) => /^[\p{Lu}]/u.test(w))
    .map((w) => w[0])
    .join('');
  return initials.length >= 2 && initials === acronym.replace(/[^\p{Lu}]/gu, '');
}
