// The SQLite connection every part of the store shares: opened (created whole when missing), checked,
// tuned and migrated before anything reads it.
import Database from 'better-sqlite3';
import { StoreOpenError } from '../store/open-error.js';
import {
  checkDatabaseFile,
  checkSitrepSchema,
  createDatabaseFile,
  describeOpenError,
} from './database-file.js';
import { migrate } from './migrations.js';

export type Db = Database.Database;

/**
 * A list (names, document ids) bound as one JSON array parameter, so each query is prepared once whatever
 * the list's length.
 */
export const IN_LIST = `(SELECT value FROM json_each(?))`;

/** Opens the Sitrep database at `file` (or ':memory:'), creating and migrating it when needed. */
export function openDatabase(file: string): Db {
  let db: Db | undefined;
  try {
    const onDisk = file !== ':memory:' && file !== '';
    if (onDisk && !checkDatabaseFile(file)) createDatabaseFile(file, (fresh) => migrate(fresh));
    db = new Database(file);
    db.pragma('busy_timeout = 5000');
    if (onDisk) checkSitrepSchema(db);
    // WAL: readers (commands) never wait for the writer (ingest). An in-memory database stays 'memory'.
    db.pragma('journal_mode = WAL');
    // With WAL, NORMAL syncs at checkpoints rather than at every commit: a crash of the process loses
    // nothing committed, a power cut may lose the last commits but never corrupts the file.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    return db;
  } catch (err) {
    db?.close();
    throw new StoreOpenError(`Cannot open the Sitrep database "${file}": ${describeOpenError(err, file)}.`, {
      cause: err,
    });
  }
}

/** Runs `fn` in an IMMEDIATE transaction: two writers take turns instead of failing on a lock upgrade. */
export function immediate<A extends unknown[], R>(db: Db, fn: (...args: A) => R): (...args: A) => R {
  const t = db.transaction(fn);
  return (...args: A): R => t.immediate(...args);
}
