// The one HTTP fetcher for sources, linked articles and catalogue downloads. Every request: a deadline, a
// response-size cap, redirects followed by hand (at most a few, each hop checked like the first by
// fetch-guard.ts), a content-type check (a response without one is refused), conditional requests and a
// User-Agent naming the bot. A feed or a page is read whole under the normal cap; a catalogue is streamed,
// under a larger cap and a longer deadline of its own, to a reader that keeps only what it needs.

import type { LookupAddress } from 'node:dns';
import { type Agent, request } from 'undici';
import type { Fetcher, FetchRequest, FetchResult, StreamFetcher, StreamResult } from '../core/ports.js';
import {
  abandon,
  type BodyLimits,
  cappedChunks,
  checkContentType,
  checkDeclaredLength,
  decode,
  describe,
  discard,
  header,
  headersOf,
  type Response,
  readCapped,
} from './fetch-body.js';
import { createGuard, FetchFailure, type Guard, pinnedAgent, vet } from './fetch-guard.js';

export const FETCH_MAX_BYTES = 5 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 15_000;
export const FETCH_MAX_REDIRECTS = 5;
/** ATT&CK Enterprise is ~45 MB and grows with every release; the cap leaves it room, and no more. */
export const STREAM_MAX_BYTES = 256 * 1024 * 1024;
/** A streamed body may take minutes over a slow link; the answer itself must come within the normal deadline. */
export const STREAM_TIMEOUT_MS = 10 * 60_000;
export const USER_AGENT = 'SitrepBot/0.1 (+https://github.com/sitrep; briefing bot for cyber threat reports)';

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.8, application/xhtml+xml;q=0.8, */*;q=0.1';
export interface FetcherOptions {
  userAgent?: string;
  timeoutMs?: number;
  maxBytes?: number;
  /** The cap and the body's deadline of `stream` (catalogue downloads). */
  streamMaxBytes?: number;
  streamTimeoutMs?: number;
  maxRedirects?: number;
  /**
   * Hosts that may be fetched even when they resolve to a private or loopback address: "host" (any port)
   * or "host:port". From SITREP_FETCH_ALLOW_HOSTS; the tests allow their local server this way.
   */
  allowHosts?: readonly string[];
  /** DNS resolution, for tests; the system resolver by default. */
  resolve?: (hostname: string) => Promise<LookupAddress[]>;
}

/** What every request of one fetcher shares. */
interface Settings {
  timeoutMs: number;
  maxBytes: number;
  streamMaxBytes: number;
  streamTimeoutMs: number;
  maxRedirects: number;
  userAgent: string;
  agent: Agent;
  guard: Guard;
}

export function createFetcher(
  opts: FetcherOptions = {},
): Fetcher & StreamFetcher & { close(): Promise<void> } {
  const guard = createGuard(opts);
  const settings: Settings = {
    timeoutMs: opts.timeoutMs ?? FETCH_TIMEOUT_MS,
    maxBytes: opts.maxBytes ?? FETCH_MAX_BYTES,
    streamMaxBytes: opts.streamMaxBytes ?? STREAM_MAX_BYTES,
    streamTimeoutMs: opts.streamTimeoutMs ?? STREAM_TIMEOUT_MS,
    maxRedirects: opts.maxRedirects ?? FETCH_MAX_REDIRECTS,
    userAgent: opts.userAgent ?? USER_AGENT,
    agent: pinnedAgent(guard),
    guard,
  };
  return {
    fetch: (req) => fetchWhole(settings, req),
    stream: (req) => fetchStream(settings, req),
    close: () => settings.agent.close(),
  };
}

type NotModified = Extract<FetchResult, { kind: 'not-modified' }>;
type Failed = Extract<FetchResult, { kind: 'failed' }>;

/** The final response after redirects, its status and type accepted, its body not read yet. */
interface Accepted {
  kind: 'accepted';
  res: Response;
  url: URL;
  contentType: string | null;
}

/** One fetch read whole under the deadline; every failure becomes a `failed` result, never an exception. */
async function fetchWhole(settings: Settings, req: FetchRequest): Promise<FetchResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
  try {
    const opened = await open(settings, req, controller.signal);
    if (opened.kind === 'not-modified') return opened;
    const { res, url, contentType } = opened;
    const limits = { maxBytes: settings.maxBytes, timeoutMs: settings.timeoutMs, signal: controller.signal };
    const bytes = await readCapped(res, url, limits);
    return { ...okFields(opened), body: decode(bytes, contentType) };
  } catch (err) {
    return failed(err);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * One fetch whose body is handed on as it arrives. The answer must come within the normal deadline; the
 * body then has the stream deadline and cap, and a breach ends its iteration with a FetchFailure.
 */
async function fetchStream(settings: Settings, req: FetchRequest): Promise<StreamResult> {
  const controller = new AbortController();
  let timer = setTimeout(() => controller.abort(), settings.timeoutMs);
  try {
    const opened = await open(settings, req, controller.signal);
    if (opened.kind === 'not-modified') {
      clearTimeout(timer);
      return opened;
    }
    await checkDeclaredLength(opened.res, settings.streamMaxBytes);
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), settings.streamTimeoutMs);
    const limits = {
      maxBytes: settings.streamMaxBytes,
      timeoutMs: settings.streamTimeoutMs,
      signal: controller.signal,
    };
    return streamed(opened, limits, () => clearTimeout(timer));
  } catch (err) {
    clearTimeout(timer);
    return failed(err);
  }
}

