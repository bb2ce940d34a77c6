// The SQLite store as the core sees it: the store ports, each answer computed at once as before and handed
// back as a resolved Promise, a failure as a rejected one. What the app opens without DATABASE_URL, and what
// the conformance suite runs beside PostgreSQL.
import type { Store } from '../../core/ports.js';
import { openSqliteStore } from './store.js';
import type { SqliteStore } from './synchronous.js';

/** The same store, every method returning a Promise; the store's own methods are left as they are. */
export function asStorePorts(store: SqliteStore): Store {
  const methods = Object.entries(store).map(([name, method]) => {
    const call = method as (...args: unknown[]) => unknown;
    return [name, async (...args: unknown[]) => call(...args)];
  });
  return Object.fromEntries(methods) as unknown as Store;
}

/** Opens (creating and migrating when needed) the SQLite store at `file` behind the store ports. */
export function openSqliteStorePorts(file: string): Store {
  return asStorePorts(openSqliteStore(file));
}
