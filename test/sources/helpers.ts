// A real HTTP server on 127.0.0.1 serving the fixtures, a Sitrep runtime on a real SQLite file in a temp
// dir, an injected clock, a fake outbound port that records every post, and the commands run on them.
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { createExecutor } from '../../src/app/executor.js';
import { openRuntime, type Runtime } from '../../src/app/runtime.js';
import type { ChannelPlatform, ChannelRef, Outbound } from '../../src/core/ports.js';
import type { Reply } from '../../src/core/reply.js';
import { briefingReply } from '../../src/core/sources/briefing.js';
import type { SourcesOptions } from '../../src/core/sources/context.js';
import { createSourcesService, type SourcesService } from '../../src/core/sources/service.js';
import { fixedClock } from '../../src/infra/clock.js';
import { cronSchedules } from '../../src/infra/cron.js';
import { createFetcher } from '../../src/infra/fetcher.js';
import { memoryLogger } from '../../src/infra/logger.js';
import { processRun } from '../../src/infra/process-run.js';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'sources');
export const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

export interface Served {
  status?: number;
  type?: string;
  body?: string | Buffer;
  headers?: Record<string, string>;
  /** The response starts when this settles: a slow or silent server, for as long as the test wants. */
  hold?: Promise<unknown>;
  /** Stream the body in chunks without a Content-Length. */
  chunked?: boolean;
}
export type Route = (req: IncomingMessage) => Served;

