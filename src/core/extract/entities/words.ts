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

/** Capitalised words that start sentences and headings but never start a name. */
export const NOT_A_NAME_START: ReadonlySet<string> = new Set([
  ...`the a an in on at it its this that these those but and or when while however meanwhile separately concurrently
  yesterday today tomorrow according as if we they he she his her their our after before since from to for with by
  of over under into during although though because so also then there here what which who whom whose where why how
  all some many most more other such no not one two three four five several both each every any new further
  protecting calling partners authorities diplomatic register keep stay get read follow share download view
  statement speaking asked including despite following amid among between within without about against across
  last next earlier later`
    .split(/\s+/)
    .filter(Boolean),
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

/** A speech verb right after a name: "…, said", "warned". */
export const SPEECH_VERB =
  /^\s*,?\s*(?:said|says|added|adds|stated|states|told|tells|warned|warns|explained|noted|wrote|writes|argued|claimed|insisted|confirmed|announced|emphasi[sz]ed|stressed|urged|commented|replied|responded|continued|remarked)\b/i;
