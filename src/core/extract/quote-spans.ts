// Where quotations stand in a paragraph. Shared by the quote extractor (what was said) and the event and
// assessment extractors (which must not read a speaker's words as the reporter's narrative).
import { wordCount } from '../text/normalise.js';

export interface QuoteSpan {
  /** Offsets of the quoted words, without the marks. */
  start: number;
  end: number;
  /** False when the paragraph ends before the closing mark: the quote runs on into the next paragraph. */
  closed: boolean;
  /** Single marks (‘…’) are often headline or scare quotes; double marks are speech. */
  single: boolean;
}

const OPEN_BEFORE = /[\s([{—–\-/:;,]|^$/;

/** The mark that closes each opening double mark: curly, straight, and the guillemets of European styles. */
const CLOSING: Readonly<Record<string, string>> = { '“': '”', '"': '"', '«': '»' };

/** Double-quoted spans (curly, straight or « »), and single curly-quoted spans of at least `minSingleWords`. */
export function quoteSpans(p: string, minSingleWords = 4): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let i = 0;
  while (i < p.length) {
    const c = p[i];
    // Only an opening mark starts a span; everything else is stepped over without further tests.
    if (c !== '“' && c !== '"' && c !== '‘' && c !== '«') {
      i++;
      continue;
    }
    const prev = i > 0 ? (p[i - 1] ?? '') : '';
    if (c === '“' || c === '«' || (c === '"' && OPEN_BEFORE.test(prev))) {
      const closeAt = findClose(p, i + 1, CLOSING[c] ?? '"');
      spans.push({
        start: i + 1,
        end: closeAt < 0 ? p.length : closeAt,
        closed: closeAt >= 0,
        single: false,
      });
      i = closeAt < 0 ? p.length : closeAt + 1;
      continue;
    }
    if (c === '‘' && OPEN_BEFORE.test(prev)) {
      const close = findSingleClose(p, i + 1);
      if (close > 0) {
        if (wordCount(p.slice(i + 1, close)) >= minSingleWords)
          spans.push({ start: i + 1, end: close, closed: true, single: true });
        i = close + 1;
        continue;
      }
    }
    i++;
  }
  return spans;
}

function findClose(p: string, from: number, mark: string): number {
  for (let j = from; j < p.length; j++) {
    const ch = p[j];
    if (ch === mark) {
      if (mark === '"' && /[\p{L}\p{N}]/u.test(p[j + 1] ?? '') && /\s/.test(p[j - 1] ?? '')) continue;
      return j;
    }
    // A new opening mark before a close: the first quote ran on without closing.
    if ((mark === '”' && ch === '“') || (mark === '»' && ch === '«')) return -1;
  }
  return -1;
}

/** The ’ that closes a ‘: followed by a non-letter, and not an apostrophe inside a word. */
function findSingleClose(p: string, from: number): number {
  for (let j = from; j < p.length; j++) {
    if (p[j] === '’' && !/[\p{L}]/u.test(p[j + 1] ?? '')) {
      // "parliamentarians’ emails": a plural possessive, unless the quote would otherwise never close.
      if (
        /s$/.test(p.slice(Math.max(from, j - 1), j)) &&
        /^\s\p{Ll}/u.test(p.slice(j + 1, j + 3)) &&
        p.indexOf('’', j + 1) > 0
      )
        continue;
      return j;
    }
  }
  return -1;
}

/** The text with every quoted span blanked out (same length, so offsets still line up). */
export function maskQuotes(p: string, spans: QuoteSpan[] = quoteSpans(p)): string {
  let out = p;
  for (const s of spans) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}
