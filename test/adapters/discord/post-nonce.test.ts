// A keyed post to a channel through the real discord.js REST client against the loopback Discord: each
// message carries its own nonce (within Discord's 25 characters) with enforce_nonce, so the same post again,
// or the rest of one cut short, makes no message Discord already holds; the post answers with its first
// message's id.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DiscordBot, DiscordBotOptions } from '../../../src/adapters/discord/bot.js';
import { loadConfig } from '../../../src/app/config.js';
import { startDiscord } from '../../../src/app/discord.js';
import { type Reply, reply, userError } from '../../../src/core/reply.js';
import { partKey } from '../../../src/core/sources/part-key.js';
import { memoryLogger } from '../../../src/infra/logger.js';
import { APP_ID, CHANNEL_ID, FakeDiscord, type RecordedRequest, TOKEN } from './fake-discord.js';

interface Body {
  nonce?: string;
  enforce_nonce?: boolean;
}

/** A timeline too long for one message: Discord gets it in several. */
const LONG: Reply = reply('Sitrep briefing: 40 new reports', [
  { type: 'heading', text: 'Sitrep briefing: 40 new reports' },
  {
    type: 'timeline',
    rows: Array.from({ length: 40 }, (_, i) => ({
      date: '2024-07',
      text: `Report ${i}: ${'an intrusion at a ministry, with the detail the outlet gave about it. '.repeat(6)}`,
      sources: [],
    })),
  },
]);
const SHORT = reply('Sitrep briefing: 1 new report', [{ type: 'text', text: 'One report.' }]);

const noCommands: DiscordBotOptions['executor'] = {
  prepare: async () => ({ ok: false, reply: userError('Nothing is answered here.') }),
  suggest: async () => [],
};

let fake: FakeDiscord;
let bot: DiscordBot;
const posts = () =>
  fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`);
const bodyOf = (r: RecordedRequest) => r.body as Body;

beforeEach(async () => {
  fake = await FakeDiscord.start();
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_API_URL: fake.apiUrl,
    DISCORD_GATEWAY: 'off',
  });
  const started = await startDiscord(config, noCommands, memoryLogger());
  if (!started) throw new Error('Discord did not start from its configuration');
  bot = started;
});

afterEach(async () => {
  await bot?.stop();
  await fake?.close();
});

describe('a keyed post to a channel', () => {
  it('gives each message its own enforced nonce from the key, and answers with the first message id', async () => {
    const key = partKey([3, 1, 2]);
    const posted = await bot.post(CHANNEL_ID, LONG, { key });
    const sent = posts().map(bodyOf);
    expect(sent.length).toBeGreaterThan(1);
    expect(sent[0]?.nonce).toBe(key);
    expect(new Set(sent.map((b) => b.nonce)).size).toBe(sent.length);
    for (const b of sent) expect(b).toMatchObject({ nonce: expect.any(String), enforce_nonce: true });
    const messages = fake.channels.messagesIn(CHANNEL_ID);
    expect(messages).toHaveLength(sent.length);
    expect(posted).toEqual({ messageId: messages[0]?.id });
  });

  it('posted again with the same key: Discord makes no new message and the same id comes back', async () => {
    const key = partKey([7]);
    const first = await bot.post(CHANNEL_ID, LONG, { key });
    const held = fake.channels.messagesIn(CHANNEL_ID).length;
    expect(await bot.post(CHANNEL_ID, LONG, { key })).toEqual(first);
    expect(posts()).toHaveLength(2 * held);
    expect(fake.channels.messagesIn(CHANNEL_ID)).toHaveLength(held);
    // Other rows, another key: a message of its own.
    const other = await bot.post(CHANNEL_ID, SHORT, { key: partKey([7, 8]) });
    expect(other.messageId).not.toBe(first.messageId);
    expect(fake.channels.messagesIn(CHANNEL_ID)).toHaveLength(held + 1);
  });

  it('cut short after its first message and retried: the first is not made twice', async () => {
    const key = partKey([11, 12]);
    const refused = expect(bot.post(CHANNEL_ID, LONG, { key })).rejects.toThrow(/Missing Access/);
    await fake.waitForRequest((r) => r.path === `/channels/${CHANNEL_ID}/messages`);
    fake.failNext('POST', /^\/channels\/\d+\/messages$/, 403, { message: 'Missing Access', code: 50001 });
    await refused;
    expect(fake.channels.messagesIn(CHANNEL_ID)).toHaveLength(1);

    const retried = await bot.post(CHANNEL_ID, LONG, { key });
    const messages = fake.channels.messagesIn(CHANNEL_ID);
    expect(new Set(messages.map((m) => m.id)).size).toBe(messages.length);
    expect(messages).toHaveLength(posts().length - 2);
    expect(retried).toEqual({ messageId: messages[0]?.id });
  });

  it('a key at the 25-character limit still gives every message a nonce Discord accepts', async () => {
    const key = 'k'.repeat(25);
    await bot.post(CHANNEL_ID, LONG, { key });
    const nonces = posts().map((r) => bodyOf(r).nonce ?? '');
    expect(nonces.length).toBeGreaterThan(1);
    for (const n of nonces) expect(n.length).toBeLessThanOrEqual(25);
    expect(new Set(nonces).size).toBe(nonces.length);
  });

  it('without a key (an admin notice) sends no nonce', async () => {
    const posted = await bot.post(CHANNEL_ID, SHORT);
    expect(bodyOf(posts()[0] as RecordedRequest)).not.toHaveProperty('nonce');
    expect(bodyOf(posts()[0] as RecordedRequest)).not.toHaveProperty('enforce_nonce');
    expect(posted.messageId).toBe(fake.channels.messagesIn(CHANNEL_ID)[0]?.id);
  });
});
