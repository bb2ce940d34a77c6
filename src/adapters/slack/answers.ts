// How the Slack bot answers each kind of request: a slash command (ephemeral, with a share button), the
// share button, an @mention (in a thread under it) and a direct message, and how it posts to a channel.
// Every line goes whole to the executor, which finds and reads the command; nothing here can throw into Bolt.
import type { RespondFn, webApi } from '@slack/bolt';
import { type CallerId, commandName } from '../../core/command.js';
import type { Executor } from '../../core/executor.js';
import type { Logger } from '../../core/ports.js';
import { apology, type Reply } from '../../core/reply.js';
import { hintFor, slackError } from './bolt.js';
import type { SlackMessage } from './layout.js';
import { renderSlack } from './render.js';
import { addShareButton, addSharedBy, SHARE_HINT, shareLine, shareWord } from './share.js';
import { deliverFile } from './upload.js';

/** What answering needs: the Web API client, the executor and the log. */
export interface Answering {
  client: webApi.WebClient;
  executor: Pick<Executor, 'executeLine'>;
  log: Logger;
}

const NO_UNFURL = { unfurl_links: false, unfurl_media: false } as const;

/** One text command line ("who APT31"; nothing at all is /help) → the command's Reply. Never throws. */
export async function answerLine(
  a: Answering,
  line: string,
  userId: string,
  channel?: string,
): Promise<Reply> {
  const text = line.trim() === '' ? 'help' : line;
  const caller: CallerId = { platform: 'slack', userId };
  try {
    return await a.executor.executeLine(text, caller, channel);
  } catch (err) {
    const command = commandName(text);
    a.log.error('slack command crashed', { command, line, user: userId, error: slackError(err) });
    return apology(command);
  }
}

/** Renders; a renderer bug costs one answer, not the bot. */
export function pages(
  log: Logger,
  reply: Reply,
  context: { command?: string; channel?: string } = {},
): SlackMessage[] {
  try {
    return renderSlack(reply);
  } catch (err) {
    log.error('slack render failed', { ...context, title: reply.title, error: slackError(err) });
    return renderSlack(apology(commandName(context.command ?? '') || 'that command'));
  }
}

/** A slash command: ephemeral with a share button, or for the channel with a trailing `share`. */
export async function answerSlash(
  a: Answering,
  typed: string,
  userId: string,
  respond: RespondFn,
  channel?: string,
): Promise<void> {
  const { line, share } = shareWord(typed);
  let reply = await answerLine(a, line, userId, channel);
  if (commandName(line) === 'help' && reply.status === 'ok')
    reply = { ...reply, blocks: [...reply.blocks, { type: 'context', text: SHARE_HINT }] };
  const visible = share && reply.status === 'ok';
  const messages = pages(a.log, reply, { command: line });
  // A file is shared where it was asked for already; sharing the answer again would only write another.
  if (!visible && reply.status === 'ok' && !reply.file) addShareButton(messages, line);
  for (const m of messages)
    await respond({ response_type: visible ? 'in_channel' : 'ephemeral', ...m, ...NO_UNFURL });
  if (reply.file && reply.status === 'ok')
    await deliverFile(a.client, a.log, reply.file, { channel }, (text) =>
      respond({ response_type: 'ephemeral', text }),
    );
}

/** The share button: the command again, for the channel, in place of the ephemeral answer. */
export async function answerShare(
  a: Answering,
  press: { value: string | undefined; userId: string; channel: string | undefined },
  respond: RespondFn,
): Promise<void> {
  const line = shareLine(press.value);
  if (line === null) return;
  const reply = await answerLine(a, line, press.userId, press.channel);
  if (reply.status !== 'ok') {
    await respond({ response_type: 'ephemeral', replace_original: false, ...pages(a.log, reply)[0] });
    return;
  }
  const messages = pages(a.log, reply, { command: line });
  addSharedBy(messages, press.userId);
  for (const m of messages)
    await respond({ response_type: 'in_channel', replace_original: false, ...m, ...NO_UNFURL });
  await respond({ delete_original: true });
}

/** "@Sitrep who APT31": the answer in a thread under the mention; a mistake only to its author. */
export async function answerMention(
  a: Answering,
  mention: { channel: string; user: string; text: string; ts: string; thread_ts?: string | undefined },
): Promise<void> {
  const { channel, user } = mention;
  const reply = await answerLine(a, withoutMentions(mention.text), user, channel);
  const thread_ts = mention.thread_ts ?? mention.ts;
  if (reply.status !== 'ok') {
    const [first] = pages(a.log, reply);
    if (first) await a.client.chat.postEphemeral({ channel, user, thread_ts, ...first });
    return;
  }
  await postPages(a, channel, reply, { thread_ts });
}

/** A direct message: the answer in the same conversation. */
export async function answerDirect(a: Answering, dm: { channel: string; user: string; text: string }) {
  await postPages(a, dm.channel, await answerLine(a, withoutMentions(dm.text), dm.user, dm.channel), {});
}

/**
 * Posts a reply to a channel, one chat.postMessage per page; a refusal says what to do about it. Returns the
 * `ts` of the first page's message: the one that heads the reply in the channel, and the one that names it.
 */
export async function postPages(
  a: Answering,
  channel: string,
  reply: Reply,
  extra: { thread_ts?: string },
): Promise<string | null> {
  let first: string | null = null;
  for (const m of pages(a.log, reply, { channel })) {
    try {
      const sent = await a.client.chat.postMessage({ channel, ...extra, ...m, ...NO_UNFURL });
      first ??= sent.ts ?? null;
    } catch (err) {
      throw new Error(`Slack refused chat.postMessage to ${channel}: ${slackError(err)}${hintFor(err)}`);
    }
  }
  if (reply.file && reply.status === 'ok')
    await deliverFile(a.client, a.log, reply.file, { channel, ...extra }, (text) =>
      a.client.chat.postMessage({ channel, ...extra, text }),
    );
  return first;
}

/** "<@U0BOT> who APT31" → "who APT31". */
function withoutMentions(text: string): string {
  return text.replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, ' ').trim();
}
