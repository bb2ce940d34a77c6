// How Sitrep answers one Discord command or autocomplete, whichever way the interaction arrived (the gateway
// through discord.js, or the HTTP interactions endpoint). The executor finds the command and reads its
// options once: an unknown command, a malformed option or a missing permission comes back at once and is
// answered to the caller alone (a deferred public reply can never turn ephemeral later); a command that will
// run is acknowledged (deferred; Discord allows 3 s), run, and answered by editing the deferred reply (first
// page) and following up (further pages). Every path catches, logs and apologises where it can.
import { type AnyCommand, findCommand, nameField } from '../../core/command.js';
import type { Executor, Prepared } from '../../core/executor.js';
import type { Logger } from '../../core/ports.js';
import { apology, type Reply } from '../../core/reply.js';
import { describeError } from '../../core/util/errors.js';
import { type MessageWithFiles, withAttachment } from './attachment.js';
import { AUTOCOMPLETE_CHOICES_MAX, CHOICE_TEXT_MAX } from './commands.js';
import { clip } from './markdown.js';
import { type DiscordMessage, renderDiscord } from './render.js';

/** What answering needs: the executor, the log, and the registry (for the options that take names). */
export interface Interacting {
  executor: Pick<Executor, 'prepare' | 'suggest'>;
  logger: Logger;
  commands: readonly AnyCommand[];
}

/** One slash command as Discord sent it: its name, its options' values, who and where. */
export interface CommandCall {
  name: string;
  raw: Record<string, unknown>;
  userId: string;
  channelId: string | null;
}

/** How the answer reaches Discord; each transport has its own. */
export interface Responder {
  /** Answers at once, to the caller alone: nothing will run. */
  refuse(message: DiscordMessage): Promise<void>;
  /** Acknowledges publicly ("Sitrep is thinking…"); the answer follows. */
  defer(): Promise<void>;
  /** Replaces the deferred reply; its first page may carry the answer's file. */
  edit(message: MessageWithFiles): Promise<void>;
  followUp(message: MessageWithFiles, opts: { ephemeral: boolean }): Promise<void>;
  /** The largest attachment Discord takes where the command was asked (it grows with a server's boosts). */
  attachmentSizeLimit: number;
}

export async function answerCommand(d: Interacting, call: CommandCall, to: Responder): Promise<void> {
  const { name, raw } = call;
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
    .prepare(name, raw, { platform: 'discord', userId: call.userId }, call.channelId ?? undefined)
    .catch((err: unknown) => ({ ok: false, reply: failed(err) }));
  if (!prepared.ok) {
    const [first = fallback()] = renderDiscord(prepared.reply);
    await to.refuse(first);
    return;
  }
  try {
    await to.defer();
  } catch (err) {
    // Usually the 3 s window passed (the process was paused) or another instance took it.
    d.logger.warn('discord could not acknowledge a command', {
      command: name,
      error: describeError(err, { stack: true }),
    });
    return;
  }
  const reply = await prepared.run().catch(failed);
  await sendPages(d, to, reply, { command: name, input: raw });
}

/** The first page edits the deferred reply, the rest follow up; a refused page ends with the apology. */
async function sendPages(
  d: Interacting,
  to: Responder,
  reply: Reply,
  context: { command: string; input: Record<string, unknown> },
): Promise<void> {
  let sent = 0;
  try {
    for (const m of withAttachment(renderDiscord(reply), reply.file, to.attachmentSizeLimit)) {
      if (sent === 0) await to.edit(m);
      else await to.followUp(m, { ephemeral: false });
      sent++;
    }
  } catch (err) {
    d.logger.error('discord could not send an answer', {
      ...context,
      sent,
      error: describeError(err, { stack: true }),
    });
    const [message = fallback()] = renderDiscord(apology(context.command));
    const apologise = sent === 0 ? to.edit(message) : to.followUp(message, { ephemeral: true });
    await apologise.catch((e: unknown) =>
      d.logger.warn('discord could not apologise either', {
        command: context.command,
        error: describeError(e, { stack: true }),
      }),
    );
  }
}

export interface Choice {
  name: string;
  value: string;
}

/** Names from the corpus for an option the command declares as a name; nothing for any other option. */
export async function autocompleteChoices(
  d: Interacting,
  command: string,
  focused: { name: string; value: unknown },
): Promise<Choice[]> {
  const cmd = findCommand(d.commands, command);
  const field = cmd ? nameField(cmd, focused.name) : null;
  const names = field
    ? await d.executor.suggest(String(focused.value), field.kinds, AUTOCOMPLETE_CHOICES_MAX)
    : [];
  const unique = [...new Set(names.map((n) => clip(n, CHOICE_TEXT_MAX)))].filter((n) => n.length > 0);
  return unique.slice(0, AUTOCOMPLETE_CHOICES_MAX).map((n) => ({ name: n, value: n }));
}

function fallback(): DiscordMessage {
  return { content: 'Sorry, something went wrong.', embeds: [], allowedMentions: { parse: [] } };
}
