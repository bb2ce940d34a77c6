// A signed request is let through once by the whole deployment, not once per replica: two `npm start`s on
// one PostgreSQL database, each with Slack in HTTP mode and Discord's interactions endpoint, as a load
// balancer would reach them. A request one replica answered and the other is sent again gets 401 there and
// runs nothing; Slack's own retry of it is acknowledged (200) and still not run. Requests are signed for
// real (Slack's HMAC, an Ed25519 key pair made here) at the system's time, which `npm start` checks against.
import { PassThrough, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../src/app/serve.js';
import { APP_ID, FakeDiscord, type RecordedRequest } from '../adapters/discord/fake-discord.js';
import { ed25519Pair, type Payload, postSigned, slash } from '../adapters/discord/interactions-support.js';
import { type FakeSlack, slashPayload, startFakeSlack } from '../adapters/slack/fake-slack.js';
import { freePort, sign } from '../adapters/slack/helpers.js';
import { envFor, tempDir } from '../cli/helpers.js';
import { postgresUnavailable, startTestServer, type TestServer } from '../infra/postgres/test-server.js';

const SECRET = '8f742231b10e8888abcd99eeeeee85a5';
const keys = ed25519Pair();

interface Replica {
  slackUrl: string;
  discordUrl: string;
  stop(): Promise<number>;
}

let discord: FakeDiscord;
let slack: FakeSlack;

const nowSeconds = () => Math.floor(Date.now() / 1000);
const editOf = (token: string) => (r: RecordedRequest) =>
  r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${token}/messages/@original`;

/** `npm start` at a terminal, connected to both platforms; resolves once it says so. */
async function startReplica(databaseUrl: string): Promise<Replica> {
  const [slackPort, discordPort] = [await freePort(), await freePort()];
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  const stdout = new Writable({ write: (_chunk, _enc, done) => done() });
  const stderr = new PassThrough({ encoding: 'utf8' });
  const running = serve({
    stdin,
    stdout,
    stderr,
    env: envFor(tempDir('replica'), {
      DATABASE_URL: databaseUrl,
      SLACK_BOT_TOKEN: 'xoxb-1-replica',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_MODE: 'http',
      SLACK_API_URL: slack.apiUrl,
      PORT: String(slackPort),
      DISCORD_PUBLIC_KEY: keys.hex,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_INTERACTIONS_PORT: String(discordPort),
    }),
  });
  let said = '';
  const connected = new Promise<void>((resolve) =>
    stderr.on('data', (text: string) => {
      said += text;
      if (said.includes('connected to')) resolve();
    }),
  );
  const ended = running.then((code) => {
    throw new Error(`npm start ended (${code}) before it connected: ${said}`);
  });
  await Promise.race([connected, ended]);
  return {
    slackUrl: `http://127.0.0.1:${slackPort}/slack/events`,
    discordUrl: `http://127.0.0.1:${discordPort}/discord/interactions`,
    stop() {
      stdin.end('/exit\n');
      return running;
    },
  };
}

function sendDiscord(url: string, p: Payload, at = String(nowSeconds())) {
  return postSigned(url, p.json, keys.privateKey, { at });
}

function sendSlack(url: string, body: string, timestamp: number, extra: Record<string, string> = {}) {
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': sign(SECRET, timestamp, body),
      ...extra,
    },
    body,
  });
}

const slackWho = (responseId: string) =>
  new URLSearchParams(slashPayload('/who', 'APT31', slack.responseUrl(responseId))).toString();

describe.skipIf(postgresUnavailable())('signed requests across replicas on one PostgreSQL database', () => {
  let server: TestServer;
  let a: Replica;
  let b: Replica;

  beforeAll(async () => {
    server = await startTestServer();
    const url = await server.createDatabase();
    discord = await FakeDiscord.start();
    slack = await startFakeSlack();
    // One after the other: the first stores the seeds, the second finds them there.
    a = await startReplica(url);
    b = await startReplica(url);
  }, 120_000);

  afterAll(async () => {
    const codes = await Promise.all([a, b].map((replica) => replica?.stop()));
    expect(codes).toEqual([0, 0]);
    await discord?.close();
    await slack?.close();
    await server?.stop();
  }, 60_000);

  it('a Discord interaction one replica answered gets 401 from the other, which runs nothing', async () => {
    const p = slash('who', { name: 'APT31' });
    const at = String(nowSeconds());
    expect((await sendDiscord(a.discordUrl, p, at)).status).toBe(200);
    await discord.waitForRequest(editOf(p.token));
    const answered = discord.requests.filter((r) => r.path.includes(p.token)).length;

    expect((await sendDiscord(b.discordUrl, p, at)).status).toBe(401);
    // A fresh interaction to the same replica is answered; by then the refused one would have shown.
    const after = slash('who', { name: 'APT31' });
    expect((await sendDiscord(b.discordUrl, after)).status).toBe(200);
    await discord.waitForRequest(editOf(after.token));
    expect(discord.requests.filter((r) => r.path.includes(p.token))).toHaveLength(answered);
  });

  it('a Slack request one replica handled gets 401 from the other; its retry there 200, never run', async () => {
    const body = slackWho('across-1');
    const timestamp = nowSeconds();
    expect((await sendSlack(a.slackUrl, body, timestamp)).status).toBe(200);
    await slack.waitForDeliveries('across-1');

    expect((await sendSlack(b.slackUrl, body, timestamp)).status).toBe(401);
    const retry = { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' };
    expect((await sendSlack(b.slackUrl, body, timestamp, retry)).status).toBe(200);
    expect((await sendSlack(b.slackUrl, slackWho('across-2'), nowSeconds())).status).toBe(200);
    await slack.waitForDeliveries('across-2');
    expect(slack.deliveredTo('across-1')).toHaveLength(1);
  });
});
