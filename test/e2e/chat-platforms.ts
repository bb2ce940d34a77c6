// The two chat platforms as the briefing test drives them: each starts its loopback fake, starts the real
// bot from configuration as main.ts does, sends slash commands the way the platform delivers them, and
// reads back what users see. Only what differs between Slack and Discord lives here.
import { randomUUID } from 'node:crypto';
import type { APIEmbed } from 'discord.js';
import { expect } from 'vitest';
import type { Config } from '../../src/app/config.js';
import { startDiscord } from '../../src/app/discord.js';
import type { Executor } from '../../src/app/executor.js';
import type { Poster } from '../../src/app/outbound.js';
import { startSlack } from '../../src/app/slack.js';
import type { Logger } from '../../src/core/ports.js';
import {
  APP_ID,
  CHANNEL_ID,
  FakeDiscord,
  type RecordedRequest,
  TOKEN,
  USER_ID,
} from '../adapters/discord/fake-discord.js';
import { type FakeSlack, slashPayload, startFakeSlack } from '../adapters/slack/fake-slack.js';
import { textsOf } from '../adapters/slack/helpers.js';

/** What the test reads of an answer or a post: the text a user sees, and the platform's own body. */
export interface Seen {
  text: string;
  body: Record<string, unknown>;
}

export interface ChatPlatform {
  name: 'slack' | 'discord';
  admin: string;
  member: string;
  channel: string;
  /** SITREP_ADMINS as the platform's markup shows it. */
  adminsVariable: string;
  /** Starts the fake; returns the configuration that points the bot at it. */
  startFake(): Promise<Record<string, string>>;
  /** Starts the bot from configuration, connected and ready; returns its poster for the outbound router. */
  startBot(config: Config, executor: Executor, logger: Logger): Promise<Poster>;
  /** `/source add <url>` and `/follow <query>`, sent in the channel by `user`; resolve with the answer. */
  addSource(url: string, user: string): Promise<Seen>;
  follow(query: string, user: string): Promise<Seen>;
  /** An answer shows to its caller only (Slack) or pings nobody (Discord). */
  expectQuiet(answer: Seen): void;
  /** Messages posted to channels (briefings), oldest first. */
  channelPosts(): Seen[];
  /** A post is one briefing to the channel, with the bot's credentials, in the platform's format. */
  expectBriefing(post: Seen): void;
  /** Anything else the bot sent that no one asked for. */
  strayMessages(): unknown[];
  stop(): Promise<void>;
}

export function slackPlatform(): ChatPlatform {
  let fake: FakeSlack;
  let stopBot: () => Promise<void> = async () => undefined;
  const channel = 'C-TEST';
  const answerOf = (body: Record<string, unknown>): Seen => ({
    body,
    text: [String(body.text ?? ''), ...textsOf(body.blocks)].join('\n'),
  });
  /** A post as its blocks show it (the fallback text aside). */
  const postOf = (body: Record<string, unknown>): Seen => ({ body, text: textsOf(body.blocks).join('\n') });
  /** A slash command in the channel over Socket Mode; resolves with the one answer sent to its response_url. */
  const slash = async (command: string, text: string, user: string): Promise<Seen> => {
    const responseId = randomUUID();
    const payload = {
      ...slashPayload(command, text, fake.responseUrl(responseId), user),
      channel_id: channel,
    };
    const sent = fake.send('slash_commands', { ...payload, channel_name: 'test' });
    await fake.waitForAck(sent.envelopeId);
    const [answer] = await fake.waitForDeliveries(responseId, 1, 8000);
    if (!answer) throw new Error(`no answer to ${command} ${text}`);
    return answerOf(answer.body);
  };
  return {
    name: 'slack',
    admin: 'U0ADMIN',
    member: 'U0MEMBER',
    channel,
    adminsVariable: 'SITREP_ADMINS',
    async startFake() {
      fake = await startFakeSlack();
      return { SLACK_BOT_TOKEN: 'xoxb-1-e2e', SLACK_APP_TOKEN: 'xapp-1-e2e', SLACK_API_URL: fake.apiUrl };
    },
    async startBot(config, executor, logger) {
      const bot = await startSlack(config, executor, logger);
      if (!bot) throw new Error('Slack did not start from its configuration');
      stopBot = () => bot.stop();
      return (to, reply) => bot.post(to, reply);
    },
    addSource: (url, user) => slash('/source', `add ${url}`, user),
    follow: (query, user) => slash('/follow', query, user),
    expectQuiet: (answer) => expect(answer.body.response_type).toBe('ephemeral'),
    channelPosts: () => fake.ok('chat.postMessage').map((c) => postOf(c.args)),
    expectBriefing(post) {
      const [call] = fake.ok('chat.postMessage').filter((c) => c.args === post.body);
      expect(post.body.channel).toBe(channel);
      expect(call?.authorization).toBe('Bearer xoxb-1-e2e');
      expect(Array.isArray(post.body.blocks)).toBe(true);
      expect(post.text).toContain('Sitrep briefing: 1 new report');
    },
    strayMessages: () => fake.ok('chat.postEphemeral'),
    async stop() {
      await stopBot();
      await fake?.close();
    },
  };
}

