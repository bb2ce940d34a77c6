// `npm run sitrep -- poll`: one cycle, terminal briefings printed as posted, chat briefings previewed and
// left queued for the bot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/app/config.js';
import { formatPollReport, pollOnce, runPollCommand } from '../../src/app/poll.js';
import {
  ADMIN,
  CONSOLE,
  type Env,
  openEnv,
  rss,
  STORY,
  startServer,
  type TestServer,
  xml,
} from './helpers.js';

let server: TestServer;
let env: Env;

beforeAll(async () => {
  server = await startServer();
  env = await openEnv(server);
});
afterAll(async () => {
  await env.close();
  await server.close();
});

describe('poll', () => {
  it('prints the first fetch, then posts terminal briefings and previews the rest', async () => {
    server.routes.set('/news.xml', () => xml(rss('Example News', [STORY.review])));
    await env.service.addSource({ url: server.url('/news.xml'), name: 'Example News' }, ADMIN);
    await env.service.follow({ channel: CONSOLE, query: 'APT40' }, ADMIN);
    await env.service.follow({ channel: { platform: 'slack', id: 'C1' }, query: 'ransomware' }, ADMIN);
    const config = loadConfig({ SITREP_FETCH_ALLOW_HOSTS: server.host });

    let out = '';
    expect(await runPollCommand(env.rt, config, { write: (t) => (out += t) })).toBe(0);
    expect(out).toContain('#1 Example News: 0 new item(s), 0 new report(s), 0 briefing item(s) queued');
    expect(out).toContain('Nothing to post.');

    server.routes.set('/news.xml', () =>
      xml(rss('Example News', [STORY.apt40, STORY.ransomware, STORY.review])),
    );
    out = '';
    expect(await runPollCommand(env.rt, config, { write: (t) => (out += t) })).toBe(0);
    expect(out).toContain('#1 Example News: 2 new item(s), 2 new report(s), 2 briefing item(s) queued');
    expect(out).toMatch(
      /── Sitrep briefing: 1 new report \(console\) ──\nSitrep briefing: 1 new report\n─+\nAustralia and partners blame APT40/,
    );
    expect(out).toContain('posted to terminal:console: 1 report(s)');
    expect(out).toContain('Would post to slack:C1:');
    expect(out).toContain('Hospital trust cancels appointments');
    // The Slack briefing stays queued for the bot; the terminal one is done.
    expect((await env.service.preview()).map((p) => `${p.platform}:${p.channel}`)).toEqual(['slack:C1']);
  });

  it('pollOnce reports failures without throwing', async () => {
    server.routes.set('/news.xml', () => ({ status: 503, type: 'text/plain', body: 'down' }));
    const report = await pollOnce({ service: env.service });
    expect(report.polls[0]).toMatchObject({ status: 'failed', error: expect.stringContaining('HTTP 503') });
    expect(formatPollReport(report)).toMatch(/#1 Example News: FAILED: HTTP 503/);
  });

  it('exits 2 when a source failed, so a cron job notices', async () => {
    server.routes.set('/news.xml', () => ({ status: 503, type: 'text/plain', body: 'down' }));
    const config = loadConfig({ SITREP_FETCH_ALLOW_HOSTS: server.host });
    let out = '';
    expect(await runPollCommand(env.rt, config, { write: (t) => (out += t) })).toBe(2);
    expect(out).toMatch(/FAILED: HTTP 503/);
  });

  it('says every source is paused, and how to resume one, rather than that there are none', async () => {
    await env.service.pauseSource(1, ADMIN);
    const config = loadConfig({ SITREP_FETCH_ALLOW_HOSTS: server.host });
    let out = '';
    expect(await runPollCommand(env.rt, config, { write: (t) => (out += t) })).toBe(0);
    expect(out).not.toContain('No active sources');
    expect(out).toContain('Every source is paused (1): #1 Example News (paused by terminal:local).');
    expect(out).toContain('npx sitrep source resume 1');
    await env.service.resumeSource(1, ADMIN);
  });
});
