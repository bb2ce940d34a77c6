// A light English stemmer: the key a word shares with its inflections ("targets", "targeted", "targeting"
// → "target") and a few close derivations ("democracy", "democratic", "democrats" → "democrat"), so a
// topic word finds the forms the reports use. Porter's (1980) first step (plurals, -ed, -ing, y → i), three
// of his later rules (-ally → -al, -ical → -ic, -ic dropped from long stems) and one addition: -acy nouns
// go with their -at/-ate words (democracy ~ democrat, diplomacy ~ diplomatic, privacy ~ private). Nothing
// else of Porter's derivational steps: they join words a reader keeps apart ("general" and "generous",
// "police" and "policy"). Stems are keys, never shown.

/** Words whose ending only looks like an inflection: kept as they are. */
const INVARIANT: ReadonlySet<string> = new Set(['news', 'bias', 'atlas', 'cosmos']);
/** A stem shorter than this says too little ("used" → "us"): the word is kept as it is. */
const MIN_STEM = 3;

const isVowelAt = (w: string, i: number): boolean => {
  const c = w[i];
  if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') return true;
  // "y" is a vowel after a consonant ("spy", "system"), a consonant at the start or after a vowel ("day").
  return c === 'y' && i > 0 && !isVowelAt(w, i - 1);
};

/** Porter's measure m of a stem: how many vowel-consonant sequences it has ("tr" 0, "trouble" 1, "troubles" 2). */
function measure(stem: string): number {
  let m = 0;
  for (let i = 1; i < stem.length; i++) if (!isVowelAt(stem, i) && isVowelAt(stem, i - 1)) m++;
  return m;
}

const hasVowel = (stem: string) => [...stem].some((_, i) => isVowelAt(stem, i));

/** Ends consonant-vowel-consonant, the last not w, x or y ("hop", "stat"): such a stem keeps its final e. */
function endsCvc(stem: string): boolean {
  const n = stem.length;
  if (n < 3) return false;
  const last = stem[n - 1] ?? '';
  return (
    !isVowelAt(stem, n - 1) && isVowelAt(stem, n - 2) && !isVowelAt(stem, n - 3) && !'wxy'.includes(last)
  );
}

/** Plurals and the -s of verbs (Porter 1a). */
function plural(w: string): string {
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ies')) return w.slice(0, -2);
  // "status", "address", "this": not plurals. A word needs a vowel before the letter ahead of its -s.
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && hasVowel(w.slice(0, -2)))
    return w.slice(0, -1);
  return w;
}

/** -ed and -ing (Porter 1b), putting back what they took: "hoping" → "hope", "planned" → "plan". */
function pastAndProgressive(w: string): string {
  if (w.endsWith('eed')) return measure(w.slice(0, -3)) > 0 ? w.slice(0, -1) : w;
  const cut = w.endsWith('ed') ? 2 : w.endsWith('ing') ? 3 : 0;
  const stem = w.slice(0, w.length - cut);
  if (cut === 0 || !hasVowel(stem)) return w;
  // A stem too short to be one takes back its e: "used" → "use", "aged" → "age".
  if (stem.length < MIN_STEM || /(at|bl|iz)$/.test(stem)) return `${stem}e`;
  const last = stem[stem.length - 1] ?? '';
  if (last === stem[stem.length - 2] && !isVowelAt(stem, stem.length - 1) && !'lsz'.includes(last))
    return stem.slice(0, -1);
  return measure(stem) === 1 && endsCvc(stem) ? `${stem}e` : stem;
}

/** The derivations kept: -ally → -al, -ical → -ic, -acy → -at, then -ic off a long stem. */
function derivation(w: string): string {
  let s = w;
  if (s.endsWith('alli') && measure(s.slice(0, -4)) > 0) s = s.slice(0, -2);
  if (s.endsWith('ical') && measure(s.slice(0, -4)) > 0) s = s.slice(0, -2);
  if (s.endsWith('aci') && measure(s.slice(0, -3)) > 0) s = `${s.slice(0, -2)}t`;
  if (s.endsWith('ic') && measure(s.slice(0, -2)) > 1) s = s.slice(0, -2);
  return s;
}

/** A final e or double l off a long stem (Porter 5), so "compromise" and "compromised" meet. */
function ending(w: string): string {
  if (w.endsWith('e')) {
    const stem = w.slice(0, -1);
    const m = measure(stem);
    if (m > 1 || (m === 1 && !endsCvc(stem))) return stem;
  }
  if (w.endsWith('ll') && measure(w) > 1) return w.slice(0, -1);
  return w;
}

/** y → i after a stem with a vowel (Porter 1c): "agency" and "agencies" meet at "agenci". */
const yToI = (w: string) => (w.endsWith('y') && hasVowel(w.slice(0, -1)) ? `${w.slice(0, -1)}i` : w);

const STEPS = [plural, pastAndProgressive, yToI, derivation, ending];

/**
 * The family key of a folded word (lower case, no accents): the same for its inflections and the few
 * derivations above. Words with digits or other scripts, short words and the invariant ones are their own key.
 */
export function wordFamily(word: string): string {
  if (word.length < MIN_STEM || !/^[a-z]+$/.test(word) || INVARIANT.has(word)) return word;
  // Each step is taken only if it leaves a stem long enough to say something ("uses" → "use", not "us").
  return STEPS.reduce((s, step) => {
    const next = step(s);
    return next.length < MIN_STEM ? s : next;
  }, word);
}
