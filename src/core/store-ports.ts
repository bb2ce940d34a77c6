// The corpus store as the core sees it: writing documents (ingest), reading the corpus (commands,
// briefings), searching passages and remembering each host's page furniture. These ports are the contract
// every database behind Sitrep implements (SQLite in src/infra/sqlite/; PostgreSQL next), so nothing here
// names a table, a query language or a driver. Import them through ports.ts, like every port.
import type { MergedAssessment, MergedEvent, MergedQuote } from './merge.js';
import type { Assessment, DatedEvent, Document, EntityKind, Extraction, IsoDate, Quote } from './model.js';
import type { PassagePage } from './passages.js';
import type { Correction } from './search-query.js';

export interface StoredDocument extends Document {
  /** When Sitrep stored it (ISO timestamp). */
  ingestedAt: string;
}

/** What a citation needs of a document: everything but the body. */
export type DocumentHead = Omit<StoredDocument, 'body'> & { snippet: string };

/** One document's quote, event or assessment, with the document it came from. */
export interface QuoteRow extends Quote {
  docId: string;
}
export interface EventRow extends DatedEvent {
  docId: string;
}
export interface AssessmentRow extends Assessment {
  docId: string;
}

/** One entity across the corpus: every name it goes by, the roles given to it, where it appears. */
export interface EntityRecord {
  name: string;
  kind: EntityKind;
  aliases: string[];
  /** Role → how many documents give it. */
  roles: Record<string, number>;
  /** Documents that mention it, and how many of them it wrote. */
  documents: number;
  authored: number;
  /** Earliest and latest publication date among those documents (null when none is dated). */
  firstSeen: string | null;
  lastSeen: string | null;
}

/** One page of merged rows and how many there are in all. */
export interface ClusterPage<T> {
  rows: T[];
  total: number;
  /** Topic words no passage holds, matched as close ones instead (absent when none was). */
  corrected?: Correction[];
}

export interface DateRange {
  from?: IsoDate;
  to?: IsoDate;
}

export type AddResult = { added: true; id: string } | { added: false; id: string; reason: 'duplicate' };

/** One document of a batch: stored, a duplicate, or refused (bad data) without affecting the others. */
export type BatchResult = AddResult | { added: false; id: string; reason: 'failed'; error: string };

// ─── Writing ────────────────────────────────────────────────────────────────────────────────────────

/**
 * Writing documents: what ingest needs. A document is stored whole or not at all, with its extracted
 * rows, its passages (searchable as soon as it is committed) and its share of the merged rows; a crash
 * mid-write loses nothing already stored.
 */
export interface DocumentWriter {
  /**
   * Stores documents with their extractions, in one transaction, except those already stored (see
   * `hasDocument`, judged inside the transaction). A document that fails (bad data, a refused write) is
   * left out alone and reported; the others are stored. The results are in the order of `items`.
   */
  addDocuments(
    items: readonly { doc: Document; extraction: Extraction }[],
    ingestedAt: string,
  ): Promise<BatchResult[]>;
  /**
   * Whether this document is stored already: the same id, the same URL, or (for a document without an
   * address, whose id is its text's) the same text at any address.
   */
  hasDocument(doc: Pick<Document, 'id' | 'url' | 'body'>): Promise<boolean>;
}

// ─── Reading ────────────────────────────────────────────────────────────────────────────────────────

/** Documents as stored, and which documents repeat each other. */
export interface DocumentReader {
  getDocument(id: string): Promise<StoredDocument | undefined>;
  /**
   * Documents newest publication first (unknown dates last, then newest stored first): all, or a page, or
   * those stored at or after `ingestedSince` (an ISO timestamp).
   */
  listDocuments(opts?: {
    limit?: number;
    offset?: number;
    ingestedSince?: string;
  }): Promise<StoredDocument[]>;
  documentCount(): Promise<number>;
  /**
   * Ids of a page of documents in the order they were stored, first stored first (all, or those stored at
   * or after `ingestedSince`): the order that rebuilds the same merged rows when they are stored again.
   */
  documentIdsInStoredOrder(page: {
    offset: number;
    limit: number;
    ingestedSince?: string;
  }): Promise<string[]>;
  /** Heads of these documents in the order given (unknown ids left out), without reading their bodies. */
  documentHeads(ids: readonly string[]): Promise<DocumentHead[]>;
  /** The extraction stored for one document (empty lists for an unknown id). */
  extractionOf(docId: string): Promise<Extraction>;
  /** Other documents with exactly the same text as one of these (copies at other addresses), first stored first. */
  documentsWithSameText(docIds: readonly string[], limit: number): Promise<string[]>;
  /**
   * Other documents that report one of these documents' quotes (the same merged quote), those sharing
   * the most quotes first.
   */
  documentsSharingQuotes(docIds: readonly string[], limit: number): Promise<string[]>;
}

