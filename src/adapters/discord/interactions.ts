// The gateway's interactions (discord.js objects) handed to the shared answering (answer.ts): a slash
// command's options and caller read off the interaction, and the interaction's own methods as the responder.
import type { AutocompleteInteraction, ChatInputCommandInteraction, Interaction } from 'discord.js';
import { MessageFlags } from 'discord.js';
import { describeError } from '../../core/util/errors.js';
import { answerCommand, autocompleteChoices, type Interacting, type Responder } from './answer.js';

export type { Interacting };

export async function onInteraction(d: Interacting, interaction: Interaction): Promise<void> {
  if (interaction.isChatInputCommand()) await onCommand(d, interaction);
  else if (interaction.isAutocomplete()) await onAutocomplete(d, interaction);
}

async function onCommand(d: Interacting, interaction: ChatInputCommandInteraction): Promise<void> {
  const raw: Record<string, unknown> = {};
  for (const o of interaction.options.data) if (o.value !== undefined) raw[o.name] = o.value;
  const call = {
    name: interaction.commandName,
    raw,
    userId: interaction.user.id,
    channelId: interaction.channelId,
  };
  const responder: Responder = {
    refuse: async (m) => {
      await interaction.reply({ ...m, flags: MessageFlags.Ephemeral });
    },
    defer: async () => {
      await interaction.deferReply();
    },
    edit: async (m) => {
      await interaction.editReply(m);
    },
    followUp: async (m, { ephemeral }) => {
      await interaction.followUp(ephemeral ? { ...m, flags: MessageFlags.Ephemeral } : m);
    },
    attachmentSizeLimit: interaction.attachmentSizeLimit,
  };
  await answerCommand(d, call, responder);
}

async function onAutocomplete(d: Interacting, interaction: AutocompleteInteraction): Promise<void> {
  try {
    const focused = interaction.options.getFocused(true);
    await interaction.respond(await autocompleteChoices(d, interaction.commandName, focused));
  } catch (err) {
    d.logger.warn('discord autocomplete failed', {
      command: interaction.commandName,
      error: describeError(err, { stack: true }),
    });
    if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
  }
}
