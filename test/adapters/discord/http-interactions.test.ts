// Discord's HTTP interactions endpoint, started from configuration as `npm start` starts it, over the real
// runtime (the bundled seeds) and the real executor, answering through the loopback Discord's webhooks.
// Requests are signed with a real Ed25519 key pair made here; timestamps are checked against an injected
// clock far from the system's, so a check that read Date.now() would fail.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  INTERACTION_BODY_MAX,
  type InteractionsEndpoint,
} from '../../../src/adapters/discord/http-endpoint.js';
import { EMBEDS_TOTAL_MAX } from '../../../src/adapters/discord/limits.js';
import { messageBody, renderDiscord } from '../../../src/adapters/discord/render.js';
import { loadConfig } from '../../../src/app/config.js';
import { startDiscordInteractions } from '../../../src/app/discord-interactions.js';
import { createExecutor, type Executor } from '../../../src/app/executor.js';
import { openRuntime, type Runtime } from '../../../src/app/runtime.js';
import type { Prepared } from '../../../src/core/executor.js';
import { type Reply, reply } from '../../../src/core/reply.js';
import { fixedClock } from '../../../src/infra/clock.js';
import { memoryLogger } from '../../../src/infra/logger.js';
import { freePort } from '../slack/helpers.js';
import { APP_ID, FakeDiscord, type RecordedRequest, USER_ID } from './fake-discord.js';
import {
  ed25519Pair,
  interaction,
  type Payload,
  postSigned,
  type Signing,
  signature,
  slash,
  typing,
} from './interactions-support.js';

interface MessageBody {
  content?: string;
  embeds: APIEmbed[];
  allowed_mentions: unknown;
  flags?: number;
}

