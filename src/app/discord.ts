// Discord from configuration: which settings turn it on, what a valid set looks like, and how the bot and the
// command registration start from them. No Discord variable at all means Discord is off; a partial or
// malformed set stops start-up with a message naming the variable.
import { COMMANDS } from '../../commands/index.js';
import { createDiscordBot, type DiscordBot, type DiscordBotOptions } from '../adapters/discord/bot.js';
import { inviteUrl, type RegisterResult, registerCommands } from '../adapters/discord/commands.js';
import type { Logger } from '../core/ports.js';
import { describeError } from '../core/util/errors.js';
import { type Config, ConfigError, StartupError } from './config.js';

export interface DiscordSettings {
  token: string;
  applicationId: string;
  /** REST base without the version; absent means Discord's own (https://discord.com/api). */
  apiUrl?: string;
}

const SNOWFLAKE = /^\d{17,20}$/;
/** The advice for a server id that is not one, shared by `discord-register` and its function. */
export const GUILD_HINT =
  'a server id is 17–20 digits: Developer Mode on, then right-click the server → Copy Server ID';

export function isSnowflake(id: string): boolean {
  return SNOWFLAKE.test(id);
}
// A bot token is three base64url parts joined by dots: the bot's id, a timestamp, an HMAC.
const BOT_TOKEN = /^[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{16,}$/;

/** The validated Discord settings, or null when no Discord variable is set. Throws ConfigError otherwise. */
export function discordSettings(config: Config): DiscordSettings | null {
  const { DISCORD_TOKEN, DISCORD_APPLICATION_ID, DISCORD_API_URL } = config;
  if (DISCORD_TOKEN === undefined && DISCORD_APPLICATION_ID === undefined && DISCORD_API_URL === undefined)
    return null;
  const fail = (message: string): never => {
    throw new ConfigError(`Invalid configuration: ${message}`);
  };
  if (DISCORD_TOKEN === undefined)
    return fail(
      'DISCORD_TOKEN is missing: copy the bot token from the Developer Portal (Bot → Reset Token).',
    );
  const token = DISCORD_TOKEN.replace(/^Bot\s+/i, '');
  if (!BOT_TOKEN.test(token))
    return fail(
      'DISCORD_TOKEN does not look like a bot token (three dot-separated parts); copy it again from the Developer Portal (Bot → Reset Token).',
    );
  if (DISCORD_APPLICATION_ID === undefined)
    return fail(
      'DISCORD_APPLICATION_ID is missing: the Application ID on the Developer Portal’s General Information page.',
    );
  if (!SNOWFLAKE.test(DISCORD_APPLICATION_ID))
    return fail(
      `DISCORD_APPLICATION_ID must be a snowflake (17–20 digits), e.g. 1234567890123456789; got "${DISCORD_APPLICATION_ID}".`,
    );
  const settings: DiscordSettings = { token, applicationId: DISCORD_APPLICATION_ID };
  if (DISCORD_API_URL !== undefined) settings.apiUrl = apiBase(DISCORD_API_URL, fail);
  return settings;
}

/** discord.js adds the version itself: "https://proxy/api/v10/" becomes "https://proxy/api". */
function apiBase(url: string, fail: (message: string) => never): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    return fail(`DISCORD_API_URL must be an http(s) URL such as https://discord.com/api; got "${url}".`);
  if (parsed.search || parsed.hash)
    return fail(`DISCORD_API_URL must not have a query or fragment; got "${url}".`);
  return `${parsed.origin}${parsed.pathname}`.replace(/\/+$/, '').replace(/\/v\d+$/, '');
}

/** Starts the Discord bot when Discord is configured; null when it is not. */
export async function startDiscord(
  config: Config,
  executor: DiscordBotOptions['executor'],
  logger: Logger,
): Promise<DiscordBot | null> {
  const settings = discordSettings(config);
  if (!settings) return null;
  const bot = createDiscordBot({ ...settings, executor, logger, commands: COMMANDS });
  try {
    await bot.start();
  } catch (err) {
    throw discordFailure(err, settings, 'the bot login');
  }
  return bot;
}

/** `discord-register [--guild ID]`: registers the registry's commands in one guild, or globally. */
export async function registerDiscordCommands(
  config: Config,
  opts: { guildId?: string } = {},
): Promise<RegisterResult> {
  const settings = discordSettings(config);
  if (!settings)
    throw new ConfigError(
      'Invalid configuration: set DISCORD_TOKEN and DISCORD_APPLICATION_ID to register Discord commands.',
    );
  if (opts.guildId !== undefined && !SNOWFLAKE.test(opts.guildId))
    throw new ConfigError(`--guild must be a server id (${GUILD_HINT}); got "${opts.guildId}".`);
  try {
    return await registerCommands({
      ...settings,
      ...(opts.guildId !== undefined ? { guildId: opts.guildId } : {}),
      commands: COMMANDS,
    });
  } catch (err) {
    throw discordFailure(err, settings, 'the registration');
  }
}

/** `discord-invite`: the link that adds the bot to a server; needs only the application id. */
export function discordInvite(config: Config): string {
  const id = config.DISCORD_APPLICATION_ID;
  if (id === undefined)
    throw new ConfigError(
      'Invalid configuration: set DISCORD_APPLICATION_ID (the Application ID on the Developer Portal’s General Information page) to make the invite link.',
    );
  if (!SNOWFLAKE.test(id))
    throw new ConfigError(
      `Invalid configuration: DISCORD_APPLICATION_ID must be a snowflake (17–20 digits), e.g. 1234567890123456789; got "${id}".`,
    );
  return inviteUrl(id);
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
]);

/** What went wrong talking to Discord, in one line that says what to do. */
function discordFailure(err: unknown, settings: DiscordSettings, what: string): StartupError {
  const e = (err ?? {}) as {
    code?: unknown;
    status?: unknown;
    name?: unknown;
    cause?: { code?: unknown };
  };
  const message = describeError(err);
  const api = settings.apiUrl ?? 'https://discord.com/api';
  const network = [e.code, e.cause?.code].find((c) => typeof c === 'string' && NETWORK_CODES.has(c));
  if (network || e.name === 'AbortError')
    return new StartupError(
      `Discord is unreachable at ${api}: ${String(network ?? 'timed out')} (check the network, a proxy, or DISCORD_API_URL).`,
      { cause: err },
    );
  if (e.status === 401 || e.code === 'TokenInvalid')
    return new StartupError(
      'Discord did not accept DISCORD_TOKEN: copy the bot token again from the Developer Portal (Bot → Reset Token).',
      { cause: err },
    );
  if (e.code === 50001)
    return new StartupError(
      `Discord refused ${what}: the bot is not in that server (Missing Access). Invite it first with the link from \`sitrep discord-invite\`.`,
      { cause: err },
    );
  return new StartupError(`Discord refused ${what}: ${message}`, { cause: err });
}

export { inviteUrl };
