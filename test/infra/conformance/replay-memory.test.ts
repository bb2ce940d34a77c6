// The replay memory of signed requests, held to one behaviour in both implementations: this process's
// cache (Sitrep alone, on SQLite) and PostgreSQL's table (replicas). Each key is fresh once while its
// timestamp is in the window, fresh again once it has left it, and of claims racing for one key exactly one
// is fresh: on PostgreSQL from two pools, as two replicas would claim. Clocks are the claims' own numbers.
import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ReplayMemory } from '../../../src/core/ports.js';
import { createReplayCache, SIGNATURE_WINDOW_MS } from '../../../src/core/util/replay-cache.js';
import { migrate } from '../../../src/infra/postgres/migrations.js';
import { createPool, type Pool } from '../../../src/infra/postgres/pool.js';
import { createPostgresReplayMemory } from '../../../src/infra/postgres/replay-memory.js';
import { postgresUnavailable, startTestServer, type TestServer } from '../postgres/test-server.js';

interface Memories {
  /** Another claimer on the same memory: another replica's pool on PostgreSQL, the same cache in-process. */
  open(): Promise<ReplayMemory>;
  /** How many keys it holds, expired ones not yet swept included. */
  held(): Promise<number>;
}

const W = SIGNATURE_WINDOW_MS;
const T = Date.parse('2031-06-01T12:00:00Z');

function scenarios(memories: () => Memories): void {
  it('a key is fresh once, then replayed while its timestamp is in the window', async () => {
    const m = await memories().open();
    expect(await m.claim('v0=aaa', T, T)).toBe('fresh');
    expect(await m.claim('v0=aaa', T, T + 1000)).toBe('replayed');
    expect(await m.claim('v0=aaa', T, T + W)).toBe('replayed');
    expect(await m.claim('v0=bbb', T, T + 1000)).toBe('fresh');
  });

  it('a key whose timestamp has left the window is fresh again, and then replayed again', async () => {
    const m = await memories().open();
    expect(await m.claim('1700000000000000001', T, T)).toBe('fresh');
    const later = T + W + 1;
    expect(await m.claim('1700000000000000001', later, later)).toBe('fresh');
    expect(await m.claim('1700000000000000001', later, later + 1)).toBe('replayed');
  });

  it('another claimer on the same memory sees what the first claimed', async () => {
    const [a, b] = [await memories().open(), await memories().open()];
    expect(await a.claim('v0=shared', T, T)).toBe('fresh');
    expect(await b.claim('v0=shared', T, T + 10)).toBe('replayed');
  });

  it('expired keys are let go as claims go on', async () => {
    const all = memories();
    const m = await all.open();
    for (const key of ['k1', 'k2', 'k3']) expect(await m.claim(key, T, T)).toBe('fresh');
    expect(await all.held()).toBe(3);
    // Past the window and past the next sweep: the three go, the new key stays.
    expect(await m.claim('k4', T + 2 * W, T + 2 * W)).toBe('fresh');
    expect(await all.held()).toBe(1);
  });

  it('of claims racing for one key, from two claimers, exactly one is fresh; for an expired key too', async () => {
    const all = memories();
    const claimers = [await all.open(), await all.open()];
    const race = (key: string, at: number) =>
      Promise.all(Array.from({ length: 16 }, (_, i) => claimers[i % 2]?.claim(key, at, at + i)));
    for (const key of ['r1', 'r2', 'r3']) {
      const verdicts = await race(key, T);
      expect(
        verdicts.filter((v) => v === 'fresh'),
        key,
      ).toHaveLength(1);
      expect(
        verdicts.filter((v) => v === 'replayed'),
        key,
      ).toHaveLength(15);
    }
    const again = await race('r1', T + W + 1);
    expect(again.filter((v) => v === 'fresh')).toHaveLength(1);
  });
}

describe('replay memory (in this process)', () => {
  let cache = createReplayCache();
  beforeEach(() => {
    cache = createReplayCache();
  });
  scenarios(() => ({ open: async () => cache, held: async () => cache.size }));
});

const unavailable = postgresUnavailable();
describe.skipIf(unavailable)(`replay memory (PostgreSQL${unavailable ? ' skipped' : ''})`, () => {
  let server: TestServer;
  let admin: Pool;
  const pools: Pool[] = [];
  let url = '';
  beforeAll(async () => {
    server = await startTestServer();
    url = await server.createDatabase();
    admin = createPool({ url, max: 1 });
    await migrate(admin);
  }, 120_000);
  afterEach(async () => {
    for (const p of pools.splice(0)) await p.end();
    await admin.query('TRUNCATE replay_keys');
  });
  afterAll(async () => {
    await admin?.end();
    await server?.stop();
  }, 60_000);

  const held = async () => Number((await admin.query('SELECT count(*) AS n FROM replay_keys')).rows[0]?.n);
  scenarios(() => ({
    async open() {
      const pool = createPool({ url, max: 4 });
      pools.push(pool);
      return createPostgresReplayMemory(pool);
    },
    held,
  }));

  it('keeps a digest of each key, never the key itself', async () => {
    const pool = createPool({ url, max: 1 });
    pools.push(pool);
    const signature = `v0=${'ab'.repeat(32)}`;
    expect(await createPostgresReplayMemory(pool).claim(signature, T, T)).toBe('fresh');
    const { rows } = await admin.query('SELECT key FROM replay_keys');
    expect(rows).toEqual([{ key: createHash('sha256').update(signature).digest() }]);
  });
});
