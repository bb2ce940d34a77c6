// The Discord bot on the one command path: the real executor over a small registry, the real discord.js
// Client against the loopback Discord. The executor reads a command's options once, and that one reading
// decides both the answer and whether the bot defers (public) or answers at once (to the caller alone).
import type { APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createDiscordBot, type DiscordBot } from '../../../src/adapters/discord/bot.js';
import { type AnyCommand, defineCommand } from '../../../src/core/command.js';
import { createCorpus } from '../../../src/core/corpus.js';
import { createExecutor } from '../../../src/core/executor.js';
import { reply } from '../../../src/core/reply.js';
import { fixedClock } from '../../../src/infra/clock.js';
import { memoryLogger } from '../../../src/infra/logger.js';
import { openSqliteStorePorts } from '../../../src/infra/sqlite/async-store.js';
import { APP_ID, FakeDiscord, type RecordedRequest, TOKEN } from './fake-discord.js';

let reads = 0;
const count = defineCommand({
  name: 'count',
  description: 'Says the word back, counting how often its input is read.',
  usage: '/count WORD',
  input: z.object({
    word: z
      .string()
      .trim()
      .refine((w) => {
        reads++;
        return w !== '';
      }, 'Give a word'),
  }),
  requires: 'anyone',
  run: ({ word }) => reply(word, [{ type: 'text', text: `Read ${word}.` }]),
});
const registry = [count] as unknown as AnyCommand[];

const callbackOf = (id: string) => (r: RecordedRequest) =>
  r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`) && r.path.endsWith('/callback');
const editOf = (token: string) => (r: RecordedRequest) =>
  r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${token}/messages/@original`;

let fake: FakeDiscord;
let bot: DiscordBot;
const logger = memoryLogger();

beforeAll(async () => {
  fake = await FakeDiscord.start();
  const executor = createExecutor({
    registry,
    services: {
      corpus: createCorpus(openSqliteStorePorts(':memory:')),
      clock: fixedClock(new Date('2024-04-02T09:00:00Z')),
      logger,
    },
    isAdmin: () => false,
  });
  bot = createDiscordBot({
    token: TOKEN,
    applicationId: APP_ID,
    apiUrl: fake.apiUrl,
    executor,
    logger,
    commands: registry,
  });
  await bot.start();
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

describe('one command path on Discord', () => {
  it('reads the options once for a command that runs, and defers before answering', async () => {
    reads = 0;
    const { id, token } = fake.slashCommand('count', { word: 'once' });
    const patch = await fake.waitForRequest(editOf(token));
    expect(fake.requests.find(callbackOf(id))?.body).toEqual({ type: 5, data: { flags: 0 } });
    expect((patch.body as { embeds: APIEmbed[] }).embeds[0]?.description).toBe('Read once.');
    expect(reads).toBe(1);
  });

  it('reads them once for options it refuses, and answers only the caller, without deferring', async () => {
    reads = 0;
    const { id } = fake.slashCommand('count', { word: '  ' });
    const callback = await fake.waitForRequest(callbackOf(id));
    const body = callback.body as { type: number; data: { flags: number; embeds: APIEmbed[] } };
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(64);
    expect(body.data.embeds[0]?.description).toContain('Give a word');
    expect(reads).toBe(1);
  });
});
