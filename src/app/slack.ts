// Slack from configuration: which variables make a working setup, what is wrong with a broken one, and
// starting the bot. No Slack variable at all means Slack is simply off.
import { COMMANDS } from '../../commands/index.js';
import { createSlackBot, type SlackBot, type SlackBotOptions } from '../adapters/slack/app.js';
import {
  type ManifestOptions,
  manifestJson,
  manifestYaml,
  slackManifest,
} from '../adapters/slack/manifest.js';
import type { Clock, Logger, ReplayMemory } from '../core/ports.js';
import { describeError } from '../core/util/errors.js';
import { systemClock } from '../infra/clock.js';
import { type Config, ConfigError, StartupError } from './config.js';

interface Common {
  botToken: string;
  /** HTTP mode's port; unused in Socket Mode. */
  port: number;
  apiUrl?: string;
}

export type SlackSettings =
  | (Common & { mode: 'socket'; appToken: string })
  | (Common & { mode: 'http'; signingSecret: string });

const SLACK_VARIABLES = [
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_MODE',
  'SLACK_API_URL',
] as const;

/**
 * The Slack settings, or null when no Slack variable is set. A partial or malformed set throws a ConfigError
 * that names each variable and what is wrong with it; values are never echoed, only their kind.
 */
export function slackSettings(config: Config): SlackSettings | null {
  const set = SLACK_VARIABLES.filter((k) => config[k] !== undefined);
  if (set.length === 0) return null;
  const problems: string[] = [];
  const botToken = config.SLACK_BOT_TOKEN;
  const appToken = config.SLACK_APP_TOKEN;
  const secret = config.SLACK_SIGNING_SECRET;
  const mode = config.SLACK_MODE ?? (appToken ? 'socket' : secret ? 'http' : 'socket');

  if (!botToken)
    problems.push(
      `SLACK_BOT_TOKEN is missing (${set.join(', ')} ${set.length === 1 ? 'is' : 'are'} set): give the Bot User OAuth Token (xoxb-…) from OAuth & Permissions.`,
    );
  else problems.push(...tokenProblems('SLACK_BOT_TOKEN', botToken, 'xoxb-', 'the Bot User OAuth Token'));
  if (appToken) problems.push(...tokenProblems('SLACK_APP_TOKEN', appToken, 'xapp-', 'an app-level token'));

  if (mode === 'socket' && !appToken)
    problems.push(
      'SLACK_APP_TOKEN is missing: Socket Mode needs an app-level token (xapp-…) with the connections:write scope, from Basic Information → App-Level Tokens. For HTTP mode instead, set SLACK_MODE=http and SLACK_SIGNING_SECRET.',
    );
  if (mode === 'http' && !secret)
    problems.push(
      'SLACK_SIGNING_SECRET is missing: HTTP mode (SLACK_MODE=http) needs the Signing Secret from Basic Information → App Credentials, to verify that requests come from Slack.',
    );
  if (secret && !/^[0-9a-f]{16,}$/i.test(secret))
    problems.push(
      /^x[a-z]{2,3}-/.test(secret)
        ? 'SLACK_SIGNING_SECRET holds a token; it must be the Signing Secret (32 hexadecimal characters) from Basic Information → App Credentials.'
        : 'SLACK_SIGNING_SECRET must be the Signing Secret from Basic Information → App Credentials: hexadecimal characters only.',
    );

  let apiUrl: string | undefined;
  if (config.SLACK_API_URL) {
    const url = new URL(config.SLACK_API_URL);
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback))
      problems.push(
        'SLACK_API_URL must be an https:// address (plain http only for localhost), e.g. https://slack.com/api/ or https://slack-gov.com/api/.',
      );
    apiUrl = url.href.endsWith('/') ? url.href : `${url.href}/`;
  }

  if (problems.length > 0)
    throw new ConfigError(`Invalid Slack configuration:\n${problems.map((p) => `✖ ${p}`).join('\n')}`);
  const common: Common = { botToken: botToken ?? '', port: config.PORT, ...(apiUrl ? { apiUrl } : {}) };
  return mode === 'socket'
    ? { ...common, mode, appToken: appToken ?? '' }
    : { ...common, mode, signingSecret: secret ?? '' };
}

function tokenProblems(name: string, value: string, prefix: string, what: string): string[] {
  if (/\s/.test(value)) return [`${name} contains whitespace: paste ${what} alone.`];
  if (!value.startsWith(prefix)) {
    const kind = /^(x[a-z]{2,3}-)/.exec(value)?.[1];
    return [`${name} must start with ${prefix} (${what})${kind ? `; this one starts with ${kind}` : ''}.`];
  }
  if (value.length <= prefix.length) return [`${name} is only its prefix ${prefix}: paste the whole token.`];
  return [];
}

/**
 * Builds and starts the Slack bot when Slack is configured; null when it is not. In HTTP mode, `replays` is
 * the memory of requests already let through, which replicas must share (the runtime's).
 */
export async function startSlack(
  config: Config,
  executor: SlackBotOptions['executor'],
  logger: Logger,
  opts: { host?: string; clock?: Clock; replays?: ReplayMemory } = {},
): Promise<SlackBot | null> {
  const settings = slackSettings(config);
  if (!settings) return null;
  const { clock = systemClock, ...rest } = opts;
  const bot = createSlackBot({ ...settings, ...rest, clock, executor, logger, commands: COMMANDS });
  try {
    await bot.start();
  } catch (err) {
    // The adapter's message says what failed (the token, the network, the socket, the port) in a line.
    throw new StartupError(describeError(err), { cause: err });
  }
  return bot;
}

/** The app manifest for `npm run sitrep -- slack-manifest`: YAML with the reason for each scope, or JSON. */
export function printableManifest(opts: ManifestOptions & { format?: 'yaml' | 'json' } = {}): string {
  const { format = 'yaml', ...rest } = opts;
  const manifest = slackManifest(COMMANDS, rest);
  return format === 'json' ? manifestJson(manifest) : manifestYaml(manifest);
}
