// The knowledge as stored: the current snapshot and the catalogues it was built from, each with its
// provenance and the validators of its last download. A port, like store-ports.ts: SQLite implements it
// in src/infra/sqlite/, PostgreSQL next, so nothing here names a table, a query language or a driver.
// Promises throughout, so a database across the network implements it as naturally as a file does.
import type { CatalogueSummary } from './snapshot.js';

/** One catalogue of the current snapshot: what the snapshot says of it, and how it was read. */
export interface StoredCatalogue extends CatalogueSummary {
  /** The validators its publisher sent, sent back on the next download (null for a file imported). */
  etag: string | null;
  lastModified: string | null;
  /** When Sitrep read it (ISO timestamp). */
  loadedAt: string;
  /** The version of its kept parsed form (catalogue-data.ts); another one is read again, not reused. */
  dataFormat: number;
}

export interface KnowledgeSave {
  /** The snapshot as serializeSnapshot wrote it. */
  snapshot: string;
  builtAt: string;
  /** Every catalogue the snapshot was built from, with its parsed form: opaque text to the store. */
  catalogues: { catalogue: StoredCatalogue; data: string }[];
}

export interface KnowledgeStore {
  /** The catalogues of the current snapshot, by id; empty when none is loaded. */
  knowledgeCatalogues(): Promise<StoredCatalogue[]>;
  /** The current snapshot's text, or null when none is loaded. */
  knowledgeSnapshot(): Promise<string | null>;
  /** A stored catalogue's parsed form, or null when there is no such catalogue. */
  catalogueData(id: string): Promise<string | null>;
  /**
   * Replaces the snapshot and its catalogues with these, all or nothing: when it fails (a full disk, a
   * crash), the previous snapshot and catalogues are still there, whole.
   */
  saveKnowledge(save: KnowledgeSave): Promise<void>;
}
