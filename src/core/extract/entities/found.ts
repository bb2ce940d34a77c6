// What the run rules read and what they answer: a trimmed capitalised run with the text around it, and the
// entities found in it. Organisations are answered with their base name and stated country, which the
// document settles later (org-identity.ts).
import { isOrdinaryWord } from '../../knowledge/common-words.js';
import type { EntityKind } from '../../model.js';
import { type OrgMention, organisationName, orgBase, statedCountry } from '../org-identity.js';
import type { Lookups } from './lookups.js';
import { stripPossessive, type Token, textOf, wordsOf } from './runs.js';
import { CONNECTORS, lower } from './words.js';

/** An entity a rule found, with where the paragraph names it. */
export interface Found {
  name: string;
  kind: EntityKind;
  alias?: string;
  role?: string;
  start: number;
  end: number;
  /** An organisation's base name and stated country, settled per document (see org-identity.ts). */
  org?: OrgMention;
}

/** A trimmed run as the rules read it. */
export interface RunView {
  paragraph: string;
  tokens: Token[];
  /** The words without possessive endings. */
  words: string[];
  /** The run as the paragraph writes it, a final "’s" dropped. */
  text: string;
  /** `text` without a possessive ending: the name rules give what they find. */
  name: string;
  start: number;
  end: number;
  /** Up to 40 characters before the untrimmed run: "cyber security firm ". */
  before: string;
}

export type EntityRule = (run: RunView, lookups: Lookups) => Found[] | undefined;

export function viewOf(paragraph: string, tokens: Token[], before: string): RunView {
  const text = textOf(paragraph, tokens);
  return {
    paragraph,
    tokens,
    words: wordsOf(tokens),
    text,
    name: stripPossessive(text),
    start: tokens[0]?.start ?? 0,
    end: tokens[tokens.length - 1]?.end ?? 0,
    before,
  };
}

/** Up to `n` characters of the paragraph right after the run. */
export const after = (run: RunView, n = 80): string => run.paragraph.slice(run.end, run.end + n);

export const aliasUnless = (written: string, name: string) => (written !== name ? { alias: written } : {});

/**
 * A name a heading shouts, as the name is written: "COUNCIL OF THE EUROPEAN UNION" → "Council of the
 * European Union". Short words that are not everyday English ("NCSC", "GCHQ") are acronyms and stay.
 */
export function unshoutName(written: string): string {
  if (/\p{Ll}/u.test(written) || !/\s/.test(written)) return written;
  return written
    .split(/(\s+)/)
    .map((w, i) => {
      if (i > 0 && CONNECTORS.has(lower(w))) return lower(w);
      const word = w.length >= 5 || isOrdinaryWord(w);
      return word ? w.charAt(0) + lower(w.slice(1)) : w;
    })
    .join('');
}

export function orgFound(written: string, org: OrgMention, start: number, end: number): Found {
  const name = organisationName(org.base, org.country);
  return { name, kind: 'organisation', ...aliasUnless(written, name), start, end, org };
}

/** An organisation called `written` (base name `base`), with the country the text around it states. */
export function organisation(
  paragraph: string,
  written: string,
  base: string,
  start: number,
  end: number,
): Found {
  const org = { base: orgBase(unshoutName(base)), country: statedCountry(paragraph, start, end) };
  return orgFound(written, org, start, end);
}
