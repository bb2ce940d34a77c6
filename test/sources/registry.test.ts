// The source registry: adding a source (detection, first fetch, refusals), pausing, resuming and removing
// it, and the audit log, against a real local HTTP server and a real SQLite file.
import { describe, expect, it } from 'vitest';
import {
  ADMIN,
  addNewsFeedTo,
  asAdmin,
  fixture,
  freshEnvHeld,
  hintOf,
  type RssItem,
  rss,
  SLACK,
  STORY,
  value,
  xml,
} from './helpers.js';

const fresh = freshEnvHeld();
const addNewsFeed = (items?: RssItem[]) => addNewsFeedTo(fresh.server, fresh.env, items);

/** The title of the user error /source add answers with, run by an admin. */
async function refusedAdd(url: string, every?: string): Promise<string> {
  const r = await asAdmin(fresh.env, 'source', { target: `add ${url}`, ...(every ? { every } : {}) });
  expect(r.status, url).toBe('user-error');
  return r.title;
}

describe('adding a source', () => {
  it('detects RSS, ingests its items, answers with counts, and posts nothing on the first fetch', async () => {
    await fresh.env.service.follow({ channel: SLACK, query: 'Sandworm' }, ADMIN);
    const r = value(await addNewsFeed());
    expect(r.source.kind).toBe('rss');
    expect(r.items).toBe(2);
    expect(r.added).toBe(2);
    expect(r.newEntities).toEqual(expect.arrayContaining(['Sandworm', 'Felicity Oswald']));
    expect(await fresh.env.rt.store.documentCount()).toBe(2);
    const doc = (await fresh.env.rt.store.listDocuments()).find((d) => d.url === STORY.sandworm.link);
    expect(doc).toMatchObject({
      title: STORY.sandworm.title,
      publisher: 'Example News',
      published: '2024-07-07',
    });

    const delivered = await fresh.env.service.deliver();
    expect(delivered.posted).toEqual([]);
    expect(fresh.env.outbound.posts).toEqual([]);
    expect(await fresh.env.service.preview()).toEqual([]);
    // Who, what, when: newest first.
    expect((await fresh.env.service.auditLog()).map((a) => [a.who, a.action, a.detail.slice(0, 3)])).toEqual([
      ['terminal:local', 'source.add', '#1 '],
      ['terminal:local', 'follow.add', '#1 '],
    ]);
  });

  it('detects Atom and JSON Feed', async () => {
    fresh.server.routes.set('/atom.xml', () => ({ type: 'application/atom+xml', body: fixture('atom.xml') }));
    fresh.server.routes.set('/feed.json', () => ({
      type: 'application/feed+json',
      body: fixture('feed.json'),
    }));
    const atom = value(await fresh.env.service.addSource({ url: fresh.server.url('/atom.xml') }, ADMIN));
    expect(atom.source).toMatchObject({ kind: 'atom', name: 'Cyber Desk' });
    expect(atom.added).toBe(2);
    const json = value(await fresh.env.service.addSource({ url: fresh.server.url('/feed.json') }, ADMIN));
    expect(json.source).toMatchObject({ kind: 'json', name: 'Wire Service Cyber' });
    expect(json.added).toBe(1);
    const review = (await fresh.env.rt.store.listDocuments()).find(
      (d) => d.url === 'https://cyberdesk.example/ncsc-review',
    );
    // The day as the feed wrote it (+01:00), not shifted to UTC.
    expect(review).toMatchObject({ author: 'Sam Reed', publisher: 'Cyber Desk', published: '2024-07-08' });
  });

  it('adds one article page through the HTML path, and refuses a page without an article, naming its feed', async () => {
    fresh.server.routes.set('/advisory', () => ({
      type: 'text/html; charset=utf-8',
      body: fixture('article.html'),
    }));
    fresh.server.routes.set('/news', () => ({ type: 'text/html', body: fixture('section-front.html') }));
    const page = value(await fresh.env.service.addSource({ url: fresh.server.url('/advisory') }, ADMIN));
    expect(page.source.kind).toBe('page');
    expect(page.added).toBe(1);
    const doc = (await fresh.env.rt.store.listDocuments())[0];
    expect(doc).toMatchObject({
      publisher: 'Gov Cyber',
      title: 'APT40 advisory: what defenders need to know',
    });
    expect(await fresh.env.service.addSource({ url: fresh.server.url('/news') }, ADMIN)).toMatchObject({
      ok: false,
      error: { kind: 'no-article', feed: fresh.server.url('/news/feed.xml') },
    });
    const refusal = await asAdmin(fresh.env, 'source', { target: `add ${fresh.server.url('/news')}` });
    expect(refusal.title).toMatch(/No article/);
    expect(hintOf(refusal)).toContain(`/source add ${fresh.server.url('/news/feed.xml')}`);
    expect(await fresh.env.service.listSources()).toHaveLength(1);
  });

  it('cites an item with a relative link at its page, resolved against xml:base', async () => {
    const body = rss('Example News', [{ ...STORY.sandworm, link: 'sandworm-grid' }]).replace(
      '<channel>',
      '<channel xml:base="https://news.example/2024/">',
    );
    fresh.server.routes.set('/relative.xml', () => xml(body));
    await fresh.env.service.addSource({ url: fresh.server.url('/relative.xml') }, ADMIN);
    const [doc] = await fresh.env.rt.store.listDocuments();
    expect(doc?.url).toBe('https://news.example/2024/sandworm-grid');
    expect(doc?.origin).toBe('https://news.example/2024/sandworm-grid');
  });

  it('refuses malformed XML, an unknown interval and a duplicate, and adds nothing', async () => {
    fresh.server.routes.set('/broken.xml', () => ({
      type: 'application/rss+xml',
      body: fixture('malformed.xml'),
    }));
    expect(await refusedAdd(fresh.server.url('/broken.xml'))).toMatch(/malformed feed/);
    expect((await addNewsFeed()).ok).toBe(true);
    expect(await refusedAdd(fresh.server.url('/news.xml'))).toMatch(/already source #/);
    expect(await refusedAdd(fresh.server.url('/x.xml'), '7m')).toMatch(/not an interval/);
    expect(await refusedAdd('ftp://example.com/feed')).toMatch(/Only http and https/);
    expect(await fresh.env.service.listSources()).toHaveLength(1);
  });

  it('refuses sources and digests scheduled more often than every 5 minutes, fetching nothing', async () => {
    fresh.server.routes.set('/news.xml', () => xml(rss('Example News', [STORY.review])));
    for (const every of ['* * * * * *', '1m', '*/2 * * * *'])
      expect(await refusedAdd(fresh.server.url('/news.xml'), every)).toMatch(/at most every 5 minutes/);
    expect(fresh.server.requests).toHaveLength(0);
    const follow = await asAdmin(fresh.env, 'follow', { query: 'APT40', schedule: '*/10 * * * * *' });
    expect(follow.status).toBe('user-error');
    expect(follow.title).toMatch(/runs 10 seconds apart: Sitrep posts a digest at most every 5 minutes/);
    expect(await fresh.env.service.following()).toEqual([]);
    // A source an older Sitrep stored with a per-second schedule is polled every 5 minutes.
    const old = await fresh.env.rt.sourceStore.addSource(
      {
        url: fresh.server.url('/news.xml'),
        name: 'Old',
        kind: 'rss',
        every: '* * * * * *',
        addedBy: 'terminal:local',
        addedAt: '2024-07-01T00:00:00Z',
      },
      { at: '2024-07-01T00:00:00Z', who: 'terminal:local', action: 'source.add', detail: 'old' },
    );
    expect(fresh.env.service.cronOf(old)).toBe('*/5 * * * *');
    expect(fresh.env.service.nextRun(old)).toBe('2024-07-10T09:05:00.000Z');
  });
});

describe('refusals are values the command words', () => {
  it('says what is wrong with a new source, and adds nothing', async () => {
    fresh.server.routes.set('/page', () => ({ type: 'application/octet-stream', body: 'x' }));
    fresh.server.routes.set('/text', () => ({ type: 'text/plain', body: 'just some words, no feed' }));
    expect((await addNewsFeed()).ok).toBe(true);
    const add = (url: string, every?: string) =>
      fresh.env.service
        .addSource({ url, ...(every ? { every } : {}) }, ADMIN)
        .then((r) => (r.ok ? r : r.error));
    expect(await add('not a url')).toEqual({ kind: 'not-a-url', input: 'not a url' });
    expect(await add('file:///etc/passwd')).toEqual({ kind: 'scheme', protocol: 'file:' });
    expect(await add(` <${fresh.server.url('/news.xml')}> `)).toMatchObject({
      kind: 'duplicate',
      url: fresh.server.url('/news.xml'),
      existing: { id: 1, name: 'Example News' },
    });
    expect(await add(fresh.server.url('/other.xml'), '7m')).toMatchObject({
      kind: 'schedule',
      problem: expect.stringMatching(/not an interval/),
    });
    expect(await add('http://10.0.0.1/feed.xml')).toMatchObject({ kind: 'fetch-failed', reason: 'refused' });
    expect(await add(fresh.server.url('/page'))).toMatchObject({
      kind: 'fetch-failed',
      reason: 'content-type',
    });
    expect(await add(fresh.server.url('/text'))).toMatchObject({
      kind: 'unreadable',
      reason: 'not an RSS, Atom or JSON feed',
    });
    expect(await fresh.env.service.listSources()).toHaveLength(1);
  });

  it('pauses, resumes and removes a source once, and says why it cannot do it twice', async () => {
    const { source } = value(await addNewsFeed());
    const id = source.id;
    expect(await fresh.env.service.pauseSource(id, ADMIN)).toMatchObject({
      ok: true,
      value: { id, paused: true },
    });
    expect(await fresh.env.service.pauseSource(id, ADMIN)).toMatchObject({
      ok: false,
      error: { kind: 'already-paused', source: { id, pausedReason: 'paused by terminal:local' } },
    });
    expect(await fresh.env.service.resumeSource(id, ADMIN)).toMatchObject({
      ok: true,
      value: { id, paused: false },
    });
    expect(await fresh.env.service.resumeSource(id, ADMIN)).toMatchObject({
      ok: false,
      error: { kind: 'not-paused' },
    });
    expect(await fresh.env.service.removeSource(id, ADMIN)).toMatchObject({ ok: true, value: { id } });
    for (const r of [
      fresh.env.service.removeSource(id, ADMIN),
      fresh.env.service.pauseSource(id, ADMIN),
      fresh.env.service.resumeSource(id, ADMIN),
    ])
      expect(await r).toEqual({ ok: false, error: { kind: 'no-such-source', id } });
    expect((await fresh.env.service.auditLog()).map((a) => a.action)).toEqual([
      'source.remove',
      'source.resume',
      'source.pause',
      'source.add',
    ]);
  });

  it('words each refusal as the admin reads it', async () => {
    expect((await addNewsFeed()).ok).toBe(true);
    const title = async (target: string) => (await asAdmin(fresh.env, 'source', { target })).title;
    expect(await title('pause 1')).toBe('Paused Example News');
    expect(await title('pause 1')).toBe(
      'Source #1 “Example News” is already paused (paused by slack:U_ADMIN).',
    );
    expect(await title('resume 1')).toBe('Resumed Example News');
    expect(await title('resume 1')).toBe('Source #1 “Example News” is not paused.');
    const missing = await asAdmin(fresh.env, 'source', { target: 'remove 7' });
    expect([missing.title, hintOf(missing)]).toEqual([
      'No source #7.',
      '/source list shows every source with its id.',
    ]);
    const refused = await asAdmin(fresh.env, 'source', { target: 'add http://10.0.0.1/feed.xml' });
    expect(hintOf(refused)).toMatch(/never fetches private, loopback or link-local addresses/);
    const notUrl = await asAdmin(fresh.env, 'source', { target: 'add http://' });
    expect(notUrl.title).toBe('"http://" is not a URL.');
  });
});
