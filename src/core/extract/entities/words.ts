// The words entity rules read names by, beside the reference tables' head nouns, roles and honorifics
// (data/organisations.ts): post-nominal letters, connectors inside names, and the capitalised words that
// start sentences but never a name.
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../dates/calendar.js';

export const lower = (s: string): string => s.toLowerCase();

/** Letters after a name that are not part of it: "Hon Judith Collins KC". */
export const POST_NOMINALS: ReadonlySet<string> = new Set([
  'KC',
  'QC',
  'MP',
  'MSP',
  'MLA',
  'MEP',
  'TD',
  'OBE',
  'CBE',
  'MBE',
  'KBE',
  'DBE',
  'CMG',
  'KCMG',
  'GCMG',
  'PhD',
  'JP',
  'Jr',
  'Sr',
  'II',
  'III',
]);

/** Courtesy titles are dropped from a name ("Ms Collins" is Judith Collins); peerages and knighthoods stay. */
export const COURTESY: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'professor',
  'hon',
]);

/** Lower-case words that join capitalised words into one name: "Ministry of Defence", "von der Leyen". */
export const CONNECTORS: ReadonlySet<string> = new Set([
  'of',
  'for',
  'and',
  'the',
  'on',
  'de',
  'du',
  'des',
  'van',
  'von',
  'der',
  'al',
  'bin',
  'da',
  'di',
  'la',
  'le',
  '&',
]);

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/**
 * English function words (articles, pronouns, prepositions, conjunctions, sentence adverbs): capitalised only
 * because they open a sentence, never the first word of a name, whatever follows ("Since the Committee",
 * "Then Parliament", "Afterwards Halvorsen").
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  words(`the a an in on at it its this that these those but and or nor yet so if as when while whereas whether
  unless until because although though since after before from to for with by of over under into onto during
  about against across among amid between within without despite including following according
  we they he she you i his her their our your my its them him
  what which who whom whose where why how there here
  however meanwhile separately concurrently nevertheless nonetheless moreover furthermore additionally
  similarly likewise otherwise indeed instead thus hence therefore accordingly consequently then afterwards
  thereafter subsequently previously initially eventually finally later earlier now still again already
  recently currently once soon also only even just perhaps notably specifically overall yesterday today tomorrow`),
);

/**
 * Capitalised words that start sentences and headings but never start a name: the function words, and
 * quantifiers and other words that start a name only before a country or a body's head noun ("New
 * Zealand", "All Party Parliamentary Group").
 */
export const NOT_A_NAME_START: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  ...words(`all some many most more other such no not one two three four five several both each every any new
  further last next`),
  ...[...WEEKDAY_NAMES, ...MONTH_NAMES].map(lower),
]);

/** Owners whose possessive stays inside one name: "Information Commissioner’s Office", "Veterans’ Affairs". */
export const POSSESSIVE_INSIDE: ReadonlySet<string> = new Set([
  'attorney',
  'people',
  'women',
  'children',
  'men',
  'veterans',
  'workers',
  'citizens',
]);

/**
 * Nouns that end the name of a text of law rather than a body: "Council Regulation", "Council Decision",
 * "National Security Act 2023". The body that made it is named elsewhere, or not at all.
 */
export const INSTRUMENT_NOUNS: ReadonlySet<string> = new Set([
  'regulation',
  'regulations',
  'decision',
  'decisions',
  'directive',
  'directives',
  'act',
  'bill',
  'order',
  'resolution',
  'treaty',
  'convention',
  'protocol',
  'statute',
]);

/**
 * Plural nouns for kinds of company or actor: a capitalised phrase ending in one ("Managed Service
 * Providers", "Mobile Network Operators") names a class of firms, not one body.
 */
export const CLASS_PLURALS: ReadonlySet<string> = new Set([
  'providers',
  'operators',
  'vendors',
  'manufacturers',
  'suppliers',
  'contractors',
  'customers',
  'users',
  'owners',
  'companies',
  'firms',
  'businesses',
  'actors',
]);

/**
 * Words that end a place's name, not a person's: "Salt Lake City said …" is a place in the news, however
 * name-like its other words.
 */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  'city',
  'county',
  'town',
  'district',
  'province',
  'region',
  'state',
  'island',
  'islands',
  'bay',
  'valley',
  'beach',
  'harbour',
  'harbor',
  'heights',
  'springs',
  'falls',
  'street',
  'square',
]);

/** A speech verb right after a name: "…, said", "warned". */
export const SPEECH_VERB =
  /^\s*,?\s*(?:said|says|added|adds|stated|states|told|tells|warned|warns|explained|noted|wrote|writes|argued|claimed|insisted|confirmed|announced|emphasi[sz]ed|stressed|urged|commented|replied|responded|continued|remarked)\b/i;
