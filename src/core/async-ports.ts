// The store ports as a database reached over the network implements them: the same methods, each returning
// a Promise. The core calls the synchronous ports today (SQLite answers in-process); PostgreSQL implements
// these, and one conformance suite holds both to the same behaviour. When the core awaits its store, these
// become the ports themselves (ADR 14 lists the callers that change).
import type { SourceStore } from './ports.js';
import type { CorpusReader, DocumentWriter, PassageSearch } from './store-ports.js';

/** Every method of `T`, returning a Promise of what it returned (a Promise already is one). */
export type Async<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : T[K];
};

export type AsyncDocumentWriter = Async<DocumentWriter>;
export type AsyncCorpusReader = Async<CorpusReader>;
export type AsyncPassageSearch = Async<PassageSearch>;
export type AsyncSourceStore = Async<SourceStore>;

/** One database behind every asynchronous store port; closing it ends every port. */
export interface AsyncStore
  extends AsyncDocumentWriter,
    AsyncCorpusReader,
    AsyncPassageSearch,
    AsyncSourceStore {
  close(): Promise<void>;
}
