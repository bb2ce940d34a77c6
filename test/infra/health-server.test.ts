// The /healthz endpoint over loopback HTTP: healthy while the store answers (leader or follower alike), 503
// with the reason when the store fails or does not answer within the time limit, which the test fires by hand.
import { afterEach, describe, expect, it } from 'vitest';
import { type HealthServer, type HealthSources, startHealthServer } from '../../src/infra/health-server.js';
import type { Schedule } from '../../src/infra/schedule.js';

describe('health endpoint', () => {
  const servers: HealthServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  const serve = async (sources: HealthSources, schedule?: Schedule) => {
    const server = await startHealthServer(sources, { port: 0, ...(schedule ? { schedule } : {}) });
    servers.push(server);
    return server;
  };
  const ok = async () => {};

  it('answers 200 with the store reachable and one scheduler when there is no election', async () => {
    const server = await serve({ checkStore: ok });
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(await res.json()).toEqual({
      status: 'ok',
      store: { reachable: true },
      scheduler: { mode: 'single' },
    });
  });

  it('reports leader status, and a follower is healthy too', async () => {
    let leading = true;
    const since = '2026-12-05T10:00:00.000Z';
    const server = await serve({ checkStore: ok, leader: () => ({ leading, since, lastError: null }) });
    const first = await fetch(`${server.url}/healthz`);
    expect(await first.json()).toMatchObject({ scheduler: { mode: 'elected', leading: true, since } });
    leading = false;
    const second = await fetch(`${server.url}/healthz`);
    expect(second.status).toBe(200);
    expect(await second.json()).toMatchObject({ status: 'ok', scheduler: { leading: false } });
  });

  it('answers 503 with the reason when the store cannot be reached', async () => {
    const server = await serve({
      checkStore: async () => {
        throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
      },
    });
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({
      status: 'unavailable',
      store: { reachable: false, error: 'connect ECONNREFUSED 127.0.0.1:5432' },
    });
  });

  it('answers 503 when the store does not answer within the time limit', async () => {
    let expire = () => {};
    let scheduled = () => {};
    const limitSet = new Promise<void>((resolve) => {
      scheduled = resolve;
    });
    const schedule: Schedule = (_ms, run) => {
      expire = run;
      scheduled();
      return () => {};
    };
    const server = await serve({ checkStore: () => new Promise<void>(() => {}) }, schedule);
    const pending = fetch(`${server.url}/healthz`);
    await limitSet;
    expire();
    const res = await pending;
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({
      store: { reachable: false, error: 'no answer within 2000 ms' },
    });
  });

  it('answers 404 elsewhere, 405 to other methods, and a HEAD without a body', async () => {
    const server = await serve({ checkStore: ok });
    expect((await fetch(`${server.url}/`)).status).toBe(404);
    const post = await fetch(`${server.url}/healthz`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const head = await fetch(`${server.url}/healthz?probe=1`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
