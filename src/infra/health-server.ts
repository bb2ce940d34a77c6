// The health endpoint a load balancer and an operator read (issue 18): GET /healthz answers 200 while the
// store answers, 503 when it does not (or not within the time limit), with the scheduler election's state
// in the body. Every replica answers commands, so a follower is healthy too: leadership is reported, not
// required. What it checks is injected; this module knows node:http and nothing of the engines.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Schedule, timerSchedule } from './schedule.js';

export interface LeaderState {
  leading: boolean;
  /** When this replica began leading or following (ISO 8601). */
  since: string;
  lastError: string | null;
}

export interface HealthSources {
  /** Resolves when the store answers a trivial query; rejects with why it cannot. */
  checkStore(): Promise<void>;
  /** The election's state on replicas; absent on one host, which is always its own scheduler. */
  leader?: (() => LeaderState) | undefined;
}

export interface HealthOptions {
  /** A store check still running after this answers 503 (2 s by default). */
  timeoutMs?: number;
  schedule?: Schedule;
}

export interface HealthReport {
  status: 'ok' | 'unavailable';
  store: { reachable: boolean; error?: string };
  scheduler: { mode: 'single' } | ({ mode: 'elected' } & LeaderState);
}

/** The store's answer (null) or why there was none within `ms`. */
function checkWithin(check: () => Promise<void>, ms: number, schedule: Schedule): Promise<string | null> {
  return new Promise((resolve) => {
    const cancel = schedule(ms, () => resolve(`no answer within ${ms} ms`));
    const settle = (error: string | null) => {
      cancel();
      resolve(error);
    };
    Promise.resolve()
      .then(check)
      .then(
        () => settle(null),
        (err: unknown) => settle(err instanceof Error ? err.message : String(err)),
      );
  });
}

export async function healthReport(sources: HealthSources, opts: HealthOptions = {}): Promise<HealthReport> {
  const error = await checkWithin(sources.checkStore, opts.timeoutMs ?? 2000, opts.schedule ?? timerSchedule);
  return {
    status: error === null ? 'ok' : 'unavailable',
    store: error === null ? { reachable: true } : { reachable: false, error },
    scheduler: sources.leader ? { mode: 'elected', ...sources.leader() } : { mode: 'single' },
  };
}

function send(res: ServerResponse, status: number, body: unknown, head = false): void {
  const text = `${JSON.stringify(body)}\n`;
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(head ? undefined : text);
}

/** The request handler: /healthz for GET and HEAD, 404 elsewhere, 405 for other methods. */
export function healthHandler(sources: HealthSources, opts: HealthOptions = {}) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const path = new URL(req.url ?? '/', 'http://health').pathname;
    if (path !== '/healthz') {
      send(res, 404, { error: 'not found: the health endpoint is /healthz' });
    } else if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      send(res, 405, { error: 'use GET or HEAD' });
    } else answer(sources, opts, req, res);
  };
}

function answer(
  sources: HealthSources,
  opts: HealthOptions,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  healthReport(sources, opts).then(
    (report) => send(res, report.status === 'ok' ? 200 : 503, report, req.method === 'HEAD'),
    (err: unknown) => send(res, 500, { error: err instanceof Error ? err.message : String(err) }),
  );
}

export interface HealthServer {
  /** http://host:port of the listening server. */
  readonly url: string;
  close(): Promise<void>;
}

/** Listens on `port` (0: any free one) at `host` (loopback unless given). */
export async function startHealthServer(
  sources: HealthSources,
  opts: HealthOptions & { port: number; host?: string },
): Promise<HealthServer> {
  const server: Server = createServer(healthHandler(sources, opts));
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
