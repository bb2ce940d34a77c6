// A loopback Discord for tests: REST under /api/v10 and a gateway WebSocket on the same 127.0.0.1 port.
// It speaks what discord.js 14 uses (JSON encoding, no compression): HELLO, IDENTIFY → READY, heartbeats
// and their ACKs, RECONNECT → RESUME → RESUMED, and INTERACTION_CREATE dispatches. Every REST call is
// recorded, so tests assert on the exact payloads Discord would receive; messages posted to channels are kept
// as Discord keeps them (fake-channels.ts: an enforced nonce answers with the message it already made). A
// call can be carried out and its answer held back, as when the caller dies before hearing it.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { type Deferred, deferred } from '../../support/events.js';
import { type FormPart, isMultipart, parseMultipart } from '../../support/multipart.js';
import { FakeChannels } from './fake-channels.js';

export const APP_ID = '1100000000000000001';
export const BOT_ID = APP_ID;
export const GUILD_ID = '1200000000000000002';
export const CHANNEL_ID = '1300000000000000003';
export const USER_ID = '1400000000000000004';
export const COMMAND_ID = '1500000000000000005';
/** A syntactically valid bot token (three base64url parts); the fake accepts only this one. */
export const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.GfAkEd.fake-discord-token-for-loopback-tests';

export interface RecordedRequest {
  method: string;
  /** The decoded path after /api/v10, e.g. /webhooks/123/tok/messages/@original. */
  path: string;
  query: Record<string, string>;
  headers: IncomingMessage['headers'];
  body: unknown;
  /** Attachments of a multipart request (its JSON is in `body`, from payload_json). */
  files: FormPart[];
  at: number;
}

export interface GatewayConnection {
  path: string;
  query: Record<string, string>;
  received: { op: number; d: unknown }[];
  socket: WebSocket;
}

/** A REST call Discord has carried out whose answer is held back until `release()`. */
export interface HeldRequest {
  /** Resolves with the request once Discord has done it (a message posted is there), its answer not yet sent. */
  arrived: Promise<RecordedRequest>;
  /** Sends the answer; to nobody when the caller has gone meanwhile. */
  release(): void;
}

interface Hold {
  method: string;
  path: RegExp;
  arrived: Deferred<RecordedRequest>;
  released: Deferred;
}

interface Failure {
  method: string;
  path: RegExp;
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  readonly connections: GatewayConnection[] = [];
  readonly identifies: unknown[] = [];
  readonly resumes: { token: string; session_id: string; seq: number }[] = [];
  readonly channels = new FakeChannels();
  heartbeats = 0;
  /** How long discord.js waits between heartbeats; short so tests see several. */
  heartbeatInterval = 1000;
  /** The largest attachment the interactions it sends allow (Discord's default without boosts). */
  attachmentSizeLimit = 10_485_760;

  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private port = 0;
  private seq = 0;
  private sessionId = '';
  private sessions = 0;
  private live: GatewayConnection | null = null;
  private failures: Failure[] = [];
  private holds: Hold[] = [];
  private nextId = 1n;
  private waiters: (() => void)[] = [];