export interface TestServer {
  port: number;
  host: string;
  url(path: string): string;
  routes: Map<string, Route>;
  /** Answers a path no route has (when set), before the 404. */
  fallback: Route | null;
  requests: { path: string; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, Route>();
  const requests: TestServer['requests'] = [];
  const test: TestServer = {
    port: 0,
    host: '',
    url: (path) => `http://${test.host}${path}`,
    routes,
    fallback: null,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server = createServer((req, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.push({ path, headers: req.headers });
    const route = routes.get(path) ?? test.fallback ?? undefined;
    const served: Served = route ? route(req) : { status: 404, type: 'text/plain', body: 'not found' };
    const send = () => {
      if (res.destroyed) return;
      const body = served.body ?? '';
      const headers: Record<string, string> = { ...served.headers };
      if (served.type) headers['content-type'] = served.type;
      if (served.chunked && Buffer.isBuffer(body)) {
        res.writeHead(served.status ?? 200, headers);
        const step = 256 * 1024;
        let i = 0;
        const pump = () => {
          while (i < body.length) {
            const ok = res.write(body.subarray(i, i + step));
            i += step;
            if (!ok) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('error', () => undefined);
        pump();
        return;
      }
      headers['content-length'] = String(Buffer.byteLength(body));
      res.writeHead(served.status ?? 200, headers);
      res.end(body);
    };
    if (served.hold) void served.hold.then(send, send);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  test.port = port;
  test.host = `127.0.0.1:${port}`;
  return test;
}

// ─── Feeds ──────────────────────────────────────────────────────────────────────────────────────────

export interface RssItem {
  guid: string;
  link: string;
  title: string;
  /** RFC 822, as RSS has it. */
  date: string;
  /** The fixture story (story-*.html) or literal HTML. */
  html: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rss(title: string, items: RssItem[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>${esc(title)}</title>
    <link>https://news.example/</link>
    <description>Test feed</description>
${items
  .map(
    (i) => `    <item>
      <title>${esc(i.title)}</title>
      <link>${esc(i.link)}</link>
      <guid isPermaLink="false">${esc(i.guid)}</guid>
      <pubDate>${i.date}</pubDate>
      <description>${esc(i.title)}</description>
      <content:encoded><![CDATA[${i.html}]]></content:encoded>
    </item>`,
  )
  .join('\n')}
  </channel>
</rss>
`;
}

export const STORY = {
  review: {
    guid: 'news-review',
    link: 'https://news.example/ncsc-review',
    title: 'NCSC annual review published',
    date: 'Mon, 08 Jul 2024 09:00:00 +0100',
    html: fixture('story-review.html'),
  },
  sandworm: {
    guid: 'news-sandworm',
    link: 'https://news.example/sandworm',
    title: 'Sandworm behind Ukrainian outage, researchers say',
    date: 'Sun, 07 Jul 2024 08:00:00 +0000',
    html: fixture('story-sandworm.html'),
  },
  apt40: {
    guid: 'news-apt40',
    link: 'https://news.example/apt40',
    title: 'Australia and partners blame APT40 for government intrusions',
    date: 'Tue, 09 Jul 2024 07:30:00 +1000',
    html: fixture('story-apt40.html'),
  },
  ransomware: {
    guid: 'news-ransomware',
    link: 'https://news.example/hospital-ransomware',
    title: 'Hospital trust cancels appointments after ransomware attack',
    date: 'Wed, 10 Jul 2024 12:00:00 +0100',
    html: fixture('story-ransomware.html'),
  },
} satisfies Record<string, RssItem>;

export const xml = (body: string): Served => ({ type: 'application/rss+xml; charset=utf-8', body });

// ─── Runtime, service and the fake outbound port ────────────────────────────────────────────────────

export interface Post {
  platform: ChannelPlatform;
  channel: string;
  reply: Reply;
  key?: string;
}

/** Records each post; its message id is "posted-N", N counting from 1. */
export function recordingOutbound(): Outbound & { posts: Post[]; failNext: number } {
  const out = {
    posts: [] as Post[],
    failNext: 0,
    async post(platform: ChannelPlatform, channel: string, reply: Reply, opts?: { key: string }) {
      if (out.failNext > 0) {
        out.failNext--;
        throw new Error('platform down (HTTP 503)');
      }
      out.posts.push({ platform, channel, reply, ...opts });
      return { messageId: `posted-${out.posts.length}` };
    },
  };
  return out;
}

export const ADMINS = { platform: 'terminal', id: 'admins' } as const;
export const CONSOLE = { platform: 'terminal', id: 'console' } as const;
export const ADMIN = { platform: 'terminal', userId: 'local' } as const;

export interface Env {
  dir: string;
  rt: Runtime;
  service: SourcesService;
  clock: ReturnType<typeof fixedClock>;
  logger: ReturnType<typeof memoryLogger>;
  outbound: ReturnType<typeof recordingOutbound>;
  fetcher: ReturnType<typeof createFetcher>;
  /** Closes the runtime and opens the same data dir again: a process restart. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function openEnv(
  server: TestServer,
  opts: {
    dir?: string;
    options?: SourcesOptions;
    timeoutMs?: number;
    start?: Date;
    /** Credentials for TAXII servers, as SITREP_TAXII_AUTH gives them. */
    taxiiAuth?: (url: string) => string | null;
  } = {},
): Promise<Env> {
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'sitrep-sources-'));
  const clock = fixedClock(opts.start ?? new Date('2024-07-10T09:00:00Z'));
  const logger = memoryLogger();
  const outbound = recordingOutbound();
  // The product's timeout unless a test is about timing out: a busy machine must not fail a fetch.
  const fetcher = createFetcher({
    allowHosts: [server.host],
    ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
  });
  // Each make() is a process run of its own: restart() stands for a new process.
  let runs = 0;
  const make = async () => {
    const rt = await openRuntime({ dataDir: dir, seedsDir: null, clock, logger });
    runs++;
    const service = createSourcesService({
      corpus: rt.corpus,
      sources: rt.sourceStore,
      ingest: (inputs) => rt.ingest(inputs),
      fetcher,
      schedules: cronSchedules('UTC'),
      clock,
      logger,
      runs: processRun(Math.round(performance.timeOrigin) + runs),
      outbound,
      adminChannel: ADMINS,
      names: rt.store,
      ...(opts.taxiiAuth ? { taxiiAuth: opts.taxiiAuth } : {}),
      ...(opts.options ? { options: opts.options } : {}),
    });
    return { rt, service };
  };
  const env: Env = {
    dir,
    clock,
    logger,
    outbound,
    fetcher,
    ...(await make()),
    async restart() {
      await env.rt.close();
      Object.assign(env, await make());
    },
    async close() {
      await env.rt.close();
      await fetcher.close();
    },
  };
  return env;
}

/** Every text in a reply, for assertions. */
export function textOf(r: Reply): string {
  return JSON.stringify(r.blocks);
}

/**
 * One local server for a test file, and a fresh data dir, clock and service for each test, handed to `use`
 * before the test runs (the server forgets its routes and requests in between); `options` are the
 * service's (TAXII credentials, say), given the server.
 */
export function freshEnvEachTest(
  use: (server: TestServer, env: Env) => void,
  options: (server: TestServer) => Parameters<typeof openEnv>[1] = () => ({}),
): void {
  let server: TestServer;
  let env: Env;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    server.routes.clear();
    server.fallback = null;
    server.requests.length = 0;
    env = await openEnv(server, options(server));
    use(server, env);
  });
  afterEach(() => env.close());
}

/** `freshEnvEachTest` for a file that only keeps the two: their holder, filled anew before each test. */
export function freshEnvHeld(): { server: TestServer; env: Env } {
  const held = {} as { server: TestServer; env: Env };
  freshEnvEachTest((server, env) => {
    held.server = server;
    held.env = env;
  });
  return held;
}

/** The Slack channel the tests follow from. */
export const SLACK = { platform: 'slack', id: 'C0NEWS' } as const;

/** Serves an RSS feed of these items at /news.xml and adds it as a source named "Example News". */
export function addNewsFeedTo(server: TestServer, env: Env, items = [STORY.review, STORY.sandworm]) {
  server.routes.set('/news.xml', () => xml(rss('Example News', items)));
  return env.service.addSource({ url: server.url('/news.xml'), name: 'Example News' }, ADMIN);
}

/** The value of a result the test expects to succeed; a refusal fails the test, naming its kind. */
export function value<T, E>(r: { ok: true; value: T } | { ok: false; error: E }): T {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.error)}`);
  return r.value;
}

/** A command run by a Slack admin in the SLACK channel, through the executor every adapter uses. */
export function asAdmin(env: Env, command: string, raw: Record<string, unknown>): Promise<Reply> {
  const executor = createExecutor(env.rt, ['slack:U_ADMIN'], env.service);
  return executor.execute(command, raw, { platform: 'slack', userId: 'U_ADMIN' }, SLACK.id);
}

/** The hint under a user error (its last context line). */
export function hintOf(r: Reply): string | undefined {
  return r.blocks.findLast((b) => b.type === 'context')?.text;
}

/** The briefing /brief would show a channel, as one reply (null when there is nothing). */
export async function briefOf(env: Env, channel: ChannelRef, since?: string): Promise<Reply | null> {
  return briefingReply((await env.service.brief(channel, since)).inputs, env.rt.corpus);
}
