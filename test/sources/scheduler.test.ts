// The scheduler with its jobs fired by hand instead of by the wall clock, and a slow feed that answers
// when the test says: a new item arrives as one briefing, a slow feed holds one slot and never the others,
// a run never stacks on a run still going, and stop() stops everything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScheduler } from '../../src/app/scheduler.js';
import { deferred } from '../support/events.js';
import { ADMIN, type Env, openEnv, rss, STORY, startServer, type TestServer, xml } from './helpers.js';
import { manualJobs } from './manual-jobs.js';

let server: TestServer;
let env: Env;

beforeAll(async () => {
  server = await startServer();
  // Long enough that a held feed waits for the test, never for the clock.
  env = await openEnv(server, { timeoutMs: 120_000 });
});
afterAll(async () => {
  await env.close();
  await server.close();
});

const requestsTo = (path: string) => server.requests.filter((r) => r.path === path).length;

describe('startScheduler', () => {
  it('polls each source on its own schedule and posts a new matching item once', async () => {
    server.routes.set('/news.xml', () => xml(rss('Example News', [STORY.review])));
    server.routes.set('/slow.xml', () => xml(rss('Slow', [STORY.sandworm])));
    await env.service.addSource({ url: server.url('/news.xml'), every: '15m' }, ADMIN);
    await env.service.addSource({ url: server.url('/slow.xml'), every: '2h' }, ADMIN);
    await env.service.follow({ channel: { platform: 'slack', id: 'C1' }, query: 'APT40' }, ADMIN);
    const slowAsked = deferred();
    const slowAnswers = deferred();
    server.routes.set('/slow.xml', () => {
      slowAsked.resolve();
      return { ...xml(rss('Slow', [STORY.sandworm])), hold: slowAnswers.promise };
    });
    server.requests.length = 0;

    const jobs = manualJobs();
    const stop = await startScheduler({
      service: env.service,
      outbound: env.outbound,
      logger: env.logger,
      clock: env.clock,
      concurrency: 2,
      jobs: jobs.scheduler,
    });
    try {
      expect(jobs.expressions()).toEqual({
        'sitrep-source-1': '*/15 * * * *',
        'sitrep-source-2': '0 */2 * * *',
        'sitrep-outbox': '* * * * *',
        'sitrep-resync': '*/5 * * * *',
      });
      server.routes.set('/news.xml', () => xml(rss('Example News', [STORY.apt40, STORY.review])));
      const slowRun = jobs.fire('sitrep-source-2');
      await slowAsked.promise;
      // The slow feed never stacks: its next run while the first still waits is skipped …
      await jobs.fire('sitrep-source-2');
      expect(requestsTo('/slow.xml')).toBe(1);
      // … and never keeps the fast one waiting: it holds one slot of two.
      await jobs.fire('sitrep-source-1');
      expect(env.outbound.posts).toHaveLength(1);
      expect(env.outbound.posts[0]?.reply.title).toBe('Sitrep briefing: 1 new report');
      await jobs.fire('sitrep-source-1');
      expect(requestsTo('/news.xml')).toBe(2);
      expect(env.outbound.posts).toHaveLength(1);
      slowAnswers.resolve();
      await slowRun;
      expect(requestsTo('/slow.xml')).toBe(1);
    } finally {
      slowAnswers.resolve();
      await stop();
    }
    expect(jobs.running()).toEqual([]);
    // A run already due when stop() came does nothing.
    const after = server.requests.length;
    await jobs.fire('sitrep-source-1');
    expect(server.requests.length).toBe(after);
  });

  it('drains what a previous run left in the outbox as soon as it starts', async () => {
    await env.service.follow({ channel: { platform: 'slack', id: 'C2' }, query: 'ransomware' }, ADMIN);
    await env.service.removeSource(2, ADMIN);
    server.routes.set('/news.xml', () =>
      xml(rss('Example News', [STORY.ransomware, STORY.apt40, STORY.review])),
    );
    await env.service.pollSource(1);
    const before = env.outbound.posts.length;
    const posted = deferred();
    const stop = await startScheduler({
      service: env.service,
      outbound: {
        async post(...post) {
          const sent = await env.outbound.post(...post);
          posted.resolve();
          return sent;
        },
      },
      logger: env.logger,
      clock: env.clock,
      // No job ever fires here: only the start can have posted.
      jobs: manualJobs().scheduler,
    });
    try {
      await posted.promise;
      expect(env.outbound.posts.slice(before).map((p) => p.channel)).toEqual(['C2']);
    } finally {
      await stop();
    }
  });
});
