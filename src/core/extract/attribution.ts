// Reading an attribution: the speech verbs, the title that may stand between a quote and its speaker
// ("Director-General of the GCSB Andrew Hampton said"), and the speaker's name when the entity rules did not
// find it ("said Special Agent in Charge Marcus Reed of the FBI Field Office", "says Chief Inspector Jari
// Räty"): given name, initials, patronymic and suffix included.
import { isGivenName } from '../data/given-names.js';
import { isHonorific, isRoleWord } from '../data/organisations.js';

const VERBS =
  'said|says|say|added|adds|stated|states|stating|saying|adding|told|tells|warned|warns|explained|explains|noted|notes|wrote|writes|argued|argues|claimed|claims|insisted|insists|confirmed|announced|declared|emphasi[sz]ed|emphasi[sz]es|stressed|stresses|urged|commented|replied|responded|continued|remarked|asked|acknowledged|admitted|concluded|according to';
/** A speech verb: a regex source, to be embedded. */
export const SPEECH_VERB = `(?:${VERBS})`;
/** Every speech verb in a text (global: reset `lastIndex` before use). */
export const VERB_RE = new RegExp(`\\b${SPEECH_VERB}\\b`, 'gi');
/** Words after which the speaker is named: "according to X", "Quotes attributable to X:", "Comment from X:". */
export const ATTRIBUTING =
  /\b(?:according to|attributable to|(?:quotes?|comments?|remarks?) (?:from|by))\b/gi;
/** Verbs that put a few words in a speaker's mouth: "called the attack “reckless”", "described it as". */
export const CHARACTERISING_VERB =
  /\b(?:called|calls|described|describes|branded|brands|labell?ed|termed)\b/i;

/** Nothing but a title between two points: capitalised words, acronyms and the words that join them. */
export const TITLE_ONLY =
  /^\s*[,—–-]?\s*(?:the\s+)?(?:(?:\p{Lu}[\p{L}\p{N}'’.&-]*|of|for|and|the|in|at|on|to|de|du)\s+)*$/u;

const INITIAL = /^\p{Lu}\.(?:\p{Lu}\.)*$/u;
/** A capitalised word with a lower-case letter somewhere: "Reed", "O’Neil", "McDonagh"; not "FBI". */
const CAPITALISED = /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u;
const PARTICLE = /^(?:de|da|di|du|van|von|der|den|la|le|bin|ibn|al|el)$/;
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

interface Token {
  word: string;
  start: number;
  end: number;
  /** Punctuation follows the word (a comma, a full stop that is not an initial's): the name ends there. */
  stop: boolean;
}

/** The words of a text with their offsets, punctuation after a word taken off (an initial keeps its stop). */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const raw = m[0];
    const word = INITIAL.test(raw) || SUFFIX.test(raw) ? raw : raw.replace(/[,.;:!?)”"’]+$/, '');
    out.push({ word, start: m.index, end: m.index + word.length, stop: word.length < raw.length });
  }
  return out;
}

/** A name found in an attribution, with its offsets in the text read. */
export interface NameAt {
  name: string;
  start: number;
  end: number;
}

/** Extends a name from `from` over name words, initials, particles and a suffix; null when it is not one. */
function nameFrom(toks: Token[], from: number): NameAt | null {
  let last = from;
  for (let j = from + 1; j < toks.length; j++) {
    const prev = toks[j - 1] as Token;
    const w = (toks[j] as Token).word;
    if (SUFFIX.test(w)) {
      last = j;
      break;
    }
    if (prev.stop || !(INITIAL.test(w) || CAPITALISED.test(w) || PARTICLE.test(w)) || isRoleWord(w)) break;
    last = j;
  }
  const words = toks.slice(from, last + 1);
  const final = words.filter((t) => !SUFFIX.test(t.word)).at(-1)?.word ?? '';
  if (words.length < 2 || !CAPITALISED.test(final) || PARTICLE.test(final)) return null;
  const start = (words[0] as Token).start;
  const end = (words.at(-1) as Token).end;
  const name = words.map((t) => t.word.replace(/^(Jr|Sr)$/, '$1.')).join(' ');
  return { name, start, end };
}

/** Where a name can start: a given name, an honorific before a name, or an initial. */
function startsName(toks: Token[], i: number): boolean {
  const w = (toks[i] as Token).word;
  const next = toks[i + 1]?.word ?? '';
  if (isGivenName(w) && !isRoleWord(w)) return true;
  if (isHonorific(w)) return CAPITALISED.test(next);
  return INITIAL.test(w) && (INITIAL.test(next) || CAPITALISED.test(next));
}

/**
 * The first person's name in an attribution ("Under Secretary … Jane Q. Official", "Chief Inspector Jari
 * Räty"): from a given name, honorific or initial; otherwise the capitalised words after the last title word.
 */
export function nameIn(text: string): NameAt | null {
  const toks = tokens(text);
  for (let i = 0; i < toks.length; i++) {
    if (!startsName(toks, i)) continue;
    const found = nameFrom(toks, i);
    if (found) return found;
  }
  for (let i = 0; i + 1 < toks.length; i++) {
    if (!isRoleWord((toks[i] as Token).word) || isRoleWord((toks[i + 1] as Token).word)) continue;
    if (!CAPITALISED.test((toks[i + 1] as Token).word) || (toks[i] as Token).stop) continue;
    const found = nameFrom(toks, i + 1);
    if (found) return found;
  }
  return null;
}
