// A scheduler that takes over (a replica elected after the leader died, a bot restarted) and one that hands
// over (SIGTERM): a source whose schedule fired since its last poll is polled at once, not an interval late;
// one on time waits for its tick; and stopping waits for the post under way, so the next scheduler finds
// it sent instead of posting it again. Jobs fired by hand, the clock driven by hand.
import { describe, expect, it } from 'vitest';
import { startScheduler } from '../../src/app/scheduler.js';
import type { Outbound } from '../../src/core/ports.js';
import { deferred } from '../support/events.js';
import { ADMIN, addNewsFeedTo, freshEnvHeld, rss, SLACK, STORY, xml } from './helpers.js';
import { manualJobs } from './manual-jobs.js';

const fresh = freshEnvHeld();

const MINUTE = 60_000;
const newsRequests = () => fresh.server.requests.filter((r) => r.path === '/news.xml').length;

/** The feed now carries an APT40 report the channel follows. */
function publishApt40(): void {
  fresh.server.routes.set('/news.xml', () =>
    xml(rss('Example News', [STORY.apt40, STORY.review, STORY.sandworm])),
  );
}

/** An outbound port that tells when it was asked to post, and posts only when `answer` settles. */
function heldOutbound(answer: Promise<void> = Promise.resolve()) {
  const asked = deferred();
  const outbound: Outbound = {
    async post(...post) {
      asked.resolve();
      await answer;
      return fresh.env.outbound.post(...post);
    },
  };
  return { asked: asked.promise, outbound };
}

const start = (outbound: Outbound = fresh.env.outbound) =>
  startScheduler({
    service: fresh.env.service,
    outbound,
    logger: fresh.env.logger,
    clock: fresh.env.clock,
    jobs: manualJobs().scheduler,
  });

describe('a scheduler taking over', () => {
  it('polls at once a source whose schedule fired since its last poll, and leaves one on time to its tick', async () => {
    // Added (and fetched) at 09:00, every 30 minutes (the default): due at 09:30.
    await addNewsFeedTo(fresh.server, fresh.env);
    await fresh.env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
    publishApt40();
    fresh.server.requests.length = 0;

    fresh.env.clock.advance(20 * MINUTE);
    // stop() waits for a poll under way: none was started.
    await (await start())();
    expect(newsRequests()).toBe(0);

    // 09:40: the 09:30 poll was missed (its scheduler died, or none ran).
    fresh.env.clock.advance(20 * MINUTE);
    const held = heldOutbound();
    const stop = await start(held.outbound);
    await held.asked;
    await stop();
    expect(newsRequests()).toBe(1);
    expect(fresh.env.outbound.posts).toMatchObject([
      { platform: 'slack', channel: SLACK.id, reply: { title: 'Sitrep briefing: 1 new report' } },
    ]);
    expect(JSON.stringify(fresh.env.outbound.posts[0]?.reply)).toContain(STORY.apt40.title);
  });
});

describe('a scheduler handing over', () => {
  it('stop() waits for the post under way: the next scheduler finds it sent and posts nothing', async () => {
    await addNewsFeedTo(fresh.server, fresh.env);
    await fresh.env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
    publishApt40();
    expect((await fresh.env.service.pollSource(1)).queued).toBe(1);

    const answer = deferred();
    const held = heldOutbound(answer.promise);
    const stop = await start(held.outbound);
    await held.asked;
    const stopping = stop();
    // The platform answers only after every promise stop() chains by itself has run.
    setImmediate(() => answer.resolve());
    await stopping;
    expect(fresh.env.outbound.posts).toHaveLength(1);
    expect(await fresh.env.service.preview()).toEqual([]);

    // The next scheduler (the replica elected after this one) drains at once: nothing is left to post.
    await (await start())();
    expect(fresh.env.outbound.posts).toHaveLength(1);
  });
});
