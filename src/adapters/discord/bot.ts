// The Discord bot: the real discord.js Client over the gateway. A slash command is acknowledged at once
// (deferReply; Discord allows 3 s), run by the shared executor, and answered by editing the deferred reply
// (first page) and following up (further pages). Autocomplete suggests names from the corpus. Nothing one
// interaction does can take the client down: every handler catches, logs and apologises where it can.
import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  Client,
  Events,
  GatewayIntentBits,
  type Interaction,
  MessageFlags,
  type RESTPostAPIChannelMessageJSONBody,
  Routes,
} from 'discord.js';
import { Agent } from 'undici';
import type { AnyCommand, Caller, Executor } from '../../core/command.js';
import type { Logger } from '../../core/ports.js';
import type { Reply } from '../../core/reply.js';
import { withAttachment } from './attachment.js';
import { AUTOCOMPLETE_CHOICES_MAX, autocompleteKinds, CHOICE_TEXT_MAX } from './commands.js';
import { clip, type DiscordMessage, renderDiscord } from './render.js';

export interface DiscordBotOptions {
  token: string;
  applicationId: string;
  /** REST base URL without the version (a shared rate-limit proxy, or a test fake). */
  apiUrl?: string;
  executor: Executor;
  logger: Logger;
  /** The command registry, to tell a malformed option from a slow command before acknowledging. */
  commands: readonly AnyCommand[];
}

export interface DiscordBot {
  /** Logs in over the gateway; resolves once the client is ready. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Posts a reply to a channel (scheduled briefings). Throws when Discord refuses it. */
  post(channelId: string, reply: Reply): Promise<void>;
}

const SNOWFLAKE = /^\d{17,20}$/;
/** How long stop() waits for commands still being answered. */
const STOP_DRAIN_MS = 5000;

