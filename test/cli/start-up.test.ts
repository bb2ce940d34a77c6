// What happens before any answer: the store that will not open, the platform that refuses, the set-up
// commands that must not act when asked for help; and `npm start` with commands piped in.
import { once } from 'node:events';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../src/app/serve.js';
import { APP_ID, FakeDiscord, GUILD_ID, TOKEN } from '../adapters/discord/fake-discord.js';
import { envFor, npmStart, sitrep, tempDir } from './helpers.js';

const SLOW = 60_000;

describe('a store that is not a healthy Sitrep database', { timeout: SLOW }, () => {
  it('stops start-up with one line and leaves an empty sitrep.db as it is', async () => {
    const data = tempDir('empty-db');
    const file = join(data, 'sitrep.db');
    writeFileSync(file, '');
    for (const r of [
      await sitrep(['who', 'APT31'], envFor(data)),
      await npmStart('/who APT31\n', envFor(data)),
    ]) {
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/^Cannot open the Sitrep database ".+sitrep\.db": the file is empty \(0 bytes\)/);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(statSync(file).size).toBe(0);
    }
  });

  it('reports a malformed file the same way, as JSON when asked', async () => {
    const data = tempDir('bad-db');
    writeFileSync(join(data, 'sitrep.db'), 'not a database, a note that got its name\n'.repeat(50));
    const r = await sitrep(['sources', '--json'], envFor(data));
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out)).toMatchObject({
      status: 'error',
      error: { code: 'startup', message: expect.stringContaining('not a SQLite database') },
    });
    expect(readFileSync(join(data, 'sitrep.db'), 'utf8')).toMatch(/^not a database/);
  });
});

describe('Discord set-up from the shell', { timeout: SLOW }, () => {
  let fake: FakeDiscord;
  let env: Record<string, string>;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
    env = envFor(tempDir('discord'), {
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: fake.apiUrl,
    });
  });
  afterAll(async () => {
    await fake.close();
  });
  const puts = () => fake.requests.filter((r) => r.method === 'PUT').length;

  it('prints the usage for --help and refuses --guild without a server id, registering nothing', async () => {
    const help = await sitrep(['discord-register', '--help'], env);
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage: sitrep discord-register [--guild SERVER_ID]');
    for (const args of [
      ['--guild'],
      ['--guild='],
      ['--guild', 'my-server'],
      ['--gild', GUILD_ID],
      ['extra'],
    ]) {
      const r = await sitrep(['discord-register', ...args], env);
      expect(r.code, args.join(' ')).toBe(1);
    }
    expect(puts()).toBe(0);
  });

  it('prints the invite link without a token and without asking Discord', async () => {
    const r = await sitrep(['discord-invite'], envFor(tempDir('invite'), { DISCORD_APPLICATION_ID: APP_ID }));
    expect(r.code).toBe(0);
    const url = new URL(r.out.trim());
    expect(url.searchParams.get('client_id')).toBe(APP_ID);
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    expect(fake.requests).toHaveLength(0);
  });

  it('registers in one server, and says in one line when Discord refuses the token', async () => {
    const ok = await sitrep(['discord-register', '--guild', GUILD_ID], env);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/^Registered \d+ commands \(guild\)/);
    expect(puts()).toBe(1);

    const wrong = `${TOKEN.slice(0, -4)}nope`;
    const r = await sitrep(['discord-register', '--guild', GUILD_ID], { ...env, DISCORD_TOKEN: wrong });
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'Discord did not accept DISCORD_TOKEN: copy the bot token again from the Developer Portal (Bot → Reset Token).\n',
    );
  });

  it('ends npm start with the same line when the bot cannot log in', async () => {
    const r = await npmStart('', { ...env, DISCORD_TOKEN: `${TOKEN.slice(0, -4)}nope` });
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'Discord did not accept DISCORD_TOKEN: copy the bot token again from the Developer Portal (Bot → Reset Token).\n',
    );
  });
});

describe('Slack that refuses at start', { timeout: SLOW }, () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    // A Slack API that knows no token: every auth.test is invalid_auth.
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error: 'invalid_auth' }));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
  });
  afterAll(() => {
    server.close();
  });

  it('ends npm start with one line naming the token, exit 2', async () => {
    const r = await npmStart(
      '',
      envFor(tempDir('slack'), {
        SLACK_BOT_TOKEN: 'xoxb-1-2-3',
        SLACK_APP_TOKEN: 'xapp-1-2',
        SLACK_API_URL: url,
      }),
    );
    expect(r.code).toBe(2);
    expect(r.err).toBe('Slack did not accept SLACK_BOT_TOKEN (auth.test): invalid_auth.\n');
  });
});

describe('npm start with commands piped in', { timeout: SLOW }, () => {
  let env: Record<string, string>;
  beforeAll(() => {
    env = envFor(tempDir('console'));
  });

  it('answers one command per line and exits 0 when every answer was given', async () => {
    const r = await npmStart('/who APT31\n\n/quote Dowden\n', env);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Threat actor');
    expect(r.out).toContain('Oliver Dowden');
  });

  it('stops reading when its output closes (| head), without an error', async () => {
    const written: string[] = [];
    const closed = new Writable({
      write(chunk: Buffer, _enc, done) {
        written.push(String(chunk));
        done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const stderr = new PassThrough();
    const input = new PassThrough();
    input.end('/who APT31\n/quote Dowden\n/timeline\n');
    const code = await serve({ stdin: input, stdout: closed, stderr, env });
    expect(code).toBe(0);
    expect(written).toHaveLength(1);
    expect(stderr.read()).toBeNull();
  });

  it('exits 1 when a command was a mistake, and still answers the rest', async () => {
    const r = await npmStart('/nonsense\n/who APT31\n', env);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Unknown command "nonsense"');
    expect(r.out).toContain('Threat actor');
  });
});
