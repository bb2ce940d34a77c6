// The start-up token check's failures, as the real Slack Web API client raises them: only Slack's own
// answer may call the token bad; a Slack API that cannot be reached is said to be unreachable.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authFailure } from '../../../src/adapters/slack/auth-failure.js';

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url?.startsWith('/down/')) {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html>Bad Gateway</html>');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: false, error: 'invalid_auth' }));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
});

/** What auth.test throws against `apiUrl`, with no retries (start-up retries; the kind of error is the same). */
async function authTestError(apiUrl: string): Promise<unknown> {
  const client = new webApi.WebClient('xoxb-1-2-3', { slackApiUrl: apiUrl, retryConfig: { retries: 0 } });
  return client.auth.test().then(
    () => expect.fail('auth.test succeeded'),
    (err: unknown) => err,
  );
}

describe('authFailure', () => {
  it('blames the token only when Slack answered that it is bad', async () => {
    const url = `${base}/api/`;
    expect(authFailure(await authTestError(url), url)).toBe(
      'Slack did not accept SLACK_BOT_TOKEN (auth.test): invalid_auth.',
    );
  });

  it('says Slack is unreachable when nothing listens there', async () => {
    const closed = createServer();
    closed.listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/api/`;
    closed.close();
    await once(closed, 'close');
    expect(authFailure(await authTestError(url), url)).toBe(
      `Slack is unreachable at ${url}: ECONNREFUSED (check the network, a proxy, or SLACK_API_URL).`,
    );
  });

  it('says Slack is unreachable when a proxy answers with an HTTP error', async () => {
    const url = `${base}/down/`;
    expect(authFailure(await authTestError(url), url)).toBe(
      `Slack is unreachable at ${url}: it answered HTTP 502 (check the network, a proxy, or SLACK_API_URL).`,
    );
  });
});
