// Leader election on a real PostgreSQL server: two or more electors on one database, one leads; its
// session ended (backend terminated, process killed) costs it leadership and lets another lead on its next
// attempt; a graceful stop hands over at once. Retries run on a schedule the test fires by hand.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Socket } from 'node:net';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/infra/clock.js';
import { type HealthReport, type HealthServer, startHealthServer } from '../../../src/infra/health-server.js';
import {
  afterHandover,
  createLeaderElection,
  type LeaderElection,
} from '../../../src/infra/postgres/leader-election.js';
import { openPostgresStore } from '../../../src/infra/postgres/store.js';
import type { Schedule } from '../../../src/infra/schedule.js';
import { deferred } from '../../support/events.js';
import { doc, EMPTY } from '../store-fixtures.js';
import { postgresUnavailable, startTestServer, type TestServer } from './test-server.js';

/** A schedule that runs nothing until the test fires it. */
function manualSchedule() {
  const due = new Set<() => void>();
  const schedule: Schedule = (_ms, run) => {
    due.add(run);
    return () => due.delete(run);
  };
  return {
    schedule,
    fire() {
      const runs = [...due];
      due.clear();
      for (const run of runs) run();
    },
  };
}

/** Resolves with the next state `election` changes to. */
const nextChange = (election: LeaderElection) =>
  new Promise<boolean>((resolve) => {
    const off = election.onChange((leading) => {
      off();
      resolve(leading);
    });
  });

describe('a hand-over notice', () => {
  it('is answered by an attempt that starts after the one under way, which may have tried too early', async () => {
    const underWay = deferred<boolean>();
    const follower = { leading: false, attempting: underWay.promise as Promise<boolean> | null };
    let attempts = 0;
    const attempt = async () => {
      attempts++;
      follower.leading = true;
      return true;
    };
    const answered = afterHandover(follower, attempt);
    await Promise.resolve();
    expect(attempts).toBe(0);
    // The attempt under way read the lock as held: the leader let go after it tried.
    follower.attempting = null;
    underWay.resolve(false);
    expect(await answered).toBe(true);
    expect(attempts).toBe(1);
  });

  it('leaves a leader as it is', async () => {
    let attempts = 0;
    const attempt = async () => ++attempts > 0;
    expect(await afterHandover({ leading: true, attempting: null }, attempt)).toBe(true);
    expect(attempts).toBe(0);
  });
});

