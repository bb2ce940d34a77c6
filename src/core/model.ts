// The data every part of Sitrep shares. Plain values only: no classes, no I/O.

/** ISO 8601 at the precision the text gives: `2021`, `2023-12`, `2024-03-25`, or a range `2021/2022`. */
export type IsoDate = string;

/** `vulnerability`: a CVE id; the export writes it as it is, and the shared gold counts it as `other`. */
export type EntityKind =
  | 'person'
  | 'organisation'
  | 'threat_actor'
  | 'country'
  | 'malware'
  | 'tool'
  | 'vulnerability'
  | 'campaign'
  | 'other';

/** A report after cleaning: what the citation on every answer points at. */
export interface Document {
  /**
   * Stable id: a hash of the address (URL or feed GUID) and the normalised body, or of the body alone when
   * there is no address, so the same report arriving twice is stored once and a copy elsewhere is its own.
   */
  id: string;
  title: string | null;
  publisher: string | null;
  author: string | null;
  /** Publication date at the precision the text gives, or null when the text does not say. */
  published: IsoDate | null;
  url: string | null;
  /** Where it came from: a file's base name, a feed, a page. */
  origin: string;
  /** Clean body: paragraphs separated by one blank line. */
  body: string;
}

export interface Mention {
  /** Canonical name of the entity. */
  name: string;
  kind: EntityKind;
  /** Other names this document uses for it (acronyms, surnames, longer forms). */
  aliases: string[];
  /** Roles the text gives it ("Deputy Prime Minister"). */
  roles: string[];
}

export interface Quote {
  speaker: string;
  speakerKind: EntityKind;
  /** The speaker's role as the text gives it next to the quote, when it does. */
  role: string | null;
  /** The words inside the quote marks, hard-wrapped lines joined. */
  text: string;
  /** Index of the paragraph the quote stands in. */
  paragraph: number;
}

export interface DatedEvent {
  date: IsoDate;
  /** The sentence or clause that states the event. */
  text: string;
  /** The words that date it ("between 2021 and 2022", "last year"). */
  datePhrase: string;
  /** Entities named in the same sentence, canonical names. */
  actors: string[];
  paragraph: number;
}

export type ProbabilityBand =
  | 'remote chance'
  | 'highly unlikely'
  | 'unlikely'
  | 'realistic possibility'
  | 'likely'
  | 'highly likely'
  | 'almost certain';

/**
 * Analytic confidence (US ICD 203, UK PHIA): how sound the evidence and reasoning behind a judgement are,
 * which says nothing of how probable the judgement is (ADR 16).
 */
export type ConfidenceLevel = 'low confidence' | 'moderate confidence' | 'high confidence';

/** Where an assessment's wording places it: a probability band, or a confidence level for confidence wording. */
export type AssessmentBand = ProbabilityBand | ConfidenceLevel;

export interface Assessment {
  /** The wording as the text has it, lower-cased ("almost certainly", "high confidence"). */
  phrase: string;
  band: AssessmentBand;
  /** The sentence the wording stands in. */
  text: string;
  /** Threat actor or other entity the claim is about, when the sentence names one. */
  actor: string | null;
  paragraph: number;
}

/** Everything extracted from one document. */
export interface Extraction {
  entities: Mention[];
  quotes: Quote[];
  events: DatedEvent[];
  assessments: Assessment[];
}
