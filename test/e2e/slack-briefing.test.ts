// End to end through Slack, every part real: the runtime on a temp DATA_DIR with the bundled seeds, the
// sources service and its fetcher (allowed to reach only the local feed server), the executor with one Slack
// admin, and the real Bolt App in Socket Mode against the loopback Slack, its `post` registered on the
// outbound router as main.ts does. An admin adds the local feed and follows APT40 in C-TEST by slash command;
// a new APT40 item published on the feed server then reaches the channel as exactly one briefing.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackBot } from '../../src/adapters/slack/app.js';
import { loadConfig } from '../../src/app/config.js';
import { createExecutor } from '../../src/app/executor.js';
import { pollOnce } from '../../src/app/poll.js';
import { openRuntime, type Runtime } from '../../src/app/runtime.js';
import { startSlack } from '../../src/app/slack.js';
import { createSources, type SourcesSetup } from '../../src/app/sources.js';
import { fixedClock } from '../../src/infra/clock.js';
import { memoryLogger } from '../../src/infra/logger.js';
import { type Delivery, type FakeSlack, slashPayload, startFakeSlack } from '../adapters/slack/fake-slack.js';
import { textsOf } from '../adapters/slack/helpers.js';
import { rss, STORY, startServer, type TestServer, xml } from '../sources/helpers.js';

const CHANNEL = 'C-TEST';
const ADMIN = 'U0ADMIN';
const MEMBER = 'U0MEMBER';
const FEED = '/news.xml';
const WIRE = '/wire.xml';
/** Another APT40 story (new content, not a copy of STORY.apt40), on a second feed. */
const SHIPPING = {
  guid: 'wire-apt40-shipping',
  link: 'https://wire.example/apt40-shipping',
  title: 'APT40 linked to intrusions at a shipping company',
  date: 'Wed, 10 Jul 2024 06:00:00 +0000',
  html: '<p>Investigators said on 9 July 2024 that APT40 broke into the network of a Pacific shipping company and stayed there for months.</p><p>The company said it had rebuilt its mail servers.</p>',
};

let feeds: TestServer;
let fake: FakeSlack;
let rt: Runtime;
let sources: SourcesSetup;
let bot: SlackBot;
let dataDir: string;

