// The Slack bot: the real @slack/bolt App, in Socket Mode or over HTTP, answering every registry command as a
// slash command, "@Sitrep who APT31" mentions and direct messages, and posting briefings for the scheduler.
//
// Visibility: answers to slash commands are ephemeral (only the caller sees them), because most lookups are
// for the caller; a trailing `share` word (/who APT31 share) or the "Share in channel" button under the
// answer posts it to the channel instead. Errors are always ephemeral. Mentions are public by nature, so
// their answers go to a thread under the mention (a user error there is shown only to its author).
import {
  App,
  type BlockAction,
  type Logger as BoltLogger,
  type ButtonAction,
  HTTPReceiver,
  LogLevel,
  type RespondFn,
  webApi,
} from '@slack/bolt';
import type { Executor } from '../../core/command.js';
import { type AnyCommand, inputFromText, parseCommandLine } from '../../core/command.js';
import type { Clock, Logger } from '../../core/ports.js';
import type { Block, Reply } from '../../core/reply.js';
import { authFailure } from './auth-failure.js';
import { describe, hintFor } from './errors.js';
import { UMBRELLA_COMMAND } from './manifest.js';
import { MAX_BLOCKS_PER_MESSAGE, renderSlack, type SlackMessage } from './render.js';
import { guardSlackRequests } from './request-guard.js';
import { deliverFile } from './upload.js';

export interface SlackBotOptions {
  botToken: string;
  /** App-level token (xapp-…), Socket Mode only. */
  appToken?: string;
  /** Signing secret, HTTP mode only: Bolt verifies every request with it. */
  signingSecret?: string;
  mode: 'socket' | 'http';
  /** HTTP mode: the port of the events endpoint (POST /slack/events). */
  port: number;
  /** HTTP mode: the interface to listen on; all interfaces when omitted. */
  host?: string;
  /** Web API base URL (GovSlack, a proxy, a test fake); Slack's own when omitted. */
  apiUrl?: string;
  executor: Executor;
  logger: Logger;
  /** HTTP mode: what request timestamps are checked against. */
  clock: Clock;
  commands: readonly AnyCommand[];
}

export interface SlackBot {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Posts a reply to a channel (scheduled briefings), one chat.postMessage per page. */
  post(channel: string, reply: Reply): Promise<void>;
}

export const SHARE_ACTION = 'sitrep_share';
const SHARE_WORD = /(?:^|\s+)share\s*$/i;
/** Slack's limit on a button's value. */
const MAX_BUTTON_VALUE = 2000;
/** How long stop() waits for answers already being worked on. */
const STOP_GRACE_MS = 5000;
/**
 * Web API retries. On HTTP 429 the client waits the Retry-After seconds, then this backoff, then retries; the
 * same policy covers network errors and 5xx. Set explicitly so both modes behave alike: Socket Mode would
 * otherwise write its own policy (100 retries) into the shared client options.
 */
const RETRY_POLICY = { retries: 5, factor: 2, minTimeout: 250, maxTimeout: 30_000, randomize: true };
const SHARE_HINT =
  'Answers are shown only to you. Add `share` at the end (/who APT31 share) or press *Share in channel* to post one for everyone.';

