// A real PostgreSQL server for the tests: the one SITREP_TEST_DATABASE_URL names, or one started here from
// the installed binaries (initdb + pg_ctl in a temp folder, on a free loopback port; as the `postgres` user
// when the tests run as root, since the server refuses root). Each test file gets a database of its own,
// dropped at the end with the server it started.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import pg from 'pg';

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

/** Why the PostgreSQL tests cannot run here, or null when they can. */
export function postgresUnavailable(): string | null {
  if (process.env.SITREP_TEST_DATABASE_URL) return null;
  return postgresBinaries()
    ? null
    : 'no PostgreSQL server binaries (initdb, pg_ctl) on PATH or in /usr/lib/postgresql/*/bin, and SITREP_TEST_DATABASE_URL is not set: install postgresql (.ci/run does) to run these tests';
}

export interface TestServer {
  /** A fresh database on the server: empty, or a copy of `template` (a database nobody is connected to). */
  createDatabase(template?: string): Promise<string>;
  stop(): Promise<void>;
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

/** Server settings for tests: nothing is kept after a crash, so nothing is synced. */
const SETTINGS = ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off', 'max_connections=60'];

/**
 * Starts a server in a temp folder (initdb with an ICU collation that is not byte order, so a query
 * that forgets COLLATE "C" sorts differently from SQLite and a test catches it).
 */
async function startLocal(bin: string, settings: readonly string[]): Promise<{ url: string; stop(): void }> {
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
    // A server built without ICU: the C.UTF-8 locale, which glibc sorts by code point.
    rmSync(data, { recursive: true, force: true });
    initdb(['--locale=C.UTF-8']);
  }
  const port = await freePort();
  const options = [
    '-p',
    String(port),
    '-k',
    dir,
    '-c',
    'listen_addresses=127.0.0.1',
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
  // A test process that ends without its teardown still stops its server.
  process.once('exit', stop);
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
}

let databases = 0;

/** The server for one test file: SITREP_TEST_DATABASE_URL's, or a local one started now. */
export async function startTestServer(settings: readonly string[] = SETTINGS): Promise<TestServer> {
  const external = process.env.SITREP_TEST_DATABASE_URL;
  const bin = postgresBinaries();
  if (!external && !bin) throw new Error(postgresUnavailable() ?? 'no PostgreSQL');
  const local = external ? null : await startLocal(bin ?? '', settings);
  const admin = new pg.Pool({ connectionString: external ?? local?.url, max: 2 });
  const created: string[] = [];
  return {
    async createDatabase(template) {
      const name = `sitrep_test_${process.pid}_${Date.now().toString(36)}_${++databases}`;
      const from = template === undefined ? '' : ` TEMPLATE ${new URL(template).pathname.slice(1)}`;
      await admin.query(`CREATE DATABASE ${name}${from}`);
      created.push(name);
      const url = new URL(external ?? local?.url ?? '');
      url.pathname = `/${name}`;
      return url.href;
    },
    async stop() {
      if (!local)
        for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
      local?.stop();
    },
  };
}
