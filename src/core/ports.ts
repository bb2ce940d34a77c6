// The outside world as the core sees it. Implementations live in src/infra; tests pass their own.
import type { Assessment, DatedEvent, Document, EntityKind, Extraction, IsoDate, Quote } from './model.js';

export interface Logger {
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

export interface Clock {
  now(): Date;
}

/** One entity as stored for one document. */
export interface MentionRow {
  docId: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  roles: string[];
}

export interface QuoteRow extends Quote {
  docId: string;
}

export interface EventRow extends DatedEvent {
  docId: string;
}

export interface AssessmentRow extends Assessment {
  docId: string;
}

export interface StoredDocument extends Document {
  /** When Sitrep stored it (ISO timestamp). */
  ingestedAt: string;
}

export type AddResult = { added: true; id: string } | { added: false; id: string; reason: 'duplicate' };

/**
 * Persistent corpus. Every write is one transaction: a crash mid-ingest loses nothing already stored
 * and leaves no half-written document.
 */
export interface Store {
  /** Stores a document and its extraction unless the same id or URL is already stored. */
  addDocument(doc: Document, extraction: Extraction, ingestedAt: string): AddResult;
  hasDocument(id: string, url?: string | null): boolean;
  getDocument(id: string): StoredDocument | undefined;
  /** All documents, newest publication first (unknown dates last). */
  listDocuments(): StoredDocument[];
  documentCount(): number;
  /** Every distinct (name, kind) with its aliases, for name lookup and suggestions. */
  entityNames(): { name: string; kind: EntityKind; aliases: string[] }[];
  /** Mention rows of the entities with these canonical names, across documents. */
  mentionsOf(names: string[]): MentionRow[];
  /** Quotes whose speaker is one of these canonical names. */
  quotesBy(speakers: string[]): QuoteRow[];
  /** Every distinct quote speaker with its kind. */
  speakers(): { name: string; kind: EntityKind }[];
  /** Events whose date overlaps [from, to] (either bound optional), oldest first. */
  events(range?: { from?: IsoDate; to?: IsoDate }): EventRow[];
  /** Assessments whose actor is one of these names, or all when names is omitted. */
  assessments(actors?: string[]): AssessmentRow[];
  /** The extraction stored for one document. */
  extractionOf(docId: string): Extraction;
  /** Small key/value store for app state (index snapshot version, last briefing…). */
  getMeta(key: string): string | undefined;
  setMeta(key: string, value: string): void;
  close(): void;
}
