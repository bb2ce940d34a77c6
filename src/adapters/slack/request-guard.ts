// Slack HTTP mode: what Bolt's own request check leaves open. Bolt 5.1 (HTTPReceiver and ExpressReceiver
// alike) refuses a signature that does not match and a timestamp more than 5 minutes old, but accepts a
// timestamp from the future and the same signed request any number of times while it is fresh. Anyone
// who sees one request (a logging proxy, a load balancer's access log) could replay "/source remove 1"
// as the admin who sent it. This guard runs in front of Bolt's request listener: it checks the timestamp
// in both directions against the injected clock, checks the signature, and lets each signature through
// once across every replica sharing its replay memory (Slack's own retry of a request already let through
// is acknowledged, never run again, whichever replica it reaches). Bolt still runs its own check after it.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import { HTTPModuleFunctions, isRawBodyError, verifySlackRequest } from '@slack/bolt';
import type { Clock, Logger, ReplayMemory } from '../../core/ports.js';
import { createReplayCache, timestampRefusal } from '../../core/util/replay-cache.js';

const SIGNATURE = /^v0=[0-9a-f]{64}$/;

export interface RequestGuardOptions {
  signingSecret: string;
  clock: Clock;
  logger: Logger;
  /** The paths Bolt answers events on. */
  endpoints: readonly string[];
  /** The signatures already let through: shared by replicas; this process's own when omitted. */
  replays?: ReplayMemory;
  /** The same body limit Bolt applies. */
  bodyLimit?: number;
}

/** Wraps Bolt's request listener: a request to an events endpoint reaches it only when fresh and first. */
export function guardSlackRequests(next: RequestListener, opts: RequestGuardOptions): RequestListener {
  const replays = opts.replays ?? createReplayCache();
  const bodyLimit = opts.bodyLimit ?? HTTPModuleFunctions.defaultBodyLimit;
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    // Anything else (unknown paths, other methods) is Bolt's to answer, synchronously as it expects.
    if (req.method?.toUpperCase() !== 'POST' || !opts.endpoints.includes(path)) return next(req, res);
    void check(req, res).catch((err: unknown) => {
      opts.logger.error('slack request check failed', { error: String(err) });
      reply(res, 500);
    });
  };

  async function check(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body: string;
    try {
      // Buffered on the request itself, where Bolt looks for it before reading the stream.
      body = (await HTTPModuleFunctions.bufferIncomingMessage(req, bodyLimit)).rawBody.toString();
    } catch (err) {
      const tooLarge = isRawBodyError(err) && (err.type === 'entity.too.large' || err.statusCode === 413);
      opts.logger.warn('slack request refused', { reason: tooLarge ? 'body too large' : String(err) });
      return reply(res, tooLarge ? 413 : 400);
    }
    // Slack's unsigned SSL check: Bolt answers it, with anything else in the body stripped.
    if (isSslCheck(req, body)) return next(req, res);
    const now = opts.clock.now().getTime();
    const refused = refusal(req, body, now);
    if (refused) {
      opts.logger.warn('slack request refused', { reason: refused });
      return reply(res, 401);
    }
    const signature = header(req, 'x-slack-signature') ?? '';
    const timestampMs = Number(header(req, 'x-slack-request-timestamp')) * 1000;
    const verdict = await replays.claim(signature, timestampMs, now);
    if (verdict === 'replayed' && header(req, 'x-slack-retry-num')) {
      // Slack retries an event it thinks we missed with the same signature. The first copy already ran;
      // a 200 stops the retries (which count against the app) and runs nothing, whoever sent it.
      opts.logger.info('slack request acknowledged', {
        reason: 'retry of a request already handled; not run again',
      });
      return reply(res, 200);
    }
    if (verdict === 'replayed') {
      opts.logger.warn('slack request refused', {
        reason: 'replayed: this signed request was already handled',
      });
      return reply(res, 401);
    }
    if (verdict === 'full') {
      opts.logger.error('slack request refused', {
        reason: 'replay memory full of fresh signatures; refusing rather than forgetting one early',
      });
      return reply(res, 503);
    }
    next(req, res);
  }

  /** Why a request is not a fresh, correctly signed one from Slack, or null when it is. */
  function refusal(req: IncomingMessage, body: string, now: number): string | null {
    const signature = header(req, 'x-slack-signature');
    const timestamp = header(req, 'x-slack-request-timestamp');
    if (!signature || !timestamp) return 'x-slack-signature or x-slack-request-timestamp missing';
    // One spelling per signature: Bolt would also accept "v0=<hash>=anything", which would slip a replay
    // past a cache keyed on the header.
    if (!SIGNATURE.test(signature)) return 'x-slack-signature is not v0= and 64 hexadecimal digits';
    const stale = timestampRefusal(timestamp, now);
    if (stale) return stale;
    try {
      verifySlackRequest({
        signingSecret: opts.signingSecret,
        body,
        headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': Number(timestamp) },
        nowMilliseconds: now,
      });
    } catch {
      return 'signature mismatch';
    }
    return null;
  }
}

/** The same test Bolt applies before it skips the signature check for an SSL check. */
function isSslCheck(req: IncomingMessage, body: string): boolean {
  return (
    req.headers['content-type'] === 'application/x-www-form-urlencoded' && parseQuery(body).ssl_check === '1'
  );
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return typeof v === 'string' ? v : undefined;
}

function reply(res: ServerResponse, status: number): void {
  if (res.headersSent) return;
  res.writeHead(status);
  res.end();
}
