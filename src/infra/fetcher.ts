// The one HTTP fetcher for sources and linked articles. Every request: a total timeout, a response-size cap,
// redirects followed by hand (at most a few, each hop checked like the first by fetch-guard.ts), a
// content-type check (a response without one is refused), conditional requests and a User-Agent naming the
// bot.

import type { LookupAddress } from 'node:dns';
import { type Agent, request } from 'undici';
import type { Fetcher, FetchRequest, FetchResult } from '../core/ports.js';
import { createGuard, FetchFailure, type Guard, pinnedAgent, vet } from './fetch-guard.js';

export const FETCH_MAX_BYTES = 5 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 15_000;
export const FETCH_MAX_REDIRECTS = 5;
export const USER_AGENT = 'SitrepBot/0.1 (+https://github.com/sitrep; briefing bot for cyber threat reports)';

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.8, application/xhtml+xml;q=0.8, */*;q=0.1';
/** What a feed or an article page can be served as. */
const ACCEPTABLE_TYPE =
  /^(?:text\/(?:html|xml|plain)|application\/(?:xml|xhtml\+xml|json|feed\+json|rss\+xml|atom\+xml|rdf\+xml|[\w.+-]+\+xml|[\w.+-]+\+json))$/;

export interface FetcherOptions {
  userAgent?: string;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /**
   * Hosts that may be fetched even when they resolve to a private or loopback address: "host" (any port)
   * or "host:port". From SITREP_FETCH_ALLOW_HOSTS; the tests allow their local server this way.
   */
  allowHosts?: readonly string[];
  /** DNS resolution, for tests; the system resolver by default. */
  resolve?: (hostname: string) => Promise<LookupAddress[]>;
}

type Response = Awaited<ReturnType<typeof request>>;

/** What every request of one fetcher shares. */
interface Settings {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  agent: Agent;
  guard: Guard;
}

export function createFetcher(opts: FetcherOptions = {}): Fetcher & { close(): Promise<void> } {
  const guard = createGuard(opts);
  const settings: Settings = {
    timeoutMs: opts.timeoutMs ?? FETCH_TIMEOUT_MS,
    maxBytes: opts.maxBytes ?? FETCH_MAX_BYTES,
    maxRedirects: opts.maxRedirects ?? FETCH_MAX_REDIRECTS,
    userAgent: opts.userAgent ?? USER_AGENT,
    agent: pinnedAgent(guard),
    guard,
  };
  return {
    fetch: (req) => fetchWithin(settings, req),
    close: () => settings.agent.close(),
  };
}

/** One fetch under the total timeout; every failure becomes a `failed` result, never an exception. */
async function fetchWithin(settings: Settings, req: FetchRequest): Promise<FetchResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
  try {
    return await get(settings, req, controller.signal);
  } catch (err) {
    if (err instanceof FetchFailure)
      return {
        kind: 'failed',
        reason: err.reason,
        message: err.message,
        ...(err.status === undefined ? {} : { status: err.status }),
        ...(err.headers === undefined ? {} : { headers: err.headers }),
      };
    return { kind: 'failed', reason: 'network', message: describe(err) };
  } finally {
    clearTimeout(timer);
  }
}

/** Follows redirects by hand, each hop checked like the first, and answers with the final response. */
async function get(settings: Settings, req: FetchRequest, signal: AbortSignal): Promise<FetchResult> {
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
    return await accepted(settings, res, url, signal);
  }
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

async function notModified(res: Response, url: URL, req: FetchRequest): Promise<FetchResult> {
  await discard(res);
  return {
    kind: 'not-modified',
    url: url.href,
    etag: header(res, 'etag') ?? req.etag ?? null,
    lastModified: header(res, 'last-modified') ?? req.lastModified ?? null,
  };
}

/** A final response that passes the status, content-type and size checks, with its body read. */
async function accepted(
  settings: Settings,
  res: Response,
  url: URL,
  signal: AbortSignal,
): Promise<FetchResult> {
  const status = res.statusCode;
  if (status < 200 || status >= 300) {
    await discard(res);
    throw new FetchFailure('http', `HTTP ${status} from ${url.host}`, status, headersOf(res));
  }
  const contentType = header(res, 'content-type');
  await checkContentType(res, url, contentType);
  const bytes = await readCapped(settings, res, url, signal);
  return {
    kind: 'ok',
    url: url.href,
    status,
    contentType,
    body: decode(bytes, contentType),
    etag: header(res, 'etag'),
    lastModified: header(res, 'last-modified'),
    headers: headersOf(res),
  };
}

/** Without a type nothing says the body is a feed or a page rather than a file or an API's answer. */
async function checkContentType(res: Response, url: URL, contentType: string | null): Promise<void> {
  const mime = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (mime && ACCEPTABLE_TYPE.test(mime)) return;
  await discard(res);
  throw new FetchFailure(
    'content-type',
    mime
      ? `${url.host} sent ${mime}, not a feed or a web page`
      : `${url.host} sent no Content-Type, so it is not known to be a feed or a web page`,
    res.statusCode,
  );
}

/** The body, refused as soon as it is declared or streamed beyond the size cap. */
async function readCapped(settings: Settings, res: Response, url: URL, signal: AbortSignal): Promise<Buffer> {
  const { maxBytes } = settings;
  const status = res.statusCode;
  const length = Number(header(res, 'content-length') ?? Number.NaN);
  if (Number.isFinite(length) && length > maxBytes) {
    await discard(res);
    throw new FetchFailure(
      'too-large',
      `the response is ${mb(length)}, over the ${mb(maxBytes)} limit`,
      status,
    );
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of res.body) {
      const buf = chunk as Buffer;
      size += buf.length;
      if (size > maxBytes) {
        res.body.destroy();
        throw new FetchFailure('too-large', `the response is over the ${mb(maxBytes)} limit`, status);
      }
      chunks.push(buf);
    }
  } catch (err) {
    if (err instanceof FetchFailure) throw err;
    if (signal.aborted)
      throw new FetchFailure('timeout', `${url.host} did not finish within ${settings.timeoutMs / 1000} s`);
    throw new FetchFailure('network', `reading from ${url.host} failed: ${describe(err)}`);
  }
  return Buffer.concat(chunks);
}

function headersOf(res: Response): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, v] of Object.entries(res.headers)) {
    const value = Array.isArray(v) ? v[0] : v;
    if (value !== undefined) out[name.toLowerCase()] = value;
  }
  return out;
}

const header = (res: Response, name: string): string | null => headersOf(res)[name] ?? null;

async function discard(res: Response): Promise<void> {
  await res.body.dump().catch(() => undefined);
}

function decode(bytes: Buffer, contentType: string | null): string {
  const charset = /charset\s*=\s*"?([\w-]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function describe(err: unknown): string {
  if (err instanceof Error) {
    const cause = (err as { cause?: unknown }).cause;
    const code = (err as { code?: unknown }).code ?? (cause as { code?: unknown } | undefined)?.code;
    const inner = cause instanceof Error ? cause.message : '';
    return [
      err.message,
      inner && inner !== err.message ? inner : '',
      typeof code === 'string' ? `(${code})` : '',
    ]
      .filter(Boolean)
      .join(' ');
  }
  return String(err);
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
