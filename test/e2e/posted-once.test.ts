// A briefing part the platform took but the outbox never marked sent (the process died in between) is
// posted again by the next run. Discord, told the part's nonce, answers with the message it already made,
// so the channel shows one; a part that gathered another report since is another post. The outbox records
// the message that carried each part (Discord's id, Slack's ts). Real discord.js and Bolt against the
// loopback fakes, a real SQLite file, a real feed server, the clock driven by hand.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DiscordBot, DiscordBotOptions } from '../../src/adapters/discord/bot.js';
import type { SlackBot } from '../../src/adapters/slack/app.js';
import { loadConfig } from '../../src/app/config.js';
import { startDiscord } from '../../src/app/discord.js';
import { createOutbound, type OutboundRouter } from '../../src/app/outbound.js';
import { startSlack } from '../../src/app/slack.js';
import type { Outbound } from '../../src/core/ports.js';
import { userError } from '../../src/core/reply.js';
import {
  APP_ID,
  CHANNEL_ID,
  FakeDiscord,
  type RecordedRequest,
  TOKEN,
} from '../adapters/discord/fake-discord.js';
import { type FakeSlack, startFakeSlack } from '../adapters/slack/fake-slack.js';
import { stubExecutor } from '../adapters/slack/helpers.js';
import { ADMIN, addNewsFeedTo, freshEnvHeld, rss, STORY, xml } from '../sources/helpers.js';

const fresh = freshEnvHeld();

const DISCORD = { platform: 'discord', id: CHANNEL_ID } as const;
const SLACK = { platform: 'slack', id: 'C0BRIEFS' } as const;

/** The outbox as stored: which rows were sent, in which message. */
function outbox(dir: string): { documentId: string; status: string; messageId: string | null }[] {
  const db = new Database(join(dir, 'sitrep.db'), { readonly: true });
  try {
    return db
      .prepare('SELECT document_id AS documentId, status, message_id AS messageId FROM outbox ORDER BY id')
      .all() as { documentId: string; status: string; messageId: string | null }[];
  } finally {
    db.close();
  }
}

/** Publishes `items` on the feed and polls it half an hour later; returns how many deliveries it queued. */
async function publish(items: (typeof STORY)[keyof typeof STORY][]): Promise<number> {
  fresh.server.routes.set('/news.xml', () => xml(rss('Example News', items)));
  fresh.env.clock.advance(30 * 60_000);
  const [poll] = await fresh.env.service.pollDue();
  return poll?.queued ?? 0;
}

/** The process posts, the platform makes the message, and the process dies before `markSent`. */
function dyingAfterPost(router: Outbound): Outbound {
  return {
    async post(...post) {
      await router.post(...post);
      return new Promise<never>(() => undefined);
    },
  };
}

