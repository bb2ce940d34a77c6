// The corpus, the sources and the field's knowledge on PostgreSQL, behind the store ports (core/ports.ts):
// one pool, one schema migrated at open (migrations.ts), any number of replicas on the same database (ADR 14).
import type { Logger, Store } from '../../core/ports.js';
import { StoreOpenError } from '../store/open-error.js';
import { createAssessmentReader } from './assessment-reader.js';
import { topicMatchOf } from './clusters.js';
import { createDeliveryStore } from './deliveries.js';
import { createDocumentReader } from './document-reader.js';
import { createDocumentWriter } from './document-writer.js';
import { createEntityReader } from './entity-reader.js';
import { createEventReader } from './event-reader.js';
import { createFurnitureMemory } from './furniture-memory.js';
import { createImportedNames } from './imported-names.js';
import { createKnowledgeStore } from './knowledge.js';
import { migrate } from './migrations.js';
import { searchPassages } from './passage-search.js';
import { createPool, type Pool } from './pool.js';
import { createQueryPlanner } from './query-plans.js';
import { createQuoteReader } from './quote-reader.js';
import { createSearchLexicon } from './search-lexicon.js';
import { createSourceRegistry } from './sources.js';
import type { TlsSettings } from './tls.js';

export interface PostgresStoreOptions {
  /** postgres://user:password@host:port/database (TLS settings in the URL or `tls`). */
  url: string;
  tls?: TlsSettings;
  /** Connections at most. */
  max?: number;
  logger?: Pick<Logger, 'warn'>;
}

/** The store on a pool whose database is migrated; closing the store ends the pool. */
export function createPostgresStore(pool: Pool): Store {
  const lexicon = createSearchLexicon(pool);
  const plan = createQueryPlanner(pool, lexicon);
  const topicMatch = topicMatchOf(plan);
  let closed: Promise<void> | null = null;
  return {
    ...createDocumentWriter(pool, (doc) => lexicon.learn(doc)),
    ...createDocumentReader(pool),
    ...createEntityReader(pool),
    ...createEventReader(pool, topicMatch),
    ...createQuoteReader(pool, topicMatch),
    ...createAssessmentReader(pool),
    searchPassages: async (query, page) => searchPassages(pool, await plan(query), page),
    warmSearch: () => lexicon.warm(),
    ...createSourceRegistry(pool),
    ...createDeliveryStore(pool),
    ...createKnowledgeStore(pool),
    ...createFurnitureMemory(pool),
    ...createImportedNames(pool),
    close: () => {
      closed ??= pool.end();
      return closed;
    },
  };
}

/** Connects to the database at `url` and brings its schema up to date; says in one line why it cannot. */
export async function openPostgresStore(opts: PostgresStoreOptions): Promise<Store> {
  return createPostgresStore(await openPostgresPool(opts));
}

/**
 * A pool on the database at `url`, its schema brought up to date, for the store and for what works beside
 * it (a bulk copy); says in one line why it cannot.
 */
export async function openPostgresPool(opts: PostgresStoreOptions): Promise<Pool> {
  let pool: Pool | undefined;
  try {
    pool = createPool(opts);
    await migrate(pool);
    return pool;
  } catch (err) {
    await pool?.end().catch(() => {});
    const reason = err instanceof Error ? err.message : String(err);
    throw new StoreOpenError(`Cannot open the Sitrep database at ${redacted(opts.url)}: ${reason}.`, {
      cause: err,
    });
  }
}

/** The URL without its password, for a message. */
function redacted(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.href;
  } catch {
    return 'the given URL';
  }
}
