// What search means whatever the engine behind it: how far matches are counted, which words are very
// common (ADR 6), and which words have word families (ADR 11). Each store reads its own index its own way.
import { wordFamily } from '../../core/text/stem.js';

/**
 * Matches of a query of only very common words counted at most (newest first, so the count stops
 * early): past it, the answer says "more than". Counting them all reads every match (20 ms at 100k
 * documents, 10× that at 1M) for a figure nobody pages through.
 */
export const COUNT_CAP = 1_000;

/** A word in more than this share of passages is "very common" (see `search`): bm25 over 2% of 868,666
 * passages (100k documents) already costs ~10 ms, over 10% ~170 ms. */
export const COMMON_SHARE = 0.02;
/** ... or in more than this many, whatever their share: ranking costs by the match, and more per match in a
 * larger file (31,517 passages at 1M documents, 0.4% of them: 100-200 ms). */
const COMMON_MATCHES = 17_000;
/** Below this many passages every word is ranked: a small corpus is fast whatever the words. */
export const COMMON_MIN_PASSAGES = 5_000;

/**
 * How many of the latest `window` passages (of `last` in all) a very common word is in, at least: its
 * share over COMMON_SHARE, or its estimated count over COMMON_MATCHES, whichever is fewer.
 */
export function commonThreshold(window: number, last: number): number {
  return Math.floor(window * Math.min(COMMON_SHARE, COMMON_MATCHES / Math.max(1, last)));
}

/** Words that have a family: letters only (digits make names and numbers), not junk-long. */
const FAMILY_WORD = /^[a-z]{3,32}$/;

/** The family key of a (folded) word of passage text, or null for a word that has none. */
export function familyOf(word: string): string | null {
  return FAMILY_WORD.test(word) ? wordFamily(word) : null;
}
