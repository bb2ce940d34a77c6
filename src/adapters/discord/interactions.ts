// How the Discord bot answers an interaction. A slash command goes to the executor, which finds it and
// reads its options once: an unknown command, a malformed option or a missing permission comes back at once
// and is answered to the caller alone (a deferred public reply can never turn ephemeral later); a command
// that will run is acknowledged (deferReply; Discord allows 3 s), run, and answered by editing the deferred
// reply (first page) and following up (further pages). Autocomplete suggests names for the options the
// command declares as names. Every path catches, logs and apologises where it can.
import type { AutocompleteInteraction, ChatInputCommandInteraction, Interaction } from 'discord.js';
import { MessageFlags } from 'discord.js';
import { type AnyCommand, type CallerId, findCommand, nameField } from '../../core/command.js';
import type { Executor, Prepared } from '../../core/executor.js';
import type { Logger } from '../../core/ports.js';
import { apology, type Reply } from '../../core/reply.js';
import { describeError } from '../../core/util/errors.js';
import { AUTOCOMPLETE_CHOICES_MAX, CHOICE_TEXT_MAX } from './commands.js';
import { clip } from './markdown.js';
import { type DiscordMessage, renderDiscord } from './render.js';

/** What answering needs: the executor, the log, and the registry (for the options that take names). */
export interface Interacting {
  executor: Pick<Executor, 'prepare' | 'suggest'>;
  logger: Logger;
  commands: readonly AnyCommand[];
}

export async function onInteraction(d: Interacting, interaction: Interaction): Promise<void> {
  if (interaction.isChatInputCommand()) await onCommand(d, interaction);
  else if (interaction.isAutocomplete()) await onAutocomplete(d, interaction);
}

async function onCommand(d: Interacting, interaction: ChatInputCommandInteraction): Promise<void> {
  const name = interaction.commandName;
  const raw: Record<string, unknown> = {};
  for (const o of interaction.options.data) if (o.value !== undefined) raw[o.name] = o.value;
  const caller: CallerId = { platform: 'discord', userId: interaction.user.id };
  const failed = (err: unknown) => {
    d.logger.error('discord command failed', {
      command: name,
      input: raw,
      error: describeError(err, { stack: true }),
    });
    return apology(name);
  };
  // The executor never throws by contract; if it does anyway, the caller gets the usual apology.
  const prepared: Prepared = await d.executor
    .prepare(name, raw, caller, interaction.channelId)
    .catch((err: unknown) => ({ ok: false, reply: failed(err) }));
  if (!prepared.ok) {
    const [first = fallback()] = renderDiscord(prepared.reply);
    await interaction.reply({ ...first, flags: MessageFlags.Ephemeral });
    return;
  }
  try {
    await interaction.deferReply();
  } catch (err) {
    // Usually the 3 s window passed (the process was paused) or another instance took it.
    d.logger.warn('discord could not acknowledge a command', {
      command: name,
      error: describeError(err, { stack: true }),
    });
    return;
  }
  const reply = await prepared.run().catch(failed);
  await sendPages(d, interaction, reply, { command: name, input: raw });
}

/** The first page edits the deferred reply, the rest follow up; a refused page ends with the apology. */
async function sendPages(
  d: Interacting,
  interaction: ChatInputCommandInteraction,
  reply: Reply,
  context: { command: string; input: Record<string, unknown> },
): Promise<void> {
  let sent = 0;
  try {
    for (const m of renderDiscord(reply)) {
      if (sent === 0) await interaction.editReply(m);
      else await interaction.followUp(m);
      sent++;
    }
  } catch (err) {
    d.logger.error('discord could not send an answer', {
      ...context,
      sent,
      error: describeError(err, { stack: true }),
    });
    await apologise(interaction, context.command, sent).catch((e: unknown) =>
      d.logger.warn('discord could not apologise either', {
        command: context.command,
        error: describeError(e, { stack: true }),
      }),
    );
  }
}

async function apologise(interaction: ChatInputCommandInteraction, name: string, sent: number) {
  const [message = fallback()] = renderDiscord(apology(name));
  if (sent === 0) await interaction.editReply(message);
  else await interaction.followUp({ ...message, flags: MessageFlags.Ephemeral });
}

/** Names from the corpus for an option the command declares as a name; nothing for any other option. */
async function onAutocomplete(d: Interacting, interaction: AutocompleteInteraction): Promise<void> {
  try {
    const focused = interaction.options.getFocused(true);
    const cmd = findCommand(d.commands, interaction.commandName);
    const field = cmd ? nameField(cmd, focused.name) : null;
    const names = field
      ? d.executor.suggest(String(focused.value), field.kinds, AUTOCOMPLETE_CHOICES_MAX)
      : [];
    const unique = [...new Set(names.map((n) => clip(n, CHOICE_TEXT_MAX)))].filter((n) => n.length > 0);
    const choices = unique.slice(0, AUTOCOMPLETE_CHOICES_MAX).map((n) => ({ name: n, value: n }));
    await interaction.respond(choices);
  } catch (err) {
    d.logger.warn('discord autocomplete failed', {
      command: interaction.commandName,
      error: describeError(err, { stack: true }),
    });
    if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
  }
}

function fallback(): DiscordMessage {
  return { content: 'Sorry, something went wrong.', embeds: [], allowedMentions: { parse: [] } };
}