interface MessageBody {
  content?: string;
  embeds: APIEmbed[];
  allowed_mentions: unknown;
  nonce?: string;
  enforce_nonce?: boolean;
}

export function discordPlatform(): ChatPlatform {
  let fake: FakeDiscord;
  let stopBot: () => Promise<void> = async () => undefined;
  const editOf = (token: string) => (r: RecordedRequest) =>
    r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${token}/messages/@original`;
  const isChannelPost = (r: RecordedRequest) =>
    r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path);
  const answerOf = (r: RecordedRequest): Seen => {
    const body = r.body as MessageBody;
    return {
      body: r.body as Record<string, unknown>,
      text: [body.content ?? '', ...body.embeds.map(embedText)].join('\n'),
    };
  };
  /** A post as its embeds show it (its content is checked on its own). */
  const postOf = (r: RecordedRequest): Seen => ({
    body: r.body as Record<string, unknown>,
    text: (r.body as MessageBody).embeds.map(embedText).join('\n'),
  });
  /** A slash command in the fake's channel; resolves with the deferred answer (the edit of @original). */
  const slash = async (name: string, options: Record<string, string>, userId: string): Promise<Seen> => {
    const { token } = fake.slashCommand(name, options, userId);
    return answerOf(await fake.waitForRequest(editOf(token), 8000));
  };
  return {
    name: 'discord',
    // The admin is the fake's default user; the member is someone else in the same guild.
    admin: USER_ID,
    member: '1400000000000000099',
    channel: CHANNEL_ID,
    // Discord markdown: the underscore is escaped, so it shows as written.
    adminsVariable: 'SITREP\\_ADMINS',
    async startFake() {
      fake = await FakeDiscord.start();
      return { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiUrl };
    },
    async startBot(config, executor, logger) {
      const bot = await startDiscord(config, executor, logger);
      if (!bot) throw new Error('Discord did not start from its configuration');
      stopBot = () => bot.stop();
      await fake.waitForSession();
      return (to, reply, opts) => bot.post(to, reply, opts);
    },
    addSource: (url, user) => slash('source', { action: 'add', target: url }, user),
    follow: (query, user) => slash('follow', { query }, user),
    expectQuiet: (answer) => expect(answer.body.allowed_mentions).toEqual({ parse: [] }),
    channelPosts: () => fake.requests.filter(isChannelPost).map(postOf),
    expectBriefing(post) {
      const [request] = fake.requests.filter((r) => r.body === post.body);
      const body = post.body as unknown as MessageBody;
      expect(request?.path).toBe(`/channels/${CHANNEL_ID}/messages`);
      expect(request?.headers.authorization).toBe(`Bot ${TOKEN}`);
      expect(body.allowed_mentions).toEqual({ parse: [] });
      expect(body.content).toBe('Sitrep briefing: 1 new report');
      expect(body.embeds.length).toBeGreaterThan(0);
      // The part's key, so a post repeated after a crash shows once.
      expect(body.enforce_nonce).toBe(true);
      expect(body.nonce).toMatch(/^.{1,25}$/);
    },
    strayMessages: () =>
      fake.requests.filter((r) => isChannelPost(r) && r.path !== `/channels/${CHANNEL_ID}/messages`),
    async stop() {
      await stopBot();
      await fake?.close();
    },
  };
}

function embedText(e: APIEmbed): string {
  return [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text]
    .filter(Boolean)
    .join('\n');
}
