// Who uses a name. Catalogues rarely say so outright: ATT&CK cites a source for each alias, MISP
// sometimes notes an `origin:`. Two published facts fill the gap: the web site a cited report lives on
// names its publisher, and the big naming schemes are published and unmistakable (Microsoft's weather
// families, Mandiant's UNC numbers, Proofpoint's TA numbers).
import type { AliasBasis, Citation } from './model.js';

/** A publisher's site (host or host suffix) → the name the field knows the publisher by. */
const HOSTS: readonly (readonly [string, string])[] = [
  ['microsoft.com', 'Microsoft'],
  ['crowdstrike.com', 'CrowdStrike'],
  ['mandiant.com', 'Mandiant'],
  ['fireeye.com', 'Mandiant'],
  ['cloud.google.com', 'Google'],
  ['blog.google', 'Google'],
  ['secureworks.com', 'Secureworks'],
  ['securelist.com', 'Kaspersky'],
  ['kaspersky.com', 'Kaspersky'],
  ['symantec.com', 'Symantec'],
  ['security.com', 'Symantec'],
  ['broadcom.com', 'Symantec'],
  ['welivesecurity.com', 'ESET'],
  ['eset.com', 'ESET'],
  ['trendmicro.com', 'Trend Micro'],
  ['paloaltonetworks.com', 'Palo Alto Networks Unit 42'],
  ['proofpoint.com', 'Proofpoint'],
  ['recordedfuture.com', 'Recorded Future'],
  ['cisa.gov', 'US CISA'],
  ['us-cert.gov', 'US CISA'],
  ['ic3.gov', 'US FBI'],
  ['fbi.gov', 'US FBI'],
  ['justice.gov', 'US DOJ'],
  ['ncsc.gov.uk', 'UK NCSC'],
  ['talosintelligence.com', 'Cisco Talos'],
  ['clearskysec.com', 'ClearSky'],
  ['checkpoint.com', 'Check Point'],
  ['dragos.com', 'Dragos'],
  ['sentinelone.com', 'SentinelOne'],
  ['cybereason.com', 'Cybereason'],
  ['mcafee.com', 'McAfee'],
  ['pwc.co.uk', 'PwC'],
  ['pwc.com', 'PwC'],
  ['baesystems.com', 'BAE Systems'],
  ['f-secure.com', 'F-Secure'],
  ['volexity.com', 'Volexity'],
  ['novetta.com', 'Novetta'],
  ['accenture.com', 'Accenture'],
  ['securityintelligence.com', 'IBM X-Force'],
  ['ibm.com', 'IBM X-Force'],
  ['group-ib.com', 'Group-IB'],
  ['zscaler.com', 'Zscaler'],
  ['fortinet.com', 'Fortinet'],
  ['cert.gov.ua', 'CERT-UA'],
  ['ptsecurity.com', 'Positive Technologies'],
  ['threatconnect.com', 'ThreatConnect'],
  ['arbornetworks.com', 'Arbor Networks'],
  ['netscout.com', 'Arbor Networks'],
  ['citizenlab.ca', 'Citizen Lab'],
  ['lookout.com', 'Lookout'],
  ['bitdefender.com', 'Bitdefender'],
  ['sophos.com', 'Sophos'],
  ['malwarebytes.com', 'Malwarebytes'],
  ['avast.com', 'Avast'],
  ['qianxin.com', 'QiAnXin'],
  ['nsfocus.com', 'NSFOCUS'],
  ['ahnlab.com', 'AhnLab'],
  ['anomali.com', 'Anomali'],
  ['fox-it.com', 'Fox-IT'],
  ['nccgroup.com', 'NCC Group'],
  ['intezer.com', 'Intezer'],
  ['huntress.com', 'Huntress'],
  ['elastic.co', 'Elastic'],
  ['gdata.de', 'G DATA'],
  ['gdatasoftware.com', 'G DATA'],
];

