// The text helpers' faster forms must give exactly what the plain forms they replace gave: each is
// compared with that plain form on hand-picked edge cases and on many random strings.
import { describe, expect, it } from 'vitest';
import { isGluedMenu } from '../../../src/core/documents/furniture.js';
import {
  collapseSpaces,
  contentWords,
  foldTypography,
  hasOnlyAsciiLetters,
  stripAccents,
  wordCount,
  wordTokens,
} from '../../../src/core/text/normalise.js';
import { splitSentences } from '../../../src/core/text/sentences.js';

/** A small deterministic generator, so a failure can be replayed. */
function randomStrings(alphabet: string[], count: number, maxLength: number): string[] {
  let state = 0x9e3779b9;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return Array.from({ length: count }, () => {
    let s = '';
    const length = Math.floor(next() * maxLength);
    for (let i = 0; i < length; i++) s += alphabet[Math.floor(next() * alphabet.length)];
    return s;
  });
}

const SPACES = [
  ' ',
  '  ',
  '\t',
  '\n',
  '\r',
  '\u000b',
  '\u00a0',
  '\u2009',
  '\u202f',
  '\u3000',
  '\ufeff',
  '\u2028',
];
const LETTERS = [
  'a',
  'B',
  'é',
  'Ж',
  'ß',
  'İ',
  '\u01c5',
  '\u{1d400}',
  '\u00b5',
  '\u00aa',
  '\u2160',
  '7',
  '\u0663',
];
const MARKS = ["'", '’', '‘', '“', '”', '–', '—', '…', '.', ',', '-', '&', '(', '\u0301', '\u02bc', '\u2032'];
const MIXED = randomStrings([...SPACES, ...LETTERS, ...MARKS, 'x', 'Y', 'mar', 'Dr'], 5000, 14);

describe('wordCount', () => {
  it('counts as splitting on whitespace does', () => {
    for (const s of MIXED)
      expect(wordCount(s), JSON.stringify(s)).toBe(s.split(/\s+/).filter(Boolean).length);
  });
});

describe('collapseSpaces', () => {
  it('folds whitespace runs as /\\s+/ → " " does', () => {
    for (const s of MIXED) expect(collapseSpaces(s), JSON.stringify(s)).toBe(s.replace(/\s+/g, ' '));
  });
});

describe('foldTypography', () => {
  const fourPasses = (s: string) =>
    s
      .replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
      .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
      .replace(/[\u2013\u2014\u2212]/g, '-')
      .replace(/[\u00a0\u2009\u202f]/g, ' ');
  it('gives what one pass per kind of mark gave', () => {
    for (const s of MIXED) expect(foldTypography(s)).toBe(fourPasses(s));
  });
});

describe('stripAccents', () => {
  it('gives what the decomposition gave, ASCII or not', () => {
    for (const s of [...MIXED, 'Jürgen', 'Tomás', 'ﬁle', 'plain ascii']) {
      expect(stripAccents(s)).toBe(s.normalize('NFKD').replace(/\p{M}/gu, ''));
    }
  });
});

describe('ASCII forms of Unicode patterns', () => {
  it('General Punctuation holds no letter and no digit', () => {
    for (let c = 0x2000; c <= 0x206f; c++) expect(/[\p{L}\p{N}]/u.test(String.fromCharCode(c))).toBe(false);
  });

  it('says "ASCII letters only" only when no other letter or digit is present', () => {
    for (const s of MIXED) {
      if (hasOnlyAsciiLetters(s)) expect(/[^\0-\x7f]/u.test(s.replace(/[^\p{L}\p{N}]/gu, ''))).toBe(false);
    }
    expect(hasOnlyAsciiLetters('“Quoted” – and… more')).toBe(true);
    expect(hasOnlyAsciiLetters('Tomás')).toBe(false);
  });

  it('tokenises as the Unicode pattern does', () => {
    const reference = (s: string) =>
      s
        .replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
        .toLowerCase()
        .match(/[\p{L}\p{N}']+/gu) ?? [];
    for (const s of MIXED) expect(wordTokens(s)).toEqual(reference(s));
  });

  it('finds glued menus as the Unicode pattern does', () => {
    const glued = (line: string) => (line.match(/\p{Ll}\p{Lu}\p{Ll}/gu) ?? []).length;
    const reference = (line: string) =>
      glued(line) >= 3 ||
      (glued(line) >= 2 && (!/[.!?]["”’]?$/.test(line.trim()) || /(?:\.\.\.|…)$/.test(line.trim())));
    const lines = randomStrings(['a', 'b', 'C', 'D', 'é', 'É', ' ', '.', '…', '“', 'x'], 5000, 12);
    for (const line of [...lines, 'HomeInformation for...Advice & guidanceEducation']) {
      expect(isGluedMenu(line), JSON.stringify(line)).toBe(reference(line));
    }
  });
});

describe('contentWords', () => {
  it('drops possessives, stopwords and one-letter tokens, and folds plurals', () => {
    expect(contentWords('The ministers’ emails and the attacker’s tools, said Dr X.')).toEqual([
      'minister',
      'email',
      'attacker',
      'tool',
      'dr',
    ]);
  });
});

describe('splitSentences', () => {
  it('answers a repeated paragraph with the same sentences', () => {
    const p = 'Mr. Smith left. He came back at 5 p.m. on Monday. J. R. Jones stayed.';
    expect(splitSentences(p)).toEqual(splitSentences(p));
    expect(splitSentences(p).map((s) => s.text)).toEqual([
      'Mr. Smith left.',
      'He came back at 5 p.m. on Monday.',
      'J. R. Jones stayed.',
    ]);
  });

  it('reads the word before a full stop across letters outside the Basic Multilingual Plane', () => {
    expect(splitSentences('It was 𝐀𝐁. The end.').map((s) => s.text)).toEqual(['It was 𝐀𝐁.', 'The end.']);
    expect(splitSentences('See fig. 3 for details. Then stop.').map((s) => s.text)).toEqual([
      'See fig. 3 for details.',
      'Then stop.',
    ]);
  });
});
