// Reference table of well-known state-linked threat actors, so the extractor can tell that
// "ZIRCONIUM", "Violet Typhoon" and "APT 31" in three reports are one group, and /who can show what
// each vendor calls it. The names come from vendors' published naming schemes (Microsoft's weather
// families and element names, CrowdStrike's animals, Mandiant's APT/UNC/TEMP numbers, Secureworks'
// metal names, Proofpoint's TA numbers, …), MITRE ATT&CK group pages, Microsoft's published mapping
// of its names to other vendors', and government advisories and indictments (US DOJ, CISA, UK NCSC).
// The table is curated by hand. An alias is listed only when the vendor or government that coined it
// (or MITRE ATT&CK) has published it for the same group. Names that vendors map to several groups are
// left out (Labyrinth Chollima, Imperial Kitten, Linen/Circle Typhoon for APT27, APT43, UAC-0056),
// and so are names for clusters that only "overlap" a group (VOLTZITE, GhostEmperor, UNC3524,
// StellarParticle, TA444). Names that are also ordinary words ("Snake", "Mercury") carry
// `ambiguous: true` so a matcher can ask for context before trusting them in running text.
import { stripAccents } from '../text/normalise.js';

export type ActorCountry = 'China' | 'Russia' | 'Iran' | 'North Korea';

/** Who published a name. */
export type NameSource =
  | 'Microsoft'
  | 'CrowdStrike'
  | 'Mandiant'
  | 'Secureworks'
  | 'Proofpoint'
  | 'Kaspersky'
  | 'ESET'
  | 'Symantec'
  | 'Trend Micro'
  | 'Palo Alto Networks Unit 42'
  | 'Recorded Future'
  | 'Google TAG'
  | 'Check Point'
  | 'PwC'
  | 'F-Secure'
  | 'Volexity'
  | 'Dragos'
  | 'IBM X-Force'
  | 'Accenture'
  | 'Cisco Talos'
  | 'ClearSky'
  | 'SentinelOne'
  | 'G Data'
  | 'BAE Systems'
  | 'iSIGHT Partners'
  | 'Novetta'
  | 'CERT-UA'
  | 'SBU (Ukraine)'
  | 'AIVD/MIVD (Netherlands)'
  | 'US DOJ'
  | 'US CISA'
  | 'US FBI'
  | 'UK NCSC'
  | 'MITRE ATT&CK'
  | 'self-named persona'
  | 'press spelling';

export interface ActorAlias {
  readonly name: string;
  readonly source: NameSource;
  /** The alias is also an ordinary word or another thing's name; trust it in running text only with context. */
  readonly ambiguous?: true;
}

export interface ThreatActor {
  /** Canonical name: the one most cited in English-language reporting. */
  readonly name: string;
  /** Who coined the canonical name. */
  readonly nameSource: NameSource;
  readonly country: ActorCountry;
  /** The state body a government or vendor has publicly tied the group to, or null when none has. */
  readonly sponsor: string | null;
  /** MITRE ATT&CK group id, when ATT&CK has a page for the group. */
  readonly mitreId: string | null;
  readonly aliases: readonly ActorAlias[];
}

/** Aliases that are also common words, places, companies or malware names. */
const AMBIGUOUS_ALIASES = new Set([
  'Armageddon',
  'BORON',
  'Buckeye',
  'Callisto',
  'Cicada',
  'Dragonfly',
  'HELIUM',
  'HYDROGEN',
  'IRIDIUM',
  'Lazarus',
  'Leviathan',
  'MANGANESE',
  'MERCURY',
  'NICKEL',
  'POTASSIUM',
  'Reaper',
  'Snake',
  'ZINC',
]);

type AliasesBySource = Partial<Record<NameSource, readonly string[]>>;

function actor(
  name: string,
  nameSource: NameSource,
  country: ActorCountry,
  sponsor: string | null,
  mitreId: string | null,
  bySource: AliasesBySource,
): ThreatActor {
  const aliases: ActorAlias[] = [];
  for (const [source, names] of Object.entries(bySource) as [NameSource, readonly string[]][]) {
    for (const alias of names) {
      aliases.push(
        AMBIGUOUS_ALIASES.has(alias) ? { name: alias, source, ambiguous: true } : { name: alias, source },
      );
    }
  }
  return { name, nameSource, country, sponsor, mitreId, aliases };
}

