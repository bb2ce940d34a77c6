// A TAXII 2.1 client over the product's fetcher (same guards, timeout and size cap): what an address is
// (a discovery service, an API root, its collections, one collection or its objects), and one page of a
// collection's objects after a time. Every request asks for `application/taxii+json;version=2.1` and
// carries the credentials configured for the server's host; a refusal is a message a person can act on.
import type { Fetcher, FetchResult } from '../ports.js';
import { ok, type Result, refused } from '../util/result.js';

export const TAXII_MEDIA_TYPE = 'application/taxii+json;version=2.1';

/** The Authorization header for an address, from the configuration; null when none is set for its host. */
export type TaxiiAuth = (url: string) => string | null;

export interface TaxiiFailure {
  message: string;
  status?: number;
  /** When the server asked to be left alone (429), for how long. */
  retryAfterMs?: number;
}

export interface TaxiiCollection {
  title: string;
  url: string;
  canRead: boolean;
}

export type TaxiiResource =
  | { kind: 'collection'; url: string; title: string }
  | { kind: 'listing'; collections: TaxiiCollection[] };

export interface ObjectsPage {
  objects: unknown[];
  more: boolean;
  next: string | null;
  /** X-TAXII-Date-Added-First / -Last: when the first and last objects of the page were added. */
  addedFirst: string | null;
  addedLast: string | null;
}

type Obj = Record<string, unknown>;
const DEFAULT_RETRY_MS = 60_000;

/** Retry-After in seconds or as an HTTP date, as milliseconds from `now`. */
export function retryAfterMs(value: string | undefined, now: Date): number {
  if (!value) return DEFAULT_RETRY_MS;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - now.getTime()) : DEFAULT_RETRY_MS;
}

function failure(
  res: Extract<FetchResult, { kind: 'failed' }>,
  url: string,
  auth: string | null,
  now: Date,
): TaxiiFailure {
  const host = new URL(url).host;
  const status = res.status;
  const at = status === undefined ? {} : { status };
  if (status === 401 || status === 403)
    return {
      ...at,
      message: auth
        ? `${host} refused the credentials configured for it (HTTP ${status}); check SITREP_TAXII_AUTH`
        : `${host} needs credentials (HTTP ${status}): set SITREP_TAXII_AUTH=${host}=user:password (or ${host}=Bearer:TOKEN)`,
    };
  if (status === 406)
    return {
      ...at,
      message: `${host} does not serve TAXII 2.1 at this address (HTTP 406 for ${TAXII_MEDIA_TYPE})`,
    };
  if (status === 429) {
    const wait = retryAfterMs(res.headers?.['retry-after'], now);
    return {
      ...at,
      retryAfterMs: wait,
      message: `${host} is limiting requests (HTTP 429); Sitrep waits ${Math.ceil(wait / 1000)} s before asking again`,
    };
  }
  if (status === 404) return { ...at, message: `no TAXII resource at ${url} (HTTP 404)` };
  return { ...at, message: res.message };
}

/** One TAXII resource as JSON, or why not. */
export async function getTaxii(
  fetcher: Fetcher,
  url: string,
  auth: TaxiiAuth,
  now: Date,
): Promise<Result<{ json: Obj; headers: Readonly<Record<string, string>> }, TaxiiFailure>> {
  const authorization = auth(url);
  const res = await fetcher.fetch({ url, accept: TAXII_MEDIA_TYPE, authorization });
  if (res.kind === 'failed') return refused(failure(res, url, authorization, now));
  if (res.kind === 'not-modified')
    return refused({ message: `${url} answered "not modified" to a plain request` });
  try {
    const json = JSON.parse(res.body) as unknown;
    if (typeof json !== 'object' || json === null || Array.isArray(json))
      throw new Error('not a JSON object');
    return ok({ json: json as Obj, headers: res.headers });
  } catch (err) {
    return refused({ message: `${url} did not answer with TAXII JSON (${(err as Error).message})` });
  }
}

const slash = (url: string) => (url.endsWith('/') ? url : `${url}/`);
const resolve = (ref: string, base: string) => slash(new URL(ref, base).href);

