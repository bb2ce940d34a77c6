// The real discord.js Client against a loopback Discord, started the way a user starts it: environment →
// config → Discord settings → bot. Assertions are on the exact payloads that reach the fake.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../commands/index.js';
import type { DiscordBot, DiscordBotOptions } from '../../../src/adapters/discord/bot.js';
import {
  DESCRIPTION_MAX,
  EMBEDS_PER_MESSAGE_MAX,
  EMBEDS_TOTAL_MAX,
  FIELD_VALUE_MAX,
  FIELDS_MAX,
  TITLE_MAX,
} from '../../../src/adapters/discord/limits.js';
import { loadConfig } from '../../../src/app/config.js';
import { startDiscord } from '../../../src/app/discord.js';
import { createExecutor } from '../../../src/app/executor.js';
import { openRuntime, type Runtime } from '../../../src/app/runtime.js';
import { findCommand } from '../../../src/core/command.js';
import type { EntityKind } from '../../../src/core/model.js';
import { type Reply, reply, userError } from '../../../src/core/reply.js';
import { fixedClock } from '../../../src/infra/clock.js';
import { memoryLogger } from '../../../src/infra/logger.js';
import { APP_ID, CHANNEL_ID, FakeDiscord, type RecordedRequest, TOKEN, USER_ID } from './fake-discord.js';

interface MessageBody {
  content?: string;
  embeds: APIEmbed[];
  allowed_mentions: unknown;
  flags?: number;
}

const callbackOf = (id: string) => (r: RecordedRequest) =>
  r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`) && r.path.endsWith('/callback');
const editOf = (token: string) => (r: RecordedRequest) =>
  r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${token}/messages/@original`;
const followUpOf = (token: string) => (r: RecordedRequest) =>
  r.method === 'POST' && r.path === `/webhooks/${APP_ID}/${token}`;

function embedText(e: APIEmbed): string {
  return [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text]
    .filter(Boolean)
    .join('\n');
}

function embedSize(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0)
  );
}

function env(fake: FakeDiscord, dataDir: string): Record<string, string> {
  return {
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_API_URL: fake.apiUrl,
  };
}