const MSS = 'Ministry of State Security';
const RGB = 'Reconnaissance General Bureau';
const MOIS = 'Ministry of Intelligence and Security (MOIS)';

export const THREAT_ACTORS: readonly ThreatActor[] = [
  // ── China ──────────────────────────────────────────────────────────────────────────────────────
  actor('APT1', 'Mandiant', 'China', 'PLA Unit 61398', 'G0006', {
    CrowdStrike: ['Comment Panda'],
    'MITRE ATT&CK': ['Comment Crew', 'Comment Group'],
  }),
  actor('APT3', 'Mandiant', 'China', null, 'G0022', {
    CrowdStrike: ['Gothic Panda'],
    Microsoft: ['Brocade Typhoon', 'BORON'],
    Symantec: ['Buckeye'],
    Secureworks: ['TG-0110', 'Threat Group-0110'],
    Mandiant: ['UPS Team'],
  }),
  actor('APT5', 'Mandiant', 'China', null, 'G1023', {
    Microsoft: ['Mulberry Typhoon', 'MANGANESE'],
    CrowdStrike: ['Keyhole Panda'],
    Secureworks: ['BRONZE FLEETWOOD'],
  }),
  // US DOJ (2018): operators worked with the MSS Tianjin State Security Bureau.
  actor('APT10', 'Mandiant', 'China', `${MSS} (Tianjin State Security Bureau)`, 'G0045', {
    CrowdStrike: ['Stone Panda'],
    Microsoft: ['Purple Typhoon', 'POTASSIUM'],
    PwC: ['Red Apollo'],
    Secureworks: ['BRONZE RIVERSIDE'],
    Symantec: ['Cicada'],
    'MITRE ATT&CK': ['menuPass'],
  }),
  actor('APT12', 'Mandiant', 'China', null, 'G0005', {
    CrowdStrike: ['Numbered Panda'],
    Microsoft: ['Hexagon Typhoon', 'HYDROGEN'],
    'Trend Micro': ['IXESHE'],
    'MITRE ATT&CK': ['DynCalc', 'DNSCALC'],
  }),
  actor('APT15', 'Mandiant', 'China', null, 'G0004', {
    Mandiant: ['Ke3chang'],
    CrowdStrike: ['Vixen Panda'],
    Microsoft: ['Nylon Typhoon', 'NICKEL'],
    'MITRE ATT&CK': ['Playful Dragon'],
  }),
  actor('APT17', 'Mandiant', 'China', null, 'G0025', {
    Mandiant: ['Deputy Dog'],
    CrowdStrike: ['Aurora Panda'],
    Microsoft: ['Heart Typhoon', 'HELIUM'],
  }),
  // Microsoft maps APT27 to both Linen Typhoon and Circle Typhoon, so neither is listed here.
  actor('APT27', 'Mandiant', 'China', null, 'G0027', {
    CrowdStrike: ['Emissary Panda'],
    Secureworks: ['Threat Group-3390', 'TG-3390', 'BRONZE UNION'],
    'Trend Micro': ['Iron Tiger', 'Earth Smilodon'],
    Kaspersky: ['LuckyMouse'],
    Symantec: ['Budworm'],
  }),
  // UK and US (March 2024): APT31 is run by the MSS Hubei State Security Department (Wuhan Xiaoruizhi).
  actor('APT31', 'Mandiant', 'China', `${MSS} (Hubei State Security Department)`, 'G0128', {
    Microsoft: ['ZIRCONIUM', 'Violet Typhoon'],
    CrowdStrike: ['Judgment Panda'],
    Secureworks: ['BRONZE VINEWOOD'],
    Proofpoint: ['TA412'],
  }),
  // US DOJ (2021) and the 2024 joint advisory: MSS Hainan State Security Department.
  actor('APT40', 'Mandiant', 'China', `${MSS} (Hainan State Security Department)`, 'G0065', {
    Proofpoint: ['Leviathan'],
    Mandiant: ['TEMP.Periscope', 'TEMP.Jumper'],
    CrowdStrike: ['Kryptonite Panda'],
    Microsoft: ['Gingham Typhoon', 'GADOLINIUM'],
    Secureworks: ['BRONZE MOHAWK'],
    Accenture: ['MUDCARP'],
  }),
  actor('APT41', 'Mandiant', 'China', null, 'G0096', {
    CrowdStrike: ['Wicked Panda'],
    Microsoft: ['Brass Typhoon', 'BARIUM'],
  }),
  actor('Volt Typhoon', 'Microsoft', 'China', null, 'G1017', {
    Microsoft: ['DEV-0391'],
    CrowdStrike: ['Vanguard Panda'],
    Secureworks: ['BRONZE SILHOUETTE'],
    'Palo Alto Networks Unit 42': ['Insidious Taurus'],
    Mandiant: ['UNC3236'],
  }),
  actor('Salt Typhoon', 'Microsoft', 'China', null, 'G1045', {
    CrowdStrike: ['Operator Panda'],
    'Recorded Future': ['RedMike'],
  }),
  actor('Flax Typhoon', 'Microsoft', 'China', null, null, {
    Microsoft: ['Storm-0919'],
    CrowdStrike: ['Ethereal Panda'],
  }),
  actor('Mustang Panda', 'CrowdStrike', 'China', null, 'G0129', {
    Microsoft: ['Twill Typhoon', 'TANTALUM'],
    Proofpoint: ['TA416'],
    'Recorded Future': ['RedDelta'],
    Secureworks: ['BRONZE PRESIDENT'],
    'Palo Alto Networks Unit 42': ['Stately Taurus'],
    'Trend Micro': ['Earth Preta'],
    'Check Point': ['Camaro Dragon'],
  }),
  // US DOJ (July 2025): operators tasked by the MSS Shanghai State Security Bureau.
  actor('Hafnium', 'Microsoft', 'China', `${MSS} (Shanghai State Security Bureau)`, 'G0125', {
    Microsoft: ['Silk Typhoon'],
    CrowdStrike: ['Murky Panda'],
  }),
  actor('Storm-0558', 'Microsoft', 'China', null, null, {
    Microsoft: ['Antique Typhoon'],
  }),

  // ── Russia ─────────────────────────────────────────────────────────────────────────────────────
  actor('APT28', 'Mandiant', 'Russia', 'GRU Unit 26165', 'G0007', {
    CrowdStrike: ['Fancy Bear'],
    Microsoft: ['Forest Blizzard', 'STRONTIUM'],
    Kaspersky: ['Sofacy'],
    ESET: ['Sednit'],
    'Trend Micro': ['Pawn Storm'],
    'iSIGHT Partners': ['Tsar Team'],
    Secureworks: ['IRON TWILIGHT', 'TG-4127', 'Threat Group-4127'],
    'Cisco Talos': ['Group 74'],
    Accenture: ['SNAKEMACKEREL'],
    'Recorded Future': ['BlueDelta'],
  }),
  actor('APT29', 'Mandiant', 'Russia', 'SVR (Foreign Intelligence Service)', 'G0016', {
    CrowdStrike: ['Cozy Bear'],
    Microsoft: ['Midnight Blizzard', 'NOBELIUM', 'YTTRIUM'],
    'F-Secure': ['The Dukes'],
    Secureworks: ['IRON HEMLOCK', 'IRON RITUAL'],
    Mandiant: ['UNC2452'],
    Volexity: ['Dark Halo'],
  }),
  actor('Sandworm', 'iSIGHT Partners', 'Russia', 'GRU Unit 74455', 'G0034', {
    'iSIGHT Partners': ['Sandworm Team'],
    Mandiant: ['APT44'],
    Microsoft: ['Seashell Blizzard', 'IRIDIUM'],
    CrowdStrike: ['Voodoo Bear'],
    ESET: ['TeleBots'],
    Secureworks: ['IRON VIKING'],
    'F-Secure': ['Quedagh'],
    'Google TAG': ['FROZENBARENTS'],
  }),
  // The 2023 joint advisory on the Snake implant ties Turla to FSB Centre 16.
  actor('Turla', 'Kaspersky', 'Russia', 'FSB Centre 16', 'G0010', {
    CrowdStrike: ['Venomous Bear'],
    Microsoft: ['Secret Blizzard', 'KRYPTON'],
    'G Data': ['Uroburos'],
    'BAE Systems': ['Snake'],
    Symantec: ['Waterbug'],
    Secureworks: ['IRON HUNTER'],
    'Cisco Talos': ['Group 88'],
    Accenture: ['BELUGASTURGEON'],
  }),
  // The SBU (2021) named FSB officers in Crimea as the operators.
  actor('Gamaredon', 'Palo Alto Networks Unit 42', 'Russia', 'FSB', 'G0047', {
    'Palo Alto Networks Unit 42': ['Gamaredon Group', 'Trident Ursa'],
    CrowdStrike: ['Primitive Bear'],
    Microsoft: ['Aqua Blizzard', 'ACTINIUM', 'DEV-0157'],
    Symantec: ['Shuckworm'],
    Secureworks: ['IRON TILDEN'],
    'CERT-UA': ['UAC-0010'],
    'SBU (Ukraine)': ['Armageddon'],
  }),
  // UK NCSC (December 2023): Star Blizzard operates from FSB Centre 18.
  actor('Star Blizzard', 'Microsoft', 'Russia', 'FSB Centre 18', 'G1033', {
    Microsoft: ['SEABORGIUM'],
    'Google TAG': ['COLDRIVER'],
    'F-Secure': ['Callisto Group', 'Callisto'],
    Proofpoint: ['TA446'],
    'Recorded Future': ['BlueCharlie'],
    CrowdStrike: ['Gossamer Bear'],
    Secureworks: ['IRON FRONTIER'],
  }),
  // Microsoft maps Cadet Blizzard to Ember Bear; the 2024 joint advisory puts both under GRU Unit 29155.
  // UAC-0056 / Saint Bear (Microsoft's DEV-0587) is a different cluster and is left out.
  actor('Ember Bear', 'CrowdStrike', 'Russia', 'GRU Unit 29155', 'G1003', {
    Microsoft: ['Cadet Blizzard', 'DEV-0586'],
    Mandiant: ['UNC2589'],
  }),
  // US DOJ (2022) indicted FSB Centre 16 officers for the Dragonfly intrusions.
  actor('Energetic Bear', 'CrowdStrike', 'Russia', 'FSB Centre 16', 'G0035', {
    Symantec: ['Dragonfly'],
    Kaspersky: ['Crouching Yeti'],
    Microsoft: ['Ghost Blizzard', 'BROMINE'],
    Secureworks: ['IRON LIBERTY', 'TG-4192'],
    Mandiant: ['TEMP.Isotope'],
  }),
  actor('Laundry Bear', 'AIVD/MIVD (Netherlands)', 'Russia', null, null, {
    Microsoft: ['Void Blizzard'],
  }),

  // ── Iran ───────────────────────────────────────────────────────────────────────────────────────
  actor('APT33', 'Mandiant', 'Iran', null, 'G0064', {
    Symantec: ['Elfin'],
    Microsoft: ['Peach Sandstorm', 'HOLMIUM'],
    CrowdStrike: ['Refined Kitten'],
    Secureworks: ['COBALT TRINITY'],
  }),
  actor('APT34', 'Mandiant', 'Iran', null, 'G0049', {
    'Palo Alto Networks Unit 42': ['OilRig', 'Evasive Serpens'],
    CrowdStrike: ['Helix Kitten'],
    Secureworks: ['COBALT GYPSY'],
    Microsoft: ['Hazel Sandstorm', 'EUROPIUM'],
    Symantec: ['Crambus'],
    'IBM X-Force': ['ITG13'],
    'Trend Micro': ['Earth Simnavaz'],
  }),
  // Mandiant's APT42 overlaps this group; it is not listed to avoid merging the two.
  actor('APT35', 'Mandiant', 'Iran', 'Islamic Revolutionary Guard Corps (IRGC)', 'G0059', {
    CrowdStrike: ['Charming Kitten'],
    Microsoft: ['Mint Sandstorm', 'PHOSPHORUS'],
    'Palo Alto Networks Unit 42': ['Magic Hound'],
    Proofpoint: ['TA453'],
    Secureworks: ['COBALT ILLUSION'],
    'IBM X-Force': ['ITG18'],
    'iSIGHT Partners': ['Newscaster'],
  }),
  // US Cyber Command and the 2022 joint advisory: a subordinate element of MOIS.
  actor('MuddyWater', 'Palo Alto Networks Unit 42', 'Iran', MOIS, 'G0069', {
    Microsoft: ['Mango Sandstorm', 'MERCURY'],
    CrowdStrike: ['Static Kitten'],
    Symantec: ['Seedworm'],
    Mandiant: ['TEMP.Zagros'],
    'Trend Micro': ['Earth Vetala'],
    Proofpoint: ['TA450'],
    Secureworks: ['COBALT ULSTER'],
  }),
  // US Treasury and FBI (2020): run through Rana Intelligence Computing on behalf of MOIS.
  actor('APT39', 'Mandiant', 'Iran', MOIS, 'G0087', {
    Symantec: ['Chafer'],
    CrowdStrike: ['Remix Kitten'],
    'IBM X-Force': ['ITG07'],
    Microsoft: ['Burgundy Sandstorm'],
    Secureworks: ['COBALT HICKMAN'],
  }),
  // US CISA (2023) and US Treasury (2024): a persona of the IRGC Cyber-Electronic Command.
  actor('CyberAv3ngers', 'self-named persona', 'Iran', 'IRGC Cyber-Electronic Command (IRGC-CEC)', null, {
    'US CISA': ['Cyber Av3ngers'],
    'press spelling': ['Cyber Avengers'],
  }),
  actor('Fox Kitten', 'ClearSky', 'Iran', null, 'G0117', {
    CrowdStrike: ['Pioneer Kitten'],
    Mandiant: ['UNC757'],
    Dragos: ['Parisite'],
    Microsoft: ['Lemon Sandstorm', 'RUBIDIUM'],
  }),
  actor('Agrius', 'SentinelOne', 'Iran', null, 'G1030', {
    Microsoft: ['Pink Sandstorm', 'AMERICIUM'],
    'Palo Alto Networks Unit 42': ['Agonizing Serpens'],
    'MITRE ATT&CK': ['BlackShadow'],
  }),
  actor('Cotton Sandstorm', 'Microsoft', 'Iran', null, null, {
    Microsoft: ['NEPTUNIUM'],
    'US DOJ': ['Emennet Pasargad'],
    'US FBI': ['Aria Sepehr Ayandehsazan'],
    CrowdStrike: ['Haywire Kitten'],
  }),
  // Microsoft ties Crimson Sandstorm to the IRGC. Imperial Kitten is mapped to three Microsoft groups, so left out.
  actor('Tortoiseshell', 'Symantec', 'Iran', 'Islamic Revolutionary Guard Corps (IRGC)', 'G1012', {
    Microsoft: ['Crimson Sandstorm', 'CURIUM'],
    Proofpoint: ['TA456'],
    PwC: ['Yellow Liderc'],
  }),

  // ── North Korea ────────────────────────────────────────────────────────────────────────────────
  // HIDDEN COBRA is the US government's label for North Korean state cyber activity in general; it is
  // listed here, as MITRE ATT&CK does, because "Lazarus" is itself used as the umbrella name.
  // Labyrinth Chollima is left out: Microsoft maps it to four different Sleet groups.
  actor('Lazarus Group', 'Novetta', 'North Korea', RGB, 'G0032', {
    Kaspersky: ['Lazarus'],
    Microsoft: ['Diamond Sleet', 'ZINC'],
    Secureworks: ['NICKEL ACADEMY'],
    'US CISA': ['Hidden Cobra'],
    'MITRE ATT&CK': ['Guardians of Peace'],
  }),
  actor('APT37', 'Mandiant', 'North Korea', null, 'G0067', {
    Kaspersky: ['ScarCruft'],
    Mandiant: ['Reaper', 'TEMP.Reaper'],
    'Cisco Talos': ['Group123'],
    CrowdStrike: ['Ricochet Chollima'],
    Volexity: ['InkySquid'],
  }),
  actor('APT38', 'Mandiant', 'North Korea', RGB, 'G0082', {
    Kaspersky: ['BlueNoroff'],
    CrowdStrike: ['Stardust Chollima'],
    Microsoft: ['Sapphire Sleet', 'COPERNICIUM'],
    Secureworks: ['NICKEL GLADSTONE'],
    'US CISA': ['BeagleBoyz'],
  }),
  // Mandiant's APT43 is tracked as overlapping, not identical (Microsoft maps it to Opal Sleet): left out.
  actor('Kimsuky', 'Kaspersky', 'North Korea', RGB, 'G0094', {
    CrowdStrike: ['Velvet Chollima'],
    Microsoft: ['Emerald Sleet', 'THALLIUM'],
    PwC: ['Black Banshee'],
    Proofpoint: ['TA427'],
    Symantec: ['Springtail'],
  }),
  // The July 2024 joint advisory places Andariel in the RGB's 3rd Bureau.
  actor('Andariel', 'MITRE ATT&CK', 'North Korea', `${RGB} (3rd Bureau)`, 'G0138', {
    Microsoft: ['Onyx Sleet', 'PLUTONIUM'],
    CrowdStrike: ['Silent Chollima'],
    Symantec: ['Stonefly'],
    Mandiant: ['APT45'],
  }),
  actor('Moonstone Sleet', 'Microsoft', 'North Korea', null, 'G1036', {
    Microsoft: ['Storm-1789'],
  }),
  actor('TraderTraitor', 'US CISA', 'North Korea', null, null, {
    Microsoft: ['Jade Sleet', 'Storm-0954'],
    Mandiant: ['UNC4899'],
  }),
];

