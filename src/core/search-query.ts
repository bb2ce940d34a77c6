// Query planning for passage search, with no SQL: what the user typed → words, phrases, prefix and typo
// alternatives → an FTS5 MATCH expression in which every piece of user input is a quoted string.
import { foldedWords } from './text/normalise.js';

/**
 * Function words that would otherwise make every AND query demand "the" and "of". Deliberately short:
 * words that can be names ("US", "IT", "who") are not here. Same list as the MiniSearch index had.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be by for from in is of on or that the this to was were with'.split(' '),
);

/** Shortest last word that is matched as a prefix ("exfil" → "exfiltration"): shorter ones match too much. */
export const MIN_PREFIX = 4;
/** At most this many words and phrases are searched: a pasted paragraph is not a query. */
export const MAX_QUERY_PARTS = 12;
/** At most this many typo alternatives per word. */
export const MAX_ALTERNATIVES = 3;
/** At most this many other forms per word: a family rarely has more ("democracy": 7 with its own). */
export const MAX_FORMS = 12;

export interface QueryWord {
  /** The word in search form (`foldTerm`: lower case, accents dropped), as FTS5 folds it. */
  term: string;
  /** Matched as the start of a word: only the last word typed, when the cursor is still on it. */
  prefix: boolean;
  /** Vocabulary words to accept instead ("dowden" for "dowdne"): set only when `term` matches nothing. */
  alternatives: string[];
  /** Other vocabulary words of the term's family, accepted too: "democratic" for "democracy" (stem.ts). */
  forms: string[];
}

export interface QueryPlan {
  words: QueryWord[];
  /** Quoted phrases, each as its folded words in order; matched exactly, stop words included. */
  phrases: string[][];
}

/** The index's own vocabulary. */
export interface Vocabulary {
  /** Whether some passage holds a (folded) term exactly. */
  has(term: string): boolean;
  /** The held words of the term's family (`wordFamily`), the term itself left out; a few at most. */
  forms(term: string): string[];
}

/** What planning needs from a lexicon (see lexicon.ts). */
export interface QueryLexicon {
  corrections(word: string, limit: number): string[];
  completions(prefix: string, limit: number): string[];
}

// Raw words: letters, combining marks (folded away later) and digits. Everything else separates words,
// as in FTS5's unicode61 tokenizer, so FTS5 operators and punctuation in the input are never syntax.
const RAW_WORD = /[\p{L}\p{M}\p{N}]+/gu;
const QUOTES = /[\u201c\u201d\u201e\u2033]/g;

function meaningful(term: string): boolean {
  // Single letters are the "s" of "Russia's" and initials; single digits can be part of a name ("APT 1").
  if (term.length < 2 && !/\d/.test(term)) return false;
  return !STOP_WORDS.has(term);
}

/**
 * The words and phrases of `input`. Text between double quotes is a phrase; an unpaired quote is ignored.
 * Stop words and single letters are dropped outside phrases. The last word is a prefix when it has 4+
 * letters and ends the input (a trailing space or punctuation means the user finished the word).
 */
export function parseQuery(input: string): QueryPlan {
  const text = input.replace(QUOTES, '"');
  const words: QueryWord[] = [];
  const phrases: string[][] = [];
  const seenPhrases = new Set<string>();
  const parts = () => words.length + phrases.length;

  const addWords = (segment: string, endsInput: boolean) => {
    const raw = [...segment.matchAll(RAW_WORD)];
    raw.forEach((m, i) => {
      const atEnd = endsInput && i === raw.length - 1 && m.index + m[0].length === segment.length;
      const pieces = foldedWords(m[0]);
      pieces.forEach((term, j) => {
        if (!meaningful(term) || parts() >= MAX_QUERY_PARTS) return;
        const prefix = atEnd && j === pieces.length - 1 && term.length >= MIN_PREFIX;
        const same = words.find((w) => w.term === term);
        // A repeated word is searched once; typed again at the end, it is the word being completed.
        if (same) same.prefix ||= prefix;
        else words.push({ term, prefix, alternatives: [], forms: [] });
      });
    });
  };

  // Even-numbered pieces lie outside quotes, odd ones inside; a last odd piece has no closing quote.
  const pieces = text.split('"');
  const unpaired = pieces.length % 2 === 0;
  pieces.forEach((piece, i) => {
    const isLast = i === pieces.length - 1;
    const quoted = i % 2 === 1 && !(unpaired && isLast);
    if (!quoted) {
      addWords(piece, isLast);
      return;
    }
    const tokens = foldedWords(piece);
    if (!tokens.some(meaningful) || parts() >= MAX_QUERY_PARTS) return;
    const key = tokens.join(' ');
    if (seenPhrases.has(key)) return;
    seenPhrases.add(key);
    phrases.push(tokens);
  });
  return { words, phrases };
}

