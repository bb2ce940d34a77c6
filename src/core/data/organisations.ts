// Word lists the extractor uses to tell organisations and people apart in capitalised runs of text:
// the head nouns that make a phrase an organisation ("Electoral Commission", "Home Office"), the
// agencies and companies that reports name bare by acronym or brand ("GCHQ", "the FSB", "Mandiant"),
// and the job titles and honorifics that stand next to a person's name ("Deputy Prime Minister
// Oliver Dowden", "Lord Cameron"). Curated by hand for reporting on state-linked cyber activity.
// Social networks (Facebook, LinkedIn, Twitter) are left out of WELL_KNOWN_ORGS on purpose: in these
// sources they are mostly share buttons, not actors in the story. Acronyms that also name something
// common in reports (AFP the news agency, SIS, BIS, NIS of several countries) are listed by name only.

/**
 * Head nouns that make a capitalised phrase an organisation. Matching is case-insensitive and per
 * word. "Group" is included for "Integrity Technology Group"-style company names, but threat-actor
 * names ("Lazarus Group", "Threat Group-3390") must be checked first; "Bank" also names places
 * ("West Bank").
 */
export const ORG_HEAD_NOUNS: readonly string[] = [
  // Government and public bodies
  'Office',
  'Centre',
  'Center',
  'Commission',
  'Department',
  'Ministry',
  'Agency',
  'Bureau',
  'Council',
  'Service',
  'Services',
  'Taskforce',
  'Task Force',
  'Authority',
  'Committee',
  'Parliament',
  'Police',
  'Court',
  'Tribunal',
  'Directorate',
  'Division',
  'Administration',
  'Board',
  'Inspectorate',
  'Secretariat',
  'Government',
  'Cabinet',
  'Senate',
  'Congress',
  'Assembly',
  'Duma',
  'Embassy',
  'Consulate',
  'Headquarters',
  // Military and security
  'Unit',
  'Command',
  'Force',
  'Forces',
  'Army',
  'Navy',
  'Corps',
  'Guard',
  // Education, research, civil society
  'Institute',
  'University',
  'College',
  'Academy',
  'Laboratory',
  'Foundation',
  'Association',
  'Federation',
  'Society',
  'Party',
  'Organisation',
  'Organization',
  // Companies
  'Group',
  'Corporation',
  'Corp',
  'Company',
  'Inc',
  'Ltd',
  'LLC',
  'plc',
  'Bank',
];

export interface WellKnownOrg {
  /** Full name, as the organisation writes it. */
  readonly name: string;
  /** The acronym reports use on its own, when there is one. */
  readonly acronym?: string;
  /** Other names it goes by ("Federal Security Service of the Russian Federation"). */
  readonly aliases?: readonly string[];
  /** Country it belongs to; absent for international bodies and multinational companies. */
  readonly country?: string;
  readonly kind: 'organisation';
}

const org = (
  name: string,
  acronym: string | null,
  country: string | null,
  aliases: readonly string[] = [],
): WellKnownOrg => ({
  name,
  ...(acronym ? { acronym } : {}),
  ...(aliases.length > 0 ? { aliases } : {}),
  ...(country ? { country } : {}),
  kind: 'organisation',
});

/**
 * Agencies and companies that reports on state-linked cyber activity name bare, often by acronym.
 * Bodies of several countries may share a name or an acronym: the first listed is the default for a bare
 * mention, the others keep their country in their canonical name ("National Cyber Security Centre (New
 * Zealand)"), and a document's context picks between them (src/core/extract/org-identity.ts). The US
 * National Counterintelligence and Security Center also shortens to NCSC but is listed by name only:
 * reports that write "NCSC" bare almost always mean a cyber security centre.
 */
