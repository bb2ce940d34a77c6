// Discord for replicas, from configuration: DISCORD_PUBLIC_KEY turns the HTTP interactions endpoint on
// (with the application id, no token needed); DISCORD_GATEWAY=off keeps the token for posting briefings
// without a gateway connection. Bad or partial settings stop start-up naming the variable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/app/config.js';
import { discordSettings, startDiscord } from '../../../src/app/discord.js';
import { discordInteractionsSettings } from '../../../src/app/discord-interactions.js';
import { reply } from '../../../src/core/reply.js';
import { memoryLogger } from '../../../src/infra/logger.js';
import { APP_ID, CHANNEL_ID, FakeDiscord, TOKEN } from './fake-discord.js';
import { ed25519Pair } from './interactions-support.js';

const KEY = ed25519Pair().hex;

describe('discordInteractionsSettings(config)', () => {
  const settings = (env: Record<string, string>) => discordInteractionsSettings(loadConfig(env));

  it('is off without DISCORD_PUBLIC_KEY', () => {
    expect(settings({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID })).toBeNull();
  });

  it('needs only the key and the application id; port and path have defaults', () => {
    expect(settings({ DISCORD_PUBLIC_KEY: KEY.toUpperCase(), DISCORD_APPLICATION_ID: APP_ID })).toEqual({
      publicKey: KEY,
      applicationId: APP_ID,
      port: 3001,
      path: '/discord/interactions',
    });
    // The gateway bot is off then: it has no token to log in with.
    expect(
      discordSettings(loadConfig({ DISCORD_PUBLIC_KEY: KEY, DISCORD_APPLICATION_ID: APP_ID })),
    ).toBeNull();
  });

  it('names the variable when the set is partial or malformed', () => {
    expect(() => settings({ DISCORD_PUBLIC_KEY: KEY })).toThrow('DISCORD_APPLICATION_ID is missing');
    expect(() => settings({ DISCORD_PUBLIC_KEY: KEY, DISCORD_APPLICATION_ID: 'sitrep' })).toThrow(
      'DISCORD_APPLICATION_ID must be a snowflake',
    );
    expect(() => loadConfig({ DISCORD_PUBLIC_KEY: 'not-a-key' })).toThrow('DISCORD_PUBLIC_KEY');
    expect(() => loadConfig({ DISCORD_INTERACTIONS_PATH: 'interactions' })).toThrow(
      'DISCORD_INTERACTIONS_PATH',
    );
    expect(() => loadConfig({ DISCORD_GATEWAY: 'maybe' })).toThrow('DISCORD_GATEWAY');
  });
});

describe('DISCORD_GATEWAY=off', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(async () => {
    await fake?.close();
  });

  it('starts no gateway connection, and briefings still post with the token', async () => {
    const config = loadConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_GATEWAY: 'off',
    });
    const executor = {
      prepare: async () => ({ ok: false as const, reply: reply('x', []) }),
      suggest: async () => [],
    };
    const bot = await startDiscord(config, executor, memoryLogger());
    if (!bot) throw new Error('Discord did not start from its configuration');
    try {
      await bot.post(CHANNEL_ID, reply('Sitrep briefing', [{ type: 'text', text: 'One new report.' }]));
      const post = fake.requests.find((r) => r.path === `/channels/${CHANNEL_ID}/messages`);
      expect(post?.headers.authorization).toBe(`Bot ${TOKEN}`);
      expect(fake.connections).toEqual([]);
      expect(fake.requests.some((r) => r.path === '/gateway/bot')).toBe(false);
    } finally {
      await bot.stop();
    }
  });
});