const keys = ed25519Pair();
const clock = fixedClock(new Date('2031-06-01T12:00:00Z'));
const now = () => String(Math.floor(clock.now().getTime() / 1000));
const logger = memoryLogger();
const editOf = (token: string) => (r: RecordedRequest) =>
  r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${token}/messages/@original`;
const followUpOf = (token: string) => (r: RecordedRequest) =>
  r.method === 'POST' && r.path === `/webhooks/${APP_ID}/${token}`;
const toToken = (token: string) => (r: RecordedRequest) => r.path.includes(token);

let fake: FakeDiscord;
let rt: Runtime;
let real: Executor;
let endpoint: InteractionsEndpoint;
let dir: string;
/** Every command the endpoint handed to the executor. */
const prepared: string[] = [];
/** What the next command runs instead of itself: a crash, or a long answer. */
let instead: (() => Promise<Reply>) | null = null;

const executor = {
  async prepare(...args: Parameters<Executor['prepare']>): Promise<Prepared> {
    prepared.push(args[0]);
    const run = instead;
    instead = null;
    return run ? { ok: true, run } : real.prepare(...args);
  },
  suggest: (...args: Parameters<Executor['suggest']>) => real.suggest(...args),
};

beforeAll(async () => {
  fake = await FakeDiscord.start();
  dir = mkdtempSync(join(tmpdir(), 'sitrep-discord-http-'));
  rt = await openRuntime({
    dataDir: dir,
    seedsDir: 'seeds',
    clock: fixedClock(new Date('2024-04-02T09:00:00Z')),
    logger,
  });
  real = createExecutor(rt, []);
  const config = loadConfig({
    DATA_DIR: dir,
    DISCORD_PUBLIC_KEY: keys.hex,
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_API_URL: fake.apiUrl,
    DISCORD_INTERACTIONS_PORT: String(await freePort()),
  });
  const started = await startDiscordInteractions(config, executor, logger, { host: '127.0.0.1', clock });
  if (!started) throw new Error('the interactions endpoint did not start from its configuration');
  endpoint = started;
});

afterAll(async () => {
  await endpoint?.stop();
  await fake?.close();
  await rt?.close();
  rmSync(dir, { recursive: true, force: true });
});

function send(p: Payload | string, opts: Signing = {}) {
  return postSigned(endpoint.url, typeof p === 'string' ? p : p.json, keys.privateKey, {
    ...opts,
    at: now(),
  });
}

/** A refused request ran nothing: a signed command sent after it is answered, and only it reached the executor. */
async function expectNothingRanFor(refused: Payload): Promise<void> {
  const before = prepared.length;
  const after = slash('who', { name: 'APT31' });
  expect((await send(after)).status).toBe(200);
  await fake.waitForRequest(editOf(after.token));
  expect(prepared.length).toBe(before + 1);
  expect(fake.requests.filter(toToken(refused.token))).toEqual([]);
}

describe('Discord HTTP interactions endpoint: signed requests', () => {
  it('answers a signed PING with a PONG', async () => {
    const res = await send(interaction(1));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ type: 1 });
  });

  it('/who APT31 is deferred at once, then the original message is edited with the card, no one pinged', async () => {
    const who = slash('who', { name: 'APT31' });
    const res = await send(who);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ type: 5 });
    const patch = await fake.waitForRequest(editOf(who.token));
    const body = patch.body as MessageBody;
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.embeds[0]?.title).toBe('APT31');
    expect(body.embeds[0]?.fields?.find((f) => f.name === 'Also known as')?.value).toContain('ZIRCONIUM');
    // The gateway bot's renderer, unchanged: the same Reply gives the same message on both transports.
    const same = await real.execute('who', { name: 'APT31' }, { platform: 'discord', userId: USER_ID });
    const [first] = renderDiscord(same);
    expect(first && messageBody(first)).toEqual(body);
    // The interaction's own webhook: no bot token is sent, or needed.
    expect(patch.headers.authorization).toBeUndefined();
  });

  it('a bad signature gets 401 and nothing runs: another key, a changed body, no signature', async () => {
    const other = ed25519Pair();
    const who = slash('who', { name: 'APT31' });
    expect((await send(who, { key: other.privateKey })).status).toBe(401);
    const signedThenChanged = slash('who', { name: 'APT31' });
    const forged = await send(signedThenChanged.json.replace('APT31', 'APT28'), {
      signature: signature(keys.privateKey, now(), signedThenChanged.json),
    });
    expect(forged.status).toBe(401);
    const unsigned = await fetch(endpoint.url, { method: 'POST', body: who.json });
    expect(unsigned.status).toBe(401);
    await expectNothingRanFor(who);
    await expectNothingRanFor(signedThenChanged);
  });

  it('a stale timestamp gets 401 even when correctly signed; so does one from the future', async () => {
    const seconds = Number(now());
    const old = slash('who', { name: 'APT31' });
    expect((await send(old, { timestamp: String(seconds - 301) })).status).toBe(401);
    expect(logger.lines.at(-1)).toMatchObject({ context: { reason: 'timestamp 301 s old' } });
    const ahead = slash('who', { name: 'APT31' });
    expect((await send(ahead, { timestamp: String(seconds + 301) })).status).toBe(401);
    await expectNothingRanFor(old);
    await expectNothingRanFor(ahead);
  });

  it('the same signed request sent again gets 401 and runs nothing the second time', async () => {
    const who = slash('who', { name: 'APT31' });
    expect((await send(who)).status).toBe(200);
    await fake.waitForRequest(editOf(who.token));
    const before = prepared.length;
    expect((await send(who)).status).toBe(401);
    expect(logger.lines.at(-1)?.context?.reason).toMatch(/^replayed/);
    const after = slash('who', { name: 'APT31' });
    await send(after);
    await fake.waitForRequest(editOf(after.token));
    expect(prepared.length).toBe(before + 1);
    expect(fake.requests.filter(editOf(who.token))).toHaveLength(1);
  });

  it('an oversized body gets 413 and nothing runs', async () => {
    const big = slash('who', { name: 'APT31' });
    const padded = big.json.replace('"version":1', `"version":1,"pad":"${'x'.repeat(INTERACTION_BODY_MAX)}"`);
    expect((await send(padded)).status).toBe(413);
    await expectNothingRanFor(big);
  });
});

describe('Discord HTTP interactions endpoint: answers', () => {
  it('a command that crashes gets an apology in its deferred reply, and the endpoint answers the next one', async () => {
    instead = () => Promise.reject(new Error('the command broke'));
    const who = slash('who', { name: 'APT31' });
    expect(await (await send(who)).json()).toEqual({ type: 5 });
    const patch = await fake.waitForRequest(editOf(who.token));
    expect(JSON.stringify(patch.body)).toMatch(/sorry/i);
    expect(logger.lines.some((l) => l.message === 'discord command failed')).toBe(true);
    expect(await (await send(interaction(1))).json()).toEqual({ type: 1 });
    await expectNothingRanFor(slash('who', { name: 'unused' }));
  });

  it('a long answer edits the original and follows up, each message within Discord limits', async () => {
    instead = async () =>
      reply(
        'Long',
        Array.from({ length: 60 }, (_, i) => ({
          type: 'text' as const,
          text: `Line ${i + 1}: ${'w'.repeat(300)}`,
        })),
      );
    const long = slash('who', { name: 'APT31' });
    await send(long);
    await fake.waitForRequest(editOf(long.token));
    const follow = await fake.waitForRequest(followUpOf(long.token));
    for (const body of [fake.requests.find(editOf(long.token))?.body, follow.body] as MessageBody[]) {
      expect(body.allowed_mentions).toEqual({ parse: [] });
      const size = body.embeds.reduce((n, e) => n + (e.title?.length ?? 0) + (e.description?.length ?? 0), 0);
      expect(size).toBeLessThanOrEqual(EMBEDS_TOTAL_MAX);
      expect(body.content?.length ?? 0).toBeLessThanOrEqual(2000);
    }
  });

  it('a malformed option is answered at once to the caller alone, without deferring', async () => {
    const empty = slash('who', { name: '   ' });
    const res = await send(empty);
    const body = (await res.json()) as { type: number; data: MessageBody };
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(64);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    expect(body.data.embeds[0]?.description).toContain('Give a name');
  });

  it('autocomplete is answered in the response with names from the corpus', async () => {
    const res = await send(typing('who', 'name', 'apt'));
    const body = (await res.json()) as { type: number; data: { choices: { name: string }[] } };
    expect(body.type).toBe(8);
    expect(body.data.choices.map((c) => c.name)).toContain('APT31');
    expect(body.data.choices.length).toBeLessThanOrEqual(25);
  });

  it('answers only POST on its path', async () => {
    expect((await fetch(endpoint.url)).status).toBe(405);
    const elsewhere = endpoint.url.replace('/discord/interactions', '/other');
    expect((await postSigned(elsewhere, interaction(1).json, keys.privateKey, { at: now() })).status).toBe(
      404,
    );
  });
});
