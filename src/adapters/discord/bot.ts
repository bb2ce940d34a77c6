// The Discord bot: the real discord.js Client over the gateway, answering interactions (interactions.ts) and
// posting briefings to channels. Nothing one interaction does can take the client down.
import { createHash } from 'node:crypto';
import { Client, Events, GatewayIntentBits, type RESTPostAPIChannelMessageResult, Routes } from 'discord.js';
import { Agent } from 'undici';
import type { Logger, Posted } from '../../core/ports.js';
import type { Reply } from '../../core/reply.js';
import { describeError } from '../../core/util/errors.js';
import { createInFlight } from '../../core/util/in-flight.js';
import { type Interacting, onInteraction } from './interactions.js';
import { NONCE_MAX } from './limits.js';
import { messageBody, renderDiscord } from './render.js';

export interface DiscordBotOptions extends Interacting {
  token: string;
  applicationId: string;
  /** REST base URL without the version (a shared rate-limit proxy, or a test fake). */
  apiUrl?: string;
  /** false: no gateway login; the bot only posts (commands come to the HTTP interactions endpoint). */
  gateway?: boolean;
}

export interface DiscordBot {
  /** Logs in over the gateway (unless it is off); resolves once the client is ready. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /**
   * Posts a reply to a channel (scheduled briefings); its id is the first message's. With a key, each message
   * carries a nonce from it that Discord enforces: posted again within Discord's few minutes, the reply is
   * answered with the messages already made. Throws when Discord refuses it.
   */
  post(channelId: string, reply: Reply, opts?: { key: string }): Promise<Posted>;
}

const SNOWFLAKE = /^\d{17,20}$/;
/** How long stop() waits for commands still being answered. */
const STOP_DRAIN_MS = 5000;

export function createDiscordBot(opts: DiscordBotOptions): DiscordBot {
  const { logger } = opts;
  const agent = new Agent();
  const client = new Client({
    // Slash commands and autocomplete arrive whatever the intents; Guilds keeps channels and guilds known.
    intents: [GatewayIntentBits.Guilds],
    // Also the default for anything sent through this client, on top of every message setting it itself.
    allowedMentions: { parse: [] },
    // Its own connections, from the undici it is built on: the process-wide dispatcher may belong to another
    // undici (Bolt ships its own), which cannot send this one's multipart bodies (attachments).
    rest: { ...(opts.apiUrl ? { api: opts.apiUrl } : {}), agent },
  });
  // post() may run before start() finished; REST needs only the token.
  client.rest.setToken(opts.token);
  const inFlight = createInFlight();
  client.on(Events.InteractionCreate, (interaction) => {
    void inFlight.track(
      onInteraction(opts, interaction).catch((err: unknown) => {
        logger.error('discord interaction failed', { error: describeError(err, { stack: true }) });
      }),
    );
  });
  logGateway(client, logger);
  return {
    async start() {
      if (opts.gateway === false) {
        logger.info('discord posting through REST only (no gateway)', { applicationId: opts.applicationId });
        return;
      }
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(opts.token);
      await ready;
      logger.info('discord connected', { user: client.user?.tag, applicationId: opts.applicationId });
    },
    async stop() {
      await inFlight.drain(STOP_DRAIN_MS);
      await client.destroy();
      await agent.close();
    },
    post: (channelId, reply, opts) => postToChannel(client, channelId, reply, opts?.key),
  };
}

/** The gateway's troubles, logged; discord.js emits 'error' for a listener's rejected promise. */
function logGateway(client: Client, logger: Logger): void {
  const error = (err: Error) => describeError(err, { stack: true });
  // Without an 'error' listener, discord.js would throw.
  client.on(Events.Error, (err) => logger.error('discord client error', { error: error(err) }));
  client.on(Events.ShardError, (err, shardId) =>
    logger.warn('discord gateway error', { shardId, error: error(err) }),
  );
  client.on(Events.ShardReconnecting, (shardId) => logger.info('discord gateway reconnecting', { shardId }));
  client.on(Events.ShardResume, (shardId, replayed) =>
    logger.info('discord gateway resumed', { shardId, replayed }),
  );
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.error('discord gateway closed for good', { shardId, code: event.code }),
  );
}

/**
 * Straight through REST: no channel cache or intent needed, and @discordjs/rest queues and retries on rate
 * limits per route.
 */
async function postToChannel(
  client: Client,
  channelId: string,
  reply: Reply,
  key: string | undefined,
): Promise<Posted> {
  if (!SNOWFLAKE.test(channelId)) throw new Error(`Not a Discord channel id: "${channelId}"`);
  const route = Routes.channelMessages(channelId);
  let first: string | null = null;
  for (const [i, m] of renderDiscord(reply, { headline: true }).entries()) {
    const once = key === undefined ? {} : { nonce: messageNonce(key, i), enforce_nonce: true };
    const body = { ...messageBody(m), ...once };
    const sent = (await client.rest.post(route, { body })) as RESTPostAPIChannelMessageResult;
    first ??= sent.id;
  }
  return { messageId: first };
}

/**
 * The nonce of a post's message `piece`: the key for the first, the key and its place (".1") for the others,
 * hashed down where that passes Discord's limit. Distinct per message, so a post cut short and retried
 * repeats none of the messages Discord already made.
 */
function messageNonce(key: string, piece: number): string {
  const plain = piece === 0 ? key : `${key}.${piece}`;
  if (plain.length <= NONCE_MAX) return plain;
  return createHash('sha256').update(plain).digest('base64url').slice(0, NONCE_MAX);
}
