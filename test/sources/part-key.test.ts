// A briefing part's key names its exact outbox rows: the same rows give the same key, any other set another,
// within Discord's 25 characters; the delivery posts each part under the key of every row it carries.
import { describe, expect, it } from 'vitest';
import { partKey } from '../../src/core/sources/part-key.js';
import { ADMIN, addNewsFeedTo, freshEnvHeld, rss, SLACK, STORY, xml } from './helpers.js';

const fresh = freshEnvHeld();

describe('partKey', () => {
  it('is the same for the same rows in any order, and at most 25 characters', () => {
    expect(partKey([3, 1, 2])).toBe(partKey([1, 2, 3]));
    for (const ids of [[1], [1, 2, 3], Array.from({ length: 500 }, (_, i) => i + 1_000_000_000)])
      expect(partKey(ids).length).toBeLessThanOrEqual(25);
  });

  it('differs when the rows differ, even with the same first row', () => {
    const keys = [[1], [1, 2], [1, 3], [2], [12], [1, 2, 3]].map(partKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('a delivered part', () => {
  it('is posted under the key of all the rows it carries', async () => {
    await addNewsFeedTo(fresh.server, fresh.env);
    // Two follows of the channel match the same report: one part, two rows.
    await fresh.env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
    await fresh.env.service.follow({ channel: SLACK, query: 'Australia' }, ADMIN);
    fresh.server.routes.set('/news.xml', () =>
      xml(rss('Example News', [STORY.apt40, STORY.review, STORY.sandworm])),
    );
    fresh.env.clock.advance(30 * 60_000);
    await fresh.env.service.pollDue();
    const rows = fresh.env.rt.sourceStore.pendingDeliveries();
    expect(new Set((await rows).map((r) => r.documentId)).size).toBe(1);
    expect(await rows).toHaveLength(2);

    await fresh.env.service.deliver();
    expect(fresh.env.outbound.posts.map((p) => p.key)).toEqual([partKey((await rows).map((r) => r.id))]);
    expect(await fresh.env.rt.sourceStore.pendingDeliveries()).toEqual([]);
  });
});
