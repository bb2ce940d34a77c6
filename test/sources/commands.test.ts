// The source, follow, unfollow, following and brief commands through the executor every adapter uses, on
// a real runtime: permissions, channel, answers and user errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLine } from '../../src/adapters/terminal/run-line.js';
import { createExecutor, type Executor } from '../../src/app/executor.js';
import {
  ADMIN,
  type Env,
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
let executor: Executor;
const slackUser = { platform: 'slack', userId: 'U_MEMBER' } as const;
const slackAdmin = { platform: 'slack', userId: 'U_ADMIN' } as const;

beforeAll(async () => {
  server = await startServer();
  env = await openEnv(server);
  executor = createExecutor(env.rt, ['slack:U_ADMIN'], env.service);
  server.routes.set('/news.xml', () => xml(rss('Example News', [STORY.review, STORY.sandworm])));
});
afterAll(async () => {
  await env.close();
  await server.close();
});

describe('permissions', () => {
  it('refuses non-admins by naming the permission, and changes nothing', async () => {
    for (const [cmd, raw] of [
      ['source', { target: `add ${server.url('/news.xml')}` }],
      ['source', { action: 'remove', target: '1' }],
      ['source', { target: 'pause 1' }],
      ['follow', { query: 'APT40' }],
      ['unfollow', { id: '1' }],
    ] as const) {
      const r = await executor.execute(cmd, { ...raw }, slackUser, 'C1');
      expect(r.status, cmd).toBe('user-error');
      expect(r.title, cmd).toMatch(/needs the admin permission/);
      expect(textOf(r)).toContain('SITREP_ADMINS');
    }
    expect(await env.service.listSources()).toEqual([]);
    expect(await env.service.following()).toEqual([]);
  });

  it('lets anyone list sources, see follows and ask for a brief', async () => {
    expect((await executor.execute('source', {}, slackUser, 'C1')).status).toBe('ok');
    expect((await executor.execute('source', { action: 'list' }, slackUser, 'C1')).status).toBe('ok');
    expect((await executor.execute('following', {}, slackUser, 'C1')).status).toBe('ok');
    expect((await executor.execute('brief', {}, slackUser, 'C1')).status).toBe('ok');
  });
});

describe('admin flow from a chat adapter', () => {
  it('adds a source, follows in this channel, lists, briefs, pauses, resumes, unfollows and removes', async () => {
    const added = await executor.execute(
      'source',
      { target: `add ${server.url('/news.xml')}`, name: 'Example News', every: '15m' },
      slackAdmin,
      'C1',
    );
    expect(added.status).toBe('ok');
    expect(textOf(added)).toMatch(
      /Added “Example News” as source #1 \(RSS, 2 items, 2 new reports, \d+ new entities\)/,
    );
    expect(textOf(added)).toContain('This first fetch posts no briefing');

    const follow = await executor.execute('follow', { query: 'APT40' }, slackAdmin, 'C1');
    expect(follow.status).toBe('ok');
    expect(textOf(follow)).toContain('This channel now follows “APT40” (#1)');
    expect(await env.service.following({ platform: 'slack', id: 'C1' })).toHaveLength(1);
    const filtered = await executor.execute(
      'follow',
      { entity: 'Sandworm', publisher: 'Example News' },
      slackAdmin,
      'C1',
    );
    expect(filtered.title).toBe('Following entity:Sandworm publisher:"Example News"');
    expect(textOf(filtered)).toMatch(/1 report already in the corpus matches/);

    const list = await executor.execute('source', { target: 'list' }, slackUser, 'C1');
    expect(textOf(list)).toMatch(
      /#1 Example News.*RSS .*every 15m, next 2024-07-10 09:15 UTC · 2 items · last fetch 2024-07-10 09:00 UTC · added by slack:U_ADMIN/,
    );

    server.routes.set('/news.xml', () =>
      xml(rss('Example News', [STORY.apt40, STORY.review, STORY.sandworm])),
    );
    await env.service.pollDue();
    const brief = await executor.execute('brief', {}, slackUser, 'C1');
    expect(brief.title).toBe('Sitrep briefing: 1 new report');
    expect(textOf(brief)).toContain(STORY.apt40.title);
    const since = await executor.execute('brief', { since: '7d' }, slackUser, 'C1');
    expect(since.title).toBe('Sitrep briefing: 2 new reports');
    expect((await executor.execute('brief', { since: 'yesterday-ish' }, slackUser, 'C1')).title).toMatch(
      /since: must be/,
    );

    expect(textOf(await executor.execute('source', { target: 'pause 1' }, slackAdmin, 'C1'))).toContain(
      'Paused source #1',
    );
    expect(textOf(await executor.execute('source', { target: 'list' }, slackUser, 'C1'))).toContain(
      'PAUSED (paused by slack:U_ADMIN)',
    );
    expect((await executor.execute('source', { target: 'pause 1' }, slackAdmin, 'C1')).title).toMatch(
      /already paused/,
    );
    expect(textOf(await executor.execute('source', { target: 'resume 1' }, slackAdmin, 'C1'))).toContain(
      'Resumed source #1',
    );
    expect(textOf(await executor.execute('unfollow', { id: '1' }, slackAdmin, 'C2'))).toContain(
      '(in slack:C1)',
    );
    expect(
      textOf(await executor.execute('source', { action: 'remove', target: '#1' }, slackAdmin, 'C1')),
    ).toContain('Its reports stay in the corpus');
    expect((await env.service.auditLog(20)).map((a) => a.action)).toEqual([
      'source.remove',
      'follow.remove',
      'source.resume',
      'source.pause',
      'follow.add',
      'follow.add',
      'source.add',
    ]);
  });

  it('answers user errors with a hint', async () => {
    const bad = async (cmd: string, raw: Record<string, unknown>) => {
      const r = await executor.execute(cmd, raw, slackAdmin, 'C1');
      expect(r.status, JSON.stringify(raw)).toBe('user-error');
      return r.title;
    };
    expect(await bad('source', { target: 'remove 99' })).toBe('No source #99.');
    expect(await bad('source', { target: 'remove' })).toMatch(/Give the id of a source/);
    expect(await bad('source', { target: 'frobnicate 3' })).toMatch(/Unknown action "frobnicate"/);
    expect(await bad('source', { target: 'add not-a-url' })).toMatch(/is not a URL/);
    expect(await bad('source', { target: 'add http://127.0.0.2/feed' })).toMatch(
      /refused to fetch 127\.0\.0\.2.*loopback/,
    );
    expect(await bad('follow', { query: 'APT40', schedule: 'every tuesday' })).toMatch(
      /schedule must be "new" or a cron/,
    );
    expect(await bad('follow', {})).toMatch(/Say what to follow/);
    expect(await bad('unfollow', { id: 'x' })).toMatch(/Give the id of a follow/);
    expect(await bad('unfollow', { id: '42' })).toBe('No follow #42.');
  });
});

describe('typed lines that could never work', () => {
  it('refuses a follow that could never match, with the usage line, and stores nothing', async () => {
    const terminal = createExecutor(env.rt, [], env.service);
    const before = (await env.service.following()).length;
    for (const [line, message] of [
      ['/follow "', /no word or name to follow/],
      ["/follow '…'", /no word or name to follow/],
      ['/follow entity:', /entity: needs a name, e\.g\. entity:Sandworm/],
      ['/follow entity:""', /entity: needs a name/],
      ['/follow publisher:', /publisher: needs a name, e\.g\. publisher:NCSC/],
      ['/follow APT31 publisher:!!!', /publisher: needs a name/],
      ['/follow entity:"?" APT31', /entity: needs a name/],
    ] as const) {
      const r = await runLine(line, terminal);
      expect(r.status, line).toBe('user-error');
      expect(r.title, line).toMatch(message);
      expect(textOf(r), line).toContain('Usage: /follow QUERY');
    }
    expect(await env.service.following()).toHaveLength(before);
  });

  it('says only http and https addresses can be sources, whatever the scheme', async () => {
    const terminal = createExecutor(env.rt, [], env.service);
    for (const line of [
      '/source add ftp://example.com/feed.xml',
      '/source add file:///etc/passwd',
      '/source add gopher://example.com/1/news',
      '/source ftp://example.com/feed.xml',
      '/source add mailto:security@example.com',
      '/source add data:text/html,<p>hi</p>',
      '/source add javascript:alert(1)',
    ]) {
      const r = await runLine(line, terminal);
      expect(r.status, line).toBe('user-error');
      expect(r.title, line).toMatch(/^Only http and https addresses can be sources/);
    }
  });
});

describe('without the sources service', () => {
  it('says sources are not enabled here', async () => {
    const plain = createExecutor(env.rt, []);
    for (const cmd of ['source', 'follow', 'following', 'brief']) {
      const r = await plain.execute(cmd, cmd === 'follow' ? { query: 'x' } : {}, {
        platform: 'terminal',
        userId: 'local',
      });
      expect(r.title, cmd).toBe('Sources are not enabled here.');
    }
  });

  it('the terminal is the local admin, and its channel is "console"', async () => {
    const r = await runLine('/follow "electoral commission"', createExecutor(env.rt, [], env.service));
    expect(r.status).toBe('ok');
    expect((await env.service.following({ platform: 'terminal', id: 'console' }))[0]).toMatchObject({
      query: 'electoral commission',
      createdBy: `${ADMIN.platform}:${ADMIN.userId}`,
    });
  });
});
