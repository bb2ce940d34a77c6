// Delivery: briefings posted once, near-duplicates made one item, and the outbox across restarts, failed
// posts and other runs' claims, against a real local HTTP server and a real SQLite file, the clock driven by hand.
import { describe, expect, it } from 'vitest';
import {
  ADMIN,
  addNewsFeedTo,
  CONSOLE,
  type Env,
  fixture,
  freshEnvEachTest,
  type RssItem,
  rss,
  SLACK,
  STORY,
  type TestServer,
  textOf,
  xml,
} from './helpers.js';

let server: TestServer;
let env: Env;
freshEnvEachTest((s, e) => {
  server = s;
  env = e;
});
const addNewsFeed = (items?: RssItem[]) => addNewsFeedTo(server, env, items);

describe('a new matching item', () => {
  it('posts exactly one briefing with title, publisher, date, link, quote, event and assessment band', async () => {
    await addNewsFeed();
    await env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
    await env.service.follow({ channel: CONSOLE, query: 'ransomware' }, ADMIN);
    server.routes.set('/news.xml', () =>
      xml(rss('Example News', [STORY.apt40, STORY.review, STORY.sandworm])),
    );
    env.clock.advance(30 * 60_000);
    const [poll] = await env.service.pollDue();
    expect(poll).toMatchObject({ status: 'ok', first: false, newItems: 1, added: 1, queued: 1 });

    const report = await env.service.deliver();
    expect(report.posted).toHaveLength(1);
    expect(env.outbound.posts).toHaveLength(1);
    const post = env.outbound.posts[0];
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
    expect((await env.service.deliver()).posted).toEqual([]);
    env.clock.advance(30 * 60_000);
    const [again] = await env.service.pollDue();
    expect(again).toMatchObject({ status: 'ok', newItems: 0, queued: 0 });
    expect((await env.service.deliver()).posted).toEqual([]);
    expect(env.outbound.posts).toHaveLength(1);
  });

  it('says who else carried the same story, and makes one item of it', async () => {
    await addNewsFeed();
    await env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
    server.routes.set('/feed.json', () => ({
      type: 'application/feed+json',
      body: '{"version":"https://jsonfeed.org/version/1.1","title":"Wire Service Cyber","items":[]}',
    }));
    await env.service.addSource({ url: server.url('/feed.json') }, ADMIN);
    // Both outlets publish the story before the next poll.
    server.routes.set('/news.xml', () =>
      xml(rss('Example News', [STORY.apt40, STORY.review, STORY.sandworm])),
    );
    server.routes.set('/feed.json', () => ({ type: 'application/feed+json', body: fixture('feed.json') }));
    const polls = await env.service.pollDue();
    expect(polls.map((p) => p.queued)).toEqual([1, 1]);
    await env.service.deliver();
    expect(env.outbound.posts).toHaveLength(1);
    const r = env.outbound.posts[0]?.reply;
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
    server.routes.set('/feed.json', () => ({ type: 'application/feed+json', body: fixture('feed.json') }));
    await env.service.addSource({ url: server.url('/feed.json') }, ADMIN);
    await addNewsFeed();
    await env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
    server.routes.set('/news.xml', () => xml(rss('Example News', [STORY.apt40])));
    await env.service.pollDue();
    await env.service.deliver();
    const r = env.outbound.posts[0]?.reply;
    expect(r?.title).toBe('Sitrep briefing: 1 new report');
    expect(textOf(r ?? { status: 'ok', title: '', blocks: [] })).toMatch(
      /Also reported by","value":"Wire Service Cyber: Eight nations blame/,
    );
  });

  it('keeps an item with the text of an earlier one under its own link, and posts it crediting the first', async () => {
    await addNewsFeed();
    await env.service.follow({ channel: SLACK, query: 'Sandworm' }, ADMIN);
    // Another brief of the same outlet, with its own GUID, link and title, says word for word what an
    // earlier item said.
    const brief = {
      ...STORY.sandworm,
      guid: 'monthly-brief-july',
      link: 'https://news.example/monthly-brief-july',
      title: 'Monthly threat brief: July',
    };
    server.routes.set('/news.xml', () => xml(rss('Example News', [brief, STORY.review, STORY.sandworm])));
    const [poll] = await env.service.pollDue();
    expect(poll).toMatchObject({ status: 'ok', newItems: 1, added: 1, queued: 1 });
    expect(await env.rt.store.documentCount()).toBe(3);
    await env.service.deliver();
    expect(env.outbound.posts).toHaveLength(1);
    const text = textOf(env.outbound.posts[0]?.reply ?? { status: 'ok', title: '', blocks: [] });
    expect(text).toContain('Monthly threat brief: July');
    expect(text).toContain(brief.link);
    expect(text).toMatch(
      /Also reported by","value":"Example News: Sandworm behind Ukrainian outage, researchers say <https:\/\/news\.example\/sandworm>/,
    );
  });

  it('stores a syndicated copy under its outlet and credits both outlets on what they report', async () => {
    await addNewsFeed();
    await env.service.follow({ channel: SLACK, query: 'Sandworm' }, ADMIN);
    const copy = (items: object[]) => ({
      type: 'application/feed+json',
      body: JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Wire Service Cyber',
        items,
      }),
    });
    server.routes.set('/wire.json', () => copy([]));
    await env.service.addSource({ url: server.url('/wire.json') }, ADMIN);
    server.routes.set('/wire.json', () =>
      copy([
        {
          id: 'wire-sandworm',
          url: 'https://wire.example/sandworm',
          title: 'Sandworm blamed for Ukrainian outage',
          content_html: STORY.sandworm.html,
        },
      ]),
    );
    const polls = await env.service.pollDue();
    expect(polls.map((p) => [p.added, p.queued])).toEqual([
      [0, 0],
      [1, 1],
    ]);
    const wire = (await env.rt.store.listDocuments()).find((d) => d.url === 'https://wire.example/sandworm');
    expect(wire?.publisher).toBe('Wire Service Cyber');
    const [quote] = (await env.rt.store.quoteClusters({ speaker: 'John Hultquist', limit: 5 })).rows;
    expect(quote?.sourceCount).toBe(2);
    await env.service.deliver();
    expect(textOf(env.outbound.posts[0]?.reply ?? { status: 'ok', title: '', blocks: [] })).toMatch(
      /Also reported by","value":"Example News: Sandworm behind Ukrainian outage/,
    );
  });
});

