// Feed parsing, item keys, follow queries and schedules: the pure parts.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/app/config.js';
import { channelRef } from '../../src/app/sources.js';
import { toDocument } from '../../src/core/documents/document.js';
import { textHash } from '../../src/core/documents/identity.js';
import { canonicalLink, feedDate, itemInput, seenKey } from '../../src/core/sources/feed.js';
import { detect, readFeed } from '../../src/core/sources/feed-formats.js';
import { formatFollowQuery, parseFollowQuery } from '../../src/core/sources/follow-query.js';
import { checkFollowSchedule, cronOf, missedPoll, sourceBackoffMs } from '../../src/core/sources/schedule.js';
import { cronSchedules } from '../../src/infra/cron.js';
import { fixture, rss, STORY } from './helpers.js';

describe('feeds', () => {
  it('reads RSS 2.0 items: title, link, guid, date, full content', () => {
    const r = readFeed(rss('Example News', [STORY.apt40]));
    expect(r.ok && r.feed.kind).toBe('rss');
    const item = r.ok ? r.feed.items[0] : undefined;
    expect(item).toMatchObject({
      guid: 'news-apt40',
      link: STORY.apt40.link,
      title: STORY.apt40.title,
      published: '2024-07-09',
      html: true,
      summaryOnly: false,
    });
    expect(item?.content).toContain('APT40 compromised two Australian government networks');
  });

  it('reads Atom entries and JSON Feed items', () => {
    const atom = readFeed(fixture('atom.xml'));
    expect(atom.ok && atom.feed.title).toBe('Cyber Desk');
    expect(atom.ok && atom.feed.items.map((i) => [i.guid, i.link, i.published, i.author])).toEqual([
      ['urn:example:cyber-desk:review', 'https://cyberdesk.example/ncsc-review', '2024-07-08', 'Sam Reed'],
      ['urn:example:cyber-desk:sandworm', 'https://cyberdesk.example/sandworm-grid', '2024-07-07', null],
    ]);
    const json = readFeed(fixture('feed.json'));
    expect(json.ok && json.feed.kind).toBe('json');
    expect(json.ok && json.feed.items[0]).toMatchObject({
      guid: 'wire-apt40',
      author: 'Wire Staff',
      published: '2024-07-09',
    });
  });

  it('resolves relative links against xml:base, then the channel link, then the feed URL', () => {
    const item = (attrs: string, link: string, guid: string) =>
      `<item${attrs}><title>${guid}</title><link>${link}</link><guid isPermaLink="false">${guid}</guid><description>Text ${guid}</description></item>`;
    const feed = (rssAttrs: string, channelAttrs: string, channelLink: string, items: string[]) =>
      `<?xml version="1.0"?><rss version="2.0"${rssAttrs}><channel${channelAttrs}><title>T</title>${channelLink}${items.join('')}</channel></rss>`;
    const links = (body: string, url?: string) => {
      const r = readFeed(body, url);
      return r.ok ? r.feed.items.map((i) => i.link) : r.reason;
    };
    const feedUrl = 'https://feeds.internal.example/api/v1/rss.xml';
    expect(
      links(
        feed(
          ' xml:base="https://news.example/en/"',
          ' xml:base="briefs/"',
          '<link>https://site.example/</link>',
          [
            item('', 'july.html', 'a'),
            item(' xml:base="/archive/"', '2023/june.html', 'b'),
            item('', 'https://elsewhere.example/c', 'c'),
          ],
        ),
        feedUrl,
      ),
    ).toEqual([
      'https://news.example/en/briefs/july.html',
      'https://news.example/archive/2023/june.html',
      'https://elsewhere.example/c',
    ]);
    expect(
      links(feed('', '', '<link>https://site.example/news/</link>', [item('', '/brief/1', 'a')]), feedUrl),
    ).toEqual(['https://site.example/brief/1']);
    expect(links(feed('', '', '', [item('', 'brief/1', 'a')]), feedUrl)).toEqual([
      'https://feeds.internal.example/api/v1/brief/1',
    ]);
    // Without any base a relative link means nothing: the item is kept without one.
    expect(links(feed('', '', '', [item('', 'brief/1', 'a')]))).toEqual([null]);

    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://desk.example/x/"><title>A</title><id>i</id>
      <entry xml:base="posts/"><id>e1</id><title>t</title><link href="one.html"/><content>Body</content></entry></feed>`;
    expect(links(atom, feedUrl)).toEqual(['https://desk.example/x/posts/one.html']);
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'J',
      home_page_url: 'https://wire.example/',
      items: [{ id: '1', url: '/p/1', content_text: 'Body' }],
    });
    expect(links(json, 'https://cdn.example/feed.json')).toEqual(['https://wire.example/p/1']);
  });

  it('tells a feed, a page and neither apart, and explains malformed XML', () => {
    expect(detect(fixture('article.html'), 'text/html').kind).toBe('page');
    expect(detect(fixture('atom.xml'), 'application/xml').kind).toBe('feed');
    expect(detect(fixture('malformed.xml'), 'application/rss+xml')).toMatchObject({
      kind: 'unreadable',
      reason: expect.stringMatching(/^malformed feed/),
    });
    expect(detect('{"hello": "world"}', 'application/json')).toMatchObject({ kind: 'unreadable' });
    expect(detect('{"version": ', 'application/feed+json')).toMatchObject({ kind: 'unreadable' });
  });

  it('keeps the day a feed wrote, in RFC 822 or ISO 8601', () => {
    expect(feedDate('Tue, 09 Jul 2024 23:30:00 -0500')).toBe('2024-07-09');
    expect(feedDate('2024-07-09T23:30:00-05:00')).toBe('2024-07-09');
    expect(feedDate('9 July 24')).toBe('2024-07-09');
    expect(feedDate('soon')).toBeNull();
    expect(feedDate('Mon, 31 Feb 2024 10:00:00 GMT')).toBeNull();
  });

  it('recognises an item by GUID, canonical link or content hash', () => {
    const item = {
      guid: 'a',
      link: 'https://x.example/a?utm_source=rss#top',
      title: 'T',
      published: null,
      author: null,
      content: '<p>Body  text</p>',
      html: true,
      summaryOnly: true,
    };
    const key = seenKey(item);
    expect(key.link).toBe('https://x.example/a');
    expect(canonicalLink('https://X.example/a?id=2&utm_medium=x')).toBe('https://x.example/a?id=2');
    expect(seenKey({ ...item, guid: 'b', content: '<p>Body text</p>' }).contentHash).toBe(key.contentHash);
  });

  it('makes link-less items with the same text different documents, each its own report', () => {
    const item = {
      guid: 'brief-1',
      link: null,
      title: 'Brief 1',
      published: null,
      author: null,
      content: '<p>APT31 remains active against parliaments.</p>',
      html: true,
      summaryOnly: true,
    };
    const first = toDocument(itemInput(item, 'https://feeds.example/rss#brief-1', 'Example'));
    const second = toDocument(
      itemInput(
        { ...item, guid: 'brief-2', title: 'Brief 2' },
        'https://feeds.example/rss#brief-2',
        'Example',
      ),
    );
    expect(first.body).toBe(second.body);
    expect(first.id).not.toBe(second.id);
    // A file has no address: its text is its identity.
    const file = toDocument({ content: first.body, origin: 'brief.txt', format: 'text' });
    expect(file.id).toBe(textHash(first.body));
  });
});

describe('follow queries', () => {
  it('splits words from entity: and publisher: filters, and writes them back', () => {
    const q = parseFollowQuery('living off the land entity:"Volt Typhoon" publisher:NCSC');
    expect(q).toEqual({ phrase: 'living off the land', entities: ['Volt Typhoon'], publishers: ['NCSC'] });
    expect(formatFollowQuery(q)).toBe('living off the land entity:"Volt Typhoon" publisher:NCSC');
  });
});

describe('schedules', () => {
  const schedules = cronSchedules('UTC');
  it('turns intervals into cron expressions and validates the rest', () => {
    expect(cronOf('15m', schedules)).toEqual({ cron: '*/15 * * * *' });
    expect(cronOf('2h', schedules)).toEqual({ cron: '0 */2 * * *' });
    expect(cronOf('1d', schedules)).toEqual({ cron: '0 0 * * *' });
    expect(cronOf('0 8 * * 1-5', schedules)).toEqual({ cron: '0 8 * * 1-5' });
    expect(cronOf('7m', schedules)).toMatchObject({ error: expect.stringContaining('divide an hour') });
    expect(cronOf('61 * * * *', schedules)).toMatchObject({
      error: expect.stringContaining('invalid expression for minute'),
    });
  });

  it('refuses schedules that would poll or post more often than every 5 minutes', () => {
    const tooOften = /at most every 5 minutes/;
    for (const every of ['1m', '4 min'])
      expect(cronOf(every, schedules), every).toMatchObject({ error: expect.stringMatching(tooOften) });
    for (const cron of [
      '* * * * * *',
      '*/30 * * * * *',
      '* * * * *',
      '*/2 * * * *',
      '0,3 8 * * *',
      '1,58 7,8 * * *',
    ]) {
      expect(cronOf(cron, schedules), cron).toMatchObject({ error: expect.stringMatching(tooOften) });
      expect(checkFollowSchedule(cron, schedules), cron).toMatch(tooOften);
    }
    expect(cronOf('* * * * * *', schedules)).toMatchObject({
      error: expect.stringContaining('every second'),
    });
    for (const every of ['5m', '0 */5 * * * *', '*/5 * * * *', '55 * * * *', '0,30 8-17 * * 1-5', '@hourly'])
      expect(cronOf(every, schedules), every).toHaveProperty('cron');
    expect(checkFollowSchedule('0 8 * * 1-5', schedules)).toBeNull();
    expect(checkFollowSchedule('new', schedules)).toBeNull();
  });

  it('finds the next run in the configured time zone', () => {
    const from = new Date('2024-07-10T09:07:00Z');
    expect(schedules.next('*/15 * * * *', from)?.toISOString()).toBe('2024-07-10T09:15:00.000Z');
    expect(schedules.next('0 8 * * 1-5', new Date('2024-07-12T09:00:00Z'))?.toISOString()).toBe(
      '2024-07-15T08:00:00.000Z',
    );
    expect(cronSchedules('Europe/London').next('0 8 * * *', from)?.toISOString()).toBe(
      '2024-07-11T07:00:00.000Z',
    );
  });

  it('tells a missed poll: the schedule fired since the last fetch, or since the source was added', () => {
    const at = (iso: string) => new Date(iso);
    const fetched = { lastFetchAt: '2024-07-10T09:07:00.000Z', addedAt: '2024-07-01T00:00:00.000Z' };
    expect(missedPoll(fetched, '*/15 * * * *', schedules, at('2024-07-10T09:14:59Z'))).toBe(false);
    expect(missedPoll(fetched, '*/15 * * * *', schedules, at('2024-07-10T09:15:00Z'))).toBe(true);
    const never = { lastFetchAt: null, addedAt: '2024-07-10T09:07:00.000Z' };
    expect(missedPoll(never, '0 * * * *', schedules, at('2024-07-10T09:30:00Z'))).toBe(false);
    expect(missedPoll(never, '0 * * * *', schedules, at('2024-07-10T10:00:00Z'))).toBe(true);
  });

  it('backs off 5, 10, 20 … minutes, capped at 6 hours', () => {
    expect([1, 2, 3, 4].map((n) => sourceBackoffMs(n) / 60_000)).toEqual([5, 10, 20, 40]);
    expect(sourceBackoffMs(30)).toBe(6 * 3_600_000);
  });
});

describe('configuration', () => {
  it('reads the allow-list, the admin channel, the time zone and the fetch timeout', () => {
    const c = loadConfig({
      SITREP_FETCH_ALLOW_HOSTS: '127.0.0.1:8080, Feeds.Intranet.example',
      SITREP_ADMIN_CHANNEL: 'slack:C0ADMIN',
      SITREP_TIMEZONE: 'Europe/London',
      SITREP_FETCH_TIMEOUT: '5',
    });
    expect(c.SITREP_FETCH_ALLOW_HOSTS).toEqual(['127.0.0.1:8080', 'feeds.intranet.example']);
    expect(channelRef(c.SITREP_ADMIN_CHANNEL)).toEqual({ platform: 'slack', id: 'C0ADMIN' });
    expect(c.SITREP_FETCH_TIMEOUT).toBe(5);
    expect(loadConfig({}).SITREP_FETCH_ALLOW_HOSTS).toEqual([]);
    expect(() => loadConfig({ SITREP_FETCH_ALLOW_HOSTS: 'http://x/' })).toThrow(/SITREP_FETCH_ALLOW_HOSTS/);
    expect(() => loadConfig({ SITREP_ADMIN_CHANNEL: 'C0ADMIN' })).toThrow(/SITREP_ADMIN_CHANNEL/);
    expect(() => loadConfig({ SITREP_TIMEZONE: 'Mars/Olympus' })).toThrow(/SITREP_TIMEZONE/);
  });
});
