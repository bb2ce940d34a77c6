// The real `sitrep` binary (bin/sitrep.js) and `npm start`'s entry, as processes: what only a process
// shows. Each spawn costs a second or more, so only these few run this way, and at the same time.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, envFor, ROOT, type Run, sitrep, spawnBin, tempDir } from './helpers.js';

const SPAWNS = 120_000;

/** Runs `args` with its stdout closed before it writes a byte, as `| head` leaves it. */
function withClosedOutput(args: string[], env: Record<string, string>): Promise<Run> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env } });
  child.stdout.destroy();
  let err = '';
  child.stderr.on('data', (d: Buffer) => {
    err += String(d);
  });
  child.stdin.end();
  return new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? -1, out: '', err })));
}

describe.concurrent('the sitrep binary', { timeout: SPAWNS }, () => {
  it('prints only JSON with --json, from any working directory, and reads paths from there', async () => {
    const here = tempDir('cwd');
    writeFileSync(
      join(here, 'note.txt'),
      'Volt Typhoon advisory\n\nVolt Typhoon was seen in US water utilities in 2023, the agency said.',
    );
    const env = envFor(tempDir('bin'));
    const ingest = await spawnBin(['ingest', 'note.txt', '--json'], { cwd: here, env });
    expect(ingest.err).toBe('');
    expect(ingest.code).toBe(0);
    expect(JSON.parse(ingest.out)).toMatchObject({ added: [{ origin: 'note.txt' }] });
  });

  it('stops quietly when its output is closed (| head)', async () => {
    const cli = await withClosedOutput([BIN, 'who', 'APT31'], envFor(tempDir('epipe')));
    expect(cli).toEqual({ code: 0, out: '', err: '' });
  });

  // Root may write anywhere, so as root the binary runs as nobody; otherwise as this user. Nobody can run
  // it only where it may read this checkout (not in a root-only temp folder): elsewhere there is no one
  // to run it as, and the test says so instead of failing on a permission that is not the one tested.
  const asRoot = process.getuid?.() === 0;
  const other = asRoot ? { uid: 65534, gid: 65534 } : {};
  const runnable =
    !asRoot ||
    spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(BIN)}, 4)`], other)
      .status === 0;
  it.skipIf(!runnable)(
    'says in one line that DATA_DIR must be writable, or may not be read, when run by another user',
    async () => {
      const data = tempDir('readonly');
      expect((await sitrep(['sources'], envFor(data))).code).toBe(0); // a healthy corpus
      chmodSync(data, 0o555);
      const locked = tempDir('locked');
      chmodSync(locked, 0o700);
      if ('uid' in other) chownSync(locked, 0, 0);
      else chmodSync(locked, 0o000);
      const [readOnly, denied] = await Promise.all([
        spawnBin(['who', 'APT31'], { env: envFor(data), ...other }),
        spawnBin(['who', 'APT31'], { env: envFor(join(locked, 'data')), ...other }),
      ]);
      expect(readOnly.code).toBe(2);
      expect(readOnly.err).toBe(
        `Cannot open the Sitrep database "${join(data, 'sitrep.db')}": the folder ${data} must be writable: SQLite keeps its write-ahead log (sitrep.db-wal) and shared-memory file beside the database, even to read it.\n`,
      );
      expect(denied.code).toBe(2);
      expect(denied.err).toMatch(
        /^Cannot open the Sitrep database ".+": permission denied \(EACCES\)[^\n]*\n$/,
      );
      chmodSync(locked, 0o700);
      mkdirSync(join(locked, 'data')); // still usable by its owner
    },
  );
});
