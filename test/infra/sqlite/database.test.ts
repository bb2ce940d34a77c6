// Opening the store: a file that exists must already be a Sitrep database, and is never rewritten when
// it is not; a missing folder is created; a failure to open names the file and the cause.
import { existsSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../src/infra/sqlite/store.js';
import { StoreOpenError } from '../../../src/infra/store/open-error.js';

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-open-'));
  file = join(dir, 'sitrep.db');
});

/** Opening must fail with a one-line reason and leave the file byte for byte as it was. */
function expectRefused(reason: RegExp): void {
  const before = readFileSync(file);
  let error: unknown;
  try {
    openSqliteStore(file).close();
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(StoreOpenError);
  const message = (error as Error).message;
  expect(message).toMatch(new RegExp(`^Cannot open the Sitrep database "${file.replace(/\W/g, '\\$&')}": `));
  expect(message).toMatch(reason);
  expect(message).not.toContain('\n');
  expect(readFileSync(file).equals(before)).toBe(true);
}

describe('opening the store', () => {
  it('refuses an empty (zero-byte) file instead of starting a fresh corpus in it', () => {
    writeFileSync(file, '');
    expectRefused(/empty \(0 bytes\).*left as it is/);
    expect(readdirSync(dir)).toEqual(['sitrep.db']);
  });

  it('refuses a file that is not SQLite', () => {
    writeFileSync(file, 'a backup that went wrong\n'.repeat(100));
    expectRefused(/not a SQLite database/);
  });

  it("refuses another program's SQLite database, and one with no tables", () => {
    const other = new Database(file);
    other.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)');
    other.close();
    expectRefused(
      /SQLite database but not Sitrep's \(no documents, mentions, quotes, events, assessments, meta table\)/,
    );

    writeFileSync(file, '');
    const empty = new Database(file);
    empty.pragma('journal_mode = WAL');
    empty.close();
    expectRefused(/not Sitrep's \(it has no tables\)/);
  });

  it('refuses a damaged database', () => {
    const store = openSqliteStore(file);
    store.close();
    // Cut the file short: its header promises pages that are no longer there.
    truncateSync(file, 4096 * 2);
    expectRefused(/damaged|malformed/);
  });

  it('creates a new file whole, with nothing left beside it', () => {
    openSqliteStore(file).close();
    expect(readdirSync(dir)).toEqual(['sitrep.db']);
    const again = openSqliteStore(file);
    expect(again.documentCount()).toBe(0);
    again.close();
  });

  it('creates a missing directory for the file', () => {
    const nested = join(dir, 'data', 'deeper', 'sitrep.db');
    openSqliteStore(nested).close();
    expect(existsSync(nested)).toBe(true);
  });

  it('names the file and the cause when it cannot open', () => {
    const notADir = join(dir, 'plain-file');
    writeFileSync(notADir, 'x');
    const inside = join(notADir, 'sitrep.db');
    expect(() => openSqliteStore(inside)).toThrow(
      new RegExp(`Cannot open the Sitrep database "${escapeRegExp(inside)}": .+`),
    );

    const junk = join(dir, 'junk.db');
    writeFileSync(
      junk,
      'this is not a database, just some text that is long enough to have a header'.repeat(20),
    );
    expect(() => openSqliteStore(junk)).toThrow(
      new RegExp(`"${escapeRegExp(junk)}": .*not a (SQLite )?database`),
    );
  });
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