  private constructor() {
    this.server = createServer((req, res) => {
      void this.onHttp(req, res);
    });
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws, req));
    });
  }

  static async start(): Promise<FakeDiscord> {
    const fake = new FakeDiscord();
    fake.server.listen(0, '127.0.0.1');
    await once(fake.server, 'listening');
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  /** What DISCORD_API_URL points at: discord.js appends /v10. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  get resumeUrl(): string {
    return `ws://127.0.0.1:${this.port}/resume`;
  }

  /** Answers the next matching REST call with this status (once). */
  failNext(method: string, path: RegExp, status: number, body: unknown, headers?: Record<string, string>) {
    this.failures.push(headers ? { method, path, status, body, headers } : { method, path, status, body });
  }

  /** The next matching REST call is carried out, and answered only on release. */
  holdNext(method: string, path: RegExp): HeldRequest {
    const hold = { method, path, arrived: deferred<RecordedRequest>(), released: deferred() };
    this.holds.push(hold);
    return { arrived: hold.arrived.promise, release: () => hold.released.resolve() };
  }

  /** Resolves when a recorded request matches; rejects after `timeoutMs`. */
  waitForRequest(match: (r: RecordedRequest) => boolean, timeoutMs = 4000): Promise<RecordedRequest> {
    return this.waitUntil(() => this.requests.find(match), timeoutMs, 'request');
  }

  /** Resolves when `count` recorded requests match. */
  async waitForRequests(
    match: (r: RecordedRequest) => boolean,
    count: number,
    timeoutMs = 4000,
  ): Promise<RecordedRequest[]> {
    return this.waitUntil(
      () => {
        const found = this.requests.filter(match);
        return found.length >= count ? found : undefined;
      },
      timeoutMs,
      `${count} requests`,
    );
  }

  /** Resolves once discord.js has sent `count` heartbeats in all. */
  waitForHeartbeats(count = 1, timeoutMs = 4000): Promise<void> {
    return this.waitUntil(
      () => (this.heartbeats >= count ? true : undefined),
      timeoutMs,
      `${count} heartbeat(s)`,
    ).then(() => undefined);
  }

  /** Resolves once a session is identified or resumed and usable. */
  waitForSession(sessions = 1, timeoutMs = 4000): Promise<void> {
    return this.waitUntil(
      () => (this.live && this.sessions >= sessions ? true : undefined),
      timeoutMs,
      'session',
    ).then(() => undefined);
  }

  /** Sends INTERACTION_CREATE for a slash command (by USER_ID unless `userId` is given); returns its id and token. */
  slashCommand(
    name: string,
    options: Record<string, string | number> = {},
    userId = USER_ID,
  ): { id: string; token: string } {
    return this.interaction(
      2,
      {
        id: COMMAND_ID,
        name,
        type: 1,
        guild_id: GUILD_ID,
        options: Object.entries(options).map(([key, value]) => ({
          name: key,
          type: typeof value === 'number' ? 4 : 3,
          value,
        })),
      },
      userId,
    );
  }

  /** Sends INTERACTION_CREATE for autocomplete while the user types `typed` into option `focused`. */
  autocomplete(
    name: string,
    focused: string,
    typed: string,
    others: Record<string, string> = {},
  ): { id: string; token: string } {
    return this.interaction(4, {
      id: COMMAND_ID,
      name,
      type: 1,
      guild_id: GUILD_ID,
      options: [
        ...Object.entries(others).map(([key, value]) => ({ name: key, type: 3, value })),
        { name: focused, type: 3, value: typed, focused: true },
      ],
    });
  }

  /** Tells the client to reconnect (op 7) and resolves once it has resumed on the resume URL. */
  async forceReconnect(timeoutMs = 5000): Promise<void> {
    const before = this.resumes.length;
    this.send({ op: 7, d: null });
    await this.waitUntil(
      () => (this.resumes.length > before && this.live?.path === '/resume' ? true : undefined),
      timeoutMs,
      'resume',
    );
  }

  async close(): Promise<void> {
    for (const ws of this.wss.clients) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- gateway ----

  private onSocket(ws: WebSocket, req: IncomingMessage): void {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${this.port}`);
    const conn: GatewayConnection = {
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      received: [],
      socket: ws,
    };
    this.connections.push(conn);
    ws.on('message', (data) => {
      const payload = JSON.parse(String(data)) as { op: number; d: unknown };
      conn.received.push(payload);
      this.onGateway(conn, payload);
    });
    ws.on('close', () => {
      if (this.live === conn) this.live = null;
      this.notify();
    });
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.heartbeatInterval }, s: null, t: null }));
  }

  private onGateway(conn: GatewayConnection, p: { op: number; d: unknown }): void {
    const ws = conn.socket;
    switch (p.op) {
      case 1: // heartbeat
        this.heartbeats++;
        ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
        this.notify();
        return;
      case 2: {
        // identify
        const d = p.d as { token: string };
        if (d.token !== TOKEN) {
          ws.close(4004, 'Authentication failed.');
          return;
        }
        this.identifies.push(p.d);
        this.sessionId = `session-${this.identifies.length}`;
        this.seq = 0;
        this.live = conn;
        this.sessions++;
        this.dispatch('READY', {
          v: 10,
          user: {
            id: BOT_ID,
            username: 'sitrep',
            discriminator: '0',
            global_name: 'Sitrep',
            avatar: null,
            bot: true,
            flags: 0,
          },
          guilds: [],
          session_id: this.sessionId,
          resume_gateway_url: this.resumeUrl,
          shard: [0, 1],
          application: { id: APP_ID, flags: 0 },
        });
        this.notify();
        return;
      }
      case 6: {
        // resume
        const d = p.d as { token: string; session_id: string; seq: number };
        this.resumes.push(d);
        if (d.token !== TOKEN || d.session_id !== this.sessionId) {
          ws.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
          return;
        }
        this.live = conn;
        this.sessions++;
        this.dispatch('RESUMED', {});
        this.notify();
        return;
      }
      default:
        return;
    }
  }

  private dispatch(t: string, d: unknown): void {
    this.seq++;
    this.send({ op: 0, t, s: this.seq, d });
  }

  private send(payload: unknown): void {
    if (!this.live) throw new Error('fake Discord: no live gateway session');
    this.live.socket.send(JSON.stringify(payload));
  }

  private interaction(
    type: 2 | 4,
    data: Record<string, unknown>,
    userId = USER_ID,
  ): { id: string; token: string } {
    const id = this.snowflake();
    const token = `interaction-token-${id}`;
    const user = {
      id: userId,
      username: 'analyst',
      discriminator: '0',
      global_name: 'Analyst',
      avatar: null,
    };
    this.dispatch('INTERACTION_CREATE', {
      id,
      application_id: APP_ID,
      type,
      data,
      guild_id: GUILD_ID,
      channel_id: CHANNEL_ID,
      channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'briefings' },
      member: {
        user,
        roles: [],
        permissions: '2248473465835073',
        joined_at: '2024-01-01T00:00:00.000Z',
        deaf: false,
        mute: false,
        flags: 0,
      },
      token,
      version: 1,
      app_permissions: '2248473465835073',
      locale: 'en-GB',
      guild_locale: 'en-GB',
      entitlements: [],
      authorizing_integration_owners: { '0': GUILD_ID },
      context: 0,
      attachment_size_limit: this.attachmentSizeLimit,
    });
    return { id, token };
  }

  // ---- REST ----

  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${this.port}`);
    const method = req.method ?? 'GET';
    // discord.js percent-encodes route parts (`@original` arrives as `%40original`); Discord decodes them.
    const path = decodeURIComponent(url.pathname.replace(/^\/api\/v10/, ''));
    const record: RecordedRequest = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      ...(await bodyOf(req)),
      at: Date.now(),
    };
    this.requests.push(record);
    this.notify();

    const json = this.answerer(res, record);
    if (!url.pathname.startsWith('/api/v10/')) return json(404, { message: '404: Not Found', code: 0 });

    const failure = this.failures.find((f) => f.method === method && f.path.test(path));
    if (failure) {
      this.failures.splice(this.failures.indexOf(failure), 1);
      return json(failure.status, failure.body, failure.headers);
    }

    const auth = req.headers.authorization;
    const needsAuth = !/^\/(interactions|webhooks)\//.test(path);
    if (needsAuth && auth !== `Bot ${TOKEN}`) return json(401, { message: '401: Unauthorized', code: 0 });

    if (method === 'GET' && path === '/gateway/bot')
      return json(200, {
        url: this.gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      });
    if (method === 'GET' && path === '/users/@me')
      return json(200, { id: BOT_ID, username: 'sitrep', discriminator: '0', avatar: null, bot: true });
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      res.writeHead(204);
      res.end();
      return;
    }
    const original = /^\/webhooks\/(\d+)\/[^/]+\/messages\/@original$/.exec(path);
    if (original && (method === 'PATCH' || method === 'GET'))
      return json(200, this.message(record, original[1] ?? ''));
    if (original && method === 'DELETE') {
      res.writeHead(204);
      res.end();
      return;
    }
    const webhook = /^\/webhooks\/(\d+)\/[^/]+$/.exec(path);
    if (webhook && method === 'POST') return json(200, this.message(record, webhook[1] ?? ''));
    const channel = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (channel && method === 'POST') {
      const answer = this.channels.post(channel[1] ?? '', record, () => this.message(record, null));
      return json(answer.status, answer.body);
    }
    if (
      /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path) &&
      method === 'PUT' &&
      Array.isArray(record.body)
    )
      return json(
        200,
        (record.body as Record<string, unknown>[]).map((c) => ({
          ...c,
          id: this.snowflake(),
          application_id: APP_ID,
          version: this.snowflake(),
        })),
      );
    return json(404, { message: `fake Discord has no ${method} ${path}`, code: 0 });
  }

  /** Writes a JSON answer to `record`: now, or on release when a hold matches it. */
  private answerer(res: ServerResponse, record: RecordedRequest) {
    const i = this.holds.findIndex((h) => h.method === record.method && h.path.test(record.path));
    const hold = i < 0 ? undefined : this.holds.splice(i, 1)[0];
    return (status: number, body: unknown, headers: Record<string, string> = {}) => {
      const send = () => {
        if (res.destroyed) return;
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(body));
      };
      if (!hold) return send();
      hold.arrived.resolve(record);
      void hold.released.promise.then(send);
    };
  }

  private message(record: RecordedRequest, webhookId: string | null): Record<string, unknown> {
    const body = record.body;
    const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
    return {
      id: this.snowflake(),
      channel_id: CHANNEL_ID,
      author: { id: BOT_ID, username: 'sitrep', discriminator: '0', avatar: null, bot: true },
      content: b.content ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: record.files.map((f) => ({
        id: this.snowflake(),
        filename: f.name,
        size: f.bytes.length,
        url: `https://cdn.discordapp.invalid/attachments/${f.name}`,
        proxy_url: `https://media.discordapp.invalid/attachments/${f.name}`,
        content_type: f.type,
      })),
      embeds: b.embeds ?? [],
      pinned: false,
      type: webhookId ? 20 : 0,
      flags: typeof b.flags === 'number' ? b.flags : 0,
      ...(webhookId ? { webhook_id: webhookId, application_id: APP_ID } : {}),
    };
  }

  private snowflake(): string {
    this.nextId++;
    return (1_600_000_000_000_000_000n + this.nextId).toString();
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  private waitUntil<T>(check: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`fake Discord: timed out waiting for ${what}`)),
        timeoutMs,
      );
      const attempt = () => {
        const found = check();
        if (found !== undefined) {
          clearTimeout(timer);
          resolve(found);
        } else this.waiters.push(attempt);
      };
      attempt();
    });
  }
}

/** A request's body as Discord reads it: JSON, or multipart with the JSON in payload_json and files[n]. */
async function bodyOf(req: IncomingMessage): Promise<Pick<RecordedRequest, 'body' | 'files'>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const bytes = Buffer.concat(chunks);
  const type = req.headers['content-type'];
  if (isMultipart(type)) {
    const form = await parseMultipart(bytes, type ?? '');
    return { body: JSON.parse(form.fields.payload_json ?? '{}'), files: form.files };
  }
  const text = bytes.toString('utf8');
  return { body: text && type?.startsWith('application/json') ? JSON.parse(text) : text, files: [] };
}
