// Opening the database file safely. SQLite takes an empty file, or one with no tables, for a new database,
// and the migrations would quietly turn it into a fresh corpus with the bundled reports: a truncated or
// mistaken file would look like a working Sitrep that has forgotten everything. So a file that exists must
// already be a Sitrep database, and anything else is refused untouched, with one line saying what it is.
import {
  accessSync,
  closeSync,
  constants,
  linkSync,
  mkdirSync,
  openSync,
  readSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { describeError } from '../../core/util/errors.js';

/** Why the store cannot open, in one line a person can act on; no stack is worth showing. */
export class StoreOpenError extends Error {
  override name = 'StoreOpenError';
}

const SQLITE_MAGIC = 'SQLite format 3\0';
/** Tables every Sitrep schema has had since the first version. */
const SITREP_TABLES = ['documents', 'mentions', 'quotes', 'events', 'assessments', 'meta'];
const LEFT_AS_IS = 'it was left as it is';

/**
 * Checks `file` before SQLite opens it: whether it exists already (true) or will be created (false).
 * Throws when it exists but cannot be a Sitrep database, or when its folder cannot hold SQLite's log.
 */
export function checkDatabaseFile(file: string): boolean {
  if (file === ':memory:' || file === '') return false;
  const st = statOrNull(file);
  if (st) {
    if (!st.isFile()) throw new Error(`it is not a file; ${LEFT_AS_IS}`);
    if (st.size === 0)
      throw new Error(
        `the file is empty (0 bytes), so it holds no corpus; ${LEFT_AS_IS}. Restore it from a backup, or move it away to start a new corpus`,
      );
    if (readHeader(file) !== SQLITE_MAGIC)
      throw new Error(
        `the file is not a SQLite database; ${LEFT_AS_IS}. Point DATA_DIR at another folder, or move the file away to start a new corpus`,
      );
  }
  writableFolder(dirname(file));
  return st !== null;
}

/**
 * The quick check of a file that existed: SQLite reads its header and schema (a damaged first page or
 * schema fails here), and the schema must be Sitrep's (a newer version is the migrations' to refuse). Reading every page (`PRAGMA quick_check`) would
 * take minutes on a corpus of millions of reports, so a start-up does not.
 */
export function checkSitrepSchema(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = new Set(
    db.prepare<[], string>(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all(),
  );
  const lacking = SITREP_TABLES.filter((t) => !tables.has(t));
  if (version === 0 || lacking.length > 0)
    throw new Error(
      `it is a SQLite database but not Sitrep's (${tables.size === 0 ? 'it has no tables' : `no ${lacking.join(', ')} table`}); ${LEFT_AS_IS}. Point DATA_DIR at another folder`,
    );
}

/**
 * Creates the database at `file` whole or not at all: it is built under a temporary name and linked into
 * place, so no process ever finds a half-made file (which the checks above refuse), whether another one
 * is creating it at the same moment or a crash stopped the creation.
 */
export function createDatabaseFile(file: string, init: (db: Database.Database) => void): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.new`;
  const leftovers = [temp, `${temp}-wal`, `${temp}-shm`];
  for (const f of leftovers) rmSync(f, { force: true });
  try {
    const db = new Database(temp);
    try {
      db.pragma('journal_mode = WAL');
      init(db);
    } finally {
      // Closing checkpoints the log into the file, which keeps WAL mode in its header.
      db.close();
    }
    linkSync(temp, file);
  } catch (err) {
    // Another process created it first; its file is whole too.
    if ((err as { code?: unknown }).code !== 'EEXIST') throw err;
  } finally {
    for (const f of leftovers) rmSync(f, { force: true });
  }
}

/** The reason an open failed, in words: what is wrong and what to do. */
export function describeOpenError(err: unknown, file: string): string {
  const code = (err as { code?: unknown } | null)?.code;
  const message = describeError(err);
  switch (code) {
    case 'SQLITE_NOTADB':
      return `the file is not a SQLite database (${message}); ${LEFT_AS_IS}`;
    case 'SQLITE_CORRUPT':
      return `the database is damaged (${message}); ${LEFT_AS_IS}. Restore it from a backup`;
    case 'SQLITE_CANTOPEN':
      return `${message} (the folder ${dirname(file)} is missing or not writable)`;
    case 'SQLITE_READONLY':
      return `${message} (the file or its folder is read-only)`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied (${code}): the user running Sitrep may not read or write it or its folder`;
    case 'ENOTDIR':
      return `a part of the path ${dirname(file)} is a file, not a folder`;
    default:
      return message;
  }
}

function writableFolder(dir: string): void {
  const st = statOrNull(dir);
  if (!st) return; // created by the opener, which reports it when it cannot
  if (!st.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new Error(
      `the folder ${dir} must be writable: SQLite keeps its write-ahead log (sitrep.db-wal) and shared-memory file beside the database, even to read it`,
    );
  }
}

function statOrNull(path: string): ReturnType<typeof statSync> | null {
  try {
    return statSync(path);
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ENOENT') return null;
    throw err;
  }
}

function readHeader(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(SQLITE_MAGIC.length);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('latin1');
  } finally {
    closeSync(fd);
  }
}
