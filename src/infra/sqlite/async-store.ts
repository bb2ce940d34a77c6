// The SQLite store behind the asynchronous ports (core/async-ports.ts): each answer, computed at once as
// before, handed back as a resolved Promise, and a failure as a rejected one. What the conformance suite
// runs beside PostgreSQL, and what the app will open once the core awaits its store.
import type { EngineStore } from '../store/engine-store.js';
import { openSqliteStore, type SqliteStore } from './store.js';

/** The same store, every method returning a Promise; the store's own methods are left as they are. */
export function asAsyncStore(store: SqliteStore): EngineStore {
  const methods = Object.entries(store).map(([name, method]) => {
    const call = method as (...args: unknown[]) => unknown;
    return [name, async (...args: unknown[]) => call(...args)];
  });
  return Object.fromEntries(methods) as unknown as EngineStore;
}

/** Opens (creating and migrating when needed) the SQLite store at `file` behind the asynchronous ports. */
export function openAsyncSqliteStore(file: string): EngineStore {
  return asAsyncStore(openSqliteStore(file));
}