/** A typed word no passage holds, and the close words searched instead ("electorl" → "electoral"). */
export interface Correction {
  typed: string;
  instead: string[];
}

/** The words of a plan that were searched as their corrections, for the answer to say so first. */
export function correctionsOf(plan: QueryPlan): Correction[] {
  return plan.words.flatMap((w) =>
    w.alternatives.length > 0 ? [{ typed: w.term, instead: w.alternatives }] : [],
  );
}

/** Whether the plan has nothing to search for (only stop words, punctuation or nothing was typed). */
export function isEmptyPlan(plan: QueryPlan): boolean {
  return plan.words.length === 0 && plan.phrases.length === 0;
}

/**
 * The plan with each word's other forms ("democratic", "democracies" for "democracy"), and typo
 * alternatives for the words the index holds in no form. A word no passage holds but that starts held
 * words ("exfil" when "exfiltrated" occurs) becomes a prefix instead; otherwise it gets the lexicon's
 * corrections. Known words are left alone: an exact match beats a guess.
 */
export function withAlternatives(plan: QueryPlan, vocabulary: Vocabulary, lexicon: QueryLexicon): QueryPlan {
  const words = plan.words.map((w): QueryWord => {
    const forms = vocabulary.forms(w.term);
    if (forms.length > 0 || vocabulary.has(w.term)) return { ...w, forms };
    if (w.term.length >= MIN_PREFIX && lexicon.completions(w.term, 1).length > 0) {
      return { ...w, prefix: true, alternatives: [] };
    }
    // A correction brings its family too: "democrcy" is "democracy", so it finds "democratic" as well.
    const alternatives = lexicon.corrections(w.term, MAX_ALTERNATIVES);
    const related = [...new Set(alternatives.flatMap((a) => vocabulary.forms(a)))]
      .filter((f) => !alternatives.includes(f))
      .slice(0, MAX_FORMS);
    return { ...w, alternatives, forms: related };
  });
  return { words, phrases: plan.phrases };
}

/** `parseQuery`, then `withAlternatives` when a vocabulary and lexicon are given. */
export function planQuery(
  input: string,
  ports?: { vocabulary: Vocabulary; lexicon: QueryLexicon },
): QueryPlan {
  const plan = parseQuery(input);
  return ports ? withAlternatives(plan, ports.vocabulary, ports.lexicon) : plan;
}

/** An FTS5 string literal: the only FTS5 syntax user text ever reaches, with its quotes doubled. */
function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function renderWord(w: QueryWord): string {
  const own = `${quoted(w.term)}${w.prefix ? '*' : ''}`;
  const others = [...w.forms, ...w.alternatives];
  if (others.length === 0) return own;
  return `(${[own, ...others.map(quoted)].join(' OR ')})`;
}

/**
 * The plan as an FTS5 MATCH expression: each word a quoted string (`"x"*` as a prefix, `("x" OR "y")` with
 * its other forms or alternatives), each phrase one quoted string, joined by AND or OR. Null when there is
 * nothing to match.
 */
export function toMatchExpression(plan: QueryPlan, combine: 'AND' | 'OR'): string | null {
  const parts = [...plan.words.map(renderWord), ...plan.phrases.map((p) => quoted(p.join(' ')))];
  return parts.length === 0 ? null : parts.join(` ${combine} `);
}

/**
 * The plan's terms that occur in `text`, for highlight.ts `markTerms`: a word, its forms or the alternative
 * that occurs, a prefix as typed (markTerms marks every word starting with it), a phrase's meaningful words.
 */
export function matchedTerms(plan: QueryPlan, text: string): string[] {
  const present = new Set(foldedWords(text));
  const found = new Set<string>();
  const startsSome = (prefix: string) => {
    for (const t of present) if (t.startsWith(prefix)) return true;
    return false;
  };
  for (const w of plan.words) {
    if (present.has(w.term) || (w.prefix && startsSome(w.term))) found.add(w.term);
    for (const a of [...w.forms, ...w.alternatives]) if (present.has(a)) found.add(a);
  }
  for (const p of plan.phrases) {
    if (p.every((t) => present.has(t))) for (const t of p) if (meaningful(t)) found.add(t);
  }
  return [...found];
}
