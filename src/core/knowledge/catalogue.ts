// What a catalogue parser hands on: one record per catalogue object, with the links that catalogue
// states, before the records of several catalogues are joined into entries (union.ts).
import type {
  Alias,
  CatalogueInfo,
  Citation,
  ExternalId,
  IsoDate,
  KnowledgeKind,
  RelationType,
  VulnerabilityFacts,
} from './model.js';

/**
 * How one record points at another, in any catalogue: by uuid (a STIX id's uuid, a MISP cluster
 * uuid; MISP's ATT&CK galaxies reuse ATT&CK's uuids, so MISP `related` links reach ATT&CK objects)
 * or by ATT&CK id (`G0049`, as MISP cites attack.mitre.org pages).
 */
export type RecordRef = { uuid: string } | { attackId: string };

/** The catalogue says the record and `ref` are the same thing (joined only when a name confirms it). */
export interface SameAsClaim {
  ref: RecordRef;
  /** Higher first: an explicit link beats a cited page. */
  strength: number;
  /** What the link stays as when it does not join the two (no shared name, or each is already joined). */
  otherwise: RelationType;
  likelihood?: string;
}

export interface RecordRelation {
  rel: RelationType;
  /** The record is the subject (it uses / is attributed to / is associated with `ref`)... */
  ref: RecordRef;
  /** ...unless the catalogue states it the other way round (MISP `used-by`). */
  inverse?: true;
  citations: Citation[];
  likelihood?: string;
}

export interface CatalogueRecord {
  /** Unique within the catalogue's scheme: the uuid, or the CVE id. */
  key: string;
  kind: KnowledgeKind;
  name: string;
  /** Every name the catalogue gives, the object's own name included, each with who uses it. */
  aliases: Alias[];
  externalIds: ExternalId[];
  description: string | null;
  country: string | null;
  sponsor: string | null;
  firstSeen: IsoDate | null;
  lastSeen: IsoDate | null;
  vulnerability?: VulnerabilityFacts;
  revokedBy?: RecordRef;
  deprecated?: true;
  modified?: string;
  /**
   * Records of one catalogue sharing this key are one thing in that catalogue's own scheme (Malpedia
   * files one family per platform: `win.derusbi`, `elf.derusbi`).
   */
  family?: string;
  sameAs: SameAsClaim[];
  relations: RecordRelation[];
}

export interface ParsedCatalogue {
  info: CatalogueInfo;
  records: CatalogueRecord[];
  /** Objects of a kind Sitrep reads that failed validation and were left out. */
  skipped: number;
  /** The first few reasons, readable by a person. */
  problems: string[];
  /** Lower-case words of the catalogue's prose with their counts (see common-words.ts). */
  prose: Map<string, number>;
}

/** Catalogue input is untrusted: a malformed object is skipped and counted, never fatal for the file. */
export class SkipLog {
  skipped = 0;
  readonly problems: string[] = [];

  skip(what: string, why: string): void {
    this.skipped++;
    if (this.problems.length < 10) this.problems.push(`${what}: ${why}`);
  }
}

/** Thrown when a whole file is not the catalogue it was read as; the message says what it is not. */
export class CatalogueFormatError extends Error {
  override name = 'CatalogueFormatError';
}

/**
 * Catalogues that list each thing once: two ATT&CK groups are two actors by ATT&CK's word (it revokes
 * duplicates), and so are two Microsoft names (renames aside) or two Malpedia families. MISP's
 * threat-actor and tool galaxies do list one actor twice (UNC2452 beside APT29), so two of their
 * clusters may meet in one entry, but only where a catalogue links each of them to it.
 */
export const EXCLUSIVE: ReadonlySet<string> = new Set([
  'mitre-attack',
  'misp-galaxy/microsoft-activity-group',
  'misp-galaxy/malpedia',
  'cisa-kev',
]);