/** Entities across the corpus, found by any name or alias (`nameKey` of core/text/normalise.ts). */
export interface EntityReader {
  /** The id of the entity stored last (0 when none): ids grow in the order entities are first stored. */
  latestEntityId(): Promise<number>;
  /** Entities stored after the one with id `afterId` (all when 0), in id order, at most `limit`. */
  entitiesAfter(afterId: number, limit?: number): Promise<(EntityRecord & { id: number })[]>;
  /** Entities one of whose names or aliases has this `nameKey`. */
  entitiesByKey(key: string): Promise<EntityRecord[]>;
  /** Entities with a name or alias whose `nameKey` starts with `prefix` (any when ''), most documented first. */
  entitiesWithKeyPrefix(prefix: string, limit: number): Promise<EntityRecord[]>;
  entity(name: string, kind: EntityKind): Promise<EntityRecord | undefined>;
  /** The documents that mention the entity with this canonical name, the last stored first. */
  documentsMentioning(name: string, limit: number): Promise<string[]>;
  /** Every entity these documents mention, once per document, name and kind. */
  namesInDocuments(docIds: readonly string[]): Promise<{ docId: string; name: string; kind: EntityKind }[]>;
  /**
   * For each of these canonical names that a document outside `excluding` mentions: every alias those
   * documents use for it (empty when they use none). Names no other document mentions are absent.
   */
  aliasesElsewhere(names: readonly string[], excluding: readonly string[]): Promise<Map<string, string[]>>;
}

/**
 * Merged rows: the same event, quote or assessment reported by several documents is one row, citing its
 * first reporters and counting them all. Topic `words` are matched as passage search matches its words
 * (every word, in any of its forms, the last a prefix, close words for those no document holds, which the
 * page reports as `corrected`). A page costs the same whatever the size of the corpus.
 */
export interface MergedReader {
  /**
   * Merged events in timeline order (oldest first): those an actor takes part in, those whose wording has
   * all `words`, or all; within the date range (an event overlapping it is in it).
   */
  eventClusters(q: {
    actor?: string;
    words?: readonly string[];
    range?: DateRange;
    limit: number;
    offset?: number;
  }): Promise<ClusterPage<MergedEvent>>;
  /** Merged quotes of one speaker, in the order first reported, optionally only those with all `words`. */
  quoteClusters(q: {
    speaker: string;
    words?: readonly string[];
    limit: number;
    offset?: number;
  }): Promise<ClusterPage<MergedQuote>>;
  /** Merged assessments about one actor, in the order first reported. */
  assessmentClusters(q: {
    actor: string;
    limit: number;
    offset?: number;
  }): Promise<ClusterPage<MergedAssessment>>;
  /** Every distinct quote speaker with its kind, by name. */
  speakers(): Promise<{ name: string; kind: EntityKind }[]>;
}

/** Reading the corpus: what commands and briefings ask of the store. */
export interface CorpusReader extends DocumentReader, EntityReader, MergedReader {}

// ─── Searching ──────────────────────────────────────────────────────────────────────────────────────

/** Free-text search over every passage of every stored document. */
export interface PassageSearch {
  /**
   * One page of the passages whose text matches `query`, and how many match: best first, each document's
   * best passage ahead among the first; newest first when every word is very common, counted up to a cap
   * (`exact` false past it). Every word must match in one of its forms, else any; the last word is a
   * prefix (4+ letters); a word no passage holds is replaced by close ones ("dowdne" → "dowden").
   */
  searchPassages(query: string, page: { offset: number; limit: number }): Promise<PassagePage>;
  /**
   * Prepares what typo-tolerant search needs in small steps, yielding between them; optional to call.
   * Until it is done, searches correct words with the part prepared so far instead of preparing the rest.
   */
  warmSearch(): Promise<void>;
}

/**
 * What the store remembers of the lines each host's pages carried (as keys, documents/recurring-lines.ts),
 * so that lines a site prints on every page are read as furniture on its next page.
 */
export interface FurnitureMemory {
  /** Keys of the lines that at least `minDocuments` stored documents from `host` carried. */
  recurringLines(host: string, minDocuments: number): Promise<string[]>;
  /** Documents just stored, each with its host and its lines' keys: a key counts once per document. */
  rememberLines(documents: readonly { host: string; lines: readonly string[] }[]): Promise<void>;
}
