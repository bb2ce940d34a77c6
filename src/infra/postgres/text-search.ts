// Full text on PostgreSQL in core's words. The store builds each `tsvector` itself from core's folded words
// (`foldedWords`: lower case, accents dropped, letters and digits), so the index holds exactly the terms
// query planning, the typo lexicon and highlighting use, with no text search configuration, dictionary or
// extension to install; and it renders core's query plans as `tsquery` text, every term a quoted lexeme,
// so no user input is ever tsquery syntax.
import type { QueryPlan, QueryWord } from '../../core/search-query.js';
import { foldedWords } from '../../core/text/normalise.js';

/** A lexeme's positions are kept up to PostgreSQL's limits: 256 positions, the last one 16,383. */
const MAX_POSITIONS = 255;
const MAX_POSITION = 16_383;
/** Longer words are not indexed (PostgreSQL refuses lexemes of 2 KB); no query word is that long. */
const MAX_LEXEME_BYTES = 2_046;

/** A lexeme as tsvector and tsquery input read it: quoted, its quotes and backslashes escaped. */
const lexeme = (term: string) => `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** The folded words of `text` with their positions (from 1), in the order each first occurs. */
export function wordPositions(text: string): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  foldedWords(text).forEach((word, i) => {
    if (Buffer.byteLength(word) > MAX_LEXEME_BYTES) return;
    const list = positions.get(word);
    if (!list) positions.set(word, [Math.min(i + 1, MAX_POSITION)]);
    else if (list.length < MAX_POSITIONS) list.push(Math.min(i + 1, MAX_POSITION));
  });
  return positions;
}

/** The `tsvector` input text of `text`: each folded word with its positions, so phrases match. */
export function tsvectorOf(text: string): string {
  return [...wordPositions(text)].map(([word, at]) => `${lexeme(word)}:${at.join(',')}`).join(' ');
}

function renderWord(w: QueryWord): string {
  const own = `${lexeme(w.term)}${w.prefix ? ':*' : ''}`;
  const others = [...w.forms, ...w.alternatives];
  if (others.length === 0) return own;
  return `(${[own, ...others.map(lexeme)].join(' | ')})`;
}

const renderPhrase = (words: string[]) =>
  words.length === 1 ? lexeme(words[0] ?? '') : `(${words.map(lexeme).join(' <-> ')})`;

/**
 * The plan as `tsquery` text, as core's `toMatchExpression` renders it for FTS5: a word with its forms and
 * alternatives as an OR, the last typed one a prefix (`:*`), each phrase its words in sequence (`<->`),
 * joined by AND (`&`) or OR (`|`). Null when there is nothing to match.
 */
export function toTsQuery(plan: QueryPlan, combine: 'AND' | 'OR'): string | null {
  const parts = [...plan.words.map(renderWord), ...plan.phrases.map(renderPhrase)];
  return parts.length === 0 ? null : parts.join(combine === 'AND' ? ' & ' : ' | ');
}