describe('Discord bot on a loopback Discord (stub executor)', () => {
  let fake: FakeDiscord;
  let bot: DiscordBot;
  let dir: string;
  const logger = memoryLogger();
  const calls: { command: string; raw: Record<string, unknown>; userId: string }[] = [];
  const suggestions: { typed: string; kinds: EntityKind[] | undefined; limit: number }[] = [];
  let answer: (command: string, raw: Record<string, unknown>) => Promise<Reply> = async (command, raw) =>
    reply(`${command} answer`, [
      { type: 'heading', text: String(raw.name ?? command) },
      { type: 'text', text: `Stub answer for /${command}.` },
    ]);

  let allowAll = true;
  const executor: DiscordBotOptions['executor'] = {
    // As the real executor does: an option it cannot read, or a caller without the right, is answered
    // before anything runs.
    async prepare(command, raw, caller) {
      calls.push({ command, raw, userId: caller.userId });
      const readable = findCommand(COMMANDS, command)?.input.safeParse(raw).success;
      if (!allowAll || !readable) return { ok: false, reply: await answer(command, raw) };
      return { ok: true, run: () => answer(command, raw) };
    },
    async suggest(typed, kinds, limit) {
      suggestions.push({ typed, kinds, limit });
      return Array.from({ length: 60 }, (_, i) => `${typed.toUpperCase()} candidate ${i + 1}`).slice(
        0,
        limit,
      );
    },
  };

  beforeAll(async () => {
    fake = await FakeDiscord.start();
    dir = mkdtempSync(join(tmpdir(), 'sitrep-discord-'));
    const started = await startDiscord(loadConfig(env(fake, dir)), executor, logger);
    if (!started) throw new Error('Discord did not start from its configuration');
    bot = started;
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('logs in through DISCORD_API_URL: gateway from GET /gateway/bot, JSON, no compression, Guilds intent only', () => {
    const gateway = fake.requests.find((r) => r.method === 'GET' && r.path === '/gateway/bot');
    expect(gateway?.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(fake.connections[0]?.path).toBe('/gateway');
    expect(fake.connections[0]?.query).toEqual({ v: '10', encoding: 'json' });
    expect(fake.identifies).toHaveLength(1);
    expect(fake.identifies[0]).toMatchObject({ token: TOKEN, intents: 1, compress: false, shard: [0, 1] });
  });

  it('/who APT31: the deferred callback first, then the PATCH of @original with embeds and no mentions', async () => {
    const { id, token } = fake.slashCommand('who', { name: 'APT31' });
    const patch = await fake.waitForRequest(editOf(token));
    const callback = fake.requests.find(callbackOf(id));
    expect(callback?.body).toEqual({ type: 5, data: { flags: 0 } });
    expect(callback?.query).toEqual({ with_response: 'false' });
    expect(fake.requests.indexOf(callback as RecordedRequest)).toBeLessThan(fake.requests.indexOf(patch));
    const body = patch.body as MessageBody;
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.embeds[0]?.title).toBe('APT31');
    expect(body.embeds[0]?.description).toBe('Stub answer for /who.');
    expect(calls.at(-1)).toEqual({ command: 'who', raw: { name: 'APT31' }, userId: USER_ID });
  });

  it('autocomplete answers at most 25 choices, entities for /who and speakers for /quote', async () => {
    const who = fake.autocomplete('who', 'name', 'apt');
    const whoAnswer = await fake.waitForRequest(callbackOf(who.id));
    const body = whoAnswer.body as { type: number; data: { choices: { name: string; value: string }[] } };
    expect(body.type).toBe(8);
    expect(body.data.choices).toHaveLength(25);
    expect(body.data.choices[0]).toEqual({ name: 'APT candidate 1', value: 'APT candidate 1' });
    expect(suggestions.at(-1)).toEqual({ typed: 'apt', kinds: undefined, limit: 25 });

    const quote = fake.autocomplete('quote', 'speaker', 'dow');
    await fake.waitForRequest(callbackOf(quote.id));
    expect(suggestions.at(-1)).toEqual({ typed: 'dow', kinds: ['person', 'organisation'], limit: 25 });

    // An option that does not autocomplete gets an empty list, not an error.
    const other = fake.autocomplete('quote', 'topic', 'dem', { speaker: 'Dowden' });
    const none = await fake.waitForRequest(callbackOf(other.id));
    expect(none.body).toEqual({ type: 8, data: { choices: [] } });
  });

  it('pages an oversized answer within Discord limits, ending with "… and N more"', async () => {
    answer = async () =>
      reply('Timeline', [
        { type: 'heading', text: 'Timeline' },
        {
          type: 'timeline',
          rows: Array.from({ length: 60 }, (_, i) => ({
            date: `20${String(10 + (i % 14)).padStart(2, '0')}`,
            text: `Event ${i + 1}: ${'a long account of what happened, '.repeat(12)}`,
            sources: [
              {
                docId: `d${i}`,
                title: `Report ${i}`,
                publisher: 'NCSC',
                published: '2024-03-25',
                url: `https://example.org/${i}`,
              },
            ],
          })),
        },
        { type: 'more', shown: 60, total: 95, command: '/timeline page:2' },
      ]);
    const { token } = fake.slashCommand('timeline');
    const patch = await fake.waitForRequest(editOf(token));
    // The second page's title says how many pages there are: once they are all here, none is to come.
    const [second] = await fake.waitForRequests(followUpOf(token), 1);
    const title = (second?.body as MessageBody | undefined)?.embeds[0]?.title ?? '';
    const pages = Number(/\(2\/(\d+)\)$/.exec(title)?.[1]);
    expect(pages).toBeGreaterThan(1);
    const followUps = await fake.waitForRequests(followUpOf(token), pages - 1);
    expect(fake.requests.filter(followUpOf(token))).toHaveLength(pages - 1);
    const messages = [patch, ...followUps].map((r) => r.body as MessageBody);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.allowed_mentions).toEqual({ parse: [] });
      expect(m.embeds.length).toBeGreaterThan(0);
      expect(m.embeds.length).toBeLessThanOrEqual(EMBEDS_PER_MESSAGE_MAX);
      expect(m.embeds.reduce((n, e) => n + embedSize(e), 0)).toBeLessThanOrEqual(EMBEDS_TOTAL_MAX);
      for (const e of m.embeds) {
        expect(e.title?.length ?? 0).toBeLessThanOrEqual(TITLE_MAX);
        expect(e.description?.length ?? 0).toBeLessThanOrEqual(DESCRIPTION_MAX);
        expect(e.fields?.length ?? 0).toBeLessThanOrEqual(FIELDS_MAX);
        for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(FIELD_VALUE_MAX);
      }
    }
    const all = messages.flatMap((m) => m.embeds.map(embedText)).join('\n');
    expect(all).toContain('Event 1:');
    expect(messages.at(-1)?.embeds.at(-1)?.description).toMatch(/… and 35 more: \/timeline page:2$/);
    // Pages after the first say which page they are.
    expect(messages[1]?.embeds[0]?.title).toBe(`Timeline (2/${messages.length})`);
  });

  it('a quoted @everyone never pings: every message sets allowed_mentions to parse nothing', async () => {
    answer = async () =>
      reply('Quote', [
        { type: 'heading', text: 'Mallory' },
        {
          type: 'quote',
          text: '@everyone <@&1234567890123456789> <@1400000000000000004> read this now',
          speaker: 'Mallory',
          role: null,
          sources: [{ docId: 'x', title: 'Leak', publisher: null, published: null, url: null }],
        },
      ]);
    const { token } = fake.slashCommand('quote', { speaker: 'Mallory' });
    const patch = await fake.waitForRequest(editOf(token));
    const body = patch.body as MessageBody;
    expect(body.allowed_mentions).toEqual({ parse: [] });
    const description = body.embeds[0]?.description ?? '';
    expect(description).toContain('@everyone');
    // Mention syntax is escaped, so it shows as text rather than as a highlighted mention.
    expect(description).toContain('\\<@&1234567890123456789>');
    expect(body.content).toBeUndefined();
  });

  it('a malformed option is answered at once and only to the caller (ephemeral), without deferring', async () => {
    answer = async () => userError('Give a name, e.g. /who APT31', 'Usage: /who NAME');
    const { id } = fake.slashCommand('who', { name: '   ' });
    const callback = await fake.waitForRequest(callbackOf(id));
    const body = callback.body as { type: number; data: MessageBody };
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(64);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    expect(body.data.embeds[0]?.description).toContain('Give a name');
  });

  it('a command the caller may not run is refused at once and only to the caller (ephemeral)', async () => {
    allowAll = false;
    answer = async () => userError('/follow needs the admin permission.', 'Ask an admin.');
    const { id } = fake.slashCommand('follow', { query: 'APT31' });
    const callback = await fake.waitForRequest(callbackOf(id));
    const body = callback.body as { type: number; data: MessageBody };
    allowAll = true;
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(64);
    expect(body.data.embeds[0]?.description).toContain('needs the admin permission');
  });

  it('a throwing executor gets the caller an apology, and the next command still works', async () => {
    answer = async () => {
      throw new Error('boom');
    };
    const first = fake.slashCommand('who', { name: 'APT31' });
    const apology = await fake.waitForRequest(editOf(first.token));
    expect((apology.body as MessageBody).embeds[0]?.description).toBe(
      'Sorry, /who failed on our side. It has been logged; please try again.',
    );
    expect(logger.lines.some((l) => l.message === 'discord command failed')).toBe(true);

    answer = async () => reply('ok', [{ type: 'text', text: 'Back to normal.' }]);
    const second = fake.slashCommand('who', { name: 'APT31' });
    const next = await fake.waitForRequest(editOf(second.token));
    expect((next.body as MessageBody).embeds[0]?.description).toBe('Back to normal.');
  });

  it('when Discord rejects an answer, the caller still gets an apology', async () => {
    answer = async () => reply('ok', [{ type: 'text', text: 'An answer Discord refuses.' }]);
    fake.failNext('PATCH', /\/messages\/@original$/, 400, { message: 'Invalid Form Body', code: 50035 });
    const { token } = fake.slashCommand('who', { name: 'APT31' });
    const [refused, apology] = (await fake.waitForRequests(editOf(token), 2)).map(
      (r) => r.body as MessageBody,
    );
    expect(refused?.embeds[0]?.description).toBe('An answer Discord refuses.');
    expect(apology?.embeds[0]?.description).toContain('Sorry, /who failed');
    expect(logger.lines.some((l) => l.message === 'discord could not send an answer')).toBe(true);
  });

  it('survives a forced reconnect: RESUME on the resume URL, and commands before and after are answered', async () => {
    await fake.waitForHeartbeats(1);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    answer = async () => {
      await gate;
      return reply('slow', [{ type: 'text', text: 'Answered across the reconnect.' }]);
    };
    const inFlight = fake.slashCommand('who', { name: 'APT31' });
    await fake.waitForRequest(callbackOf(inFlight.id));

    await fake.forceReconnect();
    const resume = fake.resumes.at(-1);
    expect(resume).toMatchObject({ token: TOKEN, session_id: 'session-1' });
    expect(resume?.seq).toBeGreaterThan(0);
    expect(fake.identifies).toHaveLength(1);
    expect(fake.connections.at(-1)?.path).toBe('/resume');

    release();
    const late = await fake.waitForRequest(editOf(inFlight.token));
    expect((late.body as MessageBody).embeds[0]?.description).toBe('Answered across the reconnect.');

    answer = async () => reply('after', [{ type: 'text', text: 'Answered after the resume.' }]);
    const after = fake.slashCommand('who', { name: 'APT31' });
    const patch = await fake.waitForRequest(editOf(after.token));
    expect((patch.body as MessageBody).embeds[0]?.description).toBe('Answered after the resume.');
  });

  it('post() sends a briefing to a channel, and waits out a 429 the way discord.js does', async () => {
    fake.failNext(
      'POST',
      /^\/channels\/\d+\/messages$/,
      429,
      { message: 'You are being rate limited.', retry_after: 0.2, global: false },
      {
        'retry-after': '0.2',
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset-after': '0.2',
        'x-ratelimit-bucket': 'fake-bucket',
      },
    );
    const started = Date.now();
    await bot.post(
      CHANNEL_ID,
      reply('Briefing for @everyone', [
        { type: 'heading', text: 'Briefing' },
        { type: 'text', text: 'Two new reports.' },
      ]),
    );
    const posts = fake.requests.filter(
      (r) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`,
    );
    expect(posts).toHaveLength(2);
    expect(posts[1]?.at ?? 0).toBeGreaterThanOrEqual((posts[0]?.at ?? 0) + 150);
    expect(Date.now() - started).toBeLessThan(5000);
    const body = posts[1]?.body as MessageBody;
    expect(body).toMatchObject({ content: 'Briefing for @everyone', allowed_mentions: { parse: [] } });
    expect(body.embeds[0]?.title).toBe('Briefing');
    await expect(bot.post('general', reply('x', []))).rejects.toThrow(/channel id/);
  });
});

describe('Discord bot with the real runtime', () => {
  let fake: FakeDiscord;
  let bot: DiscordBot;
  let rt: Runtime;
  let dir: string;

  beforeAll(async () => {
    fake = await FakeDiscord.start();
    dir = mkdtempSync(join(tmpdir(), 'sitrep-discord-rt-'));
    const logger = memoryLogger();
    rt = await openRuntime({
      dataDir: dir,
      seedsDir: 'seeds',
      clock: fixedClock(new Date('2024-04-02T09:00:00Z')),
      logger,
    });
    const config = loadConfig(env(fake, dir));
    const started = await startDiscord(config, createExecutor(rt, config.SITREP_ADMINS), logger);
    if (!started) throw new Error('Discord did not start from its configuration');
    bot = started;
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
    await rt?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('/who APT31 goes through the real core and arrives as a card with aliases and sources', async () => {
    const { id, token } = fake.slashCommand('who', { name: 'APT31' });
    const patch = await fake.waitForRequest(editOf(token));
    expect(fake.requests.find(callbackOf(id))?.body).toEqual({ type: 5, data: { flags: 0 } });
    const body = patch.body as MessageBody;
    writeFileSync('/tmp/discord-who.json', `${JSON.stringify(body, null, 2)}\n`);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    const card = body.embeds[0];
    expect(card?.title).toBe('APT31');
    expect(card?.fields?.find((f) => f.name === 'Kind')?.value).toBe('Threat actor');
    expect(card?.fields?.find((f) => f.name === 'Also known as')?.value).toContain('ZIRCONIUM');
    const text = body.embeds.map(embedText).join('\n');
    expect(text).toContain('**Assessed**');
    expect(text).toMatch(/\[National Cyber Security Centre\]\(https:\/\/www\.ncsc\.gov\.uk\//);
    // The card's one source list is in its body; no footer repeats it.
    expect(text.match(/\*\*Sources\*\*/g)).toHaveLength(1);
    expect(body.embeds.some((e) => e.footer)).toBe(false);
  });

  it('/quote Dowden arrives verbatim as block quotes with speaker, role and sources', async () => {
    const { token } = fake.slashCommand('quote', { speaker: 'Dowden' });
    const patch = await fake.waitForRequest(editOf(token));
    const body = patch.body as MessageBody;
    writeFileSync('/tmp/discord-quote.json', `${JSON.stringify(body, null, 2)}\n`);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.embeds[0]?.title).toBe('Oliver Dowden');
    const description = body.embeds[0]?.description ?? '';
    expect(description).toContain('> “The UK will not tolerate malicious cyber activity');
    expect(description).toContain('> — **Oliver Dowden**, Deputy Prime Minister');
    expect(description).toContain('(2 sources)');
  });

  it('autocomplete suggests names from the corpus', async () => {
    const { id } = fake.autocomplete('who', 'name', 'apt');
    const answer = await fake.waitForRequest(callbackOf(id));
    const choices = (answer.body as { data: { choices: { name: string }[] } }).data.choices;
    expect(choices.map((c) => c.name)).toContain('APT31');
    expect(choices.length).toBeLessThanOrEqual(25);
  });

  it('a name nobody knows is a public answer with suggestions, not an error', async () => {
    const { token } = fake.slashCommand('who', { name: 'Nobody at all' });
    const patch = await fake.waitForRequest(editOf(token));
    const body = patch.body as MessageBody;
    expect(body.embeds[0]?.description).toContain('No match for "Nobody at all".');
    expect(body.embeds[0]?.color).not.toBe((await renderOk()).color);
  });
});

async function renderOk(): Promise<APIEmbed> {
  const { renderDiscord } = await import('../../../src/adapters/discord/render.js');
  return renderDiscord(reply('x', [{ type: 'text', text: 'x' }]))[0]?.embeds[0] ?? {};
}
