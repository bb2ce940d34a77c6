// The real Bolt App over HTTP: Slack signs every request (v0 HMAC of "v0:timestamp:body"); a bad or stale
// signature, a timestamp from the future and a replayed request get 401 and nothing runs. Started from
// configuration, listening on 127.0.0.1 only, checking timestamps against an injected clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackBot } from '../../../src/adapters/slack/app.js';
import { loadConfig } from '../../../src/app/config.js';
import { startSlack } from '../../../src/app/slack.js';
import { reply } from '../../../src/core/reply.js';
import { fixedClock } from '../../../src/infra/clock.js';
import { memoryLogger } from '../../../src/infra/logger.js';
import { deferred } from '../../support/events.js';
import { type FakeSlack, slashPayload, startFakeSlack } from './fake-slack.js';
import { freePort, sign, stubExecutor } from './helpers.js';

const SECRET = '8f742231b10e8888abcd99eeeeee85a5';
/** /search works until the test lets it finish. */
const searchDone = deferred();
const executor = stubExecutor({
  who: reply('APT31', [{ type: 'heading', text: 'APT31' }]),
  search: async () => {
    await searchDone.promise;
    return reply('Search', [{ type: 'text', text: 'Slow but here.' }]);
  },
});

let fake: FakeSlack;
let bot: SlackBot;
let endpoint: string;
const logger = memoryLogger();
// Bolt's own staleness check reads the system clock, so the injected one starts at the real time (whole
// seconds, like Slack's timestamps).
const clock = fixedClock(new Date(Math.floor(Date.now() / 1000) * 1000));
const nowSeconds = () => Math.floor(clock.now().getTime() / 1000);

beforeAll(async () => {
  fake = await startFakeSlack();
  const port = await freePort();
  endpoint = `http://127.0.0.1:${port}/slack/events`;
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-1-http',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_MODE: 'http',
    PORT: String(port),
    SLACK_API_URL: fake.apiUrl,
  });
  const started = await startSlack(config, executor, logger, { host: '127.0.0.1', clock });
  if (!started) throw new Error('Slack did not start');
  bot = started;
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

function slashBody(command: string, text: string, responseId: string): string {
  return new URLSearchParams(slashPayload(command, text, fake.responseUrl(responseId))).toString();
}

/**
 * After a refusal: a signed request sent now is answered, and still nothing ran for the refused one. The
 * guard answers before Bolt dispatches anything, so nothing of it can be on its way.
 */
async function expectNothingRanFor(refused: string, before: number): Promise<void> {
  const barrier = `${refused}-then`;
  expect((await post(slashBody('/who', 'APT31', barrier))).status).toBe(200);
  await fake.waitForDeliveries(barrier);
  expect(executor.calls.length).toBe(before + 1);
  expect(fake.deliveredTo(refused)).toEqual([]);
}

async function post(body: string, opts: { timestamp?: number; signature?: string } = {}) {
  const timestamp = opts.timestamp ?? nowSeconds();
  return fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': opts.signature ?? sign(SECRET, timestamp, body),
    },
    body,
  });
}

describe('Slack over HTTP', () => {
  it('a signed /who APT31 gets 200 at once, then the answer at the response_url', async () => {
    const res = await post(slashBody('/who', 'APT31', 'h1'));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    const [answer] = await fake.waitForDeliveries('h1');
    expect(answer?.body).toMatchObject({
      response_type: 'ephemeral',
      text: '*APT31*',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'APT31', emoji: true } },
        { type: 'actions' },
      ],
    });
    expect(executor.calls.at(-1)).toMatchObject({ command: 'who', raw: { name: 'APT31' } });
  });

  it('a bad signature gets 401 and nothing runs', async () => {
    const before = executor.calls.length;
    const res = await post(slashBody('/who', 'APT31', 'h2'), { signature: sign('0'.repeat(32), 1, 'x') });
    expect(res.status).toBe(401);
    expect(executor.calls.length).toBe(before);
    await expectNothingRanFor('h2', before);
  });

  it('a stale timestamp (over 5 minutes old) gets 401 even when correctly signed', async () => {
    const before = executor.calls.length;
    const res = await post(slashBody('/who', 'APT31', 'h3'), {
      timestamp: nowSeconds() - 6 * 60,
    });
    expect(res.status).toBe(401);
    expect(executor.calls.length).toBe(before);
    await expectNothingRanFor('h3', before);
  });

  it('a slow command gets its HTTP 200 within 3 s while it still works, and answers when it is done', async () => {
    const started = Date.now();
    // The command cannot finish before the response: a 200 that waited for it would never come.
    const res = await post(slashBody('/search', 'living off the land', 'h4'));
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(fake.deliveredTo('h4')).toEqual([]);
    const released = Date.now();
    searchDone.resolve();
    const [answer] = await fake.waitForDeliveries('h4');
    expect(answer?.at ?? 0).toBeGreaterThanOrEqual(released);
  });

  it('a replayed signed request gets 401 and runs once, however its signature is spelled', async () => {
    const body = slashBody('/who', 'APT31', 'h5');
    const timestamp = nowSeconds();
    const signature = sign(SECRET, timestamp, body);
    expect((await post(body, { timestamp, signature })).status).toBe(200);
    await fake.waitForDeliveries('h5');
    const runs = executor.calls.length;
    for (const spelling of [signature, `${signature}=again`, signature.toUpperCase().replace('V0', 'v0')]) {
      const res = await post(body, { timestamp, signature: spelling });
      expect(res.status, spelling).toBe(401);
    }
    // The guard answers before Bolt dispatches anything, so nothing can still be on its way.
    expect(executor.calls.length).toBe(runs);
    expect(fake.deliveredTo('h5')).toHaveLength(1);
    expect(logger.lines).toContainEqual(
      expect.objectContaining({
        message: 'slack request refused',
        context: { reason: expect.stringMatching(/^replayed/) },
      }),
    );
  });

  it('a timestamp 6 minutes in the future gets 401; 4 minutes of clock skew is allowed', async () => {
    const before = executor.calls.length;
    const res = await post(slashBody('/who', 'APT31', 'h6'), { timestamp: nowSeconds() + 6 * 60 });
    expect(res.status).toBe(401);
    expect(executor.calls.length).toBe(before);
    expect(logger.lines.at(-1)).toMatchObject({ context: { reason: 'timestamp 360 s in the future' } });

    const skewed = await post(slashBody('/who', 'APT31', 'h7'), { timestamp: nowSeconds() + 4 * 60 });
    expect(skewed.status).toBe(200);
    await fake.waitForDeliveries('h7');
  });
});
