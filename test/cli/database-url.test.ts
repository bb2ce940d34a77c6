// DATABASE_URL before this build can use it: PostgreSQL is not wired into the app yet, so a run that is
// given one refuses in one line rather than quietly keeping the corpus in SQLite in DATA_DIR.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { envFor, npmStart, sitrep, spawnBin, tempDir } from './helpers.js';

const URL = 'postgres://sitrep:s3cret@db.example:5432/sitrep';
const REFUSAL =
  /^DATABASE_URL is set, but PostgreSQL is not yet supported in this build: unset it to keep the corpus in SQLite in .+\.$/;

describe('DATABASE_URL', { timeout: 60_000 }, () => {
  it('is refused by sitrep and npm start in one line, and nothing is stored in DATA_DIR', async () => {
    const data = tempDir('database-url');
    for (const r of [
      await sitrep(['who', 'APT31'], envFor(data, { DATABASE_URL: URL })),
      await sitrep(['ingest', join(data, 'none.txt')], envFor(data, { DATABASE_URL: URL })),
      await npmStart('/who APT31\n', envFor(data, { DATABASE_URL: URL })),
    ]) {
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err.trim()).toMatch(REFUSAL);
      expect(r.err).not.toContain('s3cret');
    }
    expect(existsSync(join(data, 'sitrep.db'))).toBe(false);
  });

  it('is refused as a start-up error document with --json, and by the binary itself', async () => {
    const data = tempDir('database-url-json');
    const r = await sitrep(['sources', '--json'], envFor(data, { DATABASE_URL: URL }));
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toMatchObject({
      status: 'error',
      error: { code: 'startup', message: expect.stringMatching(REFUSAL) },
    });
    const bin = await spawnBin(['who', 'APT31'], { env: envFor(data, { DATABASE_URL: URL }) });
    expect([bin.code, bin.out]).toEqual([2, '']);
    expect(bin.err.trim()).toMatch(REFUSAL);
    expect(existsSync(join(data, 'sitrep.db'))).toBe(false);
  });

  it('set but empty counts as unset, as every other variable does', async () => {
    const r = await sitrep(['who', 'APT31'], envFor(tempDir('database-url-empty'), { DATABASE_URL: '  ' }));
    expect(r.code).toBe(0);
  });
});
