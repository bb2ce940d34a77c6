// DATABASE_URL: every state in PostgreSQL instead of SQLite in DATA_DIR. A real server holds the corpus
// the commands answer from; an address that is not PostgreSQL's, or a server that does not answer, stops
// the run in one line that never shows the password, and nothing is kept in DATA_DIR meanwhile.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { postgresUnavailable, serverForBlock } from '../infra/postgres/test-server.js';
import { envFor, npmStart, sitrep, tempDir } from './helpers.js';

describe('DATABASE_URL', { timeout: 60_000 }, () => {
  it('says in one line what is wrong with an address that is not PostgreSQL’s', async () => {
    const data = tempDir('database-url-scheme');
    const r = await sitrep(['who', 'APT31'], envFor(data, { DATABASE_URL: 'mysql://sitrep:s3cret@db/x' }));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/DATABASE_URL/);
    expect(r.err).toMatch(/postgres:\/\//);
    expect(r.err).not.toContain('s3cret');
    expect(existsSync(join(data, 'sitrep.db'))).toBe(false);
  });

  it('stops in one line when the database does not answer, keeping nothing in DATA_DIR', async () => {
    const data = tempDir('database-url-down');
    const url = 'postgres://sitrep:s3cret@127.0.0.1:1/sitrep';
    for (const r of [
      await sitrep(['who', 'APT31'], envFor(data, { DATABASE_URL: url })),
      await npmStart('/who APT31\n', envFor(data, { DATABASE_URL: url })),
    ]) {
      expect(r.code).not.toBe(0);
      expect(r.out).toBe('');
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/database/i);
      expect(r.err).not.toContain('s3cret');
    }
    expect(existsSync(join(data, 'sitrep.db'))).toBe(false);
  });

  it('set but empty counts as unset, as every other variable does', async () => {
    const r = await sitrep(['who', 'APT31'], envFor(tempDir('database-url-empty'), { DATABASE_URL: '  ' }));
    expect(r.code).toBe(0);
  });
});

describe.skipIf(postgresUnavailable() !== null)('DATABASE_URL on a real server', { timeout: 120_000 }, () => {
  const server = serverForBlock();

  it('keeps the seeds in PostgreSQL on first start and answers from there, with nothing in DATA_DIR', async () => {
    const url = await server().createDatabase();
    const first = tempDir('database-url-first');
    const who = await sitrep(['who', 'APT31'], envFor(first, { DATABASE_URL: url }));
    expect(who.code).toBe(0);
    expect(who.out).toMatch(/APT31/);
    expect(existsSync(join(first, 'sitrep.db'))).toBe(false);
    // Another process, another DATA_DIR: the same corpus, read from the database.
    const other = tempDir('database-url-other');
    const listed = await sitrep(['sources', '--json'], envFor(other, { DATABASE_URL: url }));
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.out).documents).toHaveLength(5);
    const started = await npmStart('/quote Dowden\n', envFor(other, { DATABASE_URL: url }));
    expect(started.code).toBe(0);
    expect(started.out).toMatch(/Dowden/);
    expect(existsSync(join(other, 'sitrep.db'))).toBe(false);
  });
});