export const WELL_KNOWN_ORGS: readonly WellKnownOrg[] = [
  // United Kingdom
  org('Government Communications Headquarters', 'GCHQ', 'United Kingdom'),
  org('National Cyber Security Centre', 'NCSC', 'United Kingdom'),
  org('Electoral Commission', null, 'United Kingdom'),
  org('Foreign, Commonwealth and Development Office', 'FCDO', 'United Kingdom', ['Foreign Office']),
  org('National Crime Agency', 'NCA', 'United Kingdom'),
  org('Ministry of Defence', 'MoD', 'United Kingdom'),
  org('Security Service', 'MI5', 'United Kingdom'),
  org('Secret Intelligence Service', 'MI6', 'United Kingdom'),
  org('National Protective Security Authority', 'NPSA', 'United Kingdom'),
  // United States
  org('National Security Agency', 'NSA', 'United States'),
  org('Federal Bureau of Investigation', 'FBI', 'United States'),
  org('Cybersecurity and Infrastructure Security Agency', 'CISA', 'United States'),
  org('Central Intelligence Agency', 'CIA', 'United States'),
  org('Department of Justice', 'DOJ', 'United States', ['Justice Department', 'US Department of Justice']),
  org('Department of Homeland Security', 'DHS', 'United States'),
  org('Office of the Director of National Intelligence', 'ODNI', 'United States'),
  org('Office of Foreign Assets Control', 'OFAC', 'United States'),
  org('United States Cyber Command', 'USCYBERCOM', 'United States', ['US Cyber Command', 'Cyber Command']),
  org('Department of the Treasury', null, 'United States', ['Treasury Department', 'US Treasury']),
  org('National Counterintelligence and Security Center', null, 'United States'),
  org('Department of State', null, 'United States', ['State Department', 'US Department of State']),
  org('Department of Defense', 'DoD', 'United States', ['US Department of Defense', 'Pentagon']),
  org('Department of Energy', 'DOE', 'United States'),
  org('Department of Commerce', null, 'United States', ['Commerce Department']),
  org('Bureau of Industry and Security', null, 'United States'),
  org('Financial Crimes Enforcement Network', 'FinCEN', 'United States'),
  org('United States Secret Service', 'USSS', 'United States', ['US Secret Service']),
  org('National Institute of Standards and Technology', 'NIST', 'United States'),
  org('Department of Defense Cyber Crime Center', 'DC3', 'United States'),
  // China
  org('Ministry of State Security', 'MSS', 'China'),
  org("People's Liberation Army", 'PLA', 'China'),
  org('Ministry of Public Security', null, 'China'),
  // Russia
  org('Main Intelligence Directorate', 'GRU', 'Russia', ['Main Directorate of the General Staff']),
  org('Federal Security Service', 'FSB', 'Russia'),
  org('Foreign Intelligence Service', 'SVR', 'Russia'),
  // Iran
  org('Islamic Revolutionary Guard Corps', 'IRGC', 'Iran'),
  org('Ministry of Intelligence and Security', 'MOIS', 'Iran'),
  // North Korea
  org('Reconnaissance General Bureau', 'RGB', 'North Korea'),
  // Allies' cyber and intelligence agencies
  org('Computer Emergency Response Team of Ukraine', 'CERT-UA', 'Ukraine'),
  org('Security Service of Ukraine', 'SBU', 'Ukraine'),
  org('Australian Signals Directorate', 'ASD', 'Australia'),
  org('Australian Cyber Security Centre', 'ACSC', 'Australia'),
  org('Canadian Centre for Cyber Security', 'CCCS', 'Canada', ['Cyber Centre']),
  org('Communications Security Establishment', 'CSE', 'Canada'),
  org('Government Communications Security Bureau', 'GCSB', 'New Zealand'),
  org('National Cyber Security Centre', 'NCSC', 'New Zealand', ['NCSC NZ']),
  org('Electoral Commission', null, 'New Zealand'),
  org('National Cyber Security Centre', 'NCSC', 'Ireland'),
  org('National Cyber Security Centre', 'NCSC', 'Netherlands', ['Nationaal Cyber Security Centrum']),
  org('Federal Office for Information Security', 'BSI', 'Germany'),
  org('Federal Office for the Protection of the Constitution', 'BfV', 'Germany'),
  org('National Cybersecurity Agency of France', 'ANSSI', 'France'),
  org('General Intelligence and Security Service', 'AIVD', 'Netherlands'),
  org('Military Intelligence and Security Service', 'MIVD', 'Netherlands'),
  org('Finnish Security and Intelligence Service', 'Supo', 'Finland'),
  org('Federal Intelligence Service', 'BND', 'Germany', ['Bundesnachrichtendienst']),
  org('Federal Criminal Police Office', 'BKA', 'Germany', ['Bundeskriminalamt']),
  org('General Directorate for Internal Security', 'DGSI', 'France'),
  org('General Directorate for External Security', 'DGSE', 'France'),
  org('Centre for Cybersecurity Belgium', 'CCB', 'Belgium'),
  org('Police Security Service', 'PST', 'Norway'),
  org('Security Service', 'Säpo', 'Sweden', ['Sapo']),
  org('National Defence Radio Establishment', 'FRA', 'Sweden'),
  org('Security and Intelligence Service', 'PET', 'Denmark'),
  org('Internal Security Service', 'KAPO', 'Estonia'),
  org('State Security Department', 'VSD', 'Lithuania'),
  org('Internal Security Agency', 'ABW', 'Poland'),
  org('National Cyber and Information Security Agency', 'NÚKIB', 'Czech Republic', ['NUKIB']),
  org('National Cybersecurity Agency', 'ACN', 'Italy'),
  org('National Intelligence Centre', 'CNI', 'Spain'),
  org('Federal Office for Cybersecurity', 'BACS', 'Switzerland'),
  org('Australian Security Intelligence Organisation', 'ASIO', 'Australia'),
  org('Canadian Security Intelligence Service', 'CSIS', 'Canada'),
  org('Royal Canadian Mounted Police', 'RCMP', 'Canada'),
  org('New Zealand Security Intelligence Service', 'NZSIS', 'New Zealand'),
  org('National Police Agency', null, 'Japan'),
  org('National center of Incident readiness and Strategy for Cybersecurity', 'NISC', 'Japan'),
  org('National Intelligence Service', null, 'South Korea'),
  org('Korea Internet & Security Agency', 'KISA', 'South Korea'),
  org('Cyber Security Agency of Singapore', 'CSA', 'Singapore'),
  org('Israel National Cyber Directorate', 'INCD', 'Israel'),
  org('State Service of Special Communications and Information Protection', 'SSSCIP', 'Ukraine'),
  // International bodies
  org('European Union Agency for Cybersecurity', 'ENISA', null),
  org('Europol', null, null, ['European Union Agency for Law Enforcement Cooperation']),
  org('Interpol', null, null, ['International Criminal Police Organization']),
  org('North Atlantic Treaty Organization', 'NATO', null, ['North Atlantic Treaty Organisation']),
  org('European Union', 'EU', null),
  org('United Nations', 'UN', null),
  org('Council of Europe', null, null),
  org('Organization for Security and Co-operation in Europe', 'OSCE', null, [
    'Organisation for Security and Co-operation in Europe',
  ]),
  org('Organisation for the Prohibition of Chemical Weapons', 'OPCW', null, [
    'Organization for the Prohibition of Chemical Weapons',
  ]),
  org('World Anti-Doping Agency', 'WADA', null),
  org('Asia-Pacific Economic Cooperation', 'APEC', null),
  org('Association of Southeast Asian Nations', 'ASEAN', null),
  org('Financial Action Task Force', 'FATF', null),
  org('International Atomic Energy Agency', 'IAEA', null),
  // Companies that publish threat intelligence or run the targeted platforms
  org('Microsoft', null, null, ['Microsoft Threat Intelligence']),
  org('Google', null, null, ["Google's Threat Analysis Group", 'Google Threat Intelligence Group']),
  org('Mandiant', null, null),
  org('CrowdStrike', null, null),
  org('Secureworks', null, null),
  org('Proofpoint', null, null),
  org('Recorded Future', null, null),
  org('Kaspersky', null, null),
  org('ESET', null, null),
  org('Symantec', null, null),
  org('Palo Alto Networks', null, null, ['Unit 42']),
  org('Cisco Talos', null, null),
  org('Trend Micro', null, null),
  org('Check Point', null, null),
  org('Dragos', null, null),
  org('Volexity', null, null),
  org('SentinelOne', null, null),
  org('Sophos', null, null),
  // Vendors whose products advisories name (routers, firewalls, VPNs, controllers, industrial PLCs).
  org('Cisco', null, null, ['Cisco Systems']),
  org('Fortinet', null, null),
  org('Ivanti', null, null),
  org('Citrix', null, null),
  org('Juniper Networks', null, null),
  org('F5', null, null),
  org('SonicWall', null, null),
  org('Zyxel', null, null),
  org('MikroTik', null, null),
  org('Netgear', null, null),
  org('TP-Link', null, null),
  org('Ubiquiti', null, null),
  org('D-Link', null, null),
  org('Huawei', null, null),
  org('ZTE', null, null),
  org('Hikvision', null, null),
  org('Siemens', null, null),
  org('Schneider Electric', null, null),
  org('Rockwell Automation', null, null),
  org('Unitronics', null, null),
  org('Mitsubishi Electric', null, null),
  org('Honeywell', null, null),
  org('VMware', null, null),
  org('Atlassian', null, null),
  org('SolarWinds', null, null),
  org('Progress Software', null, null),
  org('Pulse Secure', null, null),
  org('Barracuda Networks', null, null),
  org('WatchGuard', null, null),
  org('Kaseya', null, null),
  org('ConnectWise', null, null),
  org('Synology', null, null),
  org('QNAP', null, null),
  org('Veeam', null, null),
];

