// A TAXII 2.1 server on the tests' loopback HTTP server: a discovery service, two API roots, their
// collections, and one collection's objects, sorted by when each was added, filtered by `added_after`,
// paged with `next` and the X-TAXII-Date-Added-First/Last headers. Every request must ask for the TAXII
// media type (406 otherwise) and carry HTTP Basic credentials (401 otherwise); it can be told to answer
// 429 with a Retry-After for a while, or to one objects request in the middle of paging.
import type { IncomingMessage } from 'node:http';
import type { Served, TestServer } from './helpers.js';

export const TAXII = 'application/taxii+json;version=2.1';
export const USER = 'analyst';
export const PASSWORD = 'correct horse';
export const BASIC = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;

export interface Added {
  object: Record<string, unknown>;
  /** When the server added it (a TAXII timestamp). */
  added: string;
}

export interface TaxiiServer {
  /** The collection's objects, in any order: the server sorts them by `added`. */
  objects: Added[];
  /** Objects per page at most, whatever the client asks. */
  pageSize: number;
  /** Requests still to answer with 429, and the Retry-After it sends (seconds). */
  limitNext: number;
  retryAfter: string;
  /** The objects request (counted from 1) to answer with 429, as a server that limits mid-paging. */
  limitObjectsRequest: number | null;
  /** The objects requests, with their query. */
  objectQueries: URLSearchParams[];
  discovery: string;
  apiRoot: string;
  collection: string;
}

const json = (body: unknown, headers: Record<string, string> = {}): Served => ({
  type: TAXII,
  body: JSON.stringify(body),
  headers,
});

const error = (status: number, title: string, headers: Record<string, string> = {}): Served => ({
  status,
  type: TAXII,
  body: JSON.stringify({ title }),
  headers,
});

export function serveTaxii(server: TestServer): TaxiiServer {
  const t: TaxiiServer = {
    objects: [],
    pageSize: 2,
    limitNext: 0,
    retryAfter: '3600',
    limitObjectsRequest: null,
    objectQueries: [],
    discovery: server.url('/taxii2/'),
    apiRoot: server.url('/api1/'),
    collection: server.url('/api1/collections/reports/'),
  };
  const guarded = (answer: (req: IncomingMessage) => Served) => (req: IncomingMessage) => {
    if (!String(req.headers.accept ?? '').includes('application/taxii+json'))
      return error(406, 'Not Acceptable');
    if (req.headers.authorization !== BASIC)
      return error(401, 'Unauthorized', { 'www-authenticate': 'Basic realm="taxii"' });
    if (t.limitNext > 0) {
      t.limitNext--;
      return error(429, 'Too Many Requests', { 'retry-after': t.retryAfter });
    }
    return answer(req);
  };
  const route = (path: string, answer: (req: IncomingMessage) => Served) =>
    server.routes.set(path, guarded(answer));
  route('/taxii2/', () =>
    json({ title: 'Test TAXII', default: t.apiRoot, api_roots: [t.apiRoot, server.url('/api2/')] }),
  );
  const root = { title: 'Test root', versions: [TAXII], max_content_length: 10_485_760 };
  route('/api1/', () => json(root));
  route('/api2/', () => json({ ...root, title: 'Second root' }));
  const reports = { id: 'reports', title: 'Partner reports', can_read: true, can_write: false };
  route('/api1/collections/', () =>
    json({ collections: [reports, { id: 'closed', title: 'Closed', can_read: false, can_write: false }] }),
  );
  route('/api2/collections/', () => json({}));
  route('/api1/collections/reports/', () => json(reports));
  route('/api1/collections/reports/objects/', (req) =>
    objectsPage(t, new URL(req.url ?? '/', 'http://x').searchParams),
  );
  // Get an object, by the id in its address.
  const one = /^\/api1\/collections\/reports\/objects\/([^/]+)\/$/;
  server.fallback = guarded((req) => {
    const id = decodeURIComponent(one.exec((req.url ?? '').split('?')[0] ?? '')?.[1] ?? '');
    const found = t.objects.filter((o) => o.object.id === id);
    return found.length > 0 ? json({ objects: found.map((o) => o.object) }) : error(404, 'Not Found');
  });
  return t;
}

/** The page a query asks for: objects added after `added_after`, from the offset `next` names. */
function objectsPage(t: TaxiiServer, q: URLSearchParams): Served {
  t.objectQueries.push(q);
  if (t.objectQueries.length === t.limitObjectsRequest)
    return error(429, 'Too Many Requests', { 'retry-after': t.retryAfter });
  const after = q.get('added_after');
  const sorted = [...t.objects]
    .sort((a, b) => a.added.localeCompare(b.added))
    .filter((o) => after === null || Date.parse(o.added) > Date.parse(after));
  const from = Number(q.get('next') ?? '0');
  const size = Math.min(t.pageSize, Number(q.get('limit') ?? t.pageSize));
  const page = sorted.slice(from, from + size);
  const more = from + size < sorted.length;
  const headers: Record<string, string> = {};
  const first = page[0];
  const last = page.at(-1);
  if (first && last) {
    headers['x-taxii-date-added-first'] = first.added;
    headers['x-taxii-date-added-last'] = last.added;
  }
  return json(
    { more, ...(more ? { next: String(from + size) } : {}), objects: page.map((o) => o.object) },
    headers,
  );
}
