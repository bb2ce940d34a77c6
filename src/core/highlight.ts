// Marks the words a search matched, as runs a renderer can bold without knowing anything about search.
import { foldTerm } from './text/normalise.js';

export interface TextRun {
  text: string;
  marked: boolean;
}

// A word: letters and digits, with inner apostrophes kept so "Russia's" is marked whole.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const APOSTROPHE = /['’]/;
// Below this length a term marks only an identical word: "us" must not light up "used" and "user".
const MIN_PREFIX = 3;

function matches(word: string, terms: readonly string[]): boolean {
  const folded = foldTerm(word);
  // The index splits "O'Brien" into "o" and "brien", so each piece of the word may carry the match.
  const pieces = APOSTROPHE.test(folded) ? [folded, ...folded.split(APOSTROPHE)] : [folded];
  return pieces.some((piece) =>
    terms.some((t) => piece === t || (t.length >= MIN_PREFIX && piece.startsWith(t))),
  );
}

/**
 * Splits `text` into runs, marking every word that equals one of `terms` or starts with it (a prefix
 * match marks the whole word), ignoring case and accents. Marked words separated only by spaces form one
 * run ("Violet Typhoon"). The runs' texts concatenate back to `text` exactly.
 */
export function markTerms(text: string, terms: readonly string[]): TextRun[] {
  if (text === '') return [];
  const wanted = [...new Set(terms.flatMap((t) => foldTerm(t).match(WORD) ?? []))];
  if (wanted.length === 0) return [{ text, marked: false }];

  const runs: TextRun[] = [];
  const push = (piece: string, marked: boolean) => {
    if (piece === '') return;
    const last = runs[runs.length - 1];
    if (last && last.marked === marked) last.text += piece;
    else runs.push({ text: piece, marked });
  };

  let pos = 0;
  let lastMarkedEnd = -1;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    if (!matches(m[0], wanted)) continue;
    const gap = text.slice(pos, start);
    // Only spaces between two marked words: bold them as one phrase.
    push(gap, lastMarkedEnd === pos && /^[ \t\u00a0]+$/.test(gap));
    push(m[0], true);
    pos = start + m[0].length;
    lastMarkedEnd = pos;
  }
  push(text.slice(pos), false);
  return runs;
}
