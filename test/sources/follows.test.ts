// Follows: matching, digests, refusals, and what /brief selects, against a real local HTTP server and a
// real SQLite file, with the clock driven by hand.
import { describe, expect, it } from 'vitest';
import {
  ADMIN,
  addNewsFeedTo,
  asAdmin,
  briefOf,
  CONSOLE,
  freshEnvHeld,
  hintOf,
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

describe('a new matching item', () => {
  it('matches an alias and entity:/publisher: filters, and posts nothing for a non-matching item', async () => {
    await addNewsFeed();
    await fresh.env.service.follow(
      { channel: { platform: 'discord', id: '111' }, query: 'Kryptonite Panda' },
      ADMIN,
    );
    await fresh.env.service.follow(
      { channel: { platform: 'discord', id: '222' }, query: 'entity:APT40 publisher:"Other Outlet"' },
      ADMIN,
    );
    await fresh.env.service.follow(
      { channel: { platform: 'discord', id: '333' }, query: 'Volt Typhoon' },
      ADMIN,
    );
    fresh.server.routes.set('/news.xml', () =>
      xml(rss('Example News', [STORY.apt40, STORY.review, STORY.sandworm])),
    );
    await fresh.env.service.pollDue();
    await fresh.env.service.deliver();
    expect(fresh.env.outbound.posts.map((p) => p.channel)).toEqual(['111']);
  });

  it('holds a digest until its schedule', async () => {
    await addNewsFeed();
    await fresh.env.service.follow({ channel: SLACK, query: 'APT40', schedule: '0 8 * * *' }, ADMIN);
    fresh.server.routes.set('/news.xml', () =>
      xml(rss('Example News', [STORY.apt40, STORY.review, STORY.sandworm])),
    );
    await fresh.env.service.pollDue();
    expect((await fresh.env.service.deliver()).posted).toEqual([]);
    expect((await briefOf(fresh.env, SLACK))?.title).toBe('Sitrep briefing: 1 new report');
    fresh.env.clock.set(new Date('2024-07-11T08:00:00Z'));
    expect((await fresh.env.service.deliver()).posted).toHaveLength(1);
  });
});

describe('follow and unfollow', () => {
  it('refuses a follow that could never match, an empty one and a duplicate, as values', async () => {
    const follow = (query: string, schedule?: string) =>
      fresh.env.service.follow({ channel: SLACK, query, ...(schedule ? { schedule } : {}) }, ADMIN);
    expect(await follow('entity:')).toMatchObject({
      ok: false,
      error: { kind: 'query', problem: expect.stringMatching(/entity: needs a name/) },
    });
    expect(await follow('')).toMatchObject({ ok: false, error: { kind: 'empty-query' } });
    expect(await follow('APT40', 'every tuesday')).toMatchObject({ ok: false, error: { kind: 'schedule' } });
    expect(await follow('APT40')).toMatchObject({ ok: true, value: { follow: { id: 1, query: 'APT40' } } });
    expect(await follow('apt40')).toMatchObject({
      ok: false,
      error: { kind: 'duplicate', existing: { id: 1 } },
    });
    expect(await fresh.env.service.following()).toHaveLength(1);
  });

  it('unfollows once, and says there is no such follow after', async () => {
    value(await fresh.env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN));
    expect(await fresh.env.service.unfollow(1, ADMIN)).toMatchObject({
      ok: true,
      value: { id: 1, query: 'APT40' },
    });
    expect(await fresh.env.service.unfollow(1, ADMIN)).toEqual({
      ok: false,
      error: { kind: 'no-such-follow', id: 1 },
    });
    const missing = await asAdmin(fresh.env, 'unfollow', { id: '1' });
    expect([missing.title, hintOf(missing)]).toEqual([
      'No follow #1.',
      '/following lists what this channel follows, with ids.',
    ]);
    expect((await fresh.env.service.auditLog()).map((a) => a.action)).toEqual([
      'follow.remove',
      'follow.add',
    ]);
  });

  it('words a duplicate follow with the id of the one already there', async () => {
    expect((await asAdmin(fresh.env, 'follow', { query: 'APT40' })).status).toBe('ok');
    const again = await asAdmin(fresh.env, 'follow', { query: 'apt40' });
    expect([again.title, hintOf(again)]).toEqual([
      'This channel already follows “APT40” (#1).',
      '/following lists what this channel follows.',
    ]);
  });
});

describe('/brief', () => {
  it('shows what is queued for a channel, and what matched since a time', async () => {
    await addNewsFeed();
    expect(await briefOf(fresh.env, SLACK)).toBeNull();
    await fresh.env.service.follow({ channel: SLACK, query: 'Sandworm' }, ADMIN);
    const since = await briefOf(fresh.env, SLACK, '2024-07-01T00:00:00.000Z');
    expect(since?.title).toBe('Sitrep briefing: 1 new report');
    expect(textOf(since ?? { status: 'ok', title: '', blocks: [] })).toContain(STORY.sandworm.title);
    // A channel that follows nothing sees everything added since then.
    expect((await briefOf(fresh.env, CONSOLE, '2024-07-01T00:00:00.000Z'))?.title).toBe(
      'Sitrep briefing: 2 new reports',
    );
    expect(await briefOf(fresh.env, CONSOLE, '2030-01-01T00:00:00.000Z')).toBeNull();
  });

  it('selects what is queued for a channel, or what was added since a time, and /brief says which', async () => {
    await addNewsFeed();
    value(await fresh.env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN));
    fresh.server.routes.set('/news.xml', () =>
      xml(rss('Example News', [STORY.apt40, STORY.review, STORY.sandworm])),
    );
    await fresh.env.service.pollDue();
    const queued = fresh.env.service.brief(SLACK);
    expect(await queued).toMatchObject({
      kind: 'queued',
      lastSentAt: null,
      inputs: [{ matched: ['APT40'] }],
    });
    expect(await fresh.env.service.brief(SLACK, '2024-07-01T00:00:00.000Z')).toMatchObject({
      kind: 'since',
      since: '2024-07-01T00:00:00.000Z',
      followed: true,
      inputs: [{ matched: ['APT40'] }],
    });
    const context = async (raw: Record<string, unknown>) =>
      (await asAdmin(fresh.env, 'brief', raw)).blocks.find((b) => b.type === 'context');
    expect(await context({})).toEqual({ type: 'context', text: 'New since this channel started following.' });
    await fresh.env.service.deliver();
    fresh.env.clock.advance(60_000);
    fresh.server.routes.set('/news.xml', () =>
      xml(
        rss('Example News', [
          {
            ...STORY.apt40,
            guid: 'apt40-again',
            link: 'https://news.example/apt40-2',
            title: 'APT40 again',
            html: `<p>APT40 struck again.</p>${STORY.apt40.html}`,
          },
          STORY.apt40,
          STORY.review,
          STORY.sandworm,
        ]),
      ),
    );
    await fresh.env.service.pollDue();
    expect(await context({})).toEqual({
      type: 'context',
      text: 'New since the last briefing (2024-07-10 09:00 UTC).',
    });
    expect(await context({ since: '2024-07-01' })).toEqual({
      type: 'context',
      text: 'Reports added since 2024-07-01 00:00 UTC that this channel follows.',
    });
  });
});
