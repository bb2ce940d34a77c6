// The field's knowledge as Sitrep holds it: what the public catalogues (MITRE ATT&CK, MISP galaxy,
// CISA KEV) say about actors, malware, tools, campaigns and vulnerabilities, each fact with the
// catalogue it came from. Plain values only, so a snapshot serialises as JSON and loads back as is.

/** The `system` of an ATT&CK id (`G0128`) among an entry's external ids; also how ATT&CK is credited. */
export const ATTACK_IDS = 'MITRE ATT&CK';
/** The `system` of a CVE id among an entry's external ids. */
export const CVE_IDS = 'CVE';

/** ISO 8601 at the precision the catalogue gives (`2023-07-19`, `2019-12`). */
export type IsoDate = string;

export type KnowledgeKind = 'threat_actor' | 'malware' | 'tool' | 'campaign' | 'vulnerability';

/** Every kind, for checks of stored data. */
export const KNOWLEDGE_KINDS = [
  'threat_actor',
  'malware',
  'tool',
  'campaign',
  'vulnerability',
] as const satisfies readonly KnowledgeKind[];

/** The catalogues know things of this kind (an entity kind of the reports may be one). */
export function isKnowledgeKind(kind: string): kind is KnowledgeKind {
  return (KNOWLEDGE_KINDS as readonly string[]).includes(kind);
}

/**
 * A stable entry id: the ATT&CK id when ATT&CK has the thing (`G0128`, `S0013`, `C0012`), the CVE id
 * for a vulnerability (`CVE-2023-3519`), else the MISP cluster uuid.
 */
export type EntryId = string;

/**
 * One catalogue as loaded: who published it, which version, when. `id` names the file's place in the
 * field (`mitre-attack/enterprise-attack`, `misp-galaxy/threat-actor`, `cisa-kev`); `scheme` names the
 * identity space its objects live in, so two bundles of one publisher (ATT&CK Enterprise and ICS share
 * their groups) count as one catalogue when actors are joined.
 */
export interface CatalogueInfo {
  id: string;
  scheme: string;
  title: string;
  publisher: string;
  version: string | null;
  date: IsoDate | null;
  /** The notice the publisher asks to reproduce where its data is shown. */
  licence: string;
  url: string | null;
}

/** A source the catalogue cites for a name or a relationship. */
export interface Citation {
  /** The catalogue's name for the source ("Microsoft Threat Actor Naming July 2023"). */
  name: string;
  /** Author, date and title as the catalogue gives them. */
  description?: string;
  url?: string;
}

/** Why an alias is credited to `usedBy`. */
export type AliasBasis =
  /** The catalogue cites the publisher's own report for the name. */
  | 'citation'
  /** The catalogue says who coined it (MISP `origin:` notes, Microsoft's own catalogue of names). */
  | 'catalogue'
  /** The name follows a publisher's published naming scheme (`… Typhoon`, `UNC…`, `TA…`). */
  | 'naming-scheme'
  /** A STIX source Sitrep imports gives the name; `catalogue` is its provenance ("from <source name>"). */
  | 'import';

/** One catalogue's testimony that a name is used for the thing. */
export interface AliasSource {
  /** Who uses the name ("Microsoft", "CrowdStrike"), or null when the catalogue does not say. */
  usedBy: string | null;
  basis: AliasBasis | null;
  catalogue: string;
  citations: Citation[];
}

export interface Alias {
  name: string;
  sources: AliasSource[];
}

/** An id the thing has in a catalogue (`G0128` in MITRE ATT&CK, a MISP uuid). */
export interface ExternalId {
  system: string;
  id: string;
  url?: string;
}

/** A fact with the catalogue that states it. */
export interface Sourced<T> {
  value: T;
  catalogue: string;
}

export type RelationType =
  /** An actor or campaign uses a piece of software (ATT&CK `uses`, MISP `uses`/`used-by`). */
  | 'uses'
  /** A campaign is attributed to an actor (ATT&CK `attributed-to`). */
  | 'attributed-to'
  /** A catalogue ties two things without saying how (a Malpedia family citing an ATT&CK group page). */
  | 'associated-with'
  /** A catalogue calls two things similar but keeps them apart (MISP `similar` not joined). */
  | 'similar-to';

export interface EntryLink {
  rel: RelationType;
  /** `out`: this entry is the subject (APT28 uses X-Agent); `in`: the object (X-Agent is used by APT28). */
  dir: 'out' | 'in';
  target: EntryId;
  catalogue: string;
  citations: Citation[];
  /** Estimative language the catalogue attaches ("likely", "almost-certain"), when it does. */
  likelihood?: string;
}

/** CISA KEV facts about a vulnerability. */
export interface VulnerabilityFacts {
  vendor: string;
  product: string;
  name: string;
  dateAdded: IsoDate;
  dueDate: IsoDate | null;
  /** `Known` / `Unknown` as KEV states it: known use in ransomware campaigns. */
  knownRansomwareCampaignUse: boolean;
  cwes: string[];
}

/** The catalogue object an entry was built from. */
export interface EntryRecord {
  catalogue: string;
  /** The object's id in its catalogue (STIX id, MISP uuid, CVE id). */
  key: string;
  name: string;
  /** The catalogue revoked it in favour of this entry; its names and ids lead here. */
  revoked?: true;
  deprecated?: true;
  modified?: string;
}

export interface KnowledgeEntry {
  id: EntryId;
  kind: KnowledgeKind;
  name: string;
  aliases: Alias[];
  description: Sourced<string> | null;
  /** Country of origin as the catalogue gives it (ISO 3166 alpha-2 where it does). */
  country: Sourced<string> | null;
  /** Suspected state sponsor (MISP's `cfr-suspected-state-sponsor`). */
  sponsor: Sourced<string> | null;
  externalIds: ExternalId[];
  links: EntryLink[];
  firstSeen: Sourced<IsoDate> | null;
  lastSeen: Sourced<IsoDate> | null;
  vulnerability?: VulnerabilityFacts;
  /** Only a deprecated catalogue object stands behind it: never shown or matched as live. */
  deprecated: boolean;
  records: EntryRecord[];
}