/**
 * Words for jobs and titles that stand before or after a person's name ("Foreign Secretary Lord
 * Cameron", "Paul Chichester, NCSC Director of Operations"). Matching is case-insensitive.
 * The honorifics are listed here too, because they also act as titles. Words that also end
 * organisation names are left out ("Justice" in "Ministry of Justice", "Major", "Partner"), since a
 * phrase ending in a role word is not read as an organisation.
 */
export const ROLE_WORDS: readonly string[] = [
  // Government and politics
  'Minister',
  'Secretary',
  'Spokesperson',
  'Spokesman',
  'Spokeswoman',
  'Deputy',
  'Under-Secretary',
  'Undersecretary',
  'Attorney',
  'General',
  'Solicitor',
  'President',
  'Vice',
  'Vice-President',
  'Prime',
  'Premier',
  'Chancellor',
  'Ambassador',
  'Envoy',
  'Consul',
  'Commissioner',
  'Senator',
  'Representative',
  'Congressman',
  'Congresswoman',
  'Councillor',
  'MP',
  'MEP',
  'Speaker',
  'Governor',
  'Mayor',
  'Leader',
  'Adviser',
  'Advisor',
  'Counsellor',
  // Organisations
  'Director',
  'Director-General',
  'Chief',
  'Officer',
  'Head',
  'Chair',
  'Chairman',
  'Chairwoman',
  'Chairperson',
  'Executive',
  'CEO',
  'CTO',
  'CISO',
  'Founder',
  'Co-founder',
  // Security, police, courts
  'Superintendent',
  'Inspector',
  'Detective',
  'Sergeant',
  'Constable',
  'Commander',
  'Marshal',
  'Admiral',
  'Colonel',
  'Captain',
  'Lieutenant',
  'Prosecutor',
  'Judge',
  // Press
  'Editor',
  'Reporter',
  'Correspondent',
  // Honorifics
  'Lord',
  'Lady',
  'Baroness',
  'Baron',
  'Sir',
  'Dame',
  'Dr',
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Professor',
  'Prof',
];

