// The benchmark's questions, drawn from a seeded generator and from what the corpus holds so far, so a
// size always asks the same ones: mixes of hits and misses per command, and five kinds of /search.
// The draws happen in a fixed order (who, quote, timeline, timeline without a topic, then each /search
// kind): changing it changes every query, and the comparison with earlier runs.
import type { Rng } from '../corpus.js';
import type { VocabularyWords } from './vocabulary.js';

type Raw = Record<string, unknown>;

export interface QuerySets {
  who: Raw[];
  quote: Raw[];
  timeline: Raw[];
  timelineAll: Raw[];
  search: { rare: string[]; common: string[]; multi: string[]; typo: string[]; prefix: string[] };
}

/** What the corpus holds so far, for queries that hit (and some that miss). */
export interface Seen {
  /** Everyone the generator quoted, and the people the store found quoting. */
  speakers: string[];
  storedSpeakers: string[];
  companies: string[];
  actors: string[];
  words: VocabularyWords;
  /** The text of some passage (any `k`: taken modulo the passages there are), read from the store. */
  passage: (k: number) => Promise<string>;
}

const QUOTE_TOPICS = [
  'democracy',
  'elections',
  'espionage',
  'ransomware',
  'allies',
  'software',
  'defence',
  'journalists',
];
const TIMELINE_TOPICS = [
  'ransomware',
  'espionage',
  'electoral register',
  'water utility',
  'parliamentarians',
  'wiper malware',
];

/** One edit (substitution, transposition or deletion) away from `word`, never at its first letter. */
export function typo(rng: Rng, word: string): string {
  const i = 1 + rng.int(Math.max(1, word.length - 2));
  switch (rng.int(3)) {
    case 0: // substitution
      return word.slice(0, i) + 'aeioulnrst'[rng.int(10)] + word.slice(i + 1);
    case 1: // transposition
      return word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2);
    default: // deletion
      return word.slice(0, i) + word.slice(i + 1);
  }
}

const surname = (name: string) => name.split(' ').at(-1) ?? name;
const orElse = (list: string[], fallback: string) => (list.length > 0 ? list : [fallback]);

/** 30% actors as named, 10% lower case with a space ("apt 31"), 35% people, 10% companies, 5% unknown. */
function whoQuery(rng: Rng, seen: Seen): Raw {
  const actors = orElse(seen.actors, 'APT31');
  const speakers = orElse(seen.speakers, 'Nobody Here');
  const r = rng.next();
  if (r < 0.3) return { name: rng.pick(actors) };
  if (r < 0.4)
    return {
      name: rng
        .pick(actors)
        .toLowerCase()
        .replace(/^apt(\d)/, 'apt $1'),
    };
  if (r < 0.6) return { name: rng.pick(speakers) };
  if (r < 0.75) return { name: surname(rng.pick(speakers)) };
  if (r < 0.85) return { name: typo(rng, rng.pick(speakers)) };
  if (r < 0.95) return { name: rng.pick(orElse(seen.companies, 'Nothing Ltd')) };
  return { name: `Unknown ${typo(rng, 'Person')}son` };
}

/** Most name someone the extractor did find quoting; some name people it missed. */
function quoteQuery(rng: Rng, seen: Seen): Raw {
  const quoted = seen.storedSpeakers.length > 0 ? seen.storedSpeakers : orElse(seen.speakers, 'Nobody Here');
  const who = rng.chance(0.85) ? rng.pick(quoted) : rng.pick(orElse(seen.speakers, 'Nobody Here'));
  const speaker = rng.chance(0.5) ? who : surname(who);
  const r = rng.next();
  if (r < 0.3) return { speaker, topic: rng.pick(QUOTE_TOPICS) };
  if (r < 0.35) return { speaker, page: 2 };
  return { speaker };
}

function timelineQuery(rng: Rng, seen: Seen): Raw {
  const actors = orElse(seen.actors, 'APT31');
  const r = rng.next();
  const from = String(2015 + rng.int(10));
  if (r < 0.45) return { topic: rng.pick(actors) };
  if (r < 0.55) return { topic: rng.pick(actors), from };
  if (r < 0.7) return { topic: rng.pick(TIMELINE_TOPICS) };
  return { topic: rng.pick(orElse(seen.companies, 'Nothing Ltd')) };
}

/** The whole corpus's timeline, or one or two years of it: no topic to narrow the events. */
function timelineAllQuery(rng: Rng): Raw {
  const from = String(2015 + rng.int(10));
  return rng.chance(0.5) ? { from, to: String(Number(from) + rng.int(2)) } : {};
}

/** 2–4 consecutive words of a random passage. */
async function passageWords(rng: Rng, seen: Seen): Promise<string> {
  const text = await seen.passage(rng.int(1 << 30));
  const toks = (text.match(/[\p{L}\p{N}'-]+/gu) ?? []).filter((t) => t.length > 1);
  const len = 2 + rng.int(3);
  const at = rng.int(Math.max(1, toks.length - len));
  return (
    toks
      .slice(at, at + len)
      .join(' ')
      .toLowerCase() || 'living off the land'
  );
}

async function searchQueries(rng: Rng, n: number, seen: Seen): Promise<QuerySets['search']> {
  const times = (make: () => string) => Array.from({ length: n }, make);
  // One at a time, in order: each draw depends on the generator's state the one before left.
  const inTurn = async (make: () => Promise<string>) => {
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(await make());
    return out;
  };
  const { rare, common, middle } = seen.words;
  const pick = (list: string[], fallback: string) => (list.length > 0 ? rng.pick(list) : fallback);
  const long = middle.filter((w) => w.length >= 6);
  return {
    rare: times(() => pick(rare, 'zzzzunseen')),
    common: times(() => pick(common, 'government')),
    multi: await inTurn(() => passageWords(rng, seen)),
    typo: times(() => typo(rng, pick(long.length > 0 ? long : common, 'espionage'))),
    // 4–6 letters: /search expands only a last word of 4+ letters (MIN_PREFIX) as a prefix.
    prefix: times(() => {
      const w = pick(rng.chance(0.5) ? common : middle, 'sanctions');
      return w.slice(0, Math.min(w.length, 4 + rng.int(3)));
    }),
  };
}

/** `n` queries of each series. */
export async function makeQueries(rng: Rng, n: number, seen: Seen): Promise<QuerySets> {
  const times = (make: () => Raw) => Array.from({ length: n }, make);
  const who = times(() => whoQuery(rng, seen));
  const quote = times(() => quoteQuery(rng, seen));
  const timeline = times(() => timelineQuery(rng, seen));
  const timelineAll = times(() => timelineAllQuery(rng));
  return { who, quote, timeline, timelineAll, search: await searchQueries(rng, n, seen) };
}
