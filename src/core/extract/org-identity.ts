// Which country's body an organisation's name means. Bodies of several countries share names and
// acronyms (the UK's, New Zealand's and Ireland's NCSC; every country's Ministry of Foreign Affairs), and
// two bodies are never one entity: an organisation's canonical name carries its country whenever the name
// is shared and the body is not the reference table's default for it ("National Cyber Security Centre
// (New Zealand)"). The text states the country ("New Zealand’s NCSC", "the Dutch National Cyber Security
// Centre") or the parent ("the GCSB’s National Cyber Security Centre", "NCSC – a part of GCHQ"); a bare
// shared name is read in its document: the name stated elsewhere in it, where it was published, which of
// the candidate countries it talks about.
import { COUNTRIES, type Country, findCountry } from '../data/countries.js';
import {
  isOrgHeadNoun,
  WELL_KNOWN_ORGS,
  type WellKnownOrg,
  wellKnownOrgsCalled,
} from '../data/organisations.js';

/**
 * Words the names of every country's public bodies are made of. A name made only of these, head nouns
 * ("Ministry", "Commission") and connectors is one many countries use: "Ministry of Foreign Affairs",
 * "Federal Police", "Electoral Commission".
 */
const GENERIC_WORDS = new Set(
  `of for and the on national federal state public foreign affairs defence defense justice interior home
  internal external security intelligence cyber cybersecurity police crime criminal investigation
  investigations emergency response computer incident electoral election elections communications
  information protection counter counterintelligence counterterrorism terrorism central general prosecution
  prosecutions trade finance economic digital technology telecommunications data privacy border customs
  revenue military armed signals joint special cabinet parliamentary constitutional presidential supreme
  high industry energy health education transport science research international cooperation development
  prime minister's ministers audit statistics standards competition markets`
    .split(/\s+/)
    .filter(Boolean),
);

/** A word public bodies' names are made of ("Affairs", "Security", "Statistics"), any case. */
export function isGenericOrgWord(word: string): boolean {
  return GENERIC_WORDS.has(word.toLowerCase()) && !/^(?:of|for|and|the|on)$/i.test(word);
}

/** True when bodies of many countries go by this name ("Ministry of Defence", "Electoral Commission"). */
export function isSharedName(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return words.length > 1 && words.every((w) => GENERIC_WORDS.has(w) || isOrgHeadNoun(w));
}

/** Each table entry's canonical name: the first body listed under a name keeps it bare, later ones add their country. */
const CANONICAL: ReadonlyMap<WellKnownOrg, string> = (() => {
  const seen = new Set<string>();
  const out = new Map<WellKnownOrg, string>();
  for (const o of WELL_KNOWN_ORGS) {
    const key = o.name.toLowerCase();
    out.set(o, seen.has(key) && o.country ? `${o.name} (${o.country})` : o.name);
    seen.add(key);
  }
  return out;
})();

/** The canonical name of a body the reference table lists. */
export function canonicalOrgName(o: WellKnownOrg): string {
  return CANONICAL.get(o) ?? o.name;
}

/** The name an organisation is recorded under: the table's full name of the body it may be, or as written. */
export function orgBase(written: string): string {
  return wellKnownOrgsCalled(written)[0]?.name ?? written;
}

/** The countries of the bodies the table lists under a written name or acronym, default first. */
export function tableCountries(written: string): string[] {
  return [...new Set(wellKnownOrgsCalled(written).flatMap((o) => (o.country ? [o.country] : [])))];
}

/**
 * The canonical name of the body called `base` (a name or acronym as written) in `country`, or of the
 * default body when the country is unknown (null).
 */
export function organisationName(base: string, country: string | null): string {
  const entries = wellKnownOrgsCalled(base);
  const first = entries[0];
  if (first) {
    // International bodies and companies have no country to tell apart ("Microsoft UK" is Microsoft).
    const own = country === null || !first.country ? first : entries.find((o) => o.country === country);
    if (own) return canonicalOrgName(own);
    return `${first.name} (${country})`;
  }
  return country !== null && isSharedName(base) ? `${base} (${country})` : base;
}

const POSSESSOR = /((?:[\p{Lu}][\p{L}.]*\s+){0,2}[\p{Lu}][\p{L}.]*)['’]s\s+$/u;
const PART_OF =
  /^\s*(?:\([^)]{1,20}\)\s*)?[,–—-]+\s*(?:which\s+is\s+)?(?:a\s+|an\s+)?part\s+of\s+(?:the\s+)?([\p{Lu}][\p{L}\p{N}&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[\p{Lu}][\p{L}\p{N}&-]*)*)/u;

/** The country of a country's name ("China’s", "the UK’s") or of a parent body the table knows ("GCHQ’s"). */
function countryOfOwner(owner: string): string | null {
  const country = findCountry(owner);
  if (country) return country.country.name;
  const countries = tableCountries(owner);
  return countries.length === 1 ? (countries[0] ?? null) : null;
}

/**
 * The country the text gives the organisation named at [start, end) of a paragraph: a possessive just
 * before it ("New Zealand’s", "the GCSB’s") or the body it is "part of" just after it.
 */
