// Every write of documents runs in one IMMEDIATE transaction. The merge writer remembers recent clusters,
// so it forgets them when another connection has committed since the last write (SQLite's data_version)
// and when a write rolls back; the passage writer forgets the words it wrote, on a rollback.
import type { Db } from './database.js';

export interface WriteTransaction {
  /** Runs `write` in one IMMEDIATE transaction; when it throws, the writers forget and it rethrows. */
  run<T>(write: () => T): T;
  /** Runs `write` in a savepoint, inside `run`: when it throws, its rows alone are rolled back. */
  alone<T>(write: () => T): T;
  /** Tells the writers a savepoint rolled back (what they remember may be missing). */
  rolledBack(): void;
}

export function createWriteTransaction(
  db: Db,
  writers: { merged: { forget(): void }; passages: { forget(): void } },
): WriteTransaction {
  const rolledBack = () => {
    writers.merged.forget();
    writers.passages.forget();
  };
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  let lastDataVersion: unknown;
  const transaction = db.transaction((write: () => unknown) => {
    const version = dataVersion.get();
    if (version !== lastDataVersion) writers.merged.forget();
    lastDataVersion = version;
    return write();
  });
  const savepoint = db.transaction((write: () => unknown) => write());
  return {
    run<T>(write: () => T): T {
      try {
        return transaction.immediate(write) as T;
      } catch (err) {
        rolledBack();
        throw err;
      }
    },
    alone: <T>(write: () => T): T => savepoint(write) as T,
    rolledBack,
  };
}
