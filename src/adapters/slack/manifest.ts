// The Slack app manifest, generated from the command registry so that setting the app up is copy-paste:
// api.slack.com/apps → Create New App → From an app manifest. YAML (with the reason for every scope as a
// comment) or JSON; Slack accepts both.
import type { webApi } from '@slack/bolt';
import type { AnyCommand } from '../../core/command.js';
import {
  MAX_APP_DESCRIPTION,
  MAX_APP_NAME,
  MAX_COMMAND_DESCRIPTION,
  MAX_COMMAND_NAME,
  MAX_SLASH_COMMANDS,
  MAX_USAGE_HINT,
} from './limits.js';

export type SlackManifest = webApi.AppsManifestCreateArguments['manifest'];
type BotScope = NonNullable<NonNullable<NonNullable<SlackManifest['oauth_config']>['scopes']>['bot']>[number];

/** The umbrella command: "/sitrep who APT31", for workspaces where another app already owns /who or /search. */
export const UMBRELLA_COMMAND = 'sitrep';

/** Every bot scope the app asks for, and why. Nothing else: the bot reads no channel history. */
export const BOT_SCOPES: readonly { scope: BotScope; why: string }[] = [
  { scope: 'commands', why: 'the slash commands (/who, /timeline, …)' },
  {
    scope: 'chat:write',
    why: 'post briefings and answers to mentions and DMs in conversations the bot is in (chat.postMessage)',
  },
  { scope: 'app_mentions:read', why: 'answer "@Sitrep who APT31" in channels the bot was invited to' },
  { scope: 'im:history', why: 'read the direct messages people send to Sitrep, to answer them' },
  {
    scope: 'files:write',
    why: "post /export's STIX bundle as a file where it was asked for (files.uploadV2); Slack files are never ephemeral",
  },
];

/** A scope the manifest leaves out on purpose; the YAML shows it commented, for teams that want it. */
export const OPTIONAL_SCOPE = {
  scope: 'chat:write.public',
  why: 'optional: post briefings to public channels without inviting the bot first',
} as const;

export interface ManifestOptions {
  /** App name shown in Slack (at most 35 characters). */
  name?: string;
  /** Short description (at most 140 characters). */
  description?: string;
  /**
   * The public HTTPS URL of the events endpoint (…/slack/events) for HTTP mode. Without it the manifest is for
   * Socket Mode, which needs no public URL.
   */
  requestUrl?: string;
}

export function slackManifest(commands: readonly AnyCommand[], opts: ManifestOptions = {}): SlackManifest {
  const name = (opts.name ?? 'Sitrep').slice(0, MAX_APP_NAME);
  const url = opts.requestUrl ? { url: opts.requestUrl } : {};
  const requestUrl = opts.requestUrl ? { request_url: opts.requestUrl } : {};
  const slashCommands = [
    ...commands.map((c) => ({
      command: `/${c.name}`.slice(0, MAX_COMMAND_NAME),
      description: c.description.slice(0, MAX_COMMAND_DESCRIPTION),
      usage_hint: usageHint(c),
      should_escape: false,
      ...url,
    })),
    {
      command: `/${UMBRELLA_COMMAND}`,
      description: `Any Sitrep command, e.g. /${UMBRELLA_COMMAND} who APT31 (for when another app owns /who).`,
      usage_hint: 'COMMAND [arguments] [share]',
      should_escape: false,
      ...url,
    },
  ];
  if (slashCommands.length > MAX_SLASH_COMMANDS)
    throw new Error(`Slack allows ${MAX_SLASH_COMMANDS} slash commands per app; the registry has more.`);
  return {
    display_information: {
      name,
      description: (
        opts.description ?? 'Who did what, who said what, and how sure the assessors are: cited briefings.'
      ).slice(0, MAX_APP_DESCRIPTION),
      background_color: '#1d3557',
    },
    features: {
      app_home: {
        home_tab_enabled: false,
        // People can DM the bot "who APT31" from its Messages tab.
        messages_tab_enabled: true,
        messages_tab_read_only_enabled: false,
      },
      bot_user: { display_name: name.toLowerCase().replace(/[^a-z0-9._-]/g, '-'), always_online: true },
      slash_commands: slashCommands,
    },
    oauth_config: { scopes: { bot: BOT_SCOPES.map((s) => s.scope) } },
    settings: {
      event_subscriptions: { ...requestUrl, bot_events: ['app_mention', 'message.im'] },
      // The "Share in channel" button on ephemeral answers.
      interactivity: { is_enabled: true, ...requestUrl },
      org_deploy_enabled: false,
      socket_mode_enabled: !opts.requestUrl,
      token_rotation_enabled: false,
    },
  };
}

/** "/who NAME" → "NAME [share]": what Slack shows next to the command while typing. */
function usageHint(c: AnyCommand): string {
  const args = c.usage.replace(new RegExp(`^/${c.name}\\b\\s*`), '').trim();
  return `${args ? `${args} ` : ''}[share]`.slice(0, MAX_USAGE_HINT);
}

export function manifestJson(manifest: SlackManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** YAML for people: every scope carries the reason it is needed as a comment. */
export function manifestYaml(manifest: SlackManifest): string {
  const why = new Map<string, string>(BOT_SCOPES.map((s) => [s.scope, s.why]));
  const lines = [
    '# Sitrep app manifest. Paste it at https://api.slack.com/apps → Create New App → From an app manifest.',
    ...yamlLines(manifest, '', (path, value) =>
      path.join('.') === 'oauth_config.scopes.bot' && typeof value === 'string' ? why.get(value) : undefined,
    ),
  ];
  const at = lines.findLastIndex((l) => /^\s+- "[^"]+" {2}#/.test(l));
  if (at >= 0) {
    const indent = /^\s*/.exec(lines[at] ?? '')?.[0] ?? '';
    lines.splice(at + 1, 0, `${indent}# - "${OPTIONAL_SCOPE.scope}"  # ${OPTIONAL_SCOPE.why}`);
  }
  return `${lines.join('\n')}\n`;
}

type Comment = (path: string[], value: unknown) => string | undefined;

/** A small YAML emitter for plain data: every string double-quoted (a JSON string is valid YAML). */
function yamlLines(value: unknown, indent: string, comment: Comment, path: string[] = []): string[] {
  const scalar = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : String(v));
  const isScalar = (v: unknown) => v === null || typeof v !== 'object';
  const note = (v: unknown) => {
    const c = comment(path, v);
    return c ? `  # ${c}` : '';
  };
  const out: string[] = [];
  if (Array.isArray(value)) {
    for (const item of value) {
      if (isScalar(item)) out.push(`${indent}- ${scalar(item)}${note(item)}`);
      else {
        const inner = yamlLines(item, `${indent}  `, comment, path);
        out.push(`${indent}- ${(inner[0] ?? '').trimStart()}`, ...inner.slice(1));
      }
    }
    return out;
  }
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === undefined) continue;
    if (isScalar(v)) out.push(`${indent}${key}: ${scalar(v)}`);
    else if (Array.isArray(v) && v.length === 0) out.push(`${indent}${key}: []`);
    else out.push(`${indent}${key}:`, ...yamlLines(v, `${indent}  `, comment, [...path, key]));
  }
  return out;
}