describe('nothing lost, nothing twice', () => {
  it('a restart between poll and post posts the briefing once', async () => {
    await addNewsFeed();
    await env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
    server.routes.set('/news.xml', () =>
      xml(rss('Example News', [STORY.apt40, STORY.review, STORY.sandworm])),
    );
    await env.service.pollDue();
    await env.restart();
    expect(env.outbound.posts).toEqual([]);
    await env.service.deliver();
    await env.service.deliver();
    await env.restart();
    await env.service.pollDue();
    await env.service.deliver();
    expect(env.outbound.posts).toHaveLength(1);
  });

  it('a restart after claiming a briefing and before posting it posts it at once, not after the lease', async () => {
    await addNewsFeed();
    await env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
    server.routes.set('/news.xml', () =>
      xml(rss('Example News', [STORY.apt40, STORY.review, STORY.sandworm])),
    );
    await env.service.pollDue();
    // The process dies while posting: the post never returns.
    void env.service.deliver({ outbound: { post: () => new Promise<never>(() => undefined) } });
    expect(await env.service.preview()).toHaveLength(1);
    await env.restart();
    expect((await env.service.deliver()).posted).toHaveLength(1);
    expect(env.outbound.posts).toHaveLength(1);
    expect(env.logger.lines.some((e) => e.message === 'took back deliveries claimed by an ended run')).toBe(
      true,
    );
  });

  it('leaves the claims of a run that may still be alive until their lease runs out', async () => {
    await addNewsFeed();
    await env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
    server.routes.set('/news.xml', () =>
      xml(rss('Example News', [STORY.apt40, STORY.review, STORY.sandworm])),
    );
    await env.service.pollDue();
    const now = env.clock.now();
    const claimed = env.rt.sourceStore.claimDue({
      now: now.toISOString(),
      leaseUntil: new Date(now.getTime() + 10 * 60_000).toISOString(),
      owner: 'another-host.example/4242/1720000000000',
    });
    expect(await claimed).toHaveLength(1);
    expect((await env.service.deliver()).posted).toEqual([]);
    env.clock.advance(10 * 60_000);
    expect((await env.service.deliver()).posted).toHaveLength(1);
  });

  it('a restart between ingest and record still queues the new document once', async () => {
    await addNewsFeed();
    await env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
    // The document is stored, but the poll never recorded it (the process died in between).
    await env.rt.ingest([
      {
        origin: STORY.apt40.link,
        load: () => ({ content: 'x', origin: STORY.apt40.link, format: 'text' }),
      },
    ]);
    server.routes.set('/news.xml', () =>
      xml(rss('Example News', [STORY.apt40, STORY.review, STORY.sandworm])),
    );
    const { itemInput } = await import('../../src/core/sources/feed.js');
    await env.rt.ingest([
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
    await env.restart();
    const [poll] = await env.service.pollDue();
    expect(poll).toMatchObject({ added: 0, queued: 1 });
    await env.service.deliver();
    expect(env.outbound.posts).toHaveLength(1);
  });

  it('a failed post stays in the outbox and is retried with backoff, then posted once', async () => {
    await addNewsFeed();
    await env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
    server.routes.set('/news.xml', () =>
      xml(rss('Example News', [STORY.apt40, STORY.review, STORY.sandworm])),
    );
    await env.service.pollDue();
    env.outbound.failNext = 2;
    expect((await env.service.deliver()).failed).toHaveLength(1);
    expect((await env.service.deliver()).failed).toHaveLength(0); // backing off: not due yet
    env.clock.advance(60_000);
    expect((await env.service.deliver()).failed).toHaveLength(1);
    env.clock.advance(60_000);
    expect((await env.service.deliver()).posted).toHaveLength(0); // second backoff is 2 minutes
    env.clock.advance(60_000);
    expect((await env.service.deliver()).posted).toHaveLength(1);
    expect(env.outbound.posts).toHaveLength(1);
    env.clock.advance(3_600_000);
    await env.service.deliver();
    expect(env.outbound.posts).toHaveLength(1);
  });
});