/**
 * The lookup key of a name: case, accents, spaces, hyphens and punctuation folded, a leading "the"
 * dropped, and the long form "Advanced Persistent Threat (Group) N" read as "APT N".
 * 'APT 31', 'apt-31', 'Apt31' and 'Advanced Persistent Threat Group 31' all give 'apt31'.
 */
export function normaliseActorKey(s: string): string {
  const folded = stripAccents(s)
    .toLowerCase()
    .replace(/[‘’'`´]s\b/gu, (m, offset: number, all: string) => (offset + m.length === all.length ? '' : m))
    .replace(/&/g, ' and ')
    .trim()
    .replace(/^the\s+/, '')
    .replace(/^advanced\s+persistent\s+threat(?:\s+group)?\b/, 'apt');
  return folded.replace(/[^\p{L}\p{N}]+/gu, '');
}

const ACTOR_INDEX: ReadonlyMap<string, ThreatActor> = (() => {
  const index = new Map<string, ThreatActor>();
  for (const entry of THREAT_ACTORS) {
    for (const name of [entry.name, ...entry.aliases.map((a) => a.name)]) {
      const key = normaliseActorKey(name);
      // First entry wins; the data test guarantees no key is claimed by two actors.
      if (key && !index.has(key)) index.set(key, entry);
    }
  }
  return index;
})();

/** The actor called `name`, by canonical name or any alias, ignoring case, spacing and punctuation. */
export function findThreatActor(name: string): ThreatActor | undefined {
  const key = normaliseActorKey(name);
  return key ? ACTOR_INDEX.get(key) : undefined;
}

/**
 * Every canonical name and alias in the table, for building a matcher. Ambiguous aliases
 * ("Snake", "Mercury") are included unless `includeAmbiguous` is false.
 */
export function threatActorNames(options: { includeAmbiguous?: boolean } = {}): string[] {
  const includeAmbiguous = options.includeAmbiguous ?? true;
  const names: string[] = [];
  for (const entry of THREAT_ACTORS) {
    names.push(entry.name);
    for (const alias of entry.aliases) if (includeAmbiguous || !alias.ambiguous) names.push(alias.name);
  }
  return names;
}

/** True when `name` is one of the table's aliases that is also an ordinary word or another thing's name. */
export function isAmbiguousActorAlias(name: string): boolean {
  const key = normaliseActorKey(name);
  const entry = ACTOR_INDEX.get(key);
  return entry?.aliases.some((a) => a.ambiguous && normaliseActorKey(a.name) === key) ?? false;
}

// ── Naming schemes ───────────────────────────────────────────────────────────────────────────────

/** Weather, animal and family words that end two-word vendor names (Microsoft, CrowdStrike). */
const FAMILY_WORDS = [
  'Typhoon',
  'Blizzard',
  'Sandstorm',
  'Sleet',
  'Tempest',
  'Cyclone',
  'Hail',
  'Dust',
  'Panda',
  'Bear',
  'Kitten',
  'Chollima',
  'Spider',
];

/** Capitalised words that start a phrase but never a vendor name: "The Bear", "A Typhoon". */
const NOT_A_FIRST_WORD = [
  'The',
  'A',
  'An',
  'This',
  'That',
  'These',
  'Those',
  'Its',
  'Their',
  'Our',
  'His',
  'Her',
  'My',
  'Your',
  'One',
  'No',
  'Every',
  'Each',
  'Another',
  'Any',
  'Some',
  'Last',
  'Next',
  'First',
  'Big',
  'Great',
  'Super',
  'Severe',
  'Tropical',
  'Deadly',
  'Killer',
  'Little',
  'Baby',
  'Mama',
  'Papa',
  'Operation',
  'Project',
];

/** Ordinary phrases built the same way: animals, aircraft, companies. */
const NOT_ACTOR_PAIRS = [
  'Red Panda',
  'Giant Panda',
  'Fu Panda',
  'Polar Bear',
  'Teddy Bear',
  'Brown Bear',
  'Black Bear',
  'Grizzly Bear',
  'Care Bear',
  'Gummy Bear',
  'Paddington Bear',
  'Yogi Bear',
  'Eurofighter Typhoon',
  'Hawker Typhoon',
  'Activision Blizzard',
  'Hawker Tempest',
  'Gold Dust',
  'Golden Dust',
  'Angel Dust',
  'Pixie Dust',
  'Fairy Dust',
  'Cosmic Dust',
  'Saharan Dust',
  'Desert Sandstorm',
  'Money Spider',
  'House Spider',
  'Wolf Spider',
  'Black Spider',
];

const alternatives = (words: readonly string[]) => words.join('|');
const upper = (words: readonly string[]) => words.map((w) => w.toUpperCase());

/**
 * Naming schemes that mark a threat actor even when it is not in the table. Each pattern matches
 * the name alone (no flags: add `g` to scan a text, or wrap in `^(?:…)$` to test a whole string).
 * The two-word schemes demand a capitalised first word, so "the bear market" and "the typhoon
 * season" never match, and they refuse common phrases such as "Polar Bear" or "Activision Blizzard".
 */
export const ACTOR_NAME_PATTERNS: readonly RegExp[] = [
  /\bAPT ?-?\d{1,3}\b/, // Mandiant: APT31, "APT 31", APT-31
  /\bAPT-C-\d{1,3}\b/, // Qihoo 360: APT-C-00
  /\bUNC\d{2,5}\b/, // Mandiant uncategorised: UNC2452
  /\bTEMP\.[A-Z][A-Za-z]+\b/, // Mandiant temporary: TEMP.Periscope
  /\bTA\d{3,4}\b/, // Proofpoint: TA416
  /\bFIN\d{1,2}\b/, // Mandiant financial: FIN7
  /\b(?:DEV|Dev)-\d{3,4}\b/, // Microsoft, before 2023: DEV-0586
  /\b(?:Storm|STORM)-\d{3,4}\b/, // Microsoft developing: Storm-0558
  /\b(?:TG|Threat Group)-\d{3,4}\b/, // Secureworks: TG-3390
  /\bUAC-\d{4}\b/, // CERT-UA: UAC-0010
  /\bTAG-\d{2,3}\b/, // Recorded Future: TAG-53
  new RegExp(
    `\\b(?!(?:${alternatives(NOT_A_FIRST_WORD)})\\b)(?!(?:${alternatives(NOT_ACTOR_PAIRS)})\\b)` +
      `[A-Z][a-z]+ (?:${alternatives(FAMILY_WORDS)})\\b`,
  ), // Volt Typhoon, Fancy Bear, Charming Kitten
  new RegExp(
    `\\b(?!(?:${alternatives(upper(NOT_A_FIRST_WORD))})\\b)(?!(?:${alternatives(upper(NOT_ACTOR_PAIRS))})\\b)` +
      `[A-Z]{2,} (?:${alternatives(upper(FAMILY_WORDS))})\\b`,
  ), // CrowdStrike's capitals: VANGUARD PANDA
];

/** True when the whole of `name` follows one of the actor naming schemes. */
export function matchesActorNamePattern(name: string): boolean {
  const s = name.trim();
  return ACTOR_NAME_PATTERNS.some((re) =>
    new RegExp(`^(?:${re.source})$`, re.flags.replace('g', '')).test(s),
  );
}
