// Shared by the Slack adapter tests: a stub executor answering fixed Replies, request signing, a free port.
import { createHmac } from 'node:crypto';
import { createServer } from 'node:net';
import { COMMANDS } from '../../../commands/index.js';
import type { SlackBotOptions } from '../../../src/adapters/slack/app.js';
import { type CallerId, findCommand, inputFromText, parseCommandLine } from '../../../src/core/command.js';
import type { Reply } from '../../../src/core/reply.js';

export interface ExecutorCall {
  command: string;
  raw: Record<string, unknown>;
  caller: CallerId;
  at: number;
}

export type Answer = (raw: Record<string, unknown>) => Reply | Promise<Reply>;

/**
 * An executor that reads each line into a command and its raw input as the real one does, answers each
 * command name with a fixed Reply (or a function, which may throw), and records its calls.
 */
export function stubExecutor(
  answers: Record<string, Reply | Answer>,
): SlackBotOptions['executor'] & { calls: ExecutorCall[] } {
  const calls: ExecutorCall[] = [];
  return {
    calls,
    async executeLine(line, caller) {
      const { name: command, words, options } = typeof line === 'string' ? parseCommandLine(line) : line;
      const cmd = findCommand(COMMANDS, command);
      const raw = cmd ? inputFromText(cmd, words, options) : {};
      calls.push({ command, raw, caller, at: Date.now() });
      const answer = answers[command];
      if (!answer)
        return {
          status: 'user-error',
          title: `Unknown command "${command}".`,
          blocks: [{ type: 'text', text: `Unknown command "${command}".` }],
        };
      return typeof answer === 'function' ? answer(raw) : answer;
    },
  };
}

/** Slack's v0 request signature: HMAC-SHA256 of "v0:timestamp:body" with the signing secret. */
export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** A port nothing listens on right now (the config's PORT cannot be 0). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Every mrkdwn/plain text in a Block Kit payload, for assertions over the whole message. */
export function textsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const own =
      (o.type === 'mrkdwn' || o.type === 'plain_text') && typeof o.text === 'string' ? [o.text] : [];
    return [
      ...own,
      ...Object.entries(o).flatMap(([k, v]) => (k === 'text' && typeof v === 'string' ? [] : textsOf(v))),
    ];
  }
  return [];
}
