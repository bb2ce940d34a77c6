// The one text-folding module: every comparison form of text (typography, spacing, case, accents, name
// keys, word lists) is made here, each function stating its contract in one line, so that cleaning,
// extraction, merging, search and lookup fold text the same way.

const TYPOGRAPHIC = /[\u2018\u2019\u02bc\u2032\u201c\u201d\u201e\u2033\u2013\u2014\u2212\u00a0\u2009\u202f]/g;
const PLAIN: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2033': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
};

/**
 * Characters that are not seen but change what is: zero-width spaces and joiners, the byte-order mark, soft
 * hyphens, invisible operators, tag characters (text hidden from the reader), directional marks, embeddings,
 * overrides and isolates (U+202E shows "cod.exe" as "exe.doc" and can make a quote read backwards in every
 * chat), and C0/C1 control characters (terminal escape sequences). Line breaks and tabs are not among them.
 */
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes.
  /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]/gu;
/** A quick test first: most text has none of them, and is returned as it is. */
const HAS_INVISIBLE = new RegExp(INVISIBLE.source, 'u');

/** The text without the invisible characters above; NEL (U+0085) becomes a space. */
export function stripInvisible(s: string): string {
  // Every report is ingested and every typed command read through this, so none of them reaches an answer.
  return HAS_INVISIBLE.test(s) ? s.replace(INVISIBLE, (c) => (c === '\u0085' ? ' ' : '')) : s;
}

/** Folds typographic variants so comparisons ignore them (curly quotes, dashes, non-breaking spaces). */
export function foldTypography(s: string): string {
  return s.replace(TYPOGRAPHIC, (c) => PLAIN[c] ?? c);
}

/** Every run of whitespace as one space, as `s.replace(/\s+/g, ' ')`; ends kept. */
export function collapseSpaces(s: string): string {
  // Only runs that are not already one space are replaced: folded text (most of it) is scanned, not copied.
  return s.replace(/\s{2,}|[^\S ]/g, ' ');
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is being removed
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/** Whitespace runs (non-breaking spaces too) as one space, control characters dropped, ends trimmed. */
export function foldSpace(s: string): string {
  return collapseSpaces(s.replace(CONTROL, '')).trim();
}

const NON_ASCII = /[\u0080-\uffff]/;
/** Outside ASCII and General Punctuation (U+2000–U+206F: curly quotes, dashes, ellipsis, thin spaces). */
const BEYOND_PUNCTUATION = /[\u0080-\u1fff\u2070-\uffff]/;

/** True when every letter and digit in `s` is ASCII (it holds only ASCII and General Punctuation). */
export function hasOnlyAsciiLetters(s: string): boolean {
  // V8 scans Unicode property classes (\p{L}) several times slower than ASCII ranges, and on such text a
  // pattern with [A-Za-z] for \p{L} finds exactly the same matches: hot scans pick the ASCII form then.
  return !BEYOND_PUNCTUATION.test(s);
}

/** The text without accents and other combining marks ("Tomás" → "Tomas"), compatibility forms decomposed. */
export function stripAccents(s: string): string {
  // ASCII text, by far the most common, is already in that form and skips the decomposition.
  return NON_ASCII.test(s) ? s.normalize('NFKD').replace(/\p{M}/gu, '') : s;
}

/** The search form of a word: lower case, accents dropped ("Résumé" → "resume"). */
export function foldTerm(term: string): string {
  // The passage index folds its terms with this same function, so what it matched can be found in the text.
  return stripAccents(term).toLowerCase();
}

const FOLDED_WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text in search form, in order, split at all but letters and digits ("O'Brien": o, brien). */
export function foldedWords(text: string): string[] {
  return foldTerm(text).match(FOLDED_WORD) ?? [];
}

/** Lower-case word tokens (letters, digits, apostrophes; accents kept), for similarity measures. */
export function wordTokens(s: string): string[] {
  // Of the typographic variants only apostrophes can be part of a token, so only they are folded.
  const folded = s.replace(/[\u2018\u2019\u02bc\u2032]/g, "'").toLowerCase();
  return folded.match(hasOnlyAsciiLetters(folded) ? /[a-z0-9']+/g : /[\p{L}\p{N}']+/gu) ?? [];
}

const STOPWORDS = new Set(
  `a an the and or but of to in on at by for with from as is are was were be been being it its this that these
  those which who whom whose what when where while has have had do does did not no so than then there their they
  them he she his her we our us you your i me my will would can could should may might must also into over under
  about after before between during said says say`
    .split(/\s+/)
    .filter(Boolean),
);

/** Content words of a text: tokens minus stopwords, with a crude plural fold ("emails" ~ "email"). */
export function contentWords(s: string): string[] {
  const out: string[] = [];
  for (const token of wordTokens(s)) {
    let t = token.endsWith("'s") ? token.slice(0, -2) : token;
    if (t.endsWith("'")) t = t.slice(0, -1);
    if (t.length <= 1 || STOPWORDS.has(t)) continue;
    out.push(t.length > 4 && t.endsWith('s') && !t.endsWith('ss') ? t.slice(0, -1) : t);
  }
  return out;
}

/** A token list with each token's count: built once for a text that is compared with many. */
export interface WordBag {
  readonly words: readonly string[];
  readonly counts: ReadonlyMap<string, number>;
}

/** The words with each one's count, for comparing one text with many (`bagOverlap`). */
export function wordBag(words: readonly string[]): WordBag {
  const counts = new Map<string, number>();
  for (const t of words) counts.set(t, (counts.get(t) ?? 0) + 1);
  return { words, counts };
}

/** Share of the shorter bag's tokens found in the longer, repeats counted: 1 when one truncates the other. */
export function bagOverlap(a: WordBag, b: WordBag): number {
  const [part, whole] = a.words.length <= b.words.length ? [a, b] : [b, a];
  if (part.words.length === 0) return 0;
  let hit = 0;
  for (const [t, n] of part.counts) hit += Math.min(n, whole.counts.get(t) ?? 0);
  return hit / part.words.length;
}

/** `bagOverlap` of two token lists. */
export function overlap(a: readonly string[], b: readonly string[]): number {
  return bagOverlap(wordBag(a), wordBag(b));
}

/** Comparison form of a phrase: case, spacing and typographic variants ignored; words and punctuation kept. */
export function looseKey(s: string): string {
  return foldTypography(foldSpace(s)).toLowerCase();
}

/** Key for matching names: case, punctuation, spaces, hyphens and a leading "the" ignored. */
export function nameKey(s: string): string {
  return foldTypography(s)
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The digits of a name or word in order: a typo correction may change its letters, never these. */
export function digitsOf(s: string): string {
  return s.replace(/[^\p{N}]+/gu, '');
}

/** Levenshtein distance, or max+1 once it must exceed max; `transpositions` makes a swap one edit. */
export function editDistance(a: string, b: string, max = 3, { transpositions = false } = {}): number {
  // With transpositions this is the optimal string alignment distance: the commonest typo is one edit.
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (transpositions && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, (before[j - 2] ?? 0) + 1);
      }
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    before = prev;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

const WORD = /\S+/g;

/** Number of whitespace-separated words, as `s.split(/\s+/).filter(Boolean).length`. */
export function wordCount(s: string): number {
  // Counted without building the array: cleaning and extraction ask it of every paragraph and sentence.
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.test(s)) n++;
  return n;
}