export function createSlackBot(opts: SlackBotOptions): SlackBot {
  const log = opts.logger;
  const names = new Set(opts.commands.map((c) => c.name));
  const app = new App({
    token: opts.botToken,
    ...receiverOptions(opts),
    logger: boltLogger(log),
    // Without this, the constructor starts auth.test at once and an invalid token becomes an unhandled
    // rejection; with it, start() awaits init() and reports the bad token.
    deferInitialization: true,
    convoStore: false,
    clientOptions: { retryConfig: RETRY_POLICY, ...(opts.apiUrl ? { slackApiUrl: opts.apiUrl } : {}) },
  });
  app.client.on(webApi.WebClientEvent.RATE_LIMITED, (retryAfter: number, { url }: { url: string }) =>
    log.warn('slack rate limited; retrying after Retry-After', { retryAfterSeconds: retryAfter, url }),
  );
  app.error(async (error) => {
    log.error('slack event failed', { error: describe(error) });
  });

  const inflight = new Set<Promise<void>>();
  /** Runs one answer; nothing it does can throw into Bolt, and stop() can wait for it. */
  const guarded = (what: string, context: Record<string, unknown>, work: () => Promise<void>) => {
    const p = work().catch((err: unknown) => {
      log.error(`slack ${what} failed`, { ...context, error: describe(err) });
    });
    inflight.add(p);
    void p.finally(() => inflight.delete(p));
    return p;
  };

  /** One text command line ("who APT31") → the command's Reply. Never throws. */
  async function runLine(line: string, userId: string, channel?: string): Promise<Reply> {
    const { name, words, options } = parseCommandLine(line.trim() === '' ? 'help' : line);
    const cmd = opts.commands.find((c) => c.name === name);
    const raw = cmd ? inputFromText(cmd, words, options) : {};
    try {
      return await opts.executor.execute(name, raw, { platform: 'slack', userId }, channel);
    } catch (err) {
      log.error('slack command crashed', { command: name, line, user: userId, error: describe(err) });
      return apology(name);
    }
  }

  /** Renders; a renderer bug costs one answer, not the bot. */
  function pages(reply: Reply, context: Record<string, unknown>): SlackMessage[] {
    try {
      return renderSlack(reply);
    } catch (err) {
      log.error('slack render failed', { ...context, title: reply.title, error: describe(err) });
      return renderSlack(apology(parseCommandLine(String(context.command ?? '')).name || 'that command'));
    }
  }

  async function answerSlash(
    line: string,
    userId: string,
    respond: RespondFn,
    channel?: string,
  ): Promise<void> {
    const share = SHARE_WORD.test(line);
    const commandLine = line.replace(SHARE_WORD, '').trim();
    let reply = await runLine(commandLine, userId, channel);
    if (parseCommandLine(commandLine).name === 'help' && reply.status === 'ok')
      reply = { ...reply, blocks: [...reply.blocks, { type: 'context', text: SHARE_HINT }] };
    const visible = share && reply.status === 'ok';
    const messages = pages(reply, { command: commandLine });
    // A file is shared where it was asked for already; sharing the answer again would only write another.
    if (!visible && reply.status === 'ok' && !reply.file) addShareButton(messages, commandLine);
    for (const m of messages)
      await respond({ response_type: visible ? 'in_channel' : 'ephemeral', ...m, ...NO_UNFURL });
    if (reply.file && reply.status === 'ok')
      await deliverFile(app.client, log, reply.file, { channel }, (text) =>
        respond({ response_type: 'ephemeral', text }),
      );
  }

  for (const cmd of opts.commands) {
    app.command(`/${cmd.name}`, async ({ command, ack, respond }) => {
      await acknowledge(ack, log, command.command);
      await guarded('command', { command: command.command, text: command.text }, () =>
        answerSlash(`${cmd.name} ${command.text}`, command.user_id, respond, command.channel_id),
      );
    });
  }
  if (!names.has(UMBRELLA_COMMAND)) {
    app.command(`/${UMBRELLA_COMMAND}`, async ({ command, ack, respond }) => {
      await acknowledge(ack, log, command.command);
      await guarded('command', { command: command.command, text: command.text }, () =>
        answerSlash(command.text, command.user_id, respond, command.channel_id),
      );
    });
  }

  app.action<BlockAction<ButtonAction>>(SHARE_ACTION, async ({ ack, action, body, respond }) => {
    await acknowledge(ack, log, SHARE_ACTION);
    await guarded('share', { value: action.value }, async () => {
      const line = shareLine(action.value);
      if (line === null) return;
      const reply = await runLine(line, body.user.id, body.channel?.id);
      if (reply.status !== 'ok') {
        await respond({ response_type: 'ephemeral', replace_original: false, ...pages(reply, {})[0] });
        return;
      }
      const messages = pages(reply, { command: line });
      const last = messages[messages.length - 1];
      if (last && last.blocks.length < MAX_BLOCKS_PER_MESSAGE && /^[A-Z0-9]+$/.test(body.user.id))
        last.blocks.push({
          type: 'context',
          elements: [{ type: 'mrkdwn', text: `Shared by <@${body.user.id}>` }],
        });
      for (const m of messages)
        await respond({ response_type: 'in_channel', replace_original: false, ...m, ...NO_UNFURL });
      await respond({ delete_original: true });
    });
  });

  app.event('app_mention', async ({ event }) => {
    const user = event.user;
    if (!user || event.bot_id) return;
    await guarded('mention', { channel: event.channel, text: event.text }, async () => {
      const reply = await runLine(withoutMentions(event.text), user, event.channel);
      const thread_ts = event.thread_ts ?? event.ts;
      if (reply.status !== 'ok') {
        const [first] = pages(reply, {});
        if (first) await app.client.chat.postEphemeral({ channel: event.channel, user, thread_ts, ...first });
        return;
      }
      await postPages(event.channel, reply, { thread_ts });
    });
  });

  app.message(async ({ message }) => {
    if (message.subtype !== undefined || message.channel_type !== 'im' || message.bot_id || !message.text)
      return;
    const { channel, user, text } = message;
    await guarded('direct message', { channel, text }, async () => {
      await postPages(channel, await runLine(withoutMentions(text), user, channel), {});
    });
  });

  async function postPages(channel: string, reply: Reply, extra: { thread_ts?: string }): Promise<void> {
    for (const m of pages(reply, { channel })) {
      try {
        await app.client.chat.postMessage({ channel, ...extra, ...m, ...NO_UNFURL });
      } catch (err) {
        throw new Error(`Slack refused chat.postMessage to ${channel}: ${describe(err)}${hintFor(err)}`);
      }
    }
    if (reply.file && reply.status === 'ok')
      await deliverFile(app.client, log, reply.file, { channel, ...extra }, (text) =>
        app.client.chat.postMessage({ channel, ...extra, text }),
      );
  }

  let started = false;
  return {
    async start() {
      try {
        await app.init();
      } catch (err) {
        throw new Error(authFailure(err, opts.apiUrl ?? 'https://slack.com/api/'));
      }
      try {
        if (opts.mode === 'http')
          await app.start({ port: opts.port, ...(opts.host ? { host: opts.host } : {}) });
        else await app.start();
      } catch (err) {
        throw new Error(
          opts.mode === 'socket'
            ? `Slack Socket Mode did not connect (check SLACK_APP_TOKEN): ${describe(err)}`
            : `Slack HTTP endpoint could not listen on port ${opts.port}: ${describe(err)}`,
        );
      }
      started = true;
      log.info('slack connected', { mode: opts.mode, commands: opts.commands.length });
    },
    async stop() {
      if (started) {
        started = false;
        await app.stop();
      }
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...inflight]),
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, STOP_GRACE_MS);
          timer.unref();
        }),
      ]);
      clearTimeout(timer);
    },
    post(channel, reply) {
      return postPages(channel, reply, {});
    },
  };
}

