// Discord's HTTP interactions endpoint from configuration: DISCORD_PUBLIC_KEY turns it on (with
// DISCORD_APPLICATION_ID; DISCORD_INTERACTIONS_PORT and _PATH say where it listens). It needs no bot token:
// answers go through each interaction's own webhook. With it, every replica answers commands; the gateway
// bot (discord.ts) is optional beside it, and with DISCORD_GATEWAY=off its token only posts briefings.
import { COMMANDS } from '../../commands/index.js';
import {
  createInteractionsEndpoint,
  type InteractionsEndpoint,
  type InteractionsEndpointOptions,
} from '../adapters/discord/http-endpoint.js';
import type { Clock, Logger, ReplayMemory } from '../core/ports.js';
import { describeError } from '../core/util/errors.js';
import { systemClock } from '../infra/clock.js';
import { type Config, ConfigError, StartupError } from './config.js';
import { apiBase, isSnowflake, notSnowflake } from './discord.js';

export interface DiscordInteractionsSettings {
  publicKey: string;
  applicationId: string;
  port: number;
  path: string;
  apiUrl?: string;
}

/** The endpoint's settings, or null without DISCORD_PUBLIC_KEY. Throws ConfigError on a partial set. */
export function discordInteractionsSettings(config: Config): DiscordInteractionsSettings | null {
  const publicKey = config.DISCORD_PUBLIC_KEY;
  if (publicKey === undefined) return null;
  const fail = (message: string): never => {
    throw new ConfigError(`Invalid configuration: ${message}`);
  };
  const applicationId = config.DISCORD_APPLICATION_ID;
  if (applicationId === undefined)
    return fail(
      'DISCORD_APPLICATION_ID is missing: the interactions endpoint (DISCORD_PUBLIC_KEY) needs the Application ID from the Developer Portal’s General Information page.',
    );
  if (!isSnowflake(applicationId)) return fail(notSnowflake(applicationId));
  const settings: DiscordInteractionsSettings = {
    publicKey: publicKey.toLowerCase(),
    applicationId,
    port: config.DISCORD_INTERACTIONS_PORT,
    path: config.DISCORD_INTERACTIONS_PATH,
  };
  if (config.DISCORD_API_URL !== undefined) settings.apiUrl = apiBase(config.DISCORD_API_URL, fail);
  return settings;
}

/**
 * Starts the endpoint when DISCORD_PUBLIC_KEY is set; null when it is not. `replays` is the memory of
 * interactions already handled, which replicas must share (the runtime's).
 */
export async function startDiscordInteractions(
  config: Config,
  executor: InteractionsEndpointOptions['executor'],
  logger: Logger,
  opts: { host?: string; clock?: Clock; replays?: ReplayMemory } = {},
): Promise<InteractionsEndpoint | null> {
  const settings = discordInteractionsSettings(config);
  if (!settings) return null;
  const endpoint = createInteractionsEndpoint({
    ...settings,
    ...(opts.host ? { host: opts.host } : {}),
    ...(opts.replays ? { replays: opts.replays } : {}),
    clock: opts.clock ?? systemClock,
    executor,
    logger,
    commands: COMMANDS,
  });
  try {
    await endpoint.start();
  } catch (err) {
    throw new StartupError(describeError(err), { cause: err });
  }
  return endpoint;
}