export function statedCountry(paragraph: string, start: number, end: number): string | null {
  const owner = POSSESSOR.exec(paragraph.slice(Math.max(0, start - 40), start))?.[1];
  const before = owner ? countryOfOwner(owner) : null;
  if (before) return before;
  const parent = PART_OF.exec(paragraph.slice(end, end + 90))?.[1];
  return parent ? countryOfOwner(parent) : null;
}

/** Country-code domains of the countries whose bodies reports name most; `.gov` and `.mil` are American. */
const DOMAIN_COUNTRY: Readonly<Record<string, string>> = {
  uk: 'United Kingdom',
  nz: 'New Zealand',
  au: 'Australia',
  ca: 'Canada',
  ie: 'Ireland',
  us: 'United States',
  gov: 'United States',
  mil: 'United States',
  nl: 'Netherlands',
  be: 'Belgium',
  de: 'Germany',
  fr: 'France',
  es: 'Spain',
  it: 'Italy',
  ch: 'Switzerland',
  at: 'Austria',
  se: 'Sweden',
  no: 'Norway',
  dk: 'Denmark',
  fi: 'Finland',
  ee: 'Estonia',
  lv: 'Latvia',
  lt: 'Lithuania',
  pl: 'Poland',
  cz: 'Czech Republic',
  ua: 'Ukraine',
  jp: 'Japan',
  kr: 'South Korea',
  tw: 'Taiwan',
  sg: 'Singapore',
  in: 'India',
  il: 'Israel',
  za: 'South Africa',
};

export interface DocumentSetting {
  url?: string | null;
  publisher?: string | null;
}

/** Where a document was published, when its address or its publisher says: the country its bare names mean. */
export function homeCountry(setting: DocumentSetting): string | null {
  if (setting.url) {
    try {
      const tld = new URL(setting.url).hostname.split('.').pop() ?? '';
      const country = DOMAIN_COUNTRY[tld];
      if (country && COUNTRIES.some((c) => c.name === country)) return country;
    } catch {
      // Not an address: the publisher may still say.
    }
  }
  const publisher = setting.publisher?.trim();
  if (!publisher) return null;
  const countries = tableCountries(publisher);
  if (countries.length === 1) return countries[0] ?? null;
  // "New Zealand Government", "Government of Canada", "The Irish Times".
  const words = publisher.split(/\s+/);
  for (let n = 3; n >= 1; n--)
    for (let i = 0; i + n <= words.length; i++) {
      const hit = findCountry(words.slice(i, i + n).join(' '));
      if (hit) return hit.country.name;
    }
  return null;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How often a document names a country, by name, short form or demonym. */
function mentionsOf(text: string, country: Country): number {
  const forms = [country.name, ...country.aliases, ...country.demonyms].map(escapeRegExp).join('|');
  return text.match(new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms})(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0;
}

/** An organisation named in a document: its base name as the table or text gives it, and any stated country. */
export interface OrgMention {
  base: string;
  country: string | null;
}

/**
 * One document's organisations, settled together: record each mention as it is found, then `settle` gives
 * the bare ones the country the document means (a name it states elsewhere, its home, the candidate
 * country it talks about most). `T` is the extractor's own record of an entity.
 */
export function createOrgSettler<T>(paragraphs: readonly string[], setting: DocumentSetting) {
  const stated = new Map<string, string[]>();
  const statedOwners = new Set<T>();
  const bare = new Map<T, string>();
  const text = paragraphs.join('\n');
  const home = homeCountry(setting);
  const counted = new Map<string, number>();
  const mentions = (name: string) => {
    let n = counted.get(name);
    if (n === undefined) {
      const country = COUNTRIES.find((c) => c.name === name);
      n = country ? mentionsOf(text, country) : 0;
      counted.set(name, n);
    }
    return n;
  };

  /** The country among `options` the document means, or null when it does not tell. */
  const choose = (options: readonly string[]): string | null => {
    if (home && options.includes(home)) return home;
    const [top, next] = options.map((name) => ({ name, n: mentions(name) })).sort((a, b) => b.n - a.n);
    return top && top.n > 0 && (!next || next.n < top.n) ? top.name : null;
  };

  return {
    record(owner: T, m: OrgMention): void {
      if (m.country === null) {
        if (!bare.has(owner)) bare.set(owner, m.base);
        return;
      }
      statedOwners.add(owner);
      const list = stated.get(m.base) ?? [];
      if (!list.includes(m.country)) list.push(m.country);
      stated.set(m.base, list);
    },
    /** Calls `rename` for each organisation named only bare whose document means another country's body. */
    settle(nameOf: (owner: T) => string, rename: (owner: T, name: string) => void): void {
      for (const [owner, base] of bare) {
        if (statedOwners.has(owner)) continue;
        const variants = stated.get(base) ?? [];
        const candidates = variants.length > 0 ? variants : tableCountries(base);
        if (candidates.length === 0) continue;
        const country =
          variants.length === 1 ? (variants[0] ?? null) : (choose(candidates) ?? variants[0] ?? null);
        const name = organisationName(base, country);
        if (name !== nameOf(owner)) rename(owner, name);
      }
    },
  };
}
