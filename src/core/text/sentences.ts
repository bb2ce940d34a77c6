// Paragraphs and their sentences, split once per document and handed to every extractor. Sentence
// splitting is tuned for news and government prose: abbreviations, initials and quotes.

export interface Sentence {
  readonly text: string;
  /** Offset of the sentence in its paragraph. */
  readonly start: number;
  readonly end: number;
}

const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof sr jr st no nos vs etc inc ltd co corp dept gov govt gen col lt sgt capt cmdr rep sen
  jan feb mar apr jun jul aug sep sept oct nov dec approx est fig al e.g i.e u.s u.k u.n e.u p.m a.m ft mt`
    .split(/\s+/)
    .filter(Boolean),
);

/** A paragraph and its sentences: what entities, events and assessments all read. */
export interface Paragraph {
  readonly text: string;
  readonly sentences: readonly Sentence[];
}

/** The paragraph with its sentences split. */
export function toParagraph(text: string): Paragraph {
  return { text, sentences: splitSentences(text) };
}

/** The paragraphs of a clean body (separated by blank lines), each with its sentences. */
export function paragraphsOf(body: string): Paragraph[] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map(toParagraph);
}

/** Splits a paragraph into sentences. Never splits inside an abbreviation, an initial or a decimal. */
export function splitSentences(paragraph: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (let m = re.exec(paragraph); m; m = re.exec(paragraph)) {
    const end = m.index + m[0].length;
    const before = paragraph.slice(start, m.index);
    const lastWord = trailingWord(before).toLowerCase();
    const isInitial = /^\p{Lu}$/u.test(before.slice(-1)) && /(^|\s)\p{Lu}$/u.test(before.slice(-2));
    if (
      m[0].startsWith('.') &&
      (ABBREVIATIONS.has(lastWord) || ABBREVIATIONS.has(lastWord.replace(/\.$/, '')) || isInitial)
    ) {
      continue;
    }
    pushSentence(out, paragraph, start, end);
    start = end;
  }
  pushSentence(out, paragraph, start, paragraph.length);
  return out;
}

const WORD_CHAR = /^[\p{L}.]$/u;

/**
 * The run of letters and full stops that ends `s` ("U.S", "Mr"). Scanned from the end: an end-anchored
 * regex would try every start position, which is quadratic in the length of `s`.
 */
function trailingWord(s: string): string {
  let i = s.length;
  while (i > 0) {
    // A letter outside the Basic Multilingual Plane is two UTF-16 units.
    const width =
      i > 1 && /[\udc00-\udfff]/.test(s[i - 1] ?? '') && /[\ud800-\udbff]/.test(s[i - 2] ?? '') ? 2 : 1;
    if (!WORD_CHAR.test(s.slice(i - width, i))) break;
    i -= width;
  }
  return s.slice(i);
}

function pushSentence(out: Sentence[], p: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(p[s] ?? '')) s++;
  while (e > s && /\s/.test(p[e - 1] ?? '')) e--;
  if (e > s) out.push({ text: p.slice(s, e), start: s, end: e });
}
