// Which catalogue names are also ordinary words ("Snake", "Prestige", "Comet", "Wiper"): such a name
// in running text is the malware or the actor only with a cue, and one name two catalogues share is
// no evidence they mean one thing when the name is an ordinary word. Two sources: a list of everyday
// English (SUBTLEX-US, from film subtitles), and the catalogues' own prose, which uses the technical
// vocabulary subtitles lack ("template", "rootkit", "firmware") in lower case.
import { ENGLISH_WORDS } from './english-words.js';

let words: ReadonlySet<string> | null = null;

function englishWords(): ReadonlySet<string> {
  words ??= new Set(ENGLISH_WORDS.split(/\s+/).filter(Boolean));
  return words;
}

/** True when the name is one word of letters that everyday English uses ("Snake", "COMET"). */
export function isOrdinaryWord(name: string): boolean {
  const word = name.trim();
  return /^[A-Za-z]+$/.test(word) && englishWords().has(word.toLowerCase());
}

/** Citations, links, addresses, code and anything with a dot, slash or colon inside: not prose words. */
const NOT_PROSE =
  /\(Citation:[^)]*\)|https?:\/\/\S+|`[^`]*`|<code>[\s\S]*?<\/code>|\S*[\\/.:_=@]\S*[^\s.,;:!?)]/g;
const LOWER_WORD = /(?<![\p{L}\p{N}'’-])[a-z]{3,}(?![\p{L}\p{N}'’-])/gu;

/** Counts the lower-case words of a catalogue's prose (descriptions), markdown links read as their text. */
export function countProseWords(text: string, into: Map<string, number>): void {
  const prose = text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(NOT_PROSE, ' ');
  for (const m of prose.matchAll(LOWER_WORD)) into.set(m[0], (into.get(m[0]) ?? 0) + 1);
}

/** How often the catalogues' prose must use a word in lower case before it counts as ordinary. */
const PROSE_USES = 2;

export type WordTest = (name: string) => boolean;

/** The test for ordinary words: everyday English, or a word the given prose uses in lower case. */
export function ordinaryWords(prose: ReadonlyMap<string, number> = new Map()): WordTest {
  return (name) => {
    if (isOrdinaryWord(name)) return true;
    const word = name.trim();
    return /^[A-Za-z]+$/.test(word) && (prose.get(word.toLowerCase()) ?? 0) >= PROSE_USES;
  };
}

/** The prose vocabulary of several catalogues together. */
export function proseOf(catalogues: readonly { prose: ReadonlyMap<string, number> }[]): Map<string, number> {
  const all = new Map<string, number>();
  for (const c of catalogues) for (const [w, n] of c.prose) all.set(w, (all.get(w) ?? 0) + n);
  return all;
}