export function createDiscordBot(opts: DiscordBotOptions): DiscordBot {
  const { executor, logger } = opts;
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

  const inFlight = new Set<Promise<void>>();
  client.on(Events.InteractionCreate, (interaction) => {
    const handled = onInteraction(interaction)
      .catch((err: unknown) => {
        logger.error('discord interaction failed', { error: describe(err) });
      })
      .finally(() => inFlight.delete(handled));
    inFlight.add(handled);
  });
  // discord.js emits 'error' for a listener's rejected promise; without a listener that would throw.
  client.on(Events.Error, (err) => logger.error('discord client error', { error: describe(err) }));
  client.on(Events.ShardError, (err, shardId) =>
    logger.warn('discord gateway error', { shardId, error: describe(err) }),
  );
  client.on(Events.ShardReconnecting, (shardId) => logger.info('discord gateway reconnecting', { shardId }));
  client.on(Events.ShardResume, (shardId, replayed) =>
    logger.info('discord gateway resumed', { shardId, replayed }),
  );
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.error('discord gateway closed for good', { shardId, code: event.code }),
  );

  async function onInteraction(interaction: Interaction): Promise<void> {
    if (interaction.isChatInputCommand()) await onCommand(interaction);
    else if (interaction.isAutocomplete()) await onAutocomplete(interaction);
  }

  async function onCommand(interaction: ChatInputCommandInteraction): Promise<void> {
    const name = interaction.commandName;
    const raw: Record<string, unknown> = {};
    for (const o of interaction.options.data) if (o.value !== undefined) raw[o.name] = o.value;
    const caller: Omit<Caller, 'isAdmin'> = { platform: 'discord', userId: interaction.user.id };

    // An unknown command, a malformed option or a missing permission is answered without running anything,
    // so the answer goes to the caller alone: a deferred public reply can never turn ephemeral later.
    const cmd = opts.commands.find((c) => c.name === name);
    if (!cmd?.input.safeParse(raw).success || !executor.allowed(name, caller)) {
      const reply = await run(name, raw, caller, interaction.channelId);
      const [first = fallback()] = renderDiscord(reply);
      await interaction.reply({ ...first, flags: MessageFlags.Ephemeral });
      return;
    }

    try {
      await interaction.deferReply();
    } catch (err) {
      // Usually the 3 s window passed (the process was paused) or another instance took it.
      logger.warn('discord could not acknowledge a command', { command: name, error: describe(err) });
      return;
    }
    const reply = await run(name, raw, caller, interaction.channelId);
    const messages = withAttachment(renderDiscord(reply), reply.file, interaction.attachmentSizeLimit);
    let sent = 0;
    try {
      for (const m of messages) {
        if (sent === 0) await interaction.editReply(m);
        else await interaction.followUp(m);
        sent++;
      }
    } catch (err) {
      logger.error('discord could not send an answer', {
        command: name,
        input: raw,
        sent,
        error: describe(err),
      });
      await apologise(interaction, name, sent).catch((e: unknown) =>
        logger.warn('discord could not apologise either', { command: name, error: describe(e) }),
      );
    }
  }

  /** The executor never throws by contract; if it does anyway, the caller gets the usual apology. */
  async function run(
    name: string,
    raw: Record<string, unknown>,
    caller: Omit<Caller, 'isAdmin'>,
    channel: string,
  ): Promise<Reply> {
    try {
      return await executor.execute(name, raw, caller, channel);
    } catch (err) {
      logger.error('discord command failed', { command: name, input: raw, error: describe(err) });
      return apology(name);
    }
  }

  async function apologise(interaction: ChatInputCommandInteraction, name: string, sent: number) {
    const [message = fallback()] = renderDiscord(apology(name));
    if (sent === 0) await interaction.editReply(message);
    else await interaction.followUp({ ...message, flags: MessageFlags.Ephemeral });
  }

  async function onAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    try {
      const focused = interaction.options.getFocused(true);
      const which = autocompleteKinds(interaction.commandName, focused.name);
      const names = which
        ? executor.suggest(String(focused.value), which.kinds, AUTOCOMPLETE_CHOICES_MAX)
        : [];
      const unique = [...new Set(names.map((n) => clip(n, CHOICE_TEXT_MAX)))].filter((n) => n.length > 0);
      const choices = unique.slice(0, AUTOCOMPLETE_CHOICES_MAX).map((n) => ({ name: n, value: n }));
      await interaction.respond(choices);
    } catch (err) {
      logger.warn('discord autocomplete failed', {
        command: interaction.commandName,
        error: describe(err),
      });
      if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
    }
  }

  return {
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(opts.token);
      await ready;
      logger.info('discord connected', { user: client.user?.tag, applicationId: opts.applicationId });
    },
    async stop() {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...inFlight]),
        new Promise((resolve) => {
          timer = setTimeout(resolve, STOP_DRAIN_MS);
        }),
      ]);
      clearTimeout(timer);
      await client.destroy();
      await agent.close();
    },
    async post(channelId, reply) {
      if (!SNOWFLAKE.test(channelId)) throw new Error(`Not a Discord channel id: "${channelId}"`);
      // Straight through REST: no channel cache or intent needed, and @discordjs/rest queues and retries
      // on rate limits per route.
      for (const m of renderDiscord(reply, { headline: true })) {
        const body: RESTPostAPIChannelMessageJSONBody = { embeds: m.embeds, allowed_mentions: { parse: [] } };
        if (m.content !== undefined) body.content = m.content;
        await client.rest.post(Routes.channelMessages(channelId), { body });
      }
    },
  };
}

function apology(command: string): Reply {
  return {
    status: 'error',
    title: 'Something went wrong',
    blocks: [
      {
        type: 'text',
        text: `Sorry, /${command} failed on our side. It has been logged; please try again.`,
      },
    ],
  };
}

function fallback(): DiscordMessage {
  return { content: 'Sorry, something went wrong.', embeds: [], allowedMentions: { parse: [] } };
}

function describe(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}
