// Delivery: briefings posted once, near-duplicates made one item, and the outbox across restarts, failed
// posts and other runs' claims, against a real local HTTP server and a real SQLite file, the clock driven by hand.
import { describe, expect, it } from 'vitest';
import {
  ADMIN,
  addNewsFeedTo,
  CONSOLE,
  fixture,
  freshEnvHeld,
  type RssItem,
  rss,
  SLACK,
  STORY,
  textOf,
  xml,
} from './helpers.js';

const fresh = freshEnvHeld();
const addNewsFeed = (items?: RssItem[]) => addNewsFeedTo(fresh.server, fresh.env, items);

describe('a new matching item', () => {
  it('posts exactly one briefing with title, publisher, date, link, quote, event and assessment band', async () => {
    await addNewsFeed();
    await fresh.env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
    await fresh.env.service.follow({ channel: CONSOLE, query: 'ransomware' }, ADMIN);
    fresh.server.routes.set('/news.xml', () =>
      xml(rss('Example News', [STORY.apt40, STORY.review, STORY.sandworm])),
    );
    fresh.env.clock.advance(30 * 60_000);
    const [poll] = await fresh.env.service.pollDue();
    expect(poll).toMatchObject({ status: 'ok', first: false, newItems: 1, added: 1, queued: 1 });

    const report = await fresh.env.service.deliver();
    expect(report.posted).toHaveLength(1);
    expect(fresh.env.outbound.posts).toHaveLength(1);
    const post = fresh.env.outbound.posts[0];
    expect(post).toMatchObject({ platform: 'slack', channel: 'C0NEWS' });
    const text = textOf(post?.reply ?? { status: 'ok', title: '', blocks: [] });
    expect(post?.reply.title).toBe('Sitrep briefing: 1 new report');
    expect(text).toContain(STORY.apt40.title);
    expect(text).toContain('Example News');
    expect(text).toContain('9 Jul 2024');
    expect(text).toContain(STORY.apt40.link);
    expect(text).toContain('persistent and sophisticated actor');
    expect(text).toMatch(/"phrase":"almost certainly","band":"almost certain","range":"≥95%"/);
    expect(text).toMatch(/"type":"timeline","rows":\[\{"date":"2022"/);
    expect(text).toMatch(/New in the corpus","value":"[^"]*APT40 \(threat actor\)/);

    // Nothing twice: the next drain and the next poll post nothing.
    expect((await fresh.env.service.deliver()).posted).toEqual([]);
    fresh.env.clock.advance(30 * 60_000);
    const [again] = await fresh.env.service.pollDue();
    expect(again).toMatchObject({ status: 'ok', newItems: 0, queued: 0 });
    expect((await fresh.env.service.deliver()).posted).toEqual([]);
    expect(fresh.env.outbound.posts).toHaveLength(1);
  });

  it('says who else carried the same story, and makes one item of it', async () => {
    await addNewsFeed();
    await fresh.env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
    fresh.server.routes.set('/feed.json', () => ({
      type: 'application/feed+json',
      body: '{"version":"https://jsonfeed.org/version/1.1","title":"Wire Service Cyber","items":[]}',
    }));
    await fresh.env.service.addSource({ url: fresh.server.url('/feed.json') }, ADMIN);
    // Both outlets publish the story before the next poll.
    fresh.server.routes.set('/news.xml', () =>
      xml(rss('Example News', [STORY.apt40, STORY.review, STORY.sandworm])),
    );
    fresh.server.routes.set('/feed.json', () => ({
      type: 'application/feed+json',
      body: fixture('feed.json'),
    }));
    const polls = await fresh.env.service.pollDue();
    expect(polls.map((p) => p.queued)).toEqual([1, 1]);
    await fresh.env.service.deliver();
    expect(fresh.env.outbound.posts).toHaveLength(1);
    const r = fresh.env.outbound.posts[0]?.reply;
    expect(r?.title).toBe('Sitrep briefing: 2 new reports');
    expect(r?.blocks.filter((b) => b.type === 'heading')).toHaveLength(2); // the briefing, then one story
    expect(textOf(r ?? { status: 'ok', title: '', blocks: [] })).toMatch(
      /Also reported by","value":"Wire Service Cyber: Eight nations blame/,
    );
    const quote = r?.blocks.find((b) => b.type === 'quote');
    expect(quote?.type === 'quote' && quote.sources.length).toBe(2);
  });

  it('names an earlier report of the same story already in the corpus', async () => {
    // The wire service's copy arrives first (stored when its source is added, posting nothing).
    fresh.server.routes.set('/feed.json', () => ({
      type: 'application/feed+json',
      body: fixture('feed.json'),
    }));
    await fresh.env.service.addSource({ url: fresh.server.url('/feed.json') }, ADMIN);
    await addNewsFeed();
    await fresh.env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
    fresh.server.routes.set('/news.xml', () => xml(rss('Example News', [STORY.apt40])));
    await fresh.env.service.pollDue();
    await fresh.env.service.deliver();
    const r = fresh.env.outbound.posts[0]?.reply;
    expect(r?.title).toBe('Sitrep briefing: 1 new report');
    expect(textOf(r ?? { status: 'ok', title: '', blocks: [] })).toMatch(
      /Also reported by","value":"Wire Service Cyber: Eight nations blame/,
    );
  });

  it('keeps an item with the text of an earlier one under its own link, and posts it crediting the first', async () => {
    await addNewsFeed();
    await fresh.env.service.follow({ channel: SLACK, query: 'Sandworm' }, ADMIN);
    // Another brief of the same outlet, with its own GUID, link and title, says word for word what an
    // earlier item said.
    const brief = {
      ...STORY.sandworm,
      guid: 'monthly-brief-july',
      link: 'https://news.example/monthly-brief-july',
      title: 'Monthly threat brief: July',
    };
    fresh.server.routes.set('/news.xml', () =>
      xml(rss('Example News', [brief, STORY.review, STORY.sandworm])),
    );
    const [poll] = await fresh.env.service.pollDue();
    expect(poll).toMatchObject({ status: 'ok', newItems: 1, added: 1, queued: 1 });
    expect(await fresh.env.rt.store.documentCount()).toBe(3);
    await fresh.env.service.deliver();
    expect(fresh.env.outbound.posts).toHaveLength(1);
    const text = textOf(fresh.env.outbound.posts[0]?.reply ?? { status: 'ok', title: '', blocks: [] });
    expect(text).toContain('Monthly threat brief: July');
    expect(text).toContain(brief.link);
    expect(text).toMatch(
      /Also reported by","value":"Example News: Sandworm behind Ukrainian outage, researchers say <https:\/\/news\.example\/sandworm>/,
    );
  });

  it('stores a syndicated copy under its outlet and credits both outlets on what they report', async () => {
    await addNewsFeed();
    await fresh.env.service.follow({ channel: SLACK, query: 'Sandworm' }, ADMIN);
    const copy = (items: object[]) => ({
      type: 'application/feed+json',
      body: JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Wire Service Cyber',
        items,
      }),
    });
    fresh.server.routes.set('/wire.json', () => copy([]));
    await fresh.env.service.addSource({ url: fresh.server.url('/wire.json') }, ADMIN);
    fresh.server.routes.set('/wire.json', () =>
      copy([
        {
          id: 'wire-sandworm',
          url: 'https://wire.example/sandworm',
          title: 'Sandworm blamed for Ukrainian outage',
          content_html: STORY.sandworm.html,
        },
      ]),
    );
    const polls = await fresh.env.service.pollDue();
    expect(polls.map((p) => [p.added, p.queued])).toEqual([
      [0, 0],
      [1, 1],
    ]);
    const wire = (await fresh.env.rt.store.listDocuments()).find(
      (d) => d.url === 'https://wire.example/sandworm',
    );
    expect(wire?.publisher).toBe('Wire Service Cyber');
    const [quote] = (await fresh.env.rt.store.quoteClusters({ speaker: 'John Hultquist', limit: 5 })).rows;
    expect(quote?.sourceCount).toBe(2);
    await fresh.env.service.deliver();
    expect(textOf(fresh.env.outbound.posts[0]?.reply ?? { status: 'ok', title: '', blocks: [] })).toMatch(
      /Also reported by","value":"Example News: Sandworm behind Ukrainian outage/,
    );
  });
});

describe('nothing lost, nothing twice', () => {
  it('a restart between poll and post posts the briefing once', async () => {
    await addNewsFeed();
    await fresh.env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
    fresh.server.routes.set('/news.xml', () =>
      xml(rss('Example News', [STORY.apt40, STORY.review, STORY.sandworm])),
    );
    await fresh.env.service.pollDue();
    await fresh.env.restart();
    expect(fresh.env.outbound.posts).toEqual([]);
    await fresh.env.service.deliver();
    await fresh.env.service.deliver();
    await fresh.env.restart();
    await fresh.env.service.pollDue();
    await fresh.env.service.deliver();
    expect(fresh.env.outbound.posts).toHaveLength(1);
  });

  it('a restart after claiming a briefing and before posting it posts it at once, not after the lease', async () => {
    await addNewsFeed();
    await fresh.env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
    fresh.server.routes.set('/news.xml', () =>
      xml(rss('Example News', [STORY.apt40, STORY.review, STORY.sandworm])),
    );
    await fresh.env.service.pollDue();
    // The process dies while posting: the post never returns.
    void fresh.env.service.deliver({ outbound: { post: () => new Promise<never>(() => undefined) } });
    expect(await fresh.env.service.preview()).toHaveLength(1);
    await fresh.env.restart();
    expect((await fresh.env.service.deliver()).posted).toHaveLength(1);
    expect(fresh.env.outbound.posts).toHaveLength(1);
    expect(
      fresh.env.logger.lines.some((e) => e.message === 'took back deliveries claimed by an ended run'),
    ).toBe(true);
  });

  it('leaves the claims of a run that may still be alive until their lease runs out', async () => {
    await addNewsFeed();
    await fresh.env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
    fresh.server.routes.set('/news.xml', () =>
      xml(rss('Example News', [STORY.apt40, STORY.review, STORY.sandworm])),
    );
    await fresh.env.service.pollDue();
    const now = fresh.env.clock.now();
    const claimed = fresh.env.rt.sourceStore.claimDue({
      now: now.toISOString(),
      leaseUntil: new Date(now.getTime() + 10 * 60_000).toISOString(),
      owner: 'another-host.example/4242/1720000000000',
    });
    expect(await claimed).toHaveLength(1);
    expect((await fresh.env.service.deliver()).posted).toEqual([]);
    fresh.env.clock.advance(10 * 60_000);
    expect((await fresh.env.service.deliver()).posted).toHaveLength(1);
  });

  it('a restart between ingest and record still queues the new document once', async () => {
    await addNewsFeed();
    await fresh.env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
    // The document is stored, but the poll never recorded it (the process died in between).
    await fresh.env.rt.ingest([
      {
        origin: STORY.apt40.link,
        load: () => ({ content: 'x', origin: STORY.apt40.link, format: 'text' }),
      },
    ]);
    fresh.server.routes.set('/news.xml', () =>
      xml(rss('Example News', [STORY.apt40, STORY.review, STORY.sandworm])),
    );
    const { itemInput } = await import('../../src/core/sources/feed.js');
    await fresh.env.rt.ingest([
      {
        origin: STORY.apt40.link,
        load: () =>
          itemInput(
            {
              ...STORY.apt40,
              published: '2024-07-09',
              author: null,
              content: STORY.apt40.html,
              html: true,
              summaryOnly: false,
            },
            STORY.apt40.link,
            'Example News',
          ),
      },
    ]);
    await fresh.env.restart();
    const [poll] = await fresh.env.service.pollDue();
    expect(poll).toMatchObject({ added: 0, queued: 1 });
    await fresh.env.service.deliver();
    expect(fresh.env.outbound.posts).toHaveLength(1);
  });

  it('a failed post stays in the outbox and is retried with backoff, then posted once', async () => {
    await addNewsFeed();
    await fresh.env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
    fresh.server.routes.set('/news.xml', () =>
      xml(rss('Example News', [STORY.apt40, STORY.review, STORY.sandworm])),
    );
    await fresh.env.service.pollDue();
    fresh.env.outbound.failNext = 2;
    expect((await fresh.env.service.deliver()).failed).toHaveLength(1);
    expect((await fresh.env.service.deliver()).failed).toHaveLength(0); // backing off: not due yet
    fresh.env.clock.advance(60_000);
    expect((await fresh.env.service.deliver()).failed).toHaveLength(1);
    fresh.env.clock.advance(60_000);
    expect((await fresh.env.service.deliver()).posted).toHaveLength(0); // second backoff is 2 minutes
    fresh.env.clock.advance(60_000);
    expect((await fresh.env.service.deliver()).posted).toHaveLength(1);
    expect(fresh.env.outbound.posts).toHaveLength(1);
    fresh.env.clock.advance(3_600_000);
    await fresh.env.service.deliver();
    expect(fresh.env.outbound.posts).toHaveLength(1);
  });
});
