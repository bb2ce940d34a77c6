// The guard in front of Bolt's HTTP listener, on a real local server with an injected clock: the timestamp
// window in both directions, one pass per signature, and a replay cache that stays bounded.
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardSlackRequests } from '../../../src/adapters/slack/request-guard.js';
import { createReplayCache } from '../../../src/core/util/replay-cache.js';
import { fixedClock } from '../../../src/infra/clock.js';
import { memoryLogger } from '../../../src/infra/logger.js';
import { createPool } from '../../../src/infra/postgres/pool.js';
import { createPostgresReplayMemory } from '../../../src/infra/postgres/replay-memory.js';
import { sign } from './helpers.js';

const SECRET = '8f742231b10e8888abcd99eeeeee85a5';
// Far from the system clock, so a check that read Date.now() instead of the injected clock would fail.
const clock = fixedClock(new Date('2031-06-01T12:00:00Z'));
const logger = memoryLogger();
const passed: string[] = [];
let server: Server;
let url: string;

/** Bolt's listener, as the guard sees it: what reaches it is recorded and answered 200. */
const bolt: RequestListener = (req, res) => {
  passed.push((req as { rawBody?: Buffer }).rawBody?.toString() ?? '(not buffered)');
  res.writeHead(200);
  res.end();
};

beforeAll(async () => {
  const guarded = guardSlackRequests(bolt, {
    signingSecret: SECRET,
    clock,
    logger,
    endpoints: ['/slack/events'],
    replays: createReplayCache(3),
  });
  server = createServer(guarded);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const seconds = () => Math.floor(clock.now().getTime() / 1000);

async function post(
  body: string,
  timestamp = seconds(),
  signature = sign(SECRET, timestamp, body),
  extra: Record<string, string> = {},
) {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature,
      ...extra,
    },
    body,
  });
  return res.status;
}

const lastReason = () => logger.lines.at(-1)?.context?.reason;

describe('Slack request guard', () => {
  it('passes a fresh signed request once, with its body already read for Bolt', async () => {
    expect(await post('{"n":1}')).toBe(200);
    expect(passed.at(-1)).toBe('{"n":1}');
    expect(await post('{"n":1}')).toBe(401);
    expect(lastReason()).toMatch(/^replayed/);
  });

  it("acknowledges Slack's own retry of a request it already passed, without passing it again", async () => {
    const before = passed.length;
    expect(await post('{"n":"retried"}')).toBe(200);
    const retry = { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' };
    // Slack retries with the request's own timestamp and signature: answered 200 so Slack stops
    // retrying, and never run twice.
    expect(await post('{"n":"retried"}', seconds(), undefined, retry)).toBe(200);
    expect(passed.length).toBe(before + 1);
    expect(lastReason()).toMatch(/^retry of a request already handled/);
  });

  it('refuses timestamps more than 5 minutes away from the clock, either way', async () => {
    expect(await post('{"n":2}', seconds() + 301)).toBe(401);
    expect(lastReason()).toBe('timestamp 301 s in the future');
    expect(await post('{"n":2}', seconds() - 301)).toBe(401);
    expect(lastReason()).toBe('timestamp 301 s old');
    expect(await post('{"n":2}', seconds() + 300)).toBe(200);
  });

  it('refuses a bad signature, a malformed one, and a request without the headers', async () => {
    expect(await post('{"n":3}', seconds(), sign('0'.repeat(32), seconds(), '{"n":3}'))).toBe(401);
    expect(lastReason()).toBe('signature mismatch');
    expect(await post('{"n":3}', seconds(), `${sign(SECRET, seconds(), '{"n":3}')}=x`)).toBe(401);
    expect(lastReason()).toMatch(/64 hexadecimal digits/);
    expect((await fetch(url, { method: 'POST', body: '{}' })).status).toBe(401);
    expect(lastReason()).toMatch(/missing/);
  });

  it('forgets signatures once they are stale, and refuses rather than forgets when full', async () => {
    clock.advance(10 * 60_000 + 1000);
    // The 3-entry cache is empty again: every earlier signature (one was 5 minutes ahead) left the window.
    expect(await post('{"a":1}')).toBe(200);
    expect(await post('{"a":2}')).toBe(200);
    expect(await post('{"a":3}')).toBe(200);
    expect(await post('{"a":4}')).toBe(503);
    expect(logger.lines.at(-1)).toMatchObject({ level: 'error' });
    clock.advance(5 * 60_000 + 1000);
    expect(await post('{"a":4}')).toBe(200);
  });

  it('leaves other paths and methods to Bolt', async () => {
    const before = passed.length;
    expect((await fetch(url.replace('/slack/events', '/health'))).status).toBe(200);
    expect(passed.length).toBe(before + 1);
  });
});

describe('Slack request guard, its replay memory unreachable', () => {
  it('answers 500 and passes nothing: a request it cannot remember could be a replay', async () => {
    // PostgreSQL's memory on an address nothing listens on: every claim fails as a lost database's would.
    const pool = createPool({ url: 'postgres://sitrep@127.0.0.1:1/sitrep' });
    const before = passed.length;
    const guarded = guardSlackRequests(bolt, {
      signingSecret: SECRET,
      clock,
      logger,
      endpoints: ['/slack/events'],
      replays: createPostgresReplayMemory(pool),
    });
    const lost = createServer(guarded);
    await new Promise<void>((resolve) => lost.listen(0, '127.0.0.1', resolve));
    try {
      const at = `http://127.0.0.1:${(lost.address() as AddressInfo).port}/slack/events`;
      const body = '{"n":"lost"}';
      const res = await fetch(at, {
        method: 'POST',
        headers: {
          'x-slack-request-timestamp': String(seconds()),
          'x-slack-signature': sign(SECRET, seconds(), body),
        },
        body,
      });
      expect(res.status).toBe(500);
      expect(passed.length).toBe(before);
      expect(logger.lines.at(-1)).toMatchObject({ level: 'error', message: 'slack request check failed' });
    } finally {
      await new Promise<void>((resolve) => lost.close(() => resolve()));
      await pool.end();
    }
  });
});

describe('replay cache', () => {
  it('holds each signature until its timestamp leaves the window, and never more than its size', async () => {
    const cache = createReplayCache(100, 500);
    for (let t = 0; t < 10_000; t += 10) expect(await cache.claim(`s${t}`, t, t)).toBe('fresh');
    expect(cache.size).toBeLessThanOrEqual(100);
    expect(await cache.claim('s9990', 9990, 9995)).toBe('replayed');
    expect(await cache.claim('s9990', 9990, 10_491)).toBe('fresh');
  });
});
