// The scheduler with real node-cron jobs (second-level expressions keep it fast): a new item arrives as one
// briefing, a slow feed holds one slot and never the others, and stop() stops everything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScheduler } from '../../src/app/scheduler.js';
import { ADMIN, type Env, openEnv, rss, STORY, startServer, type TestServer, xml } from './helpers.js';

let server: TestServer;
let env: Env;

beforeAll(async () => {
  server = await startServer();
  // Second-level schedules keep this test fast; the product refuses anything under 5 minutes.
  env = await openEnv(server, { options: { minIntervalMs: 1000 } });
});
afterAll(async () => {
  await env.close();
  await server.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(check: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await sleep(25);
}

describe('startScheduler', () => {
  it('polls each source on its own schedule and posts a new matching item once', async () => {
    server.routes.set('/news.xml', () => xml(rss('Example News', [STORY.review])));
    server.routes.set('/slow.xml', () => xml(rss('Slow', [STORY.sandworm])));
    await env.service.addSource({ url: server.url('/news.xml'), every: '* * * * * *' }, ADMIN);
    await env.service.addSource({ url: server.url('/slow.xml'), every: '* * * * * *' }, ADMIN);
    env.service.follow({ channel: { platform: 'slack', id: 'C1' }, query: 'APT40' }, ADMIN);
    server.routes.set('/slow.xml', () => ({ ...xml(rss('Slow', [STORY.sandworm])), delayMs: 1_200 }));
    server.requests.length = 0;

    const stop = startScheduler({
      service: env.service,
      outbound: env.outbound,
      logger: env.logger,
      concurrency: 2,
      drainCron: '* * * * * *',
    });
    try {
      server.routes.set('/news.xml', () => xml(rss('Example News', [STORY.apt40, STORY.review])));
      await until(() => env.outbound.posts.length > 0, 3_000);
      expect(env.outbound.posts).toHaveLength(1);
      expect(env.outbound.posts[0]?.reply.title).toBe('Sitrep briefing: 1 new report');
      await sleep(1_100);
      const fast = server.requests.filter((r) => r.path === '/news.xml').length;
      const slow = server.requests.filter((r) => r.path === '/slow.xml').length;
      // The slow feed never stacks (noOverlap) and never keeps the fast one waiting.
      expect(fast).toBeGreaterThanOrEqual(2);
      expect(slow).toBeLessThan(fast);
      expect(env.outbound.posts).toHaveLength(1);
    } finally {
      await stop();
    }
    const after = server.requests.length;
    await sleep(1_100);
    expect(server.requests.length).toBe(after);
  });

  it('drains what a previous run left in the outbox as soon as it starts', async () => {
    env.service.follow({ channel: { platform: 'slack', id: 'C2' }, query: 'ransomware' }, ADMIN);
    await env.service.removeSource(2, ADMIN);
    server.routes.set('/news.xml', () =>
      xml(rss('Example News', [STORY.ransomware, STORY.apt40, STORY.review])),
    );
    await env.service.pollSource(1);
    const before = env.outbound.posts.length;
    const stop = startScheduler({
      service: env.service,
      outbound: env.outbound,
      logger: env.logger,
      drainCron: '0 0 1 1 *',
      resyncCron: '0 0 1 1 *',
    });
    try {
      await until(() => env.outbound.posts.length > before, 2_000);
      expect(env.outbound.posts.slice(before).map((p) => p.channel)).toEqual(['C2']);
    } finally {
      await stop();
    }
  });
});