/** What an address is: one collection, or the collections its discovery service or API root lists. */
export async function discoverTaxii(
  fetcher: Fetcher,
  url: string,
  auth: TaxiiAuth,
  now: Date,
): Promise<Result<TaxiiResource, TaxiiFailure>> {
  const first = await getTaxii(fetcher, url, auth, now);
  if (!first.ok) return first;
  const json = first.value.json;
  if (typeof json.id === 'string' && 'can_read' in json)
    return ok({ kind: 'collection', url: slash(url), title: String(json.title ?? json.id) });
  if (Array.isArray(json.objects) || 'more' in json) {
    const collection = slash(url).replace(/objects\/$/, '');
    const c = await getTaxii(fetcher, collection, auth, now);
    const title = c.ok ? String(c.value.json.title ?? c.value.json.id ?? collection) : collection;
    return ok({ kind: 'collection', url: collection, title });
  }
  if (Array.isArray(json.collections) || /\/collections\/?$/.test(url))
    return ok({ kind: 'listing', collections: collectionsOf(json, url) });
  const roots =
    Array.isArray(json.api_roots) || typeof json.default === 'string'
      ? apiRoots(json, url)
      : 'versions' in json
        ? [slash(url)]
        : null;
  if (!roots)
    return refused({
      message: `${url} answered, but not with a TAXII discovery service, API root or collection`,
    });
  const collections: TaxiiCollection[] = [];
  for (const root of roots) {
    const listed = await getTaxii(fetcher, `${root}collections/`, auth, now);
    if (!listed.ok) return listed;
    collections.push(...collectionsOf(listed.value.json, `${root}collections/`));
  }
  return ok({ kind: 'listing', collections });
}

function apiRoots(discovery: Obj, base: string): string[] {
  const listed = Array.isArray(discovery.api_roots)
    ? discovery.api_roots.filter((r): r is string => typeof r === 'string')
    : [];
  const all = [...(typeof discovery.default === 'string' ? [discovery.default] : []), ...listed];
  // A discovery service lists few roots; asking more than a handful is not worth a chat answer's wait.
  return [...new Set(all.map((r) => resolve(r, base)))].slice(0, 5);
}

function collectionsOf(json: Obj, base: string): TaxiiCollection[] {
  const list = Array.isArray(json.collections) ? (json.collections as Obj[]) : [];
  return list.flatMap((c) =>
    typeof c?.id === 'string'
      ? [
          {
            title: String(c.title ?? c.id),
            url: resolve(`${encodeURIComponent(c.id)}/`, slash(base)),
            canRead: c.can_read === true,
          },
        ]
      : [],
  );
}

/** One page of a collection's objects added after a time, or the page `next` names. */
export async function objectsPage(
  fetcher: Fetcher,
  collectionUrl: string,
  q: { addedAfter: string | null; next: string | null; limit: number },
  auth: TaxiiAuth,
  now: Date,
): Promise<Result<ObjectsPage, TaxiiFailure>> {
  const url = new URL('objects/', slash(collectionUrl));
  if (q.addedAfter) url.searchParams.set('added_after', q.addedAfter);
  if (q.next) url.searchParams.set('next', q.next);
  url.searchParams.set('limit', String(q.limit));
  const got = await getTaxii(fetcher, url.href, auth, now);
  if (!got.ok) return got;
  const { json, headers } = got.value;
  return ok({
    objects: Array.isArray(json.objects) ? json.objects : [],
    more: json.more === true,
    next: typeof json.next === 'string' && json.next !== '' ? json.next : null,
    addedFirst: headers['x-taxii-date-added-first'] ?? null,
    addedLast: headers['x-taxii-date-added-last'] ?? null,
  });
}

/** One object of a collection by its id (every version the server holds), for a reference a page left open. */
export async function objectById(
  fetcher: Fetcher,
  collectionUrl: string,
  id: string,
  auth: TaxiiAuth,
  now: Date,
): Promise<unknown[]> {
  const url = new URL(`objects/${encodeURIComponent(id)}/`, slash(collectionUrl)).href;
  const got = await getTaxii(fetcher, url, auth, now);
  return got.ok && Array.isArray(got.value.json.objects) ? got.value.json.objects : [];
}
