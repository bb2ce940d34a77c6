// End to end through Discord, every part real: the runtime on a temp DATA_DIR with the bundled seeds, the
// sources service and its fetcher (allowed to reach only the local feed server), the executor with one
// Discord admin, and the real discord.js Client on the loopback gateway and REST, its `post` registered on
// the outbound router as main.ts does. An admin adds the local feed and follows APT40 in a channel by
// INTERACTION_CREATE; a new APT40 item published on the feed server then reaches that channel as exactly one
// message with embeds.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiscordBot } from '../../src/adapters/discord/bot.js';
import { loadConfig } from '../../src/app/config.js';
import { startDiscord } from '../../src/app/discord.js';
import { createExecutor } from '../../src/app/executor.js';
import { pollOnce } from '../../src/app/poll.js';
import { openRuntime, type Runtime } from '../../src/app/runtime.js';
import { createSources, type SourcesSetup } from '../../src/app/sources.js';
import { fixedClock } from '../../src/infra/clock.js';
import { memoryLogger } from '../../src/infra/logger.js';
import {
  APP_ID,
  CHANNEL_ID,
  FakeDiscord,
  type RecordedRequest,
  TOKEN,
  USER_ID,
} from '../adapters/discord/fake-discord.js';
import { rss, STORY, startServer, type TestServer, xml } from '../sources/helpers.js';

/** The admin is the fake's default user; the member is someone else in the same guild. */
const ADMIN = USER_ID;
const MEMBER = '1400000000000000099';
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

interface MessageBody {
  content?: string;
  embeds: APIEmbed[];
  allowed_mentions: unknown;
  flags?: number;
}

let feeds: TestServer;
let fake: FakeDiscord;
let rt: Runtime;
let sources: SourcesSetup;
let bot: DiscordBot;
let dataDir: string;

beforeAll(async () => {
  feeds = await startServer();
  feeds.routes.set(FEED, () => xml(rss('Example News', [STORY.review, STORY.sandworm])));
  fake = await FakeDiscord.start();
  dataDir = mkdtempSync(join(tmpdir(), 'sitrep-e2e-discord-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    SEEDS_DIR: 'seeds',
    LOG_LEVEL: 'silent',
    SITREP_ADMINS: `discord:${ADMIN}`,
    SITREP_FETCH_ALLOW_HOSTS: feeds.host,
    SITREP_FETCH_TIMEOUT: '5',
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_API_URL: fake.apiUrl,
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
  const started = await startDiscord(config, executor, logger);
  if (!started) throw new Error('Discord did not start from its configuration');
  bot = started;
  sources.outbound.register('discord', (channel, reply) => bot.post(channel, reply));
  await fake.waitForSession();
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
  await sources?.close();
  rt?.close();
  await feeds?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const editOf = (token: string) => (r: RecordedRequest) =>
  r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${token}/messages/@original`;
const isChannelPost = (r: RecordedRequest) =>
  r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path);
const channelPosts = () => fake.requests.filter(isChannelPost);

function embedText(e: APIEmbed): string {
  return [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text]
    .filter(Boolean)
    .join('\n');
}
const textOf = (body: MessageBody) => [body.content ?? '', ...body.embeds.map(embedText)].join('\n');

/** A slash command in the fake's channel; resolves with the deferred answer (the edit of @original). */
async function slash(name: string, options: Record<string, string>, userId: string): Promise<MessageBody> {
  const { token } = fake.slashCommand(name, options, userId);
  const edit = await fake.waitForRequest(editOf(token), 8000);
  return edit.body as MessageBody;
}

const cycle = () =>
  pollOnce({ service: sources.service, outbound: sources.outbound, platforms: sources.outbound.platforms() });

describe('Discord: add a feed, follow a topic, get one briefing', () => {
  it("refuses a non-admin's /source add, naming the permission", async () => {
    const answer = await slash('source', { action: 'add', target: feeds.url(FEED) }, MEMBER);
    expect(answer.allowed_mentions).toEqual({ parse: [] });
    expect(textOf(answer)).toContain('/source add needs the admin permission');
    // Discord markdown: the underscore is escaped, so it shows as written.
    expect(textOf(answer)).toContain('SITREP\\_ADMINS');
    expect(sources.service.listSources()).toEqual([]);
    expect(feeds.requests).toEqual([]);
  });

  it('the admin adds the local feed: the answer says so, and the first fetch posts nothing', async () => {
    expect(rt.store.documentCount()).toBeGreaterThan(0);
    const answer = await slash('source', { action: 'add', target: feeds.url(FEED) }, ADMIN);
    expect(answer.allowed_mentions).toEqual({ parse: [] });
    expect(textOf(answer)).toMatch(/Added “Example News” as source #1 \(RSS, 2 items, 2 new reports/);
    expect(textOf(answer)).toContain('This first fetch posts no briefing');
    expect(sources.service.listSources()).toMatchObject([
      { id: 1, url: feeds.url(FEED), addedBy: `discord:${ADMIN}` },
    ]);
    expect(channelPosts()).toEqual([]);
  });

  it('the admin follows APT40 in the channel; a poll with nothing new posts nothing', async () => {
    const answer = await slash('follow', { query: 'APT40' }, ADMIN);
    expect(textOf(answer)).toContain('This channel now follows “APT40” (#1)');
    expect(sources.service.following({ platform: 'discord', id: CHANNEL_ID })).toMatchObject([
      { id: 1, query: 'APT40', schedule: 'new' },
    ]);

    const report = await cycle();
    expect(report.polls).toMatchObject([{ sourceId: 1, status: 'ok', first: false, newItems: 0 }]);
    expect(report.delivered).toEqual({ posted: [], failed: [] });
    expect(channelPosts()).toEqual([]);
  });

  it('a new APT40 item on the feed reaches the channel as exactly one message with embeds', async () => {
    feeds.routes.set(FEED, () => xml(rss('Example News', [STORY.apt40, STORY.review, STORY.sandworm])));
    const report = await cycle();
    expect(report.polls).toMatchObject([{ sourceId: 1, status: 'ok', newItems: 1, added: 1, queued: 1 }]);
    expect(report.delivered.failed).toEqual([]);
    expect(report.delivered.posted).toMatchObject([{ platform: 'discord', channel: CHANNEL_ID }]);
    expect(report.pending).toEqual([]);

    const posts = channelPosts();
    expect(posts).toHaveLength(1);
    const post = posts[0] as RecordedRequest;
    expect(post.path).toBe(`/channels/${CHANNEL_ID}/messages`);
    expect(post.headers.authorization).toBe(`Bot ${TOKEN}`);
    const body = post.body as MessageBody;
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.content).toBe('Sitrep briefing: 1 new report');
    expect(body.embeds.length).toBeGreaterThan(0);
    const text = body.embeds.map(embedText).join('\n');
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
  });

  it('a feed added while the channel follows APT40: its APT40 item is baseline, posted to nobody', async () => {
    feeds.routes.set(WIRE, () => xml(rss('Wire', [SHIPPING])));
    const answer = await slash('source', { action: 'add', target: feeds.url(WIRE) }, ADMIN);
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