function streamed(opened: Accepted, limits: BodyLimits, done: () => void): StreamResult {
  const chunks = cappedChunks(opened.res, opened.url, limits);
  async function* body(): AsyncGenerator<Uint8Array> {
    try {
      yield* chunks;
    } finally {
      done();
    }
  }
  return {
    ...okFields(opened),
    body: body(),
    close: async () => {
      done();
      await chunks.return(undefined);
      abandon(opened.res);
    },
  };
}

function okFields({ res, url, contentType }: Accepted) {
  return {
    kind: 'ok' as const,
    url: url.href,
    status: res.statusCode,
    contentType,
    etag: header(res, 'etag'),
    lastModified: header(res, 'last-modified'),
    headers: headersOf(res),
  };
}

function failed(err: unknown): Failed {
  if (err instanceof FetchFailure)
    return {
      kind: 'failed',
      reason: err.reason,
      message: err.message,
      ...(err.status === undefined ? {} : { status: err.status }),
      ...(err.headers === undefined ? {} : { headers: err.headers }),
    };
  return { kind: 'failed', reason: 'network', message: describe(err) };
}

/** Follows redirects by hand, each hop checked like the first, up to the final response's headers. */
async function open(
  settings: Settings,
  req: FetchRequest,
  signal: AbortSignal,
): Promise<Accepted | NotModified> {
  let url = parseUrl(req.url);
  const origin = url.origin;
  for (let hop = 0; ; hop++) {
    await vet(settings.guard, url);
    const res = await send(settings, url, requestHeaders(settings, req, hop, url.origin === origin), signal);
    const next = await redirectTarget(res, url, hop, settings.maxRedirects);
    if (next) {
      url = next;
      continue;
    }
    if (res.statusCode === 304) return notModified(res, url, req);
    return await accepted(res, url);
  }
}

/** A final response whose status and content type pass. */
async function accepted(res: Response, url: URL): Promise<Accepted> {
  const status = res.statusCode;
  if (status < 200 || status >= 300) {
    await discard(res);
    throw new FetchFailure('http', `HTTP ${status} from ${url.host}`, status, headersOf(res));
  }
  const contentType = header(res, 'content-type');
  await checkContentType(res, url, contentType);
  return { kind: 'accepted', res, url, contentType };
}

function parseUrl(raw: string): URL {
  try {
    return new URL(raw);
  } catch {
    throw new FetchFailure('invalid-url', `not a URL: ${raw}`);
  }
}

/**
 * Validators belong to the address they came from: only the first hop is conditional. Credentials belong to
 * the origin they were given for: a redirect to another host never carries them.
 */
function requestHeaders(
  settings: Settings,
  req: FetchRequest,
  hop: number,
  sameOrigin: boolean,
): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': settings.userAgent,
    accept: req.accept ?? ACCEPT,
    'accept-encoding': 'identity',
  };
  if (hop === 0 && req.etag) headers['if-none-match'] = req.etag;
  if (hop === 0 && req.lastModified) headers['if-modified-since'] = req.lastModified;
  if (sameOrigin && req.authorization) headers.authorization = req.authorization;
  return headers;
}

async function send(
  settings: Settings,
  url: URL,
  headers: Record<string, string>,
  signal: AbortSignal,
): Promise<Response> {
  try {
    return await request(url, {
      method: 'GET',
      headers,
      dispatcher: settings.agent,
      signal,
      maxRedirections: 0,
    });
  } catch (err) {
    if (signal.aborted)
      throw new FetchFailure('timeout', `no answer from ${url.host} within ${settings.timeoutMs / 1000} s`);
    throw new FetchFailure('network', `cannot reach ${url.host}: ${describe(err)}`);
  }
}

/** Where a redirect leads, or null when the response is not one. */
async function redirectTarget(
  res: Response,
  url: URL,
  hop: number,
  maxRedirects: number,
): Promise<URL | null> {
  const status = res.statusCode;
  if (status < 300 || status >= 400 || status === 304) return null;
  await discard(res);
  const location = header(res, 'location');
  if (!location) throw new FetchFailure('http', `HTTP ${status} without a Location header`, status);
  if (hop >= maxRedirects)
    throw new FetchFailure('too-many-redirects', `more than ${maxRedirects} redirects`, status);
  try {
    return new URL(location, url);
  } catch {
    throw new FetchFailure('invalid-url', `redirect to an invalid address: ${location}`, status);
  }
}

async function notModified(res: Response, url: URL, req: FetchRequest): Promise<NotModified> {
  await discard(res);
  return {
    kind: 'not-modified',
    url: url.href,
    etag: header(res, 'etag') ?? req.etag ?? null,
    lastModified: header(res, 'last-modified') ?? req.lastModified ?? null,
  };
}
