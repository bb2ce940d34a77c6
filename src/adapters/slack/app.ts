// The Slack bot: the real @slack/bolt App, in Socket Mode or over HTTP, answering every registry command as a
// slash command, "@Sitrep who APT31" mentions and direct messages, and posting briefings for the scheduler.
//
// Visibility: answers to slash commands are ephemeral (only the caller sees them), because most lookups are
// for the caller; a trailing `share` word or the "Share in channel" button posts one to the channel instead
// (share.ts). Errors are always ephemeral. Mentions are public by nature, so their answers go to a thread
// under the mention (a user error there is shown only to its author).
import { App, type BlockAction, type ButtonAction, webApi } from '@slack/bolt';
import type { AnyCommand } from '../../core/command.js';
import type { Executor } from '../../core/executor.js';
import type { Clock, Logger, Posted, ReplayMemory } from '../../core/ports.js';
import type { Reply } from '../../core/reply.js';
import { createInFlight, type InFlight } from '../../core/util/in-flight.js';
import {
  type Answering,
  answerDirect,
  answerMention,
  answerShare,
  answerSlash,
  postPages,
} from './answers.js';
import { authFailure } from './auth-failure.js';
import { acknowledge, boltLogger, RETRY_POLICY, receiverOptions, slackError } from './bolt.js';
import { UMBRELLA_COMMAND } from './manifest.js';
import { SHARE_ACTION } from './share.js';

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
  executor: Pick<Executor, 'executeLine'>;
  logger: Logger;
  /** HTTP mode: what request timestamps are checked against. */
  clock: Clock;
  /** HTTP mode: the signed requests already let through; shared by replicas, this process's own if omitted. */
  replays?: ReplayMemory;
  commands: readonly AnyCommand[];
}

export interface SlackBot {
  start(): Promise<void>;
  stop(): Promise<void>;
  /**
   * Posts a reply to a channel (scheduled briefings), one chat.postMessage per page; its id is the first
   * page's `ts`. Slack takes no idempotency key, so none is asked for (ADR 14: the duplicate window).
   */
  post(channel: string, reply: Reply): Promise<Posted>;
}

/** How long stop() waits for answers already being worked on. */
const STOP_GRACE_MS = 5000;

export function createSlackBot(opts: SlackBotOptions): SlackBot {
  const app = boltApp(opts);
  const answering: Answering = { client: app.client, executor: opts.executor, log: opts.logger };
  const inFlight = createInFlight();
  listen(app, opts, answering, guard(inFlight, opts.logger));
  let started = false;
  return {
    async start() {
      await startApp(app, opts);
      started = true;
      opts.logger.info('slack connected', { mode: opts.mode, commands: opts.commands.length });
    },
    async stop() {
      if (started) {
        started = false;
        await app.stop();
      }
      await inFlight.drain(STOP_GRACE_MS);
    },
    async post(channel, reply) {
      return { messageId: await postPages(answering, channel, reply, {}) };
    },
  };
}

function boltApp(opts: SlackBotOptions): App {
  const log = opts.logger;
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
    log.error('slack event failed', { error: slackError(error) });
  });
  return app;
}

/** Runs one answer; nothing it does can throw into Bolt, and stop() can wait for it. */
type Guard = (what: string, context: Record<string, unknown>, work: () => Promise<void>) => Promise<void>;

function guard(inFlight: InFlight, log: Logger): Guard {
  return (what, context, work) =>
    inFlight.track(
      work().catch((err: unknown) => {
        log.error(`slack ${what} failed`, { ...context, error: slackError(err) });
      }),
    );
}

/** Every slash command of the registry, the umbrella command, the share button, mentions and DMs. */
function listen(app: App, opts: SlackBotOptions, a: Answering, guarded: Guard): void {
  const log = opts.logger;
  const slash = (name: string, prefix: string) =>
    app.command(`/${name}`, async ({ command, ack, respond }) => {
      await acknowledge(ack, log, command.command);
      await guarded('command', { command: command.command, text: command.text }, () =>
        answerSlash(a, `${prefix}${command.text}`, command.user_id, respond, command.channel_id),
      );
    });
  for (const cmd of opts.commands) slash(cmd.name, `${cmd.name} `);
  if (!opts.commands.some((c) => c.name === UMBRELLA_COMMAND)) slash(UMBRELLA_COMMAND, '');

  app.action<BlockAction<ButtonAction>>(SHARE_ACTION, async ({ ack, action, body, respond }) => {
    await acknowledge(ack, log, SHARE_ACTION);
    const press = { value: action.value, userId: body.user.id, channel: body.channel?.id };
    await guarded('share', { value: action.value }, () => answerShare(a, press, respond));
  });
  app.event('app_mention', async ({ event }) => {
    const user = event.user;
    if (!user || event.bot_id) return;
    await guarded('mention', { channel: event.channel, text: event.text }, () =>
      answerMention(a, { ...event, user }),
    );
  });
  app.message(async ({ message }) => {
    if (message.subtype !== undefined || message.channel_type !== 'im' || message.bot_id || !message.text)
      return;
    const { channel, user, text } = message;
    await guarded('direct message', { channel, text }, () => answerDirect(a, { channel, user, text }));
  });
}

/** Checks the token, then connects (Socket Mode) or listens (HTTP); each failure said in a line. */
async function startApp(app: App, opts: SlackBotOptions): Promise<void> {
  try {
    await app.init();
  } catch (err) {
    throw new Error(authFailure(err, opts.apiUrl ?? 'https://slack.com/api/'));
  }
  try {
    if (opts.mode === 'http') await app.start({ port: opts.port, ...(opts.host ? { host: opts.host } : {}) });
    else await app.start();
  } catch (err) {
    throw new Error(
      opts.mode === 'socket'
        ? `Slack Socket Mode did not connect (check SLACK_APP_TOKEN): ${slackError(err)}`
        : `Slack HTTP endpoint could not listen on port ${opts.port}: ${slackError(err)}`,
    );
  }
}
