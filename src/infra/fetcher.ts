// The one HTTP fetcher for sources and linked articles. Every request: http(s) only, a total timeout, a
// response-size cap, redirects followed by hand (at most a few, each hop checked like the first), a
// content-type check (a response without one is refused), conditional requests, a User-Agent naming the
// bot, and no private addresses: the host is resolved here, every address checked, and the connection
// pinned to the checked addresses so a DNS answer cannot change between the check and the connect.

import type { LookupAddress } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { Agent, request } from 'undici';
import type { Fetcher, FetchFailureKind, FetchRequest, FetchResult } from '../core/ports.js';
import { blockedReason } from './net-guard.js';

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

class FetchFailure extends Error {
  constructor(
    readonly reason: FetchFailureKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export function createFetcher(opts: FetcherOptions = {}): Fetcher & { close(): Promise<void> } {
  const timeoutMs = opts.timeoutMs ?? FETCH_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? FETCH_MAX_BYTES;
  const maxRedirects = opts.maxRedirects ?? FETCH_MAX_REDIRECTS;
  const userAgent = opts.userAgent ?? USER_AGENT;
  const allow = new Set((opts.allowHosts ?? []).map((h) => h.trim().toLowerCase()).filter(Boolean));
  const resolve =
    opts.resolve ??
    ((host: string) => dnsLookup(host, { all: true, verbatim: true }) as Promise<LookupAddress[]>);
  // Addresses checked for each host name; the agent's lookup only ever answers with these.
  const pinned = new Map<string, LookupAddress[]>();
  const agent = new Agent({
    connect: {
      lookup(hostname, options, callback) {
        const addresses = pinned.get(hostname.toLowerCase());
        if (!addresses || addresses.length === 0) {
          callback(new Error(`refusing to connect to ${hostname}: its address was not checked`), '', 4);
          return;
        }
        if ((options as { all?: boolean }).all)
          (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
        else {
          const [first] = addresses;
          callback(null, first?.address ?? '', first?.family ?? 4);
        }
      },
    },
  });

  const allowed = (url: URL) => {
    const host = url.hostname.toLowerCase();
    const port = url.port || (url.protocol === 'https:' ? '443' : '80');
    return allow.has(host) || allow.has(`${host}:${port}`);
  };

  /** Checks where `url` leads before any byte is sent there. */
  async function vet(url: URL): Promise<void> {
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new FetchFailure('invalid-url', `only http and https can be fetched, not ${url.protocol}`);
    if (url.username || url.password)
      throw new FetchFailure('invalid-url', 'addresses with credentials are not fetched');
    const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (allowed(url)) {
      if (!isIP(host)) pinned.set(host, await resolveAll(host));
      return;
    }
    if (isIP(host)) {
      const why = blockedReason(host);
      if (why) throw new FetchFailure('refused', `refused to fetch ${url.host}: ${why}`);
      return;
    }
    if (host === 'localhost' || host.endsWith('.localhost'))
      throw new FetchFailure('refused', `refused to fetch ${url.host}: a loopback host name`);
    const addresses = await resolveAll(host);
    for (const a of addresses) {
      const why = blockedReason(a.address);
      if (why)
        throw new FetchFailure(
          'refused',
          `refused to fetch ${url.host}: it resolves to ${a.address}, ${why}`,
        );
    }
    pinned.set(host, addresses);
  }

  async function resolveAll(host: string): Promise<LookupAddress[]> {
    try {
      const addresses = await resolve(host);
      if (addresses.length === 0) throw new Error('no addresses');
      return addresses;
    } catch (err) {
      throw new FetchFailure(
        'network',
        `cannot resolve ${host}: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  }

  async function get(req: FetchRequest, signal: AbortSignal): Promise<FetchResult> {
    let url: URL;
    try {
      url = new URL(req.url);
    } catch {
      throw new FetchFailure('invalid-url', `not a URL: ${req.url}`);
    }
    for (let hop = 0; ; hop++) {
      await vet(url);
      const headers: Record<string, string> = {
        'user-agent': userAgent,
        accept: ACCEPT,
        'accept-encoding': 'identity',
      };
      // Validators belong to the address they came from; a redirect elsewhere starts afresh.
      if (hop === 0 && req.etag) headers['if-none-match'] = req.etag;
      if (hop === 0 && req.lastModified) headers['if-modified-since'] = req.lastModified;
      let res: Awaited<ReturnType<typeof request>>;
      try {
        res = await request(url, { method: 'GET', headers, dispatcher: agent, signal, maxRedirections: 0 });
      } catch (err) {
        if (signal.aborted)
          throw new FetchFailure('timeout', `no answer from ${url.host} within ${timeoutMs / 1000} s`);
        throw new FetchFailure('network', `cannot reach ${url.host}: ${describe(err)}`);
      }
      const header = (name: string) => {
        const v = res.headers[name];
        return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
      };
      const status = res.statusCode;
      if (status >= 300 && status < 400 && status !== 304) {
        await res.body.dump().catch(() => undefined);
        const location = header('location');
        if (!location) throw new FetchFailure('http', `HTTP ${status} without a Location header`, status);
        if (hop >= maxRedirects)
          throw new FetchFailure('too-many-redirects', `more than ${maxRedirects} redirects`, status);
        try {
          url = new URL(location, url);
        } catch {
          throw new FetchFailure('invalid-url', `redirect to an invalid address: ${location}`, status);
        }
        continue;
      }
      if (status === 304) {
        await res.body.dump().catch(() => undefined);
        return {
          kind: 'not-modified',
          url: url.href,
          etag: header('etag') ?? req.etag ?? null,
          lastModified: header('last-modified') ?? req.lastModified ?? null,
        };
      }
      if (status < 200 || status >= 300) {
        await res.body.dump().catch(() => undefined);
        throw new FetchFailure('http', `HTTP ${status} from ${url.host}`, status);
      }
      const contentType = header('content-type');
      const mime = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      // Without a type nothing says the body is a feed or a page rather than a file or an API's answer.
      if (!mime || !ACCEPTABLE_TYPE.test(mime)) {
        await res.body.dump().catch(() => undefined);
        throw new FetchFailure(
          'content-type',
          mime
            ? `${url.host} sent ${mime}, not a feed or a web page`
            : `${url.host} sent no Content-Type, so it is not known to be a feed or a web page`,
          status,
        );
      }
      const length = Number(header('content-length') ?? Number.NaN);
      if (Number.isFinite(length) && length > maxBytes) {
        await res.body.dump().catch(() => undefined);
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
          throw new FetchFailure('timeout', `${url.host} did not finish within ${timeoutMs / 1000} s`);
        throw new FetchFailure('network', `reading from ${url.host} failed: ${describe(err)}`);
      }
      return {
        kind: 'ok',
        url: url.href,
        status,
        contentType,
        body: decode(Buffer.concat(chunks), contentType),
        etag: header('etag'),
        lastModified: header('last-modified'),
      };
    }
  }

  return {
    async fetch(req) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      try {
        return await get(req, controller.signal);
      } catch (err) {
        if (err instanceof FetchFailure)
          return err.status === undefined
            ? { kind: 'failed', reason: err.reason, message: err.message }
            : { kind: 'failed', reason: err.reason, message: err.message, status: err.status };
        return { kind: 'failed', reason: 'network', message: describe(err) };
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => agent.close(),
  };
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