const ELEMENTS = new Set(
  `HYDROGEN HELIUM LITHIUM BERYLLIUM BORON CARBON NITROGEN OXYGEN FLUORINE NEON SODIUM MAGNESIUM ALUMINUM
  ALUMINIUM SILICON PHOSPHORUS SULFUR SULPHUR CHLORINE ARGON POTASSIUM CALCIUM SCANDIUM TITANIUM VANADIUM
  CHROMIUM MANGANESE IRON COBALT NICKEL COPPER ZINC GALLIUM GERMANIUM ARSENIC SELENIUM BROMINE KRYPTON RUBIDIUM
  STRONTIUM YTTRIUM ZIRCONIUM NIOBIUM MOLYBDENUM TECHNETIUM RUTHENIUM RHODIUM PALLADIUM SILVER CADMIUM INDIUM
  TIN ANTIMONY TELLURIUM IODINE XENON CESIUM CAESIUM BARIUM LANTHANUM CERIUM PRASEODYMIUM NEODYMIUM PROMETHIUM
  SAMARIUM EUROPIUM GADOLINIUM TERBIUM DYSPROSIUM HOLMIUM ERBIUM THULIUM YTTERBIUM LUTETIUM HAFNIUM TANTALUM
  TUNGSTEN RHENIUM OSMIUM IRIDIUM PLATINUM GOLD MERCURY THALLIUM LEAD BISMUTH POLONIUM ASTATINE RADON FRANCIUM
  RADIUM ACTINIUM THORIUM PROTACTINIUM URANIUM NEPTUNIUM PLUTONIUM AMERICIUM CURIUM BERKELIUM CALIFORNIUM
  EINSTEINIUM FERMIUM MENDELEVIUM NOBELIUM LAWRENCIUM RUTHERFORDIUM DUBNIUM SEABORGIUM BOHRIUM HASSIUM
  MEITNERIUM DARMSTADTIUM ROENTGENIUM COPERNICIUM NIHONIUM FLEROVIUM MOSCOVIUM LIVERMORIUM TENNESSINE OGANESSON`
    .split(/\s+/)
    .filter(Boolean),
);

/** Secureworks names actors with a colour-metal word and a second word, in capitals (BRONZE BUTLER). */
const SECUREWORKS_COLOURS = 'BRONZE|IRON|GOLD|COBALT|TIN|NICKEL|PLATINUM|ALUMINUM|COPPER|ZINC|CARBON';

/** Naming schemes whose form alone identifies the publisher. Order matters: first match wins. */
const SCHEMES: readonly (readonly [RegExp, string])[] = [
  [
    /^[A-Z][a-z]+ (?:Typhoon|Sleet|Blizzard|Sandstorm|Tempest|Flood|Dust|Cyclone|Hail|Rain|Squall|Tsunami)$/,
    'Microsoft',
  ],
  [/^(?:DEV|Storm)-\d{3,4}$/, 'Microsoft'],
  [new RegExp(`^(?:${SECUREWORKS_COLOURS}) [A-Z]+$`), 'Secureworks'],
  [/^(?:APT ?\d{1,3}|UNC ?\d{2,5}|FIN ?\d{1,3}|TEMP\.[A-Za-z]+)$/, 'Mandiant'],
  [/^TA ?\d{3,4}$/, 'Proofpoint'],
  [/^TAG-\d{2,3}$/, 'Recorded Future'],
  [/^Earth [A-Z][a-z]+$/, 'Trend Micro'],
  [
    /^[A-Z][a-z]+ (?:Taurus|Ursa|Serpens|Libra|Scorpius|Draco|Pisces|Aquarius|Lynx|Orion)$/,
    'Palo Alto Networks Unit 42',
  ],
  [/^UAC-\d{4}$/, 'CERT-UA'],
  [/^APT-C-\d{2}$/, 'Qihoo 360'],
  [
    /^(?:[A-Z][a-z]+|[A-Z]+) (?:Panda|Bear|Chollima|Spider|Jackal|Buffalo|Leopard|Crane|Ocelot)$/i,
    'CrowdStrike',
  ],
];

/** The publisher whose naming scheme the name follows, or null. */
export function schemeOwner(name: string): string | null {
  if (ELEMENTS.has(name)) return 'Microsoft';
  for (const [pattern, owner] of SCHEMES) if (pattern.test(name)) return owner;
  return null;
}

/** The publisher a cited source's web address belongs to, archives unwrapped. */
export function publisherOfUrl(url: string): string | null {
  const unwrapped = url.replace(/^https?:\/\/web\.archive\.org\/web\/[^/]+\//, '');
  let host: string;
  try {
    host = new URL(unwrapped.startsWith('http') ? unwrapped : `https://${unwrapped}`).hostname.toLowerCase();
  } catch {
    return null;
  }
  for (const [suffix, publisher] of HOSTS) {
    if (host === suffix || host.endsWith(`.${suffix}`)) return publisher;
  }
  return null;
}

export interface Credit {
  usedBy: string | null;
  basis: AliasBasis | null;
}

/**
 * Who uses a name, from the strongest evidence at hand: a published naming scheme is definitive for
 * names of its form; otherwise the cited report's publisher, when exactly one publisher is cited.
 * CrowdStrike's kittens and tigers are left to the citation: others borrow the form (ClearSky's Fox
 * Kitten, Trend Micro's Iron Tiger).
 */
export function creditName(name: string, citations: readonly Citation[]): Credit {
  const owner = schemeOwner(name);
  if (owner) return { usedBy: owner, basis: 'naming-scheme' };
  const publishers = new Set<string>();
  for (const c of citations) {
    const p = c.url ? publisherOfUrl(c.url) : null;
    if (p) publishers.add(p);
  }
  if (publishers.size === 1) return { usedBy: [...publishers][0] ?? null, basis: 'citation' };
  return { usedBy: null, basis: null };
}
