import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../commands/index.js';
import {
  BOT_SCOPES,
  manifestYaml,
  slackManifest,
  UMBRELLA_COMMAND,
} from '../../../src/adapters/slack/manifest.js';
import { printableManifest } from '../../../src/app/slack.js';

describe('Slack app manifest', () => {
  it('lists every registry command as a slash command, with a usage hint', () => {
    const manifest = slackManifest(COMMANDS);
    const commands = manifest.features?.slash_commands ?? [];
    expect(commands.map((c) => c.command)).toEqual([
      ...COMMANDS.map((c) => `/${c.name}`),
      `/${UMBRELLA_COMMAND}`,
    ]);
    expect(commands.find((c) => c.command === '/who')).toEqual({
      command: '/who',
      description: COMMANDS.find((c) => c.name === 'who')?.description,
      usage_hint: 'NAME [share]',
      should_escape: false,
    });
  });

  it('is for Socket Mode by default, with the scopes the bot uses and nothing more', () => {
    const manifest = slackManifest(COMMANDS);
    expect(manifest.settings?.socket_mode_enabled).toBe(true);
    expect(manifest.oauth_config?.scopes?.bot).toEqual([
      'commands',
      'chat:write',
      'app_mentions:read',
      'im:history',
      'files:write',
    ]);
    expect(manifest.settings?.event_subscriptions?.bot_events).toEqual(['app_mention', 'message.im']);
    expect(manifest.settings?.interactivity?.is_enabled).toBe(true);
  });

  it('points commands, events and interactivity at the request URL in HTTP mode', () => {
    const url = 'https://sitrep.example.org/slack/events';
    const manifest = slackManifest(COMMANDS, { requestUrl: url });
    expect(manifest.settings?.socket_mode_enabled).toBe(false);
    expect(manifest.settings?.event_subscriptions?.request_url).toBe(url);
    expect(manifest.settings?.interactivity?.request_url).toBe(url);
    for (const c of manifest.features?.slash_commands ?? []) expect(c.url).toBe(url);
  });

  it('prints YAML with the reason for every scope, or JSON', () => {
    const yaml = printableManifest();
    for (const { scope, why } of BOT_SCOPES) expect(yaml).toContain(`- "${scope}"  # ${why}`);
    expect(yaml).toContain('# - "chat:write.public"');
    for (const c of COMMANDS) expect(yaml).toContain(`- command: "/${c.name}"`);
    expect(yaml).toBe(manifestYaml(slackManifest(COMMANDS)));
    expect(JSON.parse(printableManifest({ format: 'json' }))).toEqual(slackManifest(COMMANDS));
  });
});
