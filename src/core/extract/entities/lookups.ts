// The reference tables as one document's extraction asks them: threat actors (by alias or naming scheme),
// countries (by name or demonym) and well-known organisations. Every capitalised run, and for actors each
// of its sub-runs, is looked up, and the same names recur within a report: the lookups remember their
// answers for the document they were made for, and nothing outlives it.
import { type CountryMatch, findCountry } from '../../data/countries.js';
import { WELL_KNOWN_ORGS } from '../../data/organisations.js';
import { ACTOR_NAME_PATTERNS, findThreatActor } from '../../data/threat-actors.js';
import { lower } from './words.js';

export interface Lookups {
  /** The canonical name of the threat actor called `name`, or `name` when it follows a naming scheme. */
  actorOf(name: string): string | null;
  countryOf(name: string): CountryMatch | undefined;
}

const ACTOR_PATTERNS_WHOLE = ACTOR_NAME_PATTERNS.map(
  (re) => new RegExp(`^(?:${re.source})$`, re.flags.replace('g', '')),
);

function actorNamed(name: string): string | null {
  return findThreatActor(name)?.name ?? (ACTOR_PATTERNS_WHOLE.some((re) => re.test(name)) ? name : null);
}

/** A lookup that answers each name once. The answers are shared: read them, never change them. */
function remembered<T>(lookup: (name: string) => T): (name: string) => T {
  const answers = new Map<string, T>();
  return (name) => {
    if (answers.has(name)) return answers.get(name) as T;
    const answer = lookup(name);
    answers.set(name, answer);
    return answer;
  };
}

/** Fresh lookups for one document. */
export function createLookups(): Lookups {
  return { actorOf: remembered(actorNamed), countryOf: remembered(findCountry) };
}

// Bodies that share a name or acronym are told apart per document (org-identity.ts): the first listed
// stands for them all here.
const WELL_KNOWN = new Map<string, { name: string; acronym?: string | undefined }>();
for (const o of WELL_KNOWN_ORGS) {
  for (const k of [o.name, o.acronym ?? ''].filter(Boolean).map(lower))
    if (!WELL_KNOWN.has(k)) WELL_KNOWN.set(k, o);
}

/** The table's organisation known by this name or acronym (any case). */
export function wellKnownOrg(name: string): { name: string } | undefined {
  return WELL_KNOWN.get(lower(name));
}
