// Discord application commands from the registry, their registration against the loopback Discord, and the
// Discord settings read from configuration.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COMMANDS } from '../../../commands/index.js';
import {
  COMMAND_DESCRIPTION_MAX,
  COMMAND_NAME,
  COMMAND_TOTAL_MAX,
  discordCommands,
  inviteUrl,
  OPTION_STRING_LENGTH_MAX,
  OPTIONS_MAX,
  registerCommands,
} from '../../../src/adapters/discord/commands.js';
import { loadConfig } from '../../../src/app/config.js';
import { discordSettings, registerDiscordCommands } from '../../../src/app/discord.js';
import { defineCommand } from '../../../src/core/command.js';
import { reply } from '../../../src/core/reply.js';
import { APP_ID, FakeDiscord, GUILD_ID, TOKEN } from './fake-discord.js';

// Discord's rules for a CHAT_INPUT command with basic options
// (https://discord.com/developers/docs/interactions/application-commands).
const MAX_SAFE = 2 ** 53;
const description = z.string().min(1).max(COMMAND_DESCRIPTION_MAX);
const name = z.string().regex(COMMAND_NAME);
const base = { name, description, required: z.boolean() };
const DiscordOption = z.discriminatedUnion('type', [
  z.strictObject({
    ...base,
    type: z.literal(3),
    min_length: z.int().min(0).max(OPTION_STRING_LENGTH_MAX).optional(),
    max_length: z.int().min(1).max(OPTION_STRING_LENGTH_MAX).optional(),
    autocomplete: z.boolean().optional(),
    choices: z
      .array(z.strictObject({ name: z.string().min(1).max(100), value: z.string().max(100) }))
      .max(25)
      .optional(),
  }),
  z.strictObject({
    ...base,
    type: z.union([z.literal(4), z.literal(10)]),
    min_value: z.number().min(-MAX_SAFE).max(MAX_SAFE).optional(),
    max_value: z.number().min(-MAX_SAFE).max(MAX_SAFE).optional(),
    autocomplete: z.boolean().optional(),
  }),
  z.strictObject({ ...base, type: z.literal(5) }),
]);
const DiscordCommand = z.strictObject({
  type: z.literal(1),
  name,
  description,
  options: z.array(DiscordOption).max(OPTIONS_MAX),
  default_member_permissions: z.string().regex(/^\d+$/).optional(),
});