describe.skipIf(postgresUnavailable())('leader election on PostgreSQL', () => {
  let server: TestServer;
  let url: string;
  let admin: pg.Client;
  const electors: LeaderElection[] = [];
  const clock = fixedClock(new Date('2026-12-05T10:00:00Z'));
  let names = 0;
  const elector = (schedule = manualSchedule().schedule) => {
    const name = `elector-${++names}`;
    const e = createLeaderElection({ url, clock, schedule, name, retryMs: 10_000 });
    electors.push(e);
    return Object.assign(e, { name });
  };
  /** The backend pid of a session, by the name it shows in pg_stat_activity. */
  const backendOf = async (name: string) =>
    Number(
      (await admin.query('SELECT pid FROM pg_stat_activity WHERE application_name = $1', [name])).rows[0]
        ?.pid,
    );

  /** `a` leads; `b` follows, started, retrying on `timer`. */
  const leaderAndFollower = async () => {
    const a = elector();
    const timer = manualSchedule();
    const b = elector(timer.schedule);
    expect(await a.attempt()).toBe(true);
    b.start();
    expect(await b.attempt()).toBe(false);
    return { a, b, timer };
  };

  beforeAll(async () => {
    server = await startTestServer();
    url = await server.createDatabase();
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
  }, 120_000);
  afterEach(async () => {
    await Promise.all(electors.splice(0).map((e) => e.stop()));
  });
  afterAll(async () => {
    await admin?.end();
    await server?.stop();
  });

  it('lets exactly one of several electors lead when they try at the same moment', async () => {
    const all = [elector(), elector(), elector()];
    const won = await Promise.all(all.map((e) => e.attempt()));
    expect(won.filter(Boolean)).toHaveLength(1);
    expect(all.map((e) => e.status().leading)).toEqual(won);
    // Trying again changes nothing: the leader keeps the lock, the others still cannot take it.
    expect(await Promise.all(all.map((e) => e.attempt()))).toEqual(won);
    const locks = await admin.query(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory'`);
    expect(locks.rows[0]?.n).toBe(1);
  });

  it('loses leadership when its backend is terminated, and the other leads on its next scheduled attempt', async () => {
    const { a, b, timer } = await leaderAndFollower();
    const lost = nextChange(a);
    // With a time limit the server waits until the backend has exited, its locks freed.
    await admin.query('SELECT pg_terminate_backend($1, 10000)', [await backendOf(a.name)]);
    expect(await lost).toBe(false);
    expect(a.status()).toMatchObject({ leading: false, lastError: expect.stringMatching(/terminat/i) });
    expect(b.status().leading).toBe(false);
    const won = nextChange(b);
    timer.fire();
    expect(await won).toBe(true);
    // The old leader comes back as a follower on a new session.
    expect(await a.attempt()).toBe(false);
  });

  it('lets another lead after the leader process is killed (SIGKILL), its lock freed with its session', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/infra/postgres/elector-process.ts', url],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const lines = createInterface({ input: child.stdout });
    const [first] = (await once(lines, 'line')) as [string];
    expect(first).toBe('leading');
    const b = elector();
    expect(await b.attempt()).toBe(false);
    const pid = await backendOf('elector-process');
    child.kill('SIGKILL');
    await once(child, 'exit');
    // Waits until the server has seen the socket close and the backend exit (a no-op when it already has).
    await admin.query('SELECT pg_terminate_backend($1, 10000)', [pid]).catch(() => undefined);
    expect(await b.attempt()).toBe(true);
  });

  it('hands over on a graceful stop: the follower leads at once on the notice, without its retry', async () => {
    // The follower's schedule is never fired here: only the notice can make it lead.
    const { a, b } = await leaderAndFollower();
    const won = nextChange(b);
    await a.stop();
    expect(await won).toBe(true);
    expect(a.status().leading).toBe(false);
    // A stopped elector never tries again.
    expect(await a.attempt()).toBe(false);
  });

  it('keeps leading when its check was answered while the process was busy past the time limit', async () => {
    const a = createLeaderElection({ url, clock, schedule: manualSchedule().schedule, retryMs: 400 });
    electors.push(a);
    expect(await a.attempt()).toBe(true);
    const check = a.attempt();
    // Once the check is sent, the process is busy for five times its 200 ms limit, as a long extraction on
    // a loaded host keeps it; the server's answer waits to be read.
    setImmediate(() => {
      const until = Date.now() + 1000;
      while (Date.now() < until);
    });
    expect(await check).toBe(true);
    expect(a.status()).toMatchObject({ leading: true, lastError: null });
  });

  it('stops leading at once when its check gets no answer, and lets the lock go once its listeners are done', async () => {
    const a = createLeaderElection({
      url,
      clock,
      schedule: manualSchedule().schedule,
      retryMs: 2000,
      stopWaitMs: 60_000,
      name: 'silent-check',
    });
    electors.push(a);
    const b = elector();
    expect(await a.attempt()).toBe(true);
    const stopping = deferred();
    const lost = new Promise<boolean>((resolve) =>
      a.onChange((leading) => {
        resolve(leading);
        // The scheduler finishing the post it began.
        return stopping.promise;
      }),
    );
    const backend = await backendOf('silent-check');
    // The server takes the check and answers nothing while this transaction holds pg_locks.
    await admin.query('BEGIN');
    await admin.query('LOCK TABLE pg_catalog.pg_locks IN ACCESS EXCLUSIVE MODE');
    let checked = false;
    const check = a.attempt().finally(() => {
      checked = true;
    });
    try {
      expect(await lost).toBe(false);
      expect(a.status()).toMatchObject({
        leading: false,
        lastError: expect.stringMatching(/no answer|timeout/),
      });
    } finally {
      await admin.query('ROLLBACK');
    }
    // While the scheduler stops, the session keeps the lock: nobody else leads yet.
    expect(await b.attempt()).toBe(false);
    expect(checked).toBe(false);
    stopping.resolve();
    expect(await check).toBe(false);
    await admin.query('SELECT pg_terminate_backend($1, 10000)', [backend]).catch(() => undefined);
    expect(await b.attempt()).toBe(true);
  });

  it('lets every replica store documents while one leads: the leader holds no lock a writer needs', async () => {
    const leader = elector();
    expect(await leader.attempt()).toBe(true);
    const store = await openPostgresStore({ url });
    try {
      const [results] = await Promise.all([
        store.addDocuments([{ doc: doc('while-leading'), extraction: EMPTY }], 't'),
        // Migrating takes its own lock too: a replica starting while another leads must get through.
        openPostgresStore({ url }).then((s) => s.close()),
      ]);
      expect(results.map((r) => r.added)).toEqual([true]);
    } finally {
      await store.close();
    }
  });

  it('says why it cannot reach the server and does not lead, without throwing', async () => {
    const dead = new URL(url);
    dead.port = '1';
    const e = createLeaderElection({ url: dead.href, clock, schedule: manualSchedule().schedule });
    electors.push(e);
    expect(await e.attempt()).toBe(false);
    expect(e.status()).toMatchObject({ leading: false, lastError: expect.stringMatching(/ECONNREFUSED/) });
  });

  it('gives up on a server that accepts the connection and never answers, and can try again', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    try {
      const e = createLeaderElection({
        url: `postgres://postgres@127.0.0.1:${port}/sitrep`,
        clock,
        schedule: manualSchedule().schedule,
        retryMs: 400,
      });
      electors.push(e);
      expect(await e.attempt()).toBe(false);
      expect(e.status().lastError).toMatch(/timeout/i);
      // The failed attempt does not hold the next one up.
      expect(await e.attempt()).toBe(false);
      expect(sockets).toHaveLength(2);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('shows on /healthz which replica leads, and that both reach the store', async () => {
    const [a, b] = [elector(), elector()];
    expect(await a.attempt()).toBe(true);
    expect(await b.attempt()).toBe(false);
    const store = await openPostgresStore({ url });
    const health = await Promise.all(
      [a, b].map((e) =>
        startHealthServer(
          { checkStore: async () => void (await store.documentCount()), leader: () => e.status() },
          { port: 0 },
        ),
      ),
    );
    try {
      const read = async (h: HealthServer) =>
        (await (await fetch(`${h.url}/healthz`)).json()) as HealthReport & {
          scheduler: { leading?: boolean };
        };
      const bodies = await Promise.all(health.map(read));
      expect(bodies.map((r) => [r.status, r.store.reachable, r.scheduler.leading])).toEqual([
        ['ok', true, true],
        ['ok', true, false],
      ]);
    } finally {
      await Promise.all(health.map((h) => h.close()));
      await store.close();
    }
  });
});
