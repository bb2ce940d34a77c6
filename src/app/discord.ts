// Discord from configuration: which settings turn it on, what a valid set looks like, and how the bot and the
// command registration start from them. No Discord variable at all means Discord is off; a partial or
// malformed set stops start-up with a message naming the variable.
import { COMMANDS } from '../../commands/index.js';
import { createDiscordBot, type DiscordBot } from '../adapters/discord/bot.js';
import { type RegisterResult, registerCommands } from '../adapters/discord/commands.js';
import type { Logger } from '../core/ports.js';
import { type Config, ConfigError } from './config.js';
import type { Executor } from './executor.js';

export interface DiscordSettings {
  token: string;
  applicationId: string;
  /** REST base without the version; absent means Discord's own (https://discord.com/api). */
  apiUrl?: string;
}

const SNOWFLAKE = /^\d{17,20}$/;
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
  executor: Executor,
  logger: Logger,
): Promise<DiscordBot | null> {
  const settings = discordSettings(config);
  if (!settings) return null;
  const bot = createDiscordBot({ ...settings, executor, logger, commands: COMMANDS });
  await bot.start();
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
    throw new ConfigError(
      `--guild must be a server id (17–20 digits; Developer Mode → right-click the server → Copy Server ID); got "${opts.guildId}".`,
    );
  return registerCommands({
    ...settings,
    ...(opts.guildId !== undefined ? { guildId: opts.guildId } : {}),
    commands: COMMANDS,
  });
}

export { inviteUrl } from '../adapters/discord/commands.js';
