// A throwaway PostgreSQL server from the installed binaries: initdb and pg_ctl in a temp folder, on a free
// loopback port, as the `postgres` user when this process is root (the server refuses root). The tests'
// server (test/infra/postgres/test-server.ts) and the benchmark's (`--store postgres` without
// `--database-url`) both start theirs here. Node built-ins and pg only.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/** Where initdb and pg_ctl are: on PATH, or in Debian's /usr/lib/postgresql/<version>/bin. */
export function postgresBinaries(): string | null {
  const onPath = (process.env.PATH ?? '').split(delimiter).filter((d) => d && existsSync(join(d, 'initdb')));
  if (onPath[0]) return onPath[0];
  const debian = '/usr/lib/postgresql';
  if (!existsSync(debian)) return null;
  const versions = readdirSync(debian)
    .filter((v) => existsSync(join(debian, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(debian, versions[0], 'bin') : null;
}

/** The uid and gid of `postgres`, when this process is root and must hand the server to it. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (uid === undefined || gid === undefined)
    throw new Error('running as root, and there is no postgres user to run the PostgreSQL server as');
  return { uid: Number(uid), gid: Number(gid) };
}

function run(bin: string, args: string[], user: { uid: number; gid: number } | undefined): void {
  const r = spawnSync(bin, args, { encoding: 'utf8', timeout: 60_000, ...(user ?? {}) });
  if (r.status !== 0) throw new Error(`${bin} ${args.join(' ')} failed: ${r.stderr || r.stdout || r.error}`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

export interface LocalServer {
  /** postgres://postgres@127.0.0.1:PORT/postgres (trust authentication, loopback only). */
  url: string;
  /** The server's data directory (its postmaster.pid names the server's process). */
  dataDir: string;
  /** Stops the server at once and deletes its folder; safe to call twice. */
  stop(): void;
}

/**
 * Starts a server with `settings` (`name=value`, passed as `-c`). initdb uses an ICU collation that is not
 * byte order, so a query that forgets COLLATE "C" sorts differently from SQLite; a server built without
 * ICU gets C.UTF-8, which glibc sorts by code point.
 */
export async function startLocalServer(bin: string, settings: readonly string[]): Promise<LocalServer> {
  const user = serverUser();
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-pg-'));
  if (user) spawnSync('chown', [`${user.uid}:${user.gid}`, dir]);
  const data = join(dir, 'data');
  const initdb = (locale: string[]) =>
    run(
      join(bin, 'initdb'),
      ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync', ...locale],
      user,
    );
  try {
    initdb(['--locale-provider=icu', '--icu-locale=en', '--locale=C.UTF-8']);
  } catch {
    rmSync(data, { recursive: true, force: true });
    initdb(['--locale=C.UTF-8']);
  }
  const port = await freePort();
  const options = [
    ...['-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1'],
    ...settings.flatMap((s) => ['-c', s]),
  ];
  const ctl = (args: string[]) => run(join(bin, 'pg_ctl'), ['-D', data, ...args], user);
  ctl(['-o', options.join(' '), '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      ctl(['-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  // A process that ends without its teardown still stops its server.
  process.once('exit', stop);
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, dataDir: data, stop };
}