beforeAll(async () => {
  feeds = await startServer();
  feeds.routes.set(FEED, () => xml(rss('Example News', [STORY.review, STORY.sandworm])));
  fake = await startFakeSlack();
  dataDir = mkdtempSync(join(tmpdir(), 'sitrep-e2e-slack-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    SEEDS_DIR: 'seeds',
    LOG_LEVEL: 'silent',
    SITREP_ADMINS: `slack:${ADMIN}`,
    SITREP_FETCH_ALLOW_HOSTS: feeds.host,
    SITREP_FETCH_TIMEOUT: '5',
    SLACK_BOT_TOKEN: 'xoxb-1-e2e',
    SLACK_APP_TOKEN: 'xapp-1-e2e',
    SLACK_API_URL: fake.apiUrl,
  });
  const logger = memoryLogger();
  rt = await openRuntime({
    dataDir: config.DATA_DIR,
    seedsDir: config.SEEDS_DIR,
    clock: fixedClock(new Date('2024-07-10T09:00:00Z')),
    logger,
  });
  sources = createSources(rt, config);
  const executor = createExecutor(rt, config.SITREP_ADMINS, sources.service);
  const started = await startSlack(config, executor, logger);
  if (!started) throw new Error('Slack did not start from its configuration');
  bot = started;
  sources.outbound.register('slack', (channel, reply) => bot.post(channel, reply));
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
  await sources?.close();
  rt?.close();
  await feeds?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** A slash command in C-TEST over Socket Mode; resolves with the one answer sent to its response_url. */
async function slash(command: string, text: string, user: string): Promise<Delivery['body']> {
  const responseId = randomUUID();
  const payload = { ...slashPayload(command, text, fake.responseUrl(responseId), user), channel_id: CHANNEL };
  const sent = fake.send('slash_commands', { ...payload, channel_name: 'test' });
  await fake.waitForAck(sent.envelopeId);
  const [answer] = await fake.waitForDeliveries(responseId, 1, 8000);
  if (!answer) throw new Error(`no answer to ${command} ${text}`);
  return answer.body;
}

const textOf = (body: Record<string, unknown>) =>
  [String(body.text ?? ''), ...textsOf(body.blocks)].join('\n');
const channelPosts = () => fake.ok('chat.postMessage');
const cycle = () =>
  pollOnce({ service: sources.service, outbound: sources.outbound, platforms: sources.outbound.platforms() });

describe('Slack: add a feed, follow a topic, get one briefing', () => {
  it("refuses a non-admin's /source add, naming the permission", async () => {
    const answer = await slash('/source', `add ${feeds.url(FEED)}`, MEMBER);
    expect(answer.response_type).toBe('ephemeral');
    expect(textOf(answer)).toContain('/source add needs the admin permission');
    expect(textOf(answer)).toContain('SITREP_ADMINS');
    expect(sources.service.listSources()).toEqual([]);
    expect(feeds.requests).toEqual([]);
  });

  it('the admin adds the local feed: the answer says so, and the first fetch posts nothing', async () => {
    expect(rt.store.documentCount()).toBeGreaterThan(0);
    const answer = await slash('/source', `add ${feeds.url(FEED)}`, ADMIN);
    expect(answer.response_type).toBe('ephemeral');
    expect(textOf(answer)).toMatch(/Added “Example News” as source #1 \(RSS, 2 items, 2 new reports/);
    expect(textOf(answer)).toContain('This first fetch posts no briefing');
    expect(sources.service.listSources()).toMatchObject([
      { id: 1, url: feeds.url(FEED), addedBy: `slack:${ADMIN}` },
    ]);
    expect(channelPosts()).toEqual([]);
  });

  it('the admin follows APT40 in C-TEST; a poll with nothing new posts nothing', async () => {
    const answer = await slash('/follow', 'APT40', ADMIN);
    expect(textOf(answer)).toContain('This channel now follows “APT40” (#1)');
    expect(sources.service.following({ platform: 'slack', id: CHANNEL })).toMatchObject([
      { id: 1, query: 'APT40', schedule: 'new' },
    ]);

    const report = await cycle();
    expect(report.polls).toMatchObject([{ sourceId: 1, status: 'ok', first: false, newItems: 0 }]);
    expect(report.delivered).toEqual({ posted: [], failed: [] });
    expect(channelPosts()).toEqual([]);
  });

  it('a new APT40 item on the feed reaches C-TEST as exactly one briefing', async () => {
    feeds.routes.set(FEED, () => xml(rss('Example News', [STORY.apt40, STORY.review, STORY.sandworm])));
    const report = await cycle();
    expect(report.polls).toMatchObject([{ sourceId: 1, status: 'ok', newItems: 1, added: 1, queued: 1 }]);
    expect(report.delivered.failed).toEqual([]);
    expect(report.delivered.posted).toMatchObject([{ platform: 'slack', channel: CHANNEL }]);
    expect(report.pending).toEqual([]);

    const posts = channelPosts();
    expect(posts).toHaveLength(1);
    const args = posts[0]?.args ?? {};
    expect(args.channel).toBe(CHANNEL);
    expect(posts[0]?.authorization).toBe('Bearer xoxb-1-e2e');
    expect(Array.isArray(args.blocks)).toBe(true);
    const text = textsOf(args.blocks).join('\n');
    expect(text).toContain('Sitrep briefing: 1 new report');
    expect(text).toContain(STORY.apt40.title);
    expect(text).toContain(STORY.apt40.link);
    expect(text).not.toContain(STORY.review.title);
    expect(text).not.toContain(STORY.sandworm.title);
  });

  it('a second poll cycle posts nothing more', async () => {
    const report = await cycle();
    expect(report.polls).toMatchObject([{ sourceId: 1, status: 'ok', newItems: 0, queued: 0 }]);
    expect(report.delivered).toEqual({ posted: [], failed: [] });
    expect(channelPosts()).toHaveLength(1);
    expect(fake.ok('chat.postEphemeral')).toEqual([]);
  });

  it('a feed added while the channel follows APT40: its APT40 item is baseline, posted to nobody', async () => {
    feeds.routes.set(WIRE, () => xml(rss('Wire', [SHIPPING])));
    const answer = await slash('/source', `add ${feeds.url(WIRE)}`, ADMIN);
    expect(textOf(answer)).toMatch(/Added “Wire” as source #2 \(RSS, 1 item, 1 new report/);
    expect(channelPosts()).toHaveLength(1);

    const report = await cycle();
    expect(report.polls).toMatchObject([
      { sourceId: 1, status: 'ok', newItems: 0 },
      { sourceId: 2, status: 'ok', newItems: 0 },
    ]);
    expect(report.delivered).toEqual({ posted: [], failed: [] });
    expect(report.pending).toEqual([]);
    expect(channelPosts()).toHaveLength(1);
  });
});
