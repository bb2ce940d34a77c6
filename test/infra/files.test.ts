// Reports on disk: only regular files are read, and links found in a folder never lead out of it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { listReportFiles } from '../../src/infra/files.js';

const REPORT = 'Volt Typhoon advisory\n\nVolt Typhoon was seen in US water utilities in 2023.';
let dir: string;
let outside: string;

const mkfifo = (path: string) => execFileSync('mkfifo', [path]);
const origins = (paths: string[]) => listReportFiles(paths).inputs.map((i) => i.origin);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-files-'));
  outside = mkdtempSync(join(tmpdir(), 'sitrep-outside-'));
  writeFileSync(join(dir, 'a.txt'), REPORT);
});

describe('listReportFiles', () => {
  // Each listing is checked before anything is loaded: loading a FIFO would block this thread for good.
  it('skips a FIFO in a folder, and a link to one, instead of waiting on them for ever', async () => {
    mkfifo(join(dir, 'pipe.txt'));
    mkfifo(join(outside, 'far.txt'));
    mkdirSync(join(dir, 'sub'));
    mkfifo(join(dir, 'sub', 'inner.md'));
    symlinkSync(join(dir, 'sub', 'inner.md'), join(dir, 'link-in.txt'));
    symlinkSync(join(outside, 'far.txt'), join(dir, 'link-out.txt'));
    const listing = listReportFiles([dir]);
    expect(listing.inputs.map((i) => i.origin)).toEqual(['a.txt']);
    expect(listing.skipped).toEqual([
      { path: join(dir, 'link-in.txt'), reason: 'not a regular file' },
      { path: join(dir, 'link-out.txt'), reason: 'a link leading outside the folder' },
      { path: join(dir, 'pipe.txt'), reason: 'not a regular file' },
      { path: join(dir, 'sub', 'inner.md'), reason: 'not a regular file' },
    ]);
    expect(await listing.inputs[0]?.load()).toMatchObject({ content: REPORT, origin: 'a.txt' });
  });

  it('refuses a FIFO given by name', () => {
    mkfifo(join(outside, 'named.txt'));
    const listing = listReportFiles([join(outside, 'named.txt')]);
    expect(listing.inputs).toEqual([]);
    expect(listing.skipped).toEqual([{ path: join(outside, 'named.txt'), reason: 'not a regular file' }]);
  });

  it('follows links that stay inside the folder, never those that leave it', () => {
    writeFileSync(join(outside, 'secret.txt'), REPORT);
    mkdirSync(join(outside, 'elsewhere'));
    writeFileSync(join(outside, 'elsewhere', 'b.txt'), REPORT);
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'c.md'), REPORT);
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'secret.txt'));
    symlinkSync(join(outside, 'elsewhere'), join(dir, 'elsewhere'));
    symlinkSync('../a.txt', join(dir, 'sub', 'alias.txt'));
    // A link back up: read once, never a loop.
    symlinkSync('..', join(dir, 'sub', 'up'));
    const listing = listReportFiles([dir]);
    expect(listing.inputs.map((i) => i.origin)).toEqual(['a.txt', 'alias.txt', 'c.md']);
    expect(listing.skipped.map((s) => s.path)).toEqual([join(dir, 'elsewhere'), join(dir, 'secret.txt')]);
    // Given by name, a link is the user's choice and is followed.
    expect(origins([join(dir, 'secret.txt')])).toEqual(['secret.txt']);
  });

  // Root reads every folder, so only another user can see this one fail.
  it.skipIf(process.getuid?.() === 0)('reports a folder it cannot list and carries on', () => {
    mkdirSync(join(dir, 'locked'), { mode: 0o000 });
    const listing = listReportFiles([dir]);
    expect(listing.inputs.map((i) => i.origin)).toEqual(['a.txt']);
    expect(listing.skipped).toEqual([
      { path: join(dir, 'locked'), reason: 'cannot list the folder (EACCES)' },
    ]);
  });

  it('lists what does not exist as missing', () => {
    expect(listReportFiles([join(dir, 'nope.txt')]).missing).toEqual([join(dir, 'nope.txt')]);
  });
});

describe('loading a listed file', () => {
  it('refuses a file that became a FIFO after it was listed, without blocking', () => {
    // In a child process: were the FIFO opened the blocking way, only the child would hang, and the
    // spawn's limit would end it as a failure.
    const script = `
      import { execFileSync } from 'node:child_process';
      import { unlinkSync } from 'node:fs';
      import { listReportFiles } from ${JSON.stringify(join(import.meta.dirname, '../../src/infra/files.ts'))};
      const path = ${JSON.stringify(join(dir, 'a.txt'))};
      const [input] = listReportFiles([path]).inputs;
      unlinkSync(path);
      execFileSync('mkfifo', [path]);
      try { input.load(); console.log('read'); } catch (err) { console.log(err.message); }
    `;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('not a regular file');
  });
});
