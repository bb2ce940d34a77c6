// When one sentence dates two things, each date gets its clause: "The group breached the registry in 2021-22
// and targeted ministers' accounts in 2021" is two events. The clause of a date runs from the break before
// it to the break after it; without a clean break the whole sentence is kept.
import type { DateMention } from '../dates/date-rule.js';
import { wordCount } from '../text/normalise.js';

const CLAUSE_BREAK = /(?:,?\s+and\s+|;\s+|,\s+(?:while|whereas|but|and|as well as)\s+|,\s+(?=which\s))/gi;
/** "… Office and the Parliamentary Service in 2021": "and" before a noun phrase joins nouns, not clauses. */
const NOUN_AFTER_AND = /^(?:the|a|an|its|their|his|her|our|other|several|two|three|many)\b/i;

/** Fewer words than this before a break is a time phrase, not a clause: "In 2017 and again in 2019, …". */
const MIN_CLAUSE_WORDS = 3;

/** The last clause break between two dates after `from` (the previous break), or -1 when there is none. */
function breakBetween(text: string, a: DateMention, b: DateMention, from: number): number {
  let cut = -1;
  CLAUSE_BREAK.lastIndex = a.end;
  for (let m = CLAUSE_BREAK.exec(text); m && m.index < b.start; m = CLAUSE_BREAK.exec(text)) {
    const next = text.slice(m.index + m[0].length);
    if (/^\s+and\s+$/i.test(m[0]) && NOUN_AFTER_AND.test(next)) continue;
    if (wordCount(text.slice(Math.max(from, 0), m.index)) < MIN_CLAUSE_WORDS) continue;
    cut = m.index;
  }
  return cut;
}

/** Each date's clause as [start, end) offsets in `text`, in the order of `dates`. */
export function clausesOf(text: string, dates: readonly DateMention[]): [number, number][] {
  const cuts = [0];
  for (let i = 0; i + 1 < dates.length; i++) {
    const a = dates[i];
    const b = dates[i + 1];
    cuts.push(a && b ? breakBetween(text, a, b, cuts.at(-1) ?? 0) : -1);
  }
  return dates.map((_, i) => {
    const from = cuts[i] ?? 0;
    const to = cuts[i + 1];
    // Without a clean break on either side, the date belongs to the whole sentence.
    if (from < 0 || (to !== undefined && to < 0)) return [0, text.length];
    return [from, to ?? text.length];
  });
}
