// The corpus on disk: one SQLite file (better-sqlite3) behind every store port, its schema owned and
// migrated by the app. One connection serves the corpus, the sources and the field's knowledge (one file,
// one transaction log).
import { createAssessmentReader } from './assessment-reader.js';
import { topicMatchOf } from './clusters.js';
import { type Db, openDatabase } from './database.js';
import { createDeliveryStore } from './deliveries.js';
import { createDocumentReader } from './document-reader.js';
import { createDocumentWriter } from './document-writer.js';
import { createEntityReader } from './entity-reader.js';
import { createEventReader } from './event-reader.js';
import { createFurnitureMemory } from './furniture-memory.js';
import { createImportedNames } from './imported-names.js';
import { createKnowledgeStore } from './knowledge.js';
import { createPassageSearch } from './passage-search.js';
import { createQuoteReader } from './quote-reader.js';
import { createSearchLexicon } from './search-lexicon.js';
import { createSourceRegistry } from './sources.js';
import type { SqliteStore } from './synchronous.js';

export type { SqliteStore } from './synchronous.js';

/** Opens (creating and migrating when needed) the SQLite store at `file`, or ':memory:'. */
export function openSqliteStore(file: string): SqliteStore {
  return createSqliteStore(openDatabase(file));
}

/** The store on a connection `openDatabase` opened; closing the store closes it. */
export function createSqliteStore(db: Db): SqliteStore {
  const lexicon = createSearchLexicon(db);
  const search = createPassageSearch(db, lexicon.queries);
  const topicMatch = topicMatchOf(search);
  return {
    ...createDocumentWriter(db, (doc) => lexicon.learn(doc)),
    ...createDocumentReader(db),
    ...createEntityReader(db),
    ...createEventReader(db, topicMatch),
    ...createQuoteReader(db, topicMatch),
    ...createAssessmentReader(db),
    searchPassages: (query, page) => search.search(query, page),
    warmSearch: () => lexicon.warm(),
    ...createSourceRegistry(db),
    ...createDeliveryStore(db),
    ...createImportedNames(db),
    ...createKnowledgeStore(db),
    ...createFurnitureMemory(db),
    close() {
      if (db.open) db.close();
    },
  };
}
