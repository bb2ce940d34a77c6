// A final response's content type, and its body read under a size cap: the declared length is checked
// before a byte is read, the streamed length as it arrives. The fetcher gathers a feed or a page whole
// this way; a catalogue download is handed on chunk by chunk, with a cap of its own.
import type { request } from 'undici';
import { FetchFailure } from './fetch-guard.js';

export type Response = Awaited<ReturnType<typeof request>>;

/** What a feed, an article page or a catalogue (JSON, which some hosts serve as text/plain) can be served as. */
const ACCEPTABLE_TYPE =
  /^(?:text\/(?:html|xml|plain)|application\/(?:xml|xhtml\+xml|json|feed\+json|rss\+xml|atom\+xml|rdf\+xml|[\w.+-]+\+xml|[\w.+-]+\+json))$/;

/** Without a type nothing says the body is a feed or a page rather than a file or an API's answer. */
export async function checkContentType(res: Response, url: URL, contentType: string | null): Promise<void> {
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

/** The response's headers, names in lower case, the first value of a repeated one. */
export function headersOf(res: Response): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, v] of Object.entries(res.headers)) {
    const value = Array.isArray(v) ? v[0] : v;
    if (value !== undefined) out[name.toLowerCase()] = value;
  }
  return out;
}

export function header(res: Response, name: string): string | null {
  const v = res.headers[name];
  return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
}

export async function discard(res: Response): Promise<void> {
  await res.body.dump().catch(() => undefined);
}

/** Refuses a response whose declared length is over the cap, before any of it is read. */
export async function checkDeclaredLength(res: Response, maxBytes: number): Promise<void> {
  const length = Number(header(res, 'content-length') ?? Number.NaN);
  if (!Number.isFinite(length) || length <= maxBytes) return;
  await discard(res);
  throw new FetchFailure(
    'too-large',
    `the response is ${mb(length)}, over the ${mb(maxBytes)} limit`,
    res.statusCode,
  );
}

export interface BodyLimits {
  maxBytes: number;
  /** Seconds, for the message when the deadline passes. */
  timeoutMs: number;
  signal: AbortSignal;
}

/**
 * The body's chunks as they arrive; throws FetchFailure (too large, timed out, connection lost) and stops
 * reading as soon as the streamed length passes the cap.
 */
export async function* cappedChunks(res: Response, url: URL, limits: BodyLimits): AsyncGenerator<Buffer> {
  let size = 0;
  try {
    for await (const chunk of res.body) {
      const buf = chunk as Buffer;
      size += buf.length;
      if (size > limits.maxBytes)
        throw new FetchFailure(
          'too-large',
          `the response is over the ${mb(limits.maxBytes)} limit`,
          res.statusCode,
        );
      yield buf;
    }
  } catch (err) {
    if (err instanceof FetchFailure) throw err;
    if (limits.signal.aborted)
      throw new FetchFailure('timeout', `${url.host} did not finish within ${limits.timeoutMs / 1000} s`);
    throw new FetchFailure('network', `reading from ${url.host} failed: ${describe(err)}`);
  } finally {
    abandon(res);
  }
}

/**
 * Drops what is left of a body the reader stopped reading (the cap, a reader that gave up): waiting for
 * the rest could take until the deadline. The connection's abort error has nobody left to tell.
 */
export function abandon(res: Response): void {
  if (res.body.readableEnded) return;
  res.body.on('error', () => undefined);
  res.body.destroy();
}

/** The whole body under the cap. */
export async function readCapped(res: Response, url: URL, limits: BodyLimits): Promise<Buffer> {
  await checkDeclaredLength(res, limits.maxBytes);
  const chunks: Buffer[] = [];
  for await (const chunk of cappedChunks(res, url, limits)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

export function decode(bytes: Buffer, contentType: string | null): string {
  const charset = /charset\s*=\s*"?([\w-]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

export function describe(err: unknown): string {
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

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
