import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/app/config.js';
import { slackSettings } from '../../../src/app/slack.js';

const settings = (env: Record<string, string>) => slackSettings(loadConfig(env));
const SECRET = '8f742231b10e8888abcd99eeeeee85a5';

describe('slackSettings', () => {
  it('is null when no Slack variable is set: Slack is simply off', () => {
    expect(settings({})).toBeNull();
    expect(settings({ SLACK_BOT_TOKEN: '  ', DISCORD_TOKEN: 'x' })).toBeNull();
  });

  it('bot + app token → Socket Mode', () => {
    expect(settings({ SLACK_BOT_TOKEN: 'xoxb-1-2', SLACK_APP_TOKEN: 'xapp-1-2' })).toEqual({
      mode: 'socket',
      botToken: 'xoxb-1-2',
      appToken: 'xapp-1-2',
      port: 3000,
    });
  });

  it('bot token + signing secret (+ SLACK_MODE=http) → HTTP on PORT, API URL normalised', () => {
    const expected = {
      mode: 'http',
      botToken: 'xoxb-1-2',
      signingSecret: SECRET,
      port: 8080,
      apiUrl: 'https://slack-gov.com/api/',
    };
    const env = { SLACK_BOT_TOKEN: 'xoxb-1-2', SLACK_SIGNING_SECRET: SECRET, PORT: '8080' };
    expect(settings({ ...env, SLACK_MODE: 'http', SLACK_API_URL: 'https://slack-gov.com/api' })).toEqual(
      expected,
    );
    expect(settings({ ...env, SLACK_API_URL: 'https://slack-gov.com/api/' })).toEqual(expected);
  });

  it.each([
    [{ SLACK_APP_TOKEN: 'xapp-1' }, /SLACK_BOT_TOKEN is missing \(SLACK_APP_TOKEN is set\)/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, /SLACK_APP_TOKEN is missing: Socket Mode needs an app-level token/],
    [
      { SLACK_BOT_TOKEN: 'xapp-1', SLACK_APP_TOKEN: 'xapp-1' },
      /SLACK_BOT_TOKEN must start with xoxb- .*starts with xapp-/,
    ],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-1' }, /SLACK_APP_TOKEN must start with xapp-/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1 x', SLACK_APP_TOKEN: 'xapp-1' }, /SLACK_BOT_TOKEN contains whitespace/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_MODE: 'http' }, /SLACK_SIGNING_SECRET is missing: HTTP mode/],
    [
      { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_MODE: 'http', SLACK_SIGNING_SECRET: 'xoxb-oops' },
      /SLACK_SIGNING_SECRET holds a token/,
    ],
    [
      { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: 'http://slack.example/api/' },
      /SLACK_API_URL must be an https:\/\/ address/,
    ],
    [{ SLACK_MODE: 'socket' }, /SLACK_BOT_TOKEN is missing/],
  ])('a partial or malformed set names the variable: %j', (env, message) => {
    expect(() => settings(env)).toThrow(message);
  });

  it('never echoes a secret value', () => {
    const secret = 'xoxp-123456-very-secret';
    expect(() => settings({ SLACK_BOT_TOKEN: secret, SLACK_APP_TOKEN: 'xapp-1' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('123456') }),
    );
  });

  it('allows plain http only for a loopback API URL (tests, local proxies)', () => {
    expect(
      settings({
        SLACK_BOT_TOKEN: 'xoxb-1',
        SLACK_APP_TOKEN: 'xapp-1',
        SLACK_API_URL: 'http://127.0.0.1:9/api/',
      }),
    ).toMatchObject({ apiUrl: 'http://127.0.0.1:9/api/' });
  });
});
