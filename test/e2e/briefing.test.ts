// End to end through each chat platform, every part real: the runtime on a temp DATA_DIR with the bundled
// seeds, the sources service and its fetcher (allowed to reach only the local feed server), the executor
// with one admin of that platform, and the real bot (Bolt in Socket Mode against the loopback Slack,
// discord.js on the loopback gateway and REST), its `post` registered on the outbound router as main.ts
// does. An admin adds the local feed and follows APT40 in a channel by slash command; a new APT40 item
// published on the feed server then reaches that channel as exactly one briefing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/app/config.js';
import { createExecutor } from '../../src/app/executor.js';
import { pollOnce } from '../../src/app/poll.js';
import { openRuntime, type Runtime } from '../../src/app/runtime.js';
import { createSources, type SourcesSetup } from '../../src/app/sources.js';
import { fixedClock } from '../../src/infra/clock.js';
import { memoryLogger } from '../../src/infra/logger.js';
import { rss, STORY, startServer, type TestServer, xml } from '../sources/helpers.js';
import { type ChatPlatform, discordPlatform, slackPlatform } from './chat-platforms.js';

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

describe.each<[string, ChatPlatform]>([
  ['Slack', slackPlatform()],
  ['Discord', discordPlatform()],
])('%s: add a feed, follow a topic, get one briefing', (_, platform) => {
  let feeds: TestServer;
  let rt: Runtime;
  let sources: SourcesSetup;
  let dataDir: string;
  const { admin, member, channel } = platform;

  beforeAll(async () => {
    feeds = await startServer();
    feeds.routes.set(FEED, () => xml(rss('Example News', [STORY.review, STORY.sandworm])));
    const connection = await platform.startFake();
    dataDir = mkdtempSync(join(tmpdir(), `sitrep-e2e-${platform.name}-`));
    const config = loadConfig({
      DATA_DIR: dataDir,
      SEEDS_DIR: 'seeds',
      LOG_LEVEL: 'silent',
      SITREP_ADMINS: `${platform.name}:${admin}`,
      SITREP_FETCH_ALLOW_HOSTS: feeds.host,
      SITREP_FETCH_TIMEOUT: '5',
      ...connection,
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
    sources.outbound.register(platform.name, await platform.startBot(config, executor, logger));
  });

  afterAll(async () => {
    await platform.stop();
    await sources?.close();
    await rt?.close();
    await feeds?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const cycle = () =>
    pollOnce({
      service: sources.service,
      outbound: sources.outbound,
      platforms: sources.outbound.platforms(),
    });

  it("refuses a non-admin's /source add, naming the permission", async () => {
    const answer = await platform.addSource(feeds.url(FEED), member);
    platform.expectQuiet(answer);
    expect(answer.text).toContain('/source add needs the admin permission');
    expect(answer.text).toContain(platform.adminsVariable);
    expect(await sources.service.listSources()).toEqual([]);
    expect(feeds.requests).toEqual([]);
  });

  it('the admin adds the local feed: the answer says so, and the first fetch posts nothing', async () => {
    expect(await rt.store.documentCount()).toBeGreaterThan(0);
    const answer = await platform.addSource(feeds.url(FEED), admin);
    platform.expectQuiet(answer);
    expect(answer.text).toMatch(/Added “Example News” as source #1 \(RSS, 2 items, 2 new reports/);
    expect(answer.text).toContain('This first fetch posts no briefing');
    expect(await sources.service.listSources()).toMatchObject([
      { id: 1, url: feeds.url(FEED), addedBy: `${platform.name}:${admin}` },
    ]);
    expect(platform.channelPosts()).toEqual([]);
  });

  it('the admin follows APT40 in the channel; a poll with nothing new posts nothing', async () => {
    const answer = await platform.follow('APT40', admin);
    expect(answer.text).toContain('This channel now follows “APT40” (#1)');
    expect(await sources.service.following({ platform: platform.name, id: channel })).toMatchObject([
      { id: 1, query: 'APT40', schedule: 'new' },
    ]);

    const report = await cycle();
    expect(report.polls).toMatchObject([{ sourceId: 1, status: 'ok', first: false, newItems: 0 }]);
    expect(report.delivered).toEqual({ posted: [], failed: [] });
    expect(platform.channelPosts()).toEqual([]);
  });

  it('a new APT40 item on the feed reaches the channel as exactly one briefing', async () => {
    feeds.routes.set(FEED, () => xml(rss('Example News', [STORY.apt40, STORY.review, STORY.sandworm])));
    const report = await cycle();
    expect(report.polls).toMatchObject([{ sourceId: 1, status: 'ok', newItems: 1, added: 1, queued: 1 }]);
    expect(report.delivered.failed).toEqual([]);
    expect(report.delivered.posted).toMatchObject([{ platform: platform.name, channel }]);
    expect(report.pending).toEqual([]);

    const posts = platform.channelPosts();
    expect(posts).toHaveLength(1);
    const [post] = posts;
    if (!post) return;
    platform.expectBriefing(post);
    expect(post.text).toContain(STORY.apt40.title);
    expect(post.text).toContain(STORY.apt40.link);
    expect(post.text).not.toContain(STORY.review.title);
    expect(post.text).not.toContain(STORY.sandworm.title);
  });

  it('a second poll cycle posts nothing more', async () => {
    const report = await cycle();
    expect(report.polls).toMatchObject([{ sourceId: 1, status: 'ok', newItems: 0, queued: 0 }]);
    expect(report.delivered).toEqual({ posted: [], failed: [] });
    expect(platform.channelPosts()).toHaveLength(1);
    expect(platform.strayMessages()).toEqual([]);
  });

  it('a feed added while the channel follows APT40: its APT40 item is baseline, posted to nobody', async () => {
    feeds.routes.set(WIRE, () => xml(rss('Wire', [SHIPPING])));
    const answer = await platform.addSource(feeds.url(WIRE), admin);
    expect(answer.text).toMatch(/Added “Wire” as source #2 \(RSS, 1 item, 1 new report/);
    expect(platform.channelPosts()).toHaveLength(1);

    const report = await cycle();
    expect(report.polls).toMatchObject([
      { sourceId: 1, status: 'ok', newItems: 0 },
      { sourceId: 2, status: 'ok', newItems: 0 },
    ]);
    expect(report.delivered).toEqual({ posted: [], failed: [] });
    expect(report.pending).toEqual([]);
    expect(platform.channelPosts()).toHaveLength(1);
  });
});
