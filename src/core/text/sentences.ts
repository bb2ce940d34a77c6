// Sentence splitting tuned for news and government prose: abbreviations, initials and quotes.

export interface Sentence {
  text: string;
  /** Offset of the sentence in its paragraph. */
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof sr jr st no nos vs etc inc ltd co corp dept gov govt gen col lt sgt capt cmdr rep sen
  jan feb mar apr jun jul aug sep sept oct nov dec approx est fig al e.g i.e u.s u.k u.n e.u p.m a.m ft mt`
    .split(/\s+/)
    .filter(Boolean),
);

/** Splits a paragraph into sentences. Never splits inside an abbreviation, an initial or a decimal. */
export function splitSentences(paragraph: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[.!?…]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (let m = re.exec(paragraph); m; m = re.exec(paragraph)) {
    const end = m.index + m[0].length;
    const before = paragraph.slice(start, m.index);
    const lastWord = (before.match(/([\p{L}.]+)$/u)?.[1] ?? '').toLowerCase();
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

function pushSentence(out: Sentence[], p: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(p[s] ?? '')) s++;
  while (e > s && /\s/.test(p[e - 1] ?? '')) e--;
  if (e > s) out.push({ text: p.slice(s, e), start: s, end: e });
}
