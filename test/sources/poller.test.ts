// The poller: dedupe across polls, long and hostile feeds, linked pages, backoff and auto-pause, timeouts
// and conditional requests, against a real local HTTP server and a real SQLite file, the clock driven by hand.
import { describe, expect, it } from 'vitest';
import { deferred } from '../support/events.js';
import {
  ADMIN,
  ADMINS,
  addNewsFeedTo,
  fixture,
  freshEnvHeld,
  openEnv,
  type RssItem,
  rss,
  SLACK,
  STORY,
  textOf,
  value,
  xml,
} from './helpers.js';

const fresh = freshEnvHeld();
const addNewsFeed = (items?: RssItem[]) => addNewsFeedTo(fresh.server, fresh.env, items);

describe('hostile and broken feeds', () => {
  it('never ingests an item twice when the feed repeats it with new GUIDs', async () => {
    await addNewsFeed([STORY.review, STORY.sandworm, STORY.apt40]);
    await fresh.env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
    const renamed = [STORY.review, STORY.sandworm, STORY.apt40].map((s, i) => ({
      ...s,
      guid: `fresh-${i}-${s.guid}`,
    }));
    // Same links with new GUIDs, and the same text under a new link too.
    const moved = { ...STORY.apt40, guid: 'moved', link: 'https://news.example/apt40?ref=moved' };
    fresh.server.routes.set('/news.xml', () => xml(rss('Example News', [...renamed, moved])));
    const [poll] = await fresh.env.service.pollDue();
    expect(poll).toMatchObject({ status: 'ok', newItems: 0, added: 0, queued: 0 });
    expect(await fresh.env.rt.store.documentCount()).toBe(3);
    await fresh.env.service.deliver();
    expect(fresh.env.outbound.posts).toEqual([]);
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
    fresh.server.routes.set('/long.xml', () => xml(rss('Long Feed', notices)));
    const added = value(await fresh.env.service.addSource({ url: fresh.server.url('/long.xml') }, ADMIN));
    expect(added.items).toBe(230);
    const titles = (await fresh.env.rt.store.listDocuments()).map((d) => d.title);
    expect(titles).toContain('Routine notice 229');
    expect(titles).not.toContain('Routine notice 0');

    await fresh.env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
    fresh.server.routes.set('/long.xml', () => xml(rss('Long Feed', [...notices, STORY.apt40])));
    const [poll] = await fresh.env.service.pollDue();
    expect(poll).toMatchObject({ status: 'ok', newItems: 1, added: 1, queued: 1 });
    await fresh.env.service.deliver();
    expect(fresh.env.outbound.posts).toHaveLength(1);
  });

  it('reads the linked article when the feed gives only a summary, and falls back to the summary', async () => {
    fresh.server.routes.set('/advisory', () => ({ type: 'text/html', body: fixture('article.html') }));
    fresh.server.routes.set('/news', () => ({ type: 'text/html', body: fixture('section-front.html') }));
    const summaryOnly = (guid: string, link: string, title: string, summary: string) =>
      `<item><title>${title}</title><link>${link}</link><guid>${guid}</guid><pubDate>Tue, 09 Jul 2024 09:00:00 GMT</pubDate><description>${summary}</description></item>`;
    fresh.server.routes.set('/summaries.xml', () =>
      xml(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Gov Cyber</title>${summaryOnly(
          'a',
          fresh.server.url('/advisory'),
          'APT40 advisory',
          'Partners attribute intrusions to APT40.',
        )}${summaryOnly('b', fresh.server.url('/news'), 'Weekly roundup', 'A roundup of the week in cyber security news for defenders.')}</channel></rss>`,
      ),
    );
    const r = value(await fresh.env.service.addSource({ url: fresh.server.url('/summaries.xml') }, ADMIN));
    expect(r.added).toBe(2);
    const docs = await fresh.env.rt.store.listDocuments();
    const advisory = docs.find((d) => d.title === 'APT40 advisory');
    expect(advisory?.body).toContain('compromised two Australian government networks in 2022');
    expect(advisory?.publisher).toBe('Gov Cyber');
    const roundup = docs.find((d) => d.title === 'Weekly roundup');
    expect(roundup?.body).toBe('A roundup of the week in cyber security news for defenders.');
  });

  it('skips an item too large to be a report, and keeps the rest', async () => {
    await addNewsFeed();
    await fresh.env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
    const huge = { ...STORY.ransomware, html: `<p>${'word '.repeat(260_000)}</p>` };
    fresh.server.routes.set('/news.xml', () =>
      xml(rss('Example News', [huge, STORY.apt40, STORY.review, STORY.sandworm])),
    );
    const [r] = await fresh.env.service.pollDue();
    expect(r).toMatchObject({ status: 'ok', newItems: 2, added: 1, queued: 1 });
    expect(fresh.env.logger.lines.some((l) => l.message === 'feed item too large, skipped')).toBe(true);
    const [again] = await fresh.env.service.pollDue();
    expect(again).toMatchObject({ status: 'ok', newItems: 0 });
  });

  it('a 500 backs off exponentially, pauses after 5 failures and tells the admins', async () => {
    await addNewsFeed();
    fresh.server.routes.set('/news.xml', () => ({ status: 500, type: 'text/plain', body: 'boom' }));
    const waits: number[] = [];
    for (let i = 1; i <= 5; i++) {
      const [r] = await fresh.env.service.pollDue();
      expect(r).toMatchObject({ status: 'failed', error: expect.stringContaining('HTTP 500') });
      const s = (await fresh.env.service.listSources())[0];
      expect(s?.consecutiveFailures).toBe(i);
      if (i < 5) {
        // Not polled again before the backoff has passed.
        const [skipped] = await fresh.env.service.pollDue();
        expect(skipped?.status).toBe('skipped');
        const wait = Date.parse(s?.nextRunAt ?? '') - fresh.env.clock.now().getTime();
        waits.push(wait / 60_000);
        fresh.env.clock.advance(wait);
      }
    }
    expect(waits).toEqual([5, 10, 20, 40]);
    const paused = (await fresh.env.service.listSources())[0];
    expect(paused).toMatchObject({ paused: true, lastError: expect.stringContaining('HTTP 500') });
    expect(paused?.pausedReason).toMatch(/failed 5 times in a row/);
    expect(fresh.env.outbound.posts).toHaveLength(1);
    expect(fresh.env.outbound.posts[0]).toMatchObject({ platform: ADMINS.platform, channel: ADMINS.id });
    expect(textOf(fresh.env.outbound.posts[0]?.reply ?? { status: 'ok', title: '', blocks: [] })).toMatch(
      /paused .*news\.xml after 5 failed polls in a row\. Last error: HTTP 500.*\/source resume 1/,
    );
    expect(
      (await fresh.env.service.auditLog()).some(
        (a) => a.who === 'sitrep' && a.action === 'source.auto-pause',
      ),
    ).toBe(true);
    fresh.env.clock.advance(24 * 3_600_000);
    expect(await fresh.env.service.pollDue()).toEqual([]);
    expect((await fresh.env.service.pollSource(1)).status).toBe('skipped');
    // Resumed by an admin, it polls again with a clean slate.
    fresh.server.routes.set('/news.xml', () => xml(rss('Example News', [STORY.review, STORY.sandworm])));
    await fresh.env.service.resumeSource(1, ADMIN);
    expect((await fresh.env.service.pollDue())[0]).toMatchObject({ status: 'ok' });
    expect((await fresh.env.service.listSources())[0]).toMatchObject({
      consecutiveFailures: 0,
      lastError: null,
    });
  });

  it('a slow server times out, is recorded as a failure, and does not hold up the other sources', async () => {
    // A short fetch timeout for this test alone; the others have the product's.
    const quick = await openEnv(fresh.server, { timeoutMs: 1500 });
    const silence = deferred();
    try {
      await addNewsFeedTo(fresh.server, quick);
      fresh.server.routes.set('/slow.xml', () => xml(rss('Slow', [STORY.ransomware])));
      await quick.service.addSource({ url: fresh.server.url('/slow.xml') }, ADMIN);
      await quick.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
      // Silent until the test ends: only the fetch timeout can end its poll.
      fresh.server.routes.set('/slow.xml', () => ({ ...xml(rss('Slow', [])), hold: silence.promise }));
      fresh.server.routes.set('/news.xml', () =>
        xml(rss('Example News', [STORY.apt40, STORY.review, STORY.sandworm])),
      );
      const polls = await quick.service.pollDue();
      expect(polls.find((p) => p.name === 'Slow')).toMatchObject({
        status: 'failed',
        error: expect.stringMatching(/no answer .* within 1.5 s/),
      });
      expect(polls.find((p) => p.name === 'Example News')).toMatchObject({ status: 'ok', queued: 1 });
    } finally {
      silence.resolve();
      await quick.close();
    }
  });

  it('malformed XML and a 6 MB response are failures, logged, and never stop the poller', async () => {
    await addNewsFeed();
    fresh.server.routes.set('/news.xml', () => ({
      type: 'application/rss+xml',
      body: fixture('malformed.xml'),
    }));
    const [bad] = await fresh.env.service.pollDue();
    expect(bad).toMatchObject({ status: 'failed', error: expect.stringMatching(/malformed feed/) });
    fresh.env.clock.advance(60 * 60_000);
    const huge = rss('Example News', [{ ...STORY.apt40, html: `<p>${'x'.repeat(6 * 1024 * 1024)}</p>` }]);
    fresh.server.routes.set('/news.xml', () => xml(huge));
    const [big] = await fresh.env.service.pollDue();
    expect(big).toMatchObject({ status: 'failed', error: expect.stringMatching(/over the 5\.0 MB limit/) });
    expect(fresh.env.logger.lines.filter((l) => l.message === 'source poll failed')).toHaveLength(2);
    expect((await fresh.env.service.listSources())[0]?.consecutiveFailures).toBe(2);
  });

  it('sends If-None-Match and If-Modified-Since, and a 304 ingests nothing', async () => {
    const lastModified = 'Wed, 10 Jul 2024 08:00:00 GMT';
    fresh.server.routes.set('/news.xml', (req) =>
      req.headers['if-none-match'] === '"v1"'
        ? { status: 304, headers: { etag: '"v1"' } }
        : {
            ...xml(rss('Example News', [STORY.review])),
            headers: { etag: '"v1"', 'last-modified': lastModified },
          },
    );
    await fresh.env.service.addSource({ url: fresh.server.url('/news.xml') }, ADMIN);
    expect((await fresh.env.service.listSources())[0]).toMatchObject({ etag: '"v1"', lastModified });
    const [r] = await fresh.env.service.pollDue();
    expect(r).toMatchObject({ status: 'not-modified', newItems: 0, added: 0 });
    const last = fresh.server.requests.at(-1);
    expect(last?.headers['if-none-match']).toBe('"v1"');
    expect(last?.headers['if-modified-since']).toBe(lastModified);
    expect(last?.headers['user-agent']).toMatch(/^SitrepBot\//);
    expect(await fresh.env.rt.store.documentCount()).toBe(1);
    expect((await fresh.env.service.listSources())[0]?.lastFetchAt).toBe(fresh.env.clock.now().toISOString());
  });
});
