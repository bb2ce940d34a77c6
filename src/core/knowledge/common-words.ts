// Which catalogue names are also ordinary English words ("Snake", "Prestige", "Comet"): such a name
// in running text is the malware or the actor only with a cue, and one name two catalogues share is
// no evidence they mean one thing when the name is an ordinary word.
import { ENGLISH_WORDS } from './english-words.js';

let words: ReadonlySet<string> | null = null;

function englishWords(): ReadonlySet<string> {
  words ??= new Set(ENGLISH_WORDS.split(/\s+/).filter(Boolean));
  return words;
}

/** True when the name is one word of letters that English uses on its own ("Snake", "COMET"). */
export function isOrdinaryWord(name: string): boolean {
  const word = name.trim();
  return /^[A-Za-z]+$/.test(word) && englishWords().has(word.toLowerCase());
}
