// The recurring cast of a corpus: 4,000 people with stock statements, 600 companies, 3,000 malware
// names, the agencies and countries of the reference data. Made once per seed.
import { COUNTRIES } from '../../src/core/data/countries.js';
import { GIVEN_NAMES } from '../../src/core/data/given-names.js';
import { WELL_KNOWN_ORGS } from '../../src/core/data/organisations.js';
import { THREAT_ACTORS, type ThreatActor } from '../../src/core/data/threat-actors.js';
import { COMPANY_HEADS, PERSON_ROLES, PLACE_WORDS, SECTOR_WORDS, SURNAMES, SYLLABLES } from './names.js';
import { QUOTE_OBJECTS, QUOTE_OPENERS, TOPIC_PHRASES } from './phrases.js';
import { createRng, mix, type Rng } from './rng.js';
import { capitalise } from './text.js';

export interface Person {
  given: string;
  surname: string;
  name: string;
  role: string;
  affiliation: string;
  /** Statements this person repeats to several outlets: the quotes /quote merges across documents. */
  lines: string[];
}

export interface Pools {
  people: Person[];
  companies: string[];
  actors: readonly ThreatActor[];
  agencies: string[];
  countries: string[];
  malware: string[];
  topics: string[];
}

export function coinedWord(rng: Rng, parts: number): string {
  let w = '';
  for (let i = 0; i < parts; i++) w += rng.pick(SYLLABLES);
  return w;
}

export function quoteSentence(rng: Rng, pools: { companies: string[] } | null): string {
  const opener = rng.pick(QUOTE_OPENERS);
  const object =
    pools && rng.chance(0.2) ? `attacks on ${rng.pick(pools.companies)}` : rng.pick(QUOTE_OBJECTS);
  const tail = rng.chance(0.4)
    ? `, and we will ${rng.pick(['respond', 'act', 'work with allies', 'keep the public informed'])} ${rng.pick(['accordingly', 'decisively', 'without delay', 'in the weeks ahead'])}`
    : '';
  return `${opener} ${object}${tail}.`;
}

const poolCache = new Map<number, Pools>();

/** The recurring cast of a corpus: people, companies and malware that many documents mention. */
export function poolsFor(seed: number): Pools {
  const cached = poolCache.get(seed);
  if (cached) return cached;
  const rng = createRng(mix(seed, 0x5eed));
  const given = [...GIVEN_NAMES].filter((n) => /^[a-z]+$/.test(n) && n.length >= 3).sort();
  const companies: string[] = [];
  const seenCompanies = new Set<string>();
  while (companies.length < 600) {
    const c = `${rng.pick(PLACE_WORDS)} ${rng.pick(SECTOR_WORDS)} ${rng.pick(COMPANY_HEADS)}`;
    if (!seenCompanies.has(c)) {
      seenCompanies.add(c);
      companies.push(c);
    }
  }
  const agencies = WELL_KNOWN_ORGS.map((o) => o.name);
  const people: Person[] = [];
  const seenPeople = new Set<string>();
  while (people.length < 4000) {
    const first = capitalise(rng.pick(given));
    const surname = rng.chance(0.7) ? rng.pick(SURNAMES) : capitalise(coinedWord(rng, rng.range(2, 3)));
    const name = `${first} ${surname}`;
    if (seenPeople.has(name)) continue;
    seenPeople.add(name);
    const role = rng.pick(PERSON_ROLES);
    const affiliation = rng.chance(0.6) ? rng.pick(agencies) : rng.pick(companies);
    const stock = Array.from({ length: rng.range(2, 5) }, () => quoteSentence(rng, null));
    people.push({ given: first, surname, name, role, affiliation, lines: stock });
  }
  const malware = Array.from({ length: 3000 }, () => capitalise(coinedWord(rng, rng.range(2, 3))));
  const countries = COUNTRIES.map((c) => c.name).filter((n) => !/\s/.test(n) || n.split(' ').length <= 2);
  const pools: Pools = {
    people,
    companies,
    actors: THREAT_ACTORS,
    agencies,
    countries,
    malware,
    topics: TOPIC_PHRASES,
  };
  poolCache.set(seed, pools);
  return pools;
}