/**
 * Honorifics that stay part of a person's name: "Lord Cameron", "Sir Jeremy Fleming", "Dr Ian Levy".
 * Written without a full stop; callers drop one ("Dr." → "Dr").
 */
export const HONORIFICS: readonly string[] = [
  'Lord',
  'Lady',
  'Baroness',
  'Baron',
  'Sir',
  'Dame',
  'Dr',
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Prof',
  'Professor',
];

const lowerSet = (words: readonly string[]) => new Set(words.map((w) => w.toLowerCase()));
const HEADS = lowerSet(ORG_HEAD_NOUNS);
const ROLES = lowerSet(ROLE_WORDS);
const HONOURS = lowerSet(HONORIFICS);

/** Written form → the organisations that go by it, in table order (the first is the default). */
function indexBy(forms: (o: WellKnownOrg) => readonly string[]): ReadonlyMap<string, WellKnownOrg[]> {
  const index = new Map<string, WellKnownOrg[]>();
  for (const o of WELL_KNOWN_ORGS)
    for (const f of forms(o)) {
      const list = index.get(f) ?? [];
      if (!list.includes(o)) list.push(o);
      index.set(f, list);
    }
  return index;
}

const WELL_KNOWN_INDEX = indexBy((o) => [o.name, ...(o.aliases ?? [])].map((n) => n.toLowerCase()));
const ACRONYM_INDEX = indexBy((o) => (o.acronym ? [o.acronym] : []));

/** True when `word` is an organisation head noun ("Commission", "office"). */
export function isOrgHeadNoun(word: string): boolean {
  return HEADS.has(word.toLowerCase());
}

/** True when `word` is a job or title word ("Minister", "spokesperson"). */
export function isRoleWord(word: string): boolean {
  return ROLES.has(word.toLowerCase());
}

/** True when `word` is an honorific that belongs to a name ("Lord", "Dr."). */
export function isHonorific(word: string): boolean {
  return HONOURS.has(word.toLowerCase().replace(/\.$/, ''));
}

/**
 * Every well-known organisation called `name`: by full name or alias (any case), or by acronym (exact
 * case, so "Who" or "cia" are not acronyms; "MoD" and "BfV" keep their mixed case). Several bodies of
 * different countries may share a name or an acronym; the table's first is the default.
 */
export function wellKnownOrgsCalled(name: string): readonly WellKnownOrg[] {
  const s = name.trim().replace(/^the\s+/i, '');
  return ACRONYM_INDEX.get(s) ?? WELL_KNOWN_INDEX.get(s.toLowerCase()) ?? [];
}

/** The well-known organisation called `name`, or the default one when several share it. */
export function findWellKnownOrg(name: string): WellKnownOrg | undefined {
  return wellKnownOrgsCalled(name)[0];
}
