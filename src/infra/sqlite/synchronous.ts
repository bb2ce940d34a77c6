// The store ports as SQLite implements them: better-sqlite3 answers in-process, so each method returns
// its answer itself where the port promises one. The modules of this folder implement these forms, under
// the ports' own names; `asStorePorts` (async-store.ts) hands the store to the core as the ports.
import type { KnowledgeStore } from '../../core/knowledge/store.js';
import type * as Ports from '../../core/ports.js';

/**
 * Every method of `T` returning what its Promise resolves to, but those named in `Kept`, which stay
 * asynchronous in SQLite too (warming the lexicon yields between steps).
 */
export type Synchronous<T, Kept extends keyof T = never> = {
  [K in keyof T]: K extends Kept
    ? T[K]
    : T[K] extends (...args: infer A) => Promise<infer R>
      ? (...args: A) => R
      : T[K];
};

export type DocumentWriter = Synchronous<Ports.DocumentWriter>;
export type DocumentReader = Synchronous<Ports.DocumentReader>;
export type EntityReader = Synchronous<Ports.EntityReader>;
export type CorpusReader = Synchronous<Ports.CorpusReader>;
export type PassageSearch = Synchronous<Ports.PassageSearch, 'warmSearch'>;
export type SourceStore = Synchronous<Ports.SourceStore>;
export type ImportedNames = Synchronous<Ports.ImportedNames>;
export type FurnitureMemory = Synchronous<Ports.FurnitureMemory>;

/** Every port the SQLite file serves, as it serves them; the knowledge is asynchronous on both engines. */
export type SqliteStore = Synchronous<Ports.Store, 'warmSearch' | keyof KnowledgeStore>;
