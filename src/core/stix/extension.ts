// Sitrep's own STIX objects: its identity (the author of what it extracted) and the extension definition
// that carries, on each report, what STIX has no property for: the document as stored, its dated events at
// the text's precision, and its assessment wording with the yardstick band (never STIX `confidence`).
// The normative schema is docs/stix/report-extension.schema.json; the definition object says so in text,
// which STIX allows (`schema` is a URL or plain text).
import type { ConfidenceLevel, IsoDate, ProbabilityBand } from '../model.js';
import { stixId } from './ids.js';

/** When version 1.0 of these objects was defined: fixed, so every export states the same objects. */
const DEFINED = '2026-12-06T00:00:00.000Z';

export const SITREP_IDENTITY_ID = stixId('identity', { name: 'sitrep', identity_class: 'system' });
export const REPORT_EXTENSION_ID = stixId('extension-definition', { name: 'sitrep-report', version: '1.0' });

export const sitrepIdentity = () => ({
  type: 'identity',
  spec_version: '2.1',
  id: SITREP_IDENTITY_ID,
  created: DEFINED,
  modified: DEFINED,
  name: 'Sitrep',
  identity_class: 'system',
  description:
    'Briefing bot: what it extracts from reports (quotes, dated events, assessment wording) is cited to them.',
});

const SCHEMA_TEXT = `Property extension of report, version 1.0; JSON Schema in docs/stix/report-extension.schema.json of the Sitrep repository. Properties: title, publisher, author (strings, absent when the report has none); published (ISO 8601 at the precision the text gives: 2024, 2024-03 or 2024-03-25; absent when undated, STIX published then being the time Sitrep stored it); origin (where Sitrep got it); events (date at the text's precision or a start/end range, date_phrase, text verbatim, actors, actor_refs); assessments (phrase as written; for probability wording its band on the UK probability yardstick and band_range such as "≥95%", for confidence wording its confidence level instead, which is no probability; text verbatim, about, about_ref). Assessment wording is data, never STIX confidence.`;

export const reportExtensionDefinition = () => ({
  type: 'extension-definition',
  spec_version: '2.1',
  id: REPORT_EXTENSION_ID,
  created_by_ref: SITREP_IDENTITY_ID,
  created: DEFINED,
  modified: DEFINED,
  name: 'Sitrep report facts',
  description:
    'What Sitrep read in a report beyond STIX: the document as stored, dated events at the precision the text gives, assessment wording with its probability-yardstick band.',
  schema: SCHEMA_TEXT,
  version: '1.0',
  extension_types: ['property-extension'],
});

export interface ReportEvent {
  date: IsoDate;
  date_phrase: string;
  text: string;
  actors?: string[];
  actor_refs?: string[];
}

export interface ReportAssessment {
  phrase: string;
  /** Probability wording: its band on the yardstick and the band's range. */
  band?: ProbabilityBand;
  band_range?: string;
  /** Confidence wording: its level, which is no probability (ADR 16). */
  confidence?: ConfidenceLevel;
  text: string;
  about?: string;
  about_ref?: string;
}

/** The extension's value on one report. Absent properties are unknown (STIX allows no nulls or empty lists). */
export interface ReportFacts {
  extension_type: 'property-extension';
  title?: string;
  publisher?: string;
  author?: string;
  published?: IsoDate;
  origin: string;
  events?: ReportEvent[];
  assessments?: ReportAssessment[];
}
