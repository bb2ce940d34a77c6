// Polling, dedupe, follows, briefings and the outbox against a real local HTTP server and a real SQLite
// file, with the clock driven by hand.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deferred } from '../support/events.js';
import {
  ADMIN,
  ADMINS,
  CONSOLE,
  type Env,
  fixture,
  openEnv,
  rss,
  STORY,
  startServer,
  type TestServer,
  textOf,
  xml,
} from './helpers.js';

let server: TestServer;
let env: Env;

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(async () => {
  server.routes.clear();
  server.requests.length = 0;
  env = await openEnv(server);
});
afterEach(() => env.close());

const SLACK = { platform: 'slack', id: 'C0NEWS' } as const;

async function addNewsFeed(items = [STORY.review, STORY.sandworm]) {
  server.routes.set('/news.xml', () => xml(rss('Example News', items)));
  return env.service.addSource({ url: server.url('/news.xml'), name: 'Example News' }, ADMIN);
}

describe('adding a source', () => {
  it('detects RSS, ingests its items, answers with counts, and posts nothing on the first fetch', async () => {
    env.service.follow({ channel: SLACK, query: 'Sandworm' }, ADMIN);
    const r = await addNewsFeed();
    expect(r.source.kind).toBe('rss');
    expect(r.items).toBe(2);
    expect(r.added).toBe(2);
    expect(r.newEntities).toEqual(expect.arrayContaining(['Sandworm', 'Felicity Oswald']));
    expect(env.rt.store.documentCount()).toBe(2);
    const doc = env.rt.store.listDocuments().find((d) => d.url === STORY.sandworm.link);
    expect(doc).toMatchObject({
      title: STORY.sandworm.title,
      publisher: 'Example News',
      published: '2024-07-07',
    });

    const delivered = await env.service.deliver();
    expect(delivered.posted).toEqual([]);
    expect(env.outbound.posts).toEqual([]);
    expect(env.service.preview()).toEqual([]);
    // Who, what, when: newest first.
    expect(env.service.auditLog().map((a) => [a.who, a.action, a.detail.slice(0, 3)])).toEqual([
      ['terminal:local', 'source.add', '#1 '],
      ['terminal:local', 'follow.add', '#1 '],
    ]);
  });

  it('detects Atom and JSON Feed', async () => {
    server.routes.set('/atom.xml', () => ({ type: 'application/atom+xml', body: fixture('atom.xml') }));
    server.routes.set('/feed.json', () => ({ type: 'application/feed+json', body: fixture('feed.json') }));
    const atom = await env.service.addSource({ url: server.url('/atom.xml') }, ADMIN);
    expect(atom.source).toMatchObject({ kind: 'atom', name: 'Cyber Desk' });
    expect(atom.added).toBe(2);
    const json = await env.service.addSource({ url: server.url('/feed.json') }, ADMIN);
    expect(json.source).toMatchObject({ kind: 'json', name: 'Wire Service Cyber' });
    expect(json.added).toBe(1);
    const review = env.rt.store
      .listDocuments()
      .find((d) => d.url === 'https://cyberdesk.example/ncsc-review');
    // The day as the feed wrote it (+01:00), not shifted to UTC.
    expect(review).toMatchObject({ author: 'Sam Reed', publisher: 'Cyber Desk', published: '2024-07-08' });
  });

  it('adds one article page through the HTML path, and refuses a page without an article, naming its feed', async () => {
    server.routes.set('/advisory', () => ({
      type: 'text/html; charset=utf-8',
      body: fixture('article.html'),
    }));
    server.routes.set('/news', () => ({ type: 'text/html', body: fixture('section-front.html') }));
    const page = await env.service.addSource({ url: server.url('/advisory') }, ADMIN);
    expect(page.source.kind).toBe('page');
    expect(page.added).toBe(1);
    const doc = env.rt.store.listDocuments()[0];
    expect(doc).toMatchObject({
      publisher: 'Gov Cyber',
      title: 'APT40 advisory: what defenders need to know',
    });
    await expect(env.service.addSource({ url: server.url('/news') }, ADMIN)).rejects.toThrow(/No article/);
    await expect(env.service.addSource({ url: server.url('/news') }, ADMIN)).rejects.toMatchObject({
      hint: expect.stringContaining(`/source add ${server.url('/news/feed.xml')}`),
    });
    expect(env.service.listSources()).toHaveLength(1);
  });

  it('cites an item with a relative link at its page, resolved against xml:base', async () => {
    const body = rss('Example News', [{ ...STORY.sandworm, link: 'sandworm-grid' }]).replace(
      '<channel>',
      '<channel xml:base="https://news.example/2024/">',
    );
    server.routes.set('/relative.xml', () => xml(body));
    await env.service.addSource({ url: server.url('/relative.xml') }, ADMIN);
    const [doc] = env.rt.store.listDocuments();
    expect(doc?.url).toBe('https://news.example/2024/sandworm-grid');
    expect(doc?.origin).toBe('https://news.example/2024/sandworm-grid');
  });

  it('refuses malformed XML, an unknown interval and a duplicate, and adds nothing', async () => {
    server.routes.set('/broken.xml', () => ({ type: 'application/rss+xml', body: fixture('malformed.xml') }));
    await expect(env.service.addSource({ url: server.url('/broken.xml') }, ADMIN)).rejects.toThrow(
      /malformed feed/,
    );
    await expect(addNewsFeed()).resolves.toBeDefined();
    await expect(env.service.addSource({ url: server.url('/news.xml') }, ADMIN)).rejects.toThrow(
      /already source #/,
    );
    await expect(env.service.addSource({ url: server.url('/x.xml'), every: '7m' }, ADMIN)).rejects.toThrow(
      /not an interval/,
    );
    await expect(env.service.addSource({ url: 'ftp://example.com/feed' }, ADMIN)).rejects.toThrow(
      /Only http and https/,
    );
    expect(env.service.listSources()).toHaveLength(1);
  });

  it('refuses sources and digests scheduled more often than every 5 minutes, fetching nothing', async () => {
    server.routes.set('/news.xml', () => xml(rss('Example News', [STORY.review])));
    for (const every of ['* * * * * *', '1m', '*/2 * * * *'])
      await expect(env.service.addSource({ url: server.url('/news.xml'), every }, ADMIN)).rejects.toThrow(
        /at most every 5 minutes/,
      );
    expect(server.requests).toHaveLength(0);
    expect(() =>
      env.service.follow({ channel: SLACK, query: 'APT40', schedule: '*/10 * * * * *' }, ADMIN),
    ).toThrow(/runs 10 seconds apart: Sitrep posts a digest at most every 5 minutes/);
    expect(env.service.following()).toEqual([]);
    // A source an older Sitrep stored with a per-second schedule is polled every 5 minutes.
    const old = env.rt.sourceStore.addSource(
      {
        url: server.url('/news.xml'),
        name: 'Old',
        kind: 'rss',
        every: '* * * * * *',
        addedBy: 'terminal:local',
        addedAt: '2024-07-01T00:00:00Z',
      },
      { at: '2024-07-01T00:00:00Z', who: 'terminal:local', action: 'source.add', detail: 'old' },
    );
    expect(env.service.cronOf(old)).toBe('*/5 * * * *');
    expect(env.service.nextRun(old)).toBe('2024-07-10T09:05:00.000Z');
  });
});

