// What the Slack bot sets up in @slack/bolt itself: the receiver of each mode, the Web API retry policy,
// Bolt's logger over ours, acknowledging, and how Slack's refusals are put into words.
import { type Logger as BoltLogger, HTTPReceiver, LogLevel } from '@slack/bolt';
import type { Clock, Logger, ReplayMemory } from '../../core/ports.js';
import { describeError } from '../../core/util/errors.js';
import { guardSlackRequests } from './request-guard.js';

/**
 * Web API retries. On HTTP 429 the client waits the Retry-After seconds, then this backoff, then retries; the
 * same policy covers network errors and 5xx. Set explicitly so both modes behave alike: Socket Mode would
 * otherwise write its own policy (100 retries) into the shared client options.
 */
export const RETRY_POLICY = { retries: 5, factor: 2, minTimeout: 250, maxTimeout: 30_000, randomize: true };
/** Where Slack sends events, commands and interactions in HTTP mode. */
const EVENTS_PATH = '/slack/events';

export interface ReceiverSettings {
  mode: 'socket' | 'http';
  appToken?: string;
  signingSecret?: string;
  port: number;
  logger: Logger;
  clock: Clock;
  /** HTTP mode: the signed requests already let through, shared by replicas. */
  replays?: ReplayMemory;
}

/** Bolt's options for the mode: Socket Mode with the app token, or a guarded HTTP receiver. */
export function receiverOptions(opts: ReceiverSettings) {
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
    ...(opts.replays ? { replays: opts.replays } : {}),
  });
  return { receiver };
}

/** Acks first, before any work, so Slack's 3-second limit holds however slow the command is. */
export async function acknowledge(ack: () => Promise<void>, log: Logger, what: string): Promise<void> {
  try {
    await ack();
  } catch (err) {
    log.warn('slack ack failed', { what, error: slackError(err) });
  }
}

/** Slack's own error code ("not_in_channel") where the Web API gave one, else the error's message. */
export function slackError(err: unknown): string {
  const data = err instanceof Error ? (err as { data?: { error?: unknown } }).data : undefined;
  return typeof data?.error === 'string' ? data.error : describeError(err);
}

/** What to do about a refused post, for the errors people can fix themselves. */
export function hintFor(err: unknown): string {
  const code = slackError(err);
  if (code === 'not_in_channel') return ' (invite the bot first: /invite @Sitrep)';
  if (code === 'channel_not_found') return ' (check the channel id; the bot must be able to see it)';
  return '';
}

/** Bolt's logger interface over ours; Bolt's debug output (which can include payloads) is dropped. */
export function boltLogger(log: Logger): BoltLogger {
  return {
    debug: () => {},
    info: (...m: unknown[]) => log.info(`bolt: ${logText(m)}`),
    warn: (...m: unknown[]) => log.warn(`bolt: ${logText(m)}`),
    error: (...m: unknown[]) => log.error(`bolt: ${logText(m)}`),
    setLevel: () => {},
    getLevel: () => LogLevel.INFO,
    setName: () => {},
  };
}

function logText(parts: unknown[]): string {
  return parts
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
}