/** Where Slack sends events, commands and interactions in HTTP mode. */
const EVENTS_PATH = '/slack/events';
const NO_UNFURL = { unfurl_links: false, unfurl_media: false } as const;

function receiverOptions(opts: SlackBotOptions) {
  if (opts.mode === 'socket') {
    if (!opts.appToken) throw new Error('Slack Socket Mode needs an app-level token (xapp-…).');
    return { socketMode: true, appToken: opts.appToken };
  }
  if (!opts.signingSecret) throw new Error('Slack HTTP mode needs the signing secret.');
  // processBeforeResponse stays false: this is a long-running server, so ack() answers the HTTP request at
  // once and slow work continues after it. (true is for FaaS, and would hold the ack until the work is done.)
  const receiver = new HTTPReceiver({
    signingSecret: opts.signingSecret,
    endpoints: [EVENTS_PATH],
    port: opts.port,
    processBeforeResponse: false,
    logger: boltLogger(opts.logger),
  });
  // Bolt's check refuses stale and badly signed requests; the guard also refuses replays and timestamps
  // from the future.
  receiver.requestListener = guardSlackRequests(receiver.requestListener, {
    signingSecret: opts.signingSecret,
    clock: opts.clock,
    logger: opts.logger,
    endpoints: [EVENTS_PATH],
  });
  return { receiver };
}

/** Acks first, before any work, so Slack's 3-second limit holds however slow the command is. */
async function acknowledge(ack: () => Promise<void>, log: Logger, what: string): Promise<void> {
  try {
    await ack();
  } catch (err) {
    log.warn('slack ack failed', { what, error: describe(err) });
  }
}

function addShareButton(messages: SlackMessage[], line: string): void {
  const value = JSON.stringify({ line });
  const last = messages[messages.length - 1];
  if (!last || value.length > MAX_BUTTON_VALUE || last.blocks.length >= MAX_BLOCKS_PER_MESSAGE) return;
  last.blocks.push({
    type: 'actions',
    elements: [
      {
        type: 'button',
        action_id: SHARE_ACTION,
        text: { type: 'plain_text', text: 'Share in channel' },
        value,
      },
    ],
  });
}

function shareLine(value: string | undefined): string | null {
  try {
    const parsed: unknown = JSON.parse(value ?? '');
    if (parsed && typeof parsed === 'object' && 'line' in parsed && typeof parsed.line === 'string')
      return parsed.line;
  } catch {
    // A button value we did not write: ignore it.
  }
  return null;
}

/** "<@U0BOT> who APT31" → "who APT31". */
function withoutMentions(text: string): string {
  return text.replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, ' ').trim();
}

function apology(command: string): Reply {
  const blocks: Block[] = [
    {
      type: 'text',
      text: `Sorry, /${command} failed on our side. It has been logged; please try again.`,
    },
  ];
  return { status: 'error', title: 'Something went wrong', blocks };
}

/** Bolt's logger interface over ours; Bolt's debug output (which can include payloads) is dropped. */
function boltLogger(log: Logger): BoltLogger {
  const text = (parts: unknown[]) =>
    parts
      .map((p) => {
        if (typeof p === 'string') return p;
        if (p instanceof Error) return p.message;
        try {
          return JSON.stringify(p);
        } catch {
          return String(p);
        }
      })
      .join(' ');
  return {
    debug: () => {},
    info: (...m: unknown[]) => log.info(`bolt: ${text(m)}`),
    warn: (...m: unknown[]) => log.warn(`bolt: ${text(m)}`),
    error: (...m: unknown[]) => log.error(`bolt: ${text(m)}`),
    setLevel: () => {},
    getLevel: () => LogLevel.INFO,
    setName: () => {},
  };
}