describe('discordCommands(registry)', () => {
  const json = discordCommands(COMMANDS);

  it('maps every registry command to a valid Discord command', () => {
    expect(json.map((c) => c.name)).toEqual(COMMANDS.map((c) => c.name));
    expect(json.length).toBeLessThanOrEqual(100);
    for (const cmd of json) {
      const parsed = DiscordCommand.safeParse(cmd);
      expect(parsed.success, `${cmd.name}: ${parsed.success ? '' : z.prettifyError(parsed.error)}`).toBe(
        true,
      );
      const options = cmd.options ?? [];
      expect(new Set(options.map((o) => o.name)).size).toBe(options.length);
      // Required options first.
      const firstOptional = options.findIndex((o) => !o.required);
      if (firstOptional >= 0) expect(options.slice(firstOptional).every((o) => !o.required)).toBe(true);
      for (const o of options) {
        if (
          'min_length' in o &&
          'max_length' in o &&
          o.min_length !== undefined &&
          o.max_length !== undefined
        )
          expect(o.min_length).toBeLessThanOrEqual(o.max_length);
        if ('min_value' in o && 'max_value' in o && o.min_value !== undefined && o.max_value !== undefined)
          expect(o.min_value).toBeLessThanOrEqual(o.max_value);
        if ('autocomplete' in o && o.autocomplete) expect('choices' in o && o.choices).toBeFalsy();
      }
      const total =
        cmd.name.length +
        cmd.description.length +
        options.reduce((n, o) => n + o.name.length + o.description.length, 0);
      expect(total).toBeLessThanOrEqual(COMMAND_TOTAL_MAX);
    }
  });

  it('derives each option from the zod field: every field, its type, requiredness and bounds', () => {
    for (const cmd of COMMANDS) {
      const options = json.find((c) => c.name === cmd.name)?.options ?? [];
      expect(options.map((o) => o.name).sort()).toEqual(Object.keys(cmd.input.shape).sort());
    }
    const who = json.find((c) => c.name === 'who');
    expect(who?.options).toEqual([
      {
        type: 3,
        name: 'name',
        description: expect.any(String),
        required: true,
        min_length: 1,
        max_length: 200,
        autocomplete: true,
      },
    ]);
    const quote = json.find((c) => c.name === 'quote');
    expect(quote?.options?.map((o) => [o.name, o.type, o.required])).toEqual([
      ['speaker', 3, true],
      ['topic', 3, false],
      ['page', 4, false],
    ]);
    expect(quote?.options?.find((o) => o.name === 'page')).toMatchObject({ min_value: 1, max_value: 10_000 });
    const autocompleted = json.flatMap((c) =>
      (c.options ?? [])
        .filter((o) => 'autocomplete' in o && o.autocomplete)
        .map((o) => `${c.name}.${o.name}`),
    );
    expect(autocompleted).toEqual(['who.name', 'quote.speaker']);
  });

  it('uses a zod description when there is one, shortens long ones, and refuses what Discord cannot type', () => {
    const described = defineCommand({
      name: 'brief',
      description: `The briefing the scheduler would post now. ${'It says what is new since the last one. '.repeat(4)}`,
      usage: '/brief [since]',
      input: z.object({
        since: z.string().max(50).describe('Since when, e.g. 2024-03-01').optional(),
        all: z.boolean().default(false),
        level: z.enum(['short', 'long']).optional(),
        ratio: z.number().min(0).max(1).optional(),
      }),
      requires: 'admin',
      run: () => reply('x', []),
    });
    const [cmd] = discordCommands([described as never]);
    expect(cmd?.description.length).toBeLessThanOrEqual(COMMAND_DESCRIPTION_MAX);
    expect(cmd?.description.endsWith('…')).toBe(true);
    expect(cmd?.default_member_permissions).toBe('32');
    expect(cmd?.options).toEqual([
      { type: 3, name: 'since', description: 'Since when, e.g. 2024-03-01', required: false, max_length: 50 },
      { type: 5, name: 'all', description: 'The all', required: false },
      {
        type: 3,
        name: 'level',
        description: 'The level',
        required: false,
        choices: [
          { name: 'short', value: 'short' },
          { name: 'long', value: 'long' },
        ],
      },
      { type: 10, name: 'ratio', description: 'The ratio', required: false, min_value: 0, max_value: 1 },
    ]);
    expect(DiscordCommand.safeParse(cmd).success).toBe(true);

    const bad = defineCommand({
      name: 'tags',
      description: 'x',
      usage: '/tags',
      input: z.object({ tags: z.array(z.string()) }),
      requires: 'anyone',
      run: () => reply('x', []),
    });
    expect(() => discordCommands([bad as never])).toThrow('/tags option "tags": no Discord option type');
  });

  it('autocompletes exactly the fields a command declares as names, with its description from the field', () => {
    const spec = defineCommand({
      name: 'track',
      description: 'x',
      usage: '/track ORG [note]',
      input: z.object({
        org: z.string().min(1).describe('An organisation, e.g. NCSC'),
        note: z.string().optional(),
      }),
      rest: 'org',
      names: { org: ['organisation'] },
      requires: 'anyone',
      run: () => reply('x', []),
    });
    const [cmd] = discordCommands([spec as never]);
    expect(cmd?.options).toEqual([
      {
        type: 3,
        name: 'org',
        description: 'An organisation, e.g. NCSC',
        required: true,
        min_length: 1,
        autocomplete: true,
      },
      { type: 3, name: 'note', description: 'The note', required: false },
    ]);
  });

  it('builds the invite URL with the bot and applications.commands scopes and the permissions it needs', () => {
    const url = new URL(inviteUrl(APP_ID));
    expect(url.origin + url.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(url.searchParams.get('client_id')).toBe(APP_ID);
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    // View Channel (1024) + Send Messages (2048) + Embed Links (16384).
    expect(url.searchParams.get('permissions')).toBe('19456');
  });
});

describe('registerCommands against the loopback Discord', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(async () => {
    await fake.close();
  });

  it('PUTs the whole registry to the guild endpoint with a guild id', async () => {
    const result = await registerCommands({
      token: TOKEN,
      applicationId: APP_ID,
      apiUrl: fake.apiUrl,
      guildId: GUILD_ID,
    });
    const put = fake.requests.at(-1);
    expect(put?.method).toBe('PUT');
    expect(put?.path).toBe(`/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    expect(put?.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(put?.body).toEqual(discordCommands(COMMANDS));
    expect(result).toEqual({ scope: 'guild', names: COMMANDS.map((c) => c.name) });
  });

  it('PUTs to the global endpoint without one, started from configuration', async () => {
    const config = loadConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: `${fake.apiUrl}/v10/`,
    });
    const result = await registerDiscordCommands(config);
    const put = fake.requests.at(-1);
    expect(put?.method).toBe('PUT');
    expect(put?.path).toBe(`/applications/${APP_ID}/commands`);
    expect(put?.body).toEqual(discordCommands(COMMANDS));
    expect(result.scope).toBe('global');

    await registerDiscordCommands(config, { guildId: GUILD_ID });
    expect(fake.requests.at(-1)?.path).toBe(`/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    await expect(registerDiscordCommands(config, { guildId: 'my-server' })).rejects.toThrow(
      '--guild must be a server id',
    );
    await expect(registerDiscordCommands(loadConfig({}))).rejects.toThrow(
      'set DISCORD_TOKEN and DISCORD_APPLICATION_ID',
    );
  });

  it('reports what Discord refuses', async () => {
    fake.failNext('PUT', /\/commands$/, 400, { message: 'Invalid Form Body', code: 50035 });
    await expect(
      registerCommands({ token: TOKEN, applicationId: APP_ID, apiUrl: fake.apiUrl }),
    ).rejects.toThrow('Invalid Form Body');
  });
});

describe('discordSettings(config)', () => {
  const settings = (env: Record<string, string>) => discordSettings(loadConfig(env));

  it('is off (null) when no Discord variable is set, blank ones included', () => {
    expect(settings({})).toBeNull();
    expect(settings({ DISCORD_TOKEN: '', DISCORD_APPLICATION_ID: ' ' })).toBeNull();
  });

  it('accepts a full set; the API URL loses a trailing slash and version, a "Bot " prefix is dropped', () => {
    expect(settings({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID })).toEqual({
      token: TOKEN,
      applicationId: APP_ID,
    });
    expect(
      settings({
        DISCORD_TOKEN: `Bot ${TOKEN}`,
        DISCORD_APPLICATION_ID: APP_ID,
        DISCORD_API_URL: 'https://proxy.internal:8080/api/v10/',
      }),
    ).toEqual({ token: TOKEN, applicationId: APP_ID, apiUrl: 'https://proxy.internal:8080/api' });
  });

  it('names the variable when a set is partial or malformed', () => {
    expect(() => settings({ DISCORD_APPLICATION_ID: APP_ID })).toThrow('DISCORD_TOKEN is missing');
    expect(() => settings({ DISCORD_TOKEN: TOKEN })).toThrow('DISCORD_APPLICATION_ID is missing');
    expect(() => settings({ DISCORD_API_URL: 'https://proxy/api' })).toThrow('DISCORD_TOKEN is missing');
    expect(() => settings({ DISCORD_TOKEN: 'hunter2', DISCORD_APPLICATION_ID: APP_ID })).toThrow(
      'DISCORD_TOKEN does not look like a bot token',
    );
    expect(() => settings({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: 'sitrep-bot' })).toThrow(
      'DISCORD_APPLICATION_ID must be a snowflake',
    );
    expect(() =>
      settings({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: 'ftp://x/api' }),
    ).toThrow('DISCORD_API_URL must be an http(s) URL');
    // A value that is not a URL at all is caught by the configuration schema, which names it too.
    expect(() => loadConfig({ DISCORD_API_URL: 'not a url' })).toThrow('DISCORD_API_URL');
  });
});