describe('Discord: a part posted again after a crash shows once', () => {
  let fake: FakeDiscord;
  let bot: DiscordBot;
  let router: OutboundRouter;
  const isPost = (r: RecordedRequest) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`;
  const nonceOf = (r: RecordedRequest | undefined) => (r?.body as { nonce?: string } | undefined)?.nonce;
  const noCommands: DiscordBotOptions['executor'] = {
    prepare: async () => ({ ok: false, reply: userError('Nothing is answered here.') }),
    suggest: async () => [],
  };

  beforeEach(async () => {
    fake = await FakeDiscord.start();
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_GATEWAY: 'off',
    });
    const started = await startDiscord(config, noCommands, fresh.env.logger);
    if (!started) throw new Error('Discord did not start from its configuration');
    bot = started;
    router = createOutbound();
    router.register('discord', (channel, reply, opts) => bot.post(channel, reply, opts));
    await addNewsFeedTo(fresh.server, fresh.env);
    await fresh.env.service.follow({ channel: DISCORD, query: 'APT40' }, ADMIN);
    await fresh.env.service.follow({ channel: DISCORD, query: 'ransomware' }, ADMIN);
  });

  afterEach(async () => {
    await bot?.stop();
    await fake?.close();
  });

  it('the next run posts the same rows with the same nonce: one message, its id in the outbox', async () => {
    expect(await publish([STORY.apt40, STORY.review, STORY.sandworm])).toBe(1);
    void fresh.env.service.deliver({ outbound: dyingAfterPost(router) });
    await fake.waitForRequest(isPost);
    expect(fake.channels.messagesIn(CHANNEL_ID)).toHaveLength(1);
    expect(outbox(fresh.env.dir)).toMatchObject([{ status: 'pending', messageId: null }]);

    await fresh.env.restart();
    const report = await fresh.env.service.deliver({ outbound: router });
    expect(report.posted).toHaveLength(1);
    const posts = fake.requests.filter(isPost);
    expect(posts).toHaveLength(2);
    expect(posts.map((r) => (r.body as { enforce_nonce?: boolean }).enforce_nonce)).toEqual([true, true]);
    expect(nonceOf(posts[1])).toBe(nonceOf(posts[0]));
    const messages = fake.channels.messagesIn(CHANNEL_ID);
    expect(messages).toHaveLength(1);
    expect(outbox(fresh.env.dir)).toEqual([
      { documentId: expect.any(String), status: 'sent', messageId: messages[0]?.id },
    ]);
  });

  it('a part that gathered another report since gets another nonce: the new report is not swallowed', async () => {
    expect(await publish([STORY.apt40, STORY.review, STORY.sandworm])).toBe(1);
    void fresh.env.service.deliver({ outbound: dyingAfterPost(router) });
    await fake.waitForRequest(isPost);
    await fresh.env.restart();
    expect(await publish([STORY.ransomware, STORY.apt40, STORY.review, STORY.sandworm])).toBe(1);

    const report = await fresh.env.service.deliver({ outbound: router });
    expect(report.posted).toHaveLength(1);
    const posts = fake.requests.filter(isPost);
    expect(posts).toHaveLength(2);
    expect(nonceOf(posts[1])).not.toBe(nonceOf(posts[0]));
    // The APT40 report shows twice (the window ADR 14 names); the ransomware one reaches the channel.
    const messages = fake.channels.messagesIn(CHANNEL_ID);
    expect(messages).toHaveLength(2);
    expect(JSON.stringify(messages[1]?.embeds)).toContain(STORY.ransomware.title);
    expect(outbox(fresh.env.dir).map((r) => [r.status, r.messageId])).toEqual([
      ['sent', messages[1]?.id],
      ['sent', messages[1]?.id],
    ]);
  });
});

describe('Slack: the message that carried a part is recorded', () => {
  let fake: FakeSlack;
  let bot: SlackBot;

  beforeEach(async () => {
    fake = await startFakeSlack();
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      SLACK_BOT_TOKEN: 'xoxb-1-outbox',
      SLACK_APP_TOKEN: 'xapp-1-outbox',
      SLACK_API_URL: fake.apiUrl,
    });
    const started = await startSlack(config, stubExecutor({}), fresh.env.logger);
    if (!started) throw new Error('Slack did not start from its configuration');
    bot = started;
  });

  afterEach(async () => {
    await bot?.stop();
    await fake?.close();
  });

  it("each part's row records the ts of the chat.postMessage that carried it", async () => {
    const router = createOutbound();
    router.register('slack', (channel, reply) => bot.post(channel, reply));
    await addNewsFeedTo(fresh.server, fresh.env);
    await fresh.env.service.follow({ channel: SLACK, query: 'APT40' }, ADMIN);
    expect(await publish([STORY.apt40, STORY.review, STORY.sandworm])).toBe(1);
    expect((await fresh.env.service.deliver({ outbound: router })).posted).toHaveLength(1);

    const posts = fake.ok('chat.postMessage').filter((c) => c.args.channel === SLACK.id);
    expect(posts).toHaveLength(1);
    expect(outbox(fresh.env.dir)).toEqual([
      { documentId: expect.any(String), status: 'sent', messageId: posts[0]?.response.ts },
    ]);
  });
});
