// Malware a report names in its own words, whether or not a catalogue knows it: "the SUNBURST backdoor",
// "a new variant of Industroyer". The name must look like one (a capital or a digit, no ordinary
// English word, no country or people), so "the Russian malware" or "a variant of the attack" is not one.

import { findCountry } from '../data/countries.js';
import { isOrdinaryWord } from '../knowledge/common-words.js';

const SOFTWARE_NOUNS =
  'malware|backdoor|ransomware|loader|trojan|implant|dropper|downloader|stealer|infostealer|botnet|wiper|rootkit|RAT|spyware|keylogger|webshell';

/** "the X backdoor": one or two capitalised words (or one with digits) between an article and the noun. */
const NAME_THEN_NOUN = new RegExp(
  String.raw`\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:new\s+|custom\s+|so-called\s+)?((?:[A-Z][\w.-]*[A-Za-z0-9]|[A-Za-z]+\d[\w-]*)(?:\s[A-Z][\w-]*[A-Za-z0-9])?)\s+(?:${SOFTWARE_NOUNS})\b`,
  'g',
);

/** "a variant of X", "new versions of X". */
const VARIANT_OF = /\b(?:variants?|versions?|strains?|forks?)\s+of\s+(?:the\s+)?([A-Z][\w.-]*[A-Za-z0-9])\b/g;

export interface CuedName {
  name: string;
  start: number;
  end: number;
}

/** The name looks like a piece of software's, not a word, a nationality or a country. */
function looksLikeName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.some((w) => isOrdinaryWord(w) || findCountry(w))) return false;
  // A name in capitals needs four letters: "a RAT", "the APT backdoor" are descriptions.
  return !(name === name.toUpperCase() && name.replace(/[^A-Z]/g, '').length < 4 && !/\d/.test(name));
}

/** Names of malware the text introduces with a cue, in order, each once. */
export function cuedSoftwareNames(text: string): CuedName[] {
  const out: CuedName[] = [];
  for (const pattern of [NAME_THEN_NOUN, VARIANT_OF]) {
    for (const m of text.matchAll(pattern)) {
      const name = m[1];
      if (!name || !looksLikeName(name)) continue;
      const start = (m.index ?? 0) + m[0].indexOf(name);
      out.push({ name, start, end: start + name.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
