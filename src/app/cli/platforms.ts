// The chat platforms' set-up from the shell: Slack's app manifest, Discord's invite link and command
// registration. Nothing here talks to a platform unless that is what was asked.
import { EXIT } from '../../adapters/terminal/exit-codes.js';
import { quoted } from '../../core/command.js';
import { discordInvite, GUILD_HINT, isSnowflake, registerDiscordCommands } from '../discord.js';
import { printableManifest } from '../slack.js';
import { JSON_OPTION, type Tool } from './tool.js';

export const SLACK_MANIFEST: Tool = {
  name: 'slack-manifest',
  args: '[--request-url URL]',
  summary: 'Print the Slack app manifest, generated from the commands (YAML, or JSON with --json)',
  details:
    'With --request-url, the manifest is for HTTP mode (Slack posts to that URL); without it, Socket Mode.',
  options: { ...JSON_OPTION, 'request-url': { type: 'string' } },
  positionals: false,
  async run({ values }, { io, json }) {
    const requestUrl = values['request-url'];
    io.stdout.write(
      `${printableManifest({ format: json ? 'json' : 'yaml', ...(typeof requestUrl === 'string' ? { requestUrl } : {}) })}\n`,
    );
    return EXIT.ok;
  },
};

export const DISCORD_INVITE: Tool = {
  name: 'discord-invite',
  args: '',
  summary: 'Print the link that adds the bot to a Discord server (needs DISCORD_APPLICATION_ID only)',
  details: 'Open it first: registering commands in a server (discord-register --guild) needs the bot there.',
  options: {},
  positionals: false,
  async run(_input, { io, config }) {
    io.stdout.write(`${discordInvite(config())}\n`);
    return EXIT.ok;
  },
};

export const DISCORD_REGISTER: Tool = {
  name: 'discord-register',
  args: '[--guild SERVER_ID]',
  summary: 'Register the slash commands in one server (instant; invite the bot first), or globally',
  details: `Without --guild the commands are registered for every server the bot is in; they can take a while
to appear. The server id: Developer Mode on, then right-click the server → Copy Server ID.`,
  options: { guild: { type: 'string' } },
  positionals: false,
  async run({ values }, { io, config }) {
    const guildId = values.guild;
    if (typeof guildId === 'string' && !isSnowflake(guildId)) {
      io.stderr.write(
        `sitrep discord-register: --guild ${quoted(guildId)} is not a server id (${GUILD_HINT}).\n`,
      );
      return EXIT.userError;
    }
    const result = await registerDiscordCommands(config(), typeof guildId === 'string' ? { guildId } : {});
    io.stdout.write(
      `Registered ${result.names.length} commands (${result.scope}): ${result.names.map((n) => `/${n}`).join(' ')}\n`,
    );
    return EXIT.ok;
  },
};