describe('a new matching item', () => {
  it('posts exactly one briefing with title, publisher, date, link, quote, event and assessment band', async () => {
    await addNewsFeed();
    env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
    env.service.follow({ channel: CONSOLE, query: 'ransomware' }, ADMIN);
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

  it('matches an alias and entity:/publisher: filters, and posts nothing for a non-matching item', async () => {
    await addNewsFeed();
    env.service.follow({ channel: { platform: 'discord', id: '111' }, query: 'Kryptonite Panda' }, ADMIN);
    env.service.follow(
      { channel: { platform: 'discord', id: '222' }, query: 'entity:APT40 publisher:"Other Outlet"' },
      ADMIN,
    );
    env.service.follow({ channel: { platform: 'discord', id: '333' }, query: 'Volt Typhoon' }, ADMIN);
    server.routes.set('/news.xml', () =>
      xml(rss('Example News', [STORY.apt40, STORY.review, STORY.sandworm])),
    );
    await env.service.pollDue();
    await env.service.deliver();
    expect(env.outbound.posts.map((p) => p.channel)).toEqual(['111']);
  });

  it('says who else carried the same story, and makes one item of it', async () => {
    await addNewsFeed();
    env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
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
    env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
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
    env.service.follow({ channel: SLACK, query: 'Sandworm' }, ADMIN);
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
    expect(env.rt.store.documentCount()).toBe(3);
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
    env.service.follow({ channel: SLACK, query: 'Sandworm' }, ADMIN);
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
    const wire = env.rt.store.listDocuments().find((d) => d.url === 'https://wire.example/sandworm');
    expect(wire?.publisher).toBe('Wire Service Cyber');
    const [quote] = env.rt.store.quoteClusters({ speaker: 'John Hultquist', limit: 5 }).rows;
    expect(quote?.sourceCount).toBe(2);
    await env.service.deliver();
    expect(textOf(env.outbound.posts[0]?.reply ?? { status: 'ok', title: '', blocks: [] })).toMatch(
      /Also reported by","value":"Example News: Sandworm behind Ukrainian outage/,
    );
  });

  it('holds a digest until its schedule', async () => {
    await addNewsFeed();
    env.service.follow({ channel: SLACK, query: 'APT40', schedule: '0 8 * * *' }, ADMIN);
    server.routes.set('/news.xml', () =>
      xml(rss('Example News', [STORY.apt40, STORY.review, STORY.sandworm])),
    );
    await env.service.pollDue();
    expect((await env.service.deliver()).posted).toEqual([]);
    expect(env.service.brief(SLACK)?.title).toBe('Sitrep briefing: 1 new report');
    env.clock.set(new Date('2024-07-11T08:00:00Z'));
    expect((await env.service.deliver()).posted).toHaveLength(1);
  });
});

describe('nothing lost, nothing twice', () => {
  it('a restart between poll and post posts the briefing once', async () => {
    await addNewsFeed();
    env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
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
    env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
    server.routes.set('/news.xml', () =>
      xml(rss('Example News', [STORY.apt40, STORY.review, STORY.sandworm])),
    );
    await env.service.pollDue();
    // The process dies while posting: the post never returns.
    void env.service.deliver({ outbound: { post: () => new Promise<void>(() => undefined) } });
    expect(env.service.preview()).toHaveLength(1);
    await env.restart();
    expect((await env.service.deliver()).posted).toHaveLength(1);
    expect(env.outbound.posts).toHaveLength(1);
    expect(env.logger.lines.some((e) => e.message === 'took back deliveries claimed by an ended run')).toBe(
      true,
    );
  });

  it('leaves the claims of a run that may still be alive until their lease runs out', async () => {
    await addNewsFeed();
    env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
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
    expect(claimed).toHaveLength(1);
    expect((await env.service.deliver()).posted).toEqual([]);
    env.clock.advance(10 * 60_000);
    expect((await env.service.deliver()).posted).toHaveLength(1);
  });

  it('a restart between ingest and record still queues the new document once', async () => {
    await addNewsFeed();
    env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
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
    env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
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

describe('hostile and broken feeds', () => {
  it('never ingests an item twice when the feed repeats it with new GUIDs', async () => {
    await addNewsFeed([STORY.review, STORY.sandworm, STORY.apt40]);
    env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
    const renamed = [STORY.review, STORY.sandworm, STORY.apt40].map((s, i) => ({
      ...s,
      guid: `fresh-${i}-${s.guid}`,
    }));
    // Same links with new GUIDs, and the same text under a new link too.
    const moved = { ...STORY.apt40, guid: 'moved', link: 'https://news.example/apt40?ref=moved' };
    server.routes.set('/news.xml', () => xml(rss('Example News', [...renamed, moved])));
    const [poll] = await env.service.pollDue();
    expect(poll).toMatchObject({ status: 'ok', newItems: 0, added: 0, queued: 0 });
    expect(env.rt.store.documentCount()).toBe(3);
    await env.service.deliver();
    expect(env.outbound.posts).toEqual([]);
  });

  it('reads every item of a long oldest-first feed: the newest are ingested first, new ones are found at the end', async () => {
    const notices = Array.from({ length: 230 }, (_, i) => {
      const day = new Date(Date.UTC(2024, 0, 1) + i * 86_400_000);
      return {
        guid: `notice-${i}`,
        link: `https://news.example/notice-${i}`,
        title: `Routine notice ${i}`,
        date: day.toUTCString(),
        html: `<p>Routine maintenance notice number ${i} for the regional office network.</p>`,
      };
    });
    server.routes.set('/long.xml', () => xml(rss('Long Feed', notices)));
    const added = await env.service.addSource({ url: server.url('/long.xml') }, ADMIN);
    expect(added.items).toBe(230);
    const titles = env.rt.store.listDocuments().map((d) => d.title);
    expect(titles).toContain('Routine notice 229');
    expect(titles).not.toContain('Routine notice 0');

    env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
    server.routes.set('/long.xml', () => xml(rss('Long Feed', [...notices, STORY.apt40])));
    const [poll] = await env.service.pollDue();
    expect(poll).toMatchObject({ status: 'ok', newItems: 1, added: 1, queued: 1 });
    await env.service.deliver();
    expect(env.outbound.posts).toHaveLength(1);
  });

  it('reads the linked article when the feed gives only a summary, and falls back to the summary', async () => {
    server.routes.set('/advisory', () => ({ type: 'text/html', body: fixture('article.html') }));
    server.routes.set('/news', () => ({ type: 'text/html', body: fixture('section-front.html') }));
    const summaryOnly = (guid: string, link: string, title: string, summary: string) =>
      `<item><title>${title}</title><link>${link}</link><guid>${guid}</guid><pubDate>Tue, 09 Jul 2024 09:00:00 GMT</pubDate><description>${summary}</description></item>`;
    server.routes.set('/summaries.xml', () =>
      xml(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Gov Cyber</title>${summaryOnly(
          'a',
          server.url('/advisory'),
          'APT40 advisory',
          'Partners attribute intrusions to APT40.',
        )}${summaryOnly('b', server.url('/news'), 'Weekly roundup', 'A roundup of the week in cyber security news for defenders.')}</channel></rss>`,
      ),
    );
    const r = await env.service.addSource({ url: server.url('/summaries.xml') }, ADMIN);
    expect(r.added).toBe(2);
    const docs = env.rt.store.listDocuments();
    const advisory = docs.find((d) => d.title === 'APT40 advisory');
    expect(advisory?.body).toContain('compromised two Australian government networks in 2022');
    expect(advisory?.publisher).toBe('Gov Cyber');
    const roundup = docs.find((d) => d.title === 'Weekly roundup');
    expect(roundup?.body).toBe('A roundup of the week in cyber security news for defenders.');
  });

  it('skips an item too large to be a report, and keeps the rest', async () => {
    await addNewsFeed();
    env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
    const huge = { ...STORY.ransomware, html: `<p>${'word '.repeat(260_000)}</p>` };
    server.routes.set('/news.xml', () =>
      xml(rss('Example News', [huge, STORY.apt40, STORY.review, STORY.sandworm])),
    );
    const [r] = await env.service.pollDue();
    expect(r).toMatchObject({ status: 'ok', newItems: 2, added: 1, queued: 1 });
    expect(env.logger.lines.some((l) => l.message === 'feed item too large, skipped')).toBe(true);
    const [again] = await env.service.pollDue();
    expect(again).toMatchObject({ status: 'ok', newItems: 0 });
  });

  it('a 500 backs off exponentially, pauses after 5 failures and tells the admins', async () => {
    await addNewsFeed();
    server.routes.set('/news.xml', () => ({ status: 500, type: 'text/plain', body: 'boom' }));
    const waits: number[] = [];
    for (let i = 1; i <= 5; i++) {
      const [r] = await env.service.pollDue();
      expect(r).toMatchObject({ status: 'failed', error: expect.stringContaining('HTTP 500') });
      const s = env.service.listSources()[0];
      expect(s?.consecutiveFailures).toBe(i);
      if (i < 5) {
        // Not polled again before the backoff has passed.
        const [skipped] = await env.service.pollDue();
        expect(skipped?.status).toBe('skipped');
        const wait = Date.parse(s?.nextRunAt ?? '') - env.clock.now().getTime();
        waits.push(wait / 60_000);
        env.clock.advance(wait);
      }
    }
    expect(waits).toEqual([5, 10, 20, 40]);
    const paused = env.service.listSources()[0];
    expect(paused).toMatchObject({ paused: true, lastError: expect.stringContaining('HTTP 500') });
    expect(paused?.pausedReason).toMatch(/failed 5 times in a row/);
    expect(env.outbound.posts).toHaveLength(1);
    expect(env.outbound.posts[0]).toMatchObject({ platform: ADMINS.platform, channel: ADMINS.id });
    expect(textOf(env.outbound.posts[0]?.reply ?? { status: 'ok', title: '', blocks: [] })).toMatch(
      /paused .*news\.xml after 5 failed polls in a row\. Last error: HTTP 500.*\/source resume 1/,
    );
    expect(env.service.auditLog().some((a) => a.who === 'sitrep' && a.action === 'source.auto-pause')).toBe(
      true,
    );
    env.clock.advance(24 * 3_600_000);
    expect(await env.service.pollDue()).toEqual([]);
    expect((await env.service.pollSource(1)).status).toBe('skipped');
    // Resumed by an admin, it polls again with a clean slate.
    server.routes.set('/news.xml', () => xml(rss('Example News', [STORY.review, STORY.sandworm])));
    env.service.resumeSource(1, ADMIN);
    expect((await env.service.pollDue())[0]).toMatchObject({ status: 'ok' });
    expect(env.service.listSources()[0]).toMatchObject({ consecutiveFailures: 0, lastError: null });
  });

  it('a slow server times out, is recorded as a failure, and does not hold up the other sources', async () => {
    // A short fetch timeout for this test alone; the others have the product's.
    await env.close();
    env = await openEnv(server, { timeoutMs: 1500 });
    await addNewsFeed();
    server.routes.set('/slow.xml', () => xml(rss('Slow', [STORY.ransomware])));
    await env.service.addSource({ url: server.url('/slow.xml') }, ADMIN);
    env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
    // Silent until the test ends: only the fetch timeout can end its poll.
    const silence = deferred();
    server.routes.set('/slow.xml', () => ({ ...xml(rss('Slow', [])), hold: silence.promise }));
    server.routes.set('/news.xml', () =>
      xml(rss('Example News', [STORY.apt40, STORY.review, STORY.sandworm])),
    );
    try {
      const polls = await env.service.pollDue();
      expect(polls.find((p) => p.name === 'Slow')).toMatchObject({
        status: 'failed',
        error: expect.stringMatching(/no answer .* within 1.5 s/),
      });
      expect(polls.find((p) => p.name === 'Example News')).toMatchObject({ status: 'ok', queued: 1 });
    } finally {
      silence.resolve();
    }
  });

  it('malformed XML and a 6 MB response are failures, logged, and never stop the poller', async () => {
    await addNewsFeed();
    server.routes.set('/news.xml', () => ({ type: 'application/rss+xml', body: fixture('malformed.xml') }));
    const [bad] = await env.service.pollDue();
    expect(bad).toMatchObject({ status: 'failed', error: expect.stringMatching(/malformed feed/) });
    env.clock.advance(60 * 60_000);
    const huge = rss('Example News', [{ ...STORY.apt40, html: `<p>${'x'.repeat(6 * 1024 * 1024)}</p>` }]);
    server.routes.set('/news.xml', () => xml(huge));
    const [big] = await env.service.pollDue();
    expect(big).toMatchObject({ status: 'failed', error: expect.stringMatching(/over the 5\.0 MB limit/) });
    expect(env.logger.lines.filter((l) => l.message === 'source poll failed')).toHaveLength(2);
    expect(env.service.listSources()[0]?.consecutiveFailures).toBe(2);
  });

  it('sends If-None-Match and If-Modified-Since, and a 304 ingests nothing', async () => {
    const lastModified = 'Wed, 10 Jul 2024 08:00:00 GMT';
    server.routes.set('/news.xml', (req) =>
      req.headers['if-none-match'] === '"v1"'
        ? { status: 304, headers: { etag: '"v1"' } }
        : {
            ...xml(rss('Example News', [STORY.review])),
            headers: { etag: '"v1"', 'last-modified': lastModified },
          },
    );
    await env.service.addSource({ url: server.url('/news.xml') }, ADMIN);
    expect(env.service.listSources()[0]).toMatchObject({ etag: '"v1"', lastModified });
    const [r] = await env.service.pollDue();
    expect(r).toMatchObject({ status: 'not-modified', newItems: 0, added: 0 });
    const last = server.requests.at(-1);
    expect(last?.headers['if-none-match']).toBe('"v1"');
    expect(last?.headers['if-modified-since']).toBe(lastModified);
    expect(last?.headers['user-agent']).toMatch(/^SitrepBot\//);
    expect(env.rt.store.documentCount()).toBe(1);
    expect(env.service.listSources()[0]?.lastFetchAt).toBe(env.clock.now().toISOString());
  });
});

describe('/brief', () => {
  it('shows what is queued for a channel, and what matched since a time', async () => {
    await addNewsFeed();
    expect(env.service.brief(SLACK)).toBeNull();
    env.service.follow({ channel: SLACK, query: 'Sandworm' }, ADMIN);
    const since = env.service.brief(SLACK, '2024-07-01T00:00:00.000Z');
    expect(since?.title).toBe('Sitrep briefing: 1 new report');
    expect(textOf(since ?? { status: 'ok', title: '', blocks: [] })).toContain(STORY.sandworm.title);
    // A channel that follows nothing sees everything added since then.
    expect(env.service.brief(CONSOLE, '2024-07-01T00:00:00.000Z')?.title).toBe(
      'Sitrep briefing: 2 new reports',
    );
    expect(env.service.brief(CONSOLE, '2030-01-01T00:00:00.000Z')).toBeNull();
  });
});
