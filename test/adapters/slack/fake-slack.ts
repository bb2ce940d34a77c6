// A loopback Slack for tests: the Web API methods Bolt calls (auth.test, apps.connections.open,
// chat.postMessage, chat.postEphemeral, and files.uploadV2's three steps in fake-slack-files.ts), the
// response_url endpoint respond() posts to, and a WebSocket server
// speaking Socket Mode (hello, envelopes, acks by envelope_id). Binds 127.0.0.1 on a random port.
// With several connections open (replicas), each envelope goes to one of them, as Slack spreads them.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { type Deferred, deferred, Waiters } from '../../support/events.js';
import { FakeSlackFiles } from './fake-slack-files.js';

export const BOT_USER_ID = 'U0SITREP';
export const BOT_ID = 'B0SITREP';
export const TEAM_ID = 'T0TEAM';

export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  authorization: string | undefined;
  status: number;
  /** The JSON body answered (a message's `ts`, say). */
  response: Record<string, unknown>;
  at: number;
}

export interface Delivery {
  /** The id in the response_url path. */
  id: string;
  body: Record<string, unknown>;
  at: number;
}

export interface Ack {
  envelopeId: string;
  payload: unknown;
  at: number;
}

export interface Sent {
  envelopeId: string;
  sentAt: number;
}

/** A Web API call Slack has carried out whose answer is held back until `release()`. */
export interface HeldCall {
  /** Resolves with the call once Slack has done it (a posted message exists), its answer not yet sent. */
  arrived: Promise<ApiCall>;
  /** Sends the answer; to nobody when the caller has gone meanwhile. */
  release(): void;
}

export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly deliveries: Delivery[] = [];
  readonly acks: Ack[] = [];
  readonly sockets = new Set<WebSocket>();
  private readonly rateLimits = new Map<string, { times: number; retryAfter: number }>();
  private readonly wss = new WebSocketServer({ noServer: true });
  /** Messages posted so far: each message's ts is distinct, as Slack's are in a channel. */
  private posted = 0;
  /** Envelopes sent so far, to spread them over the open connections in turn. */
  private envelopes = 0;
  private readonly holds: { method: string; arrived: Deferred<ApiCall>; released: Deferred }[] = [];
  /** The app-level token each connection URL was opened with, by its ticket; then each socket's. */
  private readonly tickets = new Map<string, string>();
  private readonly appTokens = new Map<WebSocket, string>();
  /** Woken after every recorded call, delivery and ack. */
  private readonly waiters = new Waiters();
  readonly files: FakeSlackFiles;

  constructor(
    private readonly server: Server,
    readonly origin: string,
  ) {
    this.files = new FakeSlackFiles(origin);
  }

  /** The Web API base URL to give Bolt (SLACK_API_URL). */
  get apiUrl(): string {
    return `${this.origin}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.origin}/respond/${id}`;
  }

  /** The next `times` calls of `method` answer HTTP 429 with Retry-After. */
  rateLimit(method: string, retryAfterSeconds: number, times = 1): void {
    this.rateLimits.set(method, { times, retryAfter: retryAfterSeconds });
  }

  /** Successful calls of one Web API method. */
  ok(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method && c.status === 200);
  }

  deliveredTo(id: string): Delivery[] {
    return this.deliveries.filter((d) => d.id === id);
  }

  /**
   * The next call of `method` is carried out (a message posted is there) but answered only on release: a
   * caller that dies meanwhile never hears that it succeeded.
   */
  holdNext(method: string): HeldCall {
    const hold = { method, arrived: deferred<ApiCall>(), released: deferred() };
    this.holds.push(hold);
    return { arrived: hold.arrived.promise, release: () => hold.released.resolve() };
  }

  /** Sends a Socket Mode envelope to one open connection (the next in turn), as Slack does. */
  send(type: string, payload: Record<string, unknown>, extra: Record<string, unknown> = {}): Sent {
    const envelopeId = randomUUID();
    const frame = JSON.stringify({
      envelope_id: envelopeId,
      type,
      payload,
      accepts_response_payload: type !== 'events_api',
      ...extra,
    });
    const open = [...this.sockets].filter((ws) => ws.readyState === ws.OPEN);
    const to = open[this.envelopes++ % Math.max(open.length, 1)];
    if (!to) throw new Error('no Socket Mode client is connected');
    to.send(frame);
    return { envelopeId, sentAt: Date.now() };
  }

  /** A slash command over Socket Mode; the answer goes to responseUrl(responseId). */
  slashCommand(command: string, text: string, user = 'U0ALICE'): Sent & { responseId: string } {
    const responseId = randomUUID();
    return {
      ...this.send('slash_commands', slashPayload(command, text, this.responseUrl(responseId), user)),
      responseId,
    };
  }

  mention(text: string, opts: { user?: string; channel?: string; ts?: string } = {}): Sent {
    const event = {
      type: 'app_mention',
      user: opts.user ?? 'U0ALICE',
      text,
      ts: opts.ts ?? '1711400000.000100',
      channel: opts.channel ?? 'C0GENERAL',
      event_ts: opts.ts ?? '1711400000.000100',
    };
    return this.send('events_api', eventPayload(event), { retry_attempt: 0, retry_reason: '' });
  }

  directMessage(text: string, opts: { user?: string; channel?: string } = {}): Sent {
    const event = {
      type: 'message',
      channel: opts.channel ?? 'D0ALICE',
      user: opts.user ?? 'U0ALICE',
      text,
      ts: '1711400001.000200',
      event_ts: '1711400001.000200',
      channel_type: 'im',
    };
    return this.send('events_api', eventPayload(event), { retry_attempt: 0, retry_reason: '' });
  }

  buttonClick(actionId: string, value: string, user = 'U0ALICE'): Sent & { responseId: string } {
    const responseId = randomUUID();
    const payload = {
      type: 'block_actions',
      user: { id: user, username: 'alice', name: 'alice', team_id: TEAM_ID },
      api_app_id: 'A0SITREP',
      token: 'legacy',
      container: {
        type: 'message',
        message_ts: '1711400002.000300',
        channel_id: 'C0GENERAL',
        is_ephemeral: true,
      },
      trigger_id: '1.2.3',
      team: { id: TEAM_ID, domain: 'team' },
      channel: { id: 'C0GENERAL', name: 'general' },
      response_url: this.responseUrl(responseId),
      actions: [
        {
          action_id: actionId,
          block_id: 'b1',
          text: { type: 'plain_text', text: 'Share in channel' },
          value,
          type: 'button',
          action_ts: '1711400003.000400',
        },
      ],
    };
    return { ...this.send('interactive', payload), responseId };
  }

  /**
   * Resolves once `count` connections opened with `appToken` are open: an app may have several app-level
   * tokens, so each replica of a test can have its own and be told apart (0: its process is gone).
   */
  waitForConnections(appToken: string, count: number, timeoutMs = 5000): Promise<void> {
    const open = () =>
      [...this.sockets].filter((ws) => ws.readyState === ws.OPEN && this.appTokens.get(ws) === appToken)
        .length;
    return this.waiters
      .until(() => (open() === count ? true : undefined), timeoutMs, `${count} connection(s) of ${appToken}`)
      .then(() => undefined);
  }

  waitForAck(envelopeId: string, timeoutMs = 5000): Promise<Ack> {
    return this.waiters.until(
      () => this.acks.find((a) => a.envelopeId === envelopeId),
      timeoutMs,
      `ack ${envelopeId}`,
    );
  }

  waitForDeliveries(id: string, count = 1, timeoutMs = 5000): Promise<Delivery[]> {
    return this.waiters.until(
      () => {
        const got = this.deliveredTo(id);
        return got.length >= count ? got : undefined;
      },
      timeoutMs,
      `${count} response(s) to ${id}`,
    );
  }

  waitForCalls(method: string, count = 1, timeoutMs = 5000): Promise<ApiCall[]> {
    return this.waiters.until(
      () => {
        const got = this.ok(method);
        return got.length >= count ? got : undefined;
      },
      timeoutMs,
      `${count} ${method} call(s)`,
    );
  }

  /** @internal A POST to a response_url. */
  deliver(id: string, body: Record<string, unknown>): void {
    this.deliveries.push({ id, body, at: Date.now() });
    this.waiters.changed();
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** @internal */
  handleUpgrade(req: IncomingMessage, socket: import('node:stream').Duplex, head: Buffer): void {
    if (!req.url?.startsWith('/link')) {
      socket.destroy();
      return;
    }
    const ticket = new URL(req.url, this.origin).searchParams.get('ticket') ?? '';
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      this.sockets.add(ws);
      this.appTokens.set(ws, this.tickets.get(ticket) ?? '');
      this.waiters.changed();
      ws.on('close', () => {
        this.sockets.delete(ws);
        this.appTokens.delete(ws);
        this.waiters.changed();
      });
      ws.on('message', (data) => {
        const frame = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
        if (!frame.envelope_id) return;
        this.acks.push({ envelopeId: frame.envelope_id, payload: frame.payload, at: Date.now() });
        this.waiters.changed();
      });
      ws.send(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          debug_info: { host: 'fake-slack', build_number: 1, approximate_connection_time: 18060 },
          connection_info: { app_id: 'A0SITREP' },
        }),
      );
    });
  }

  /** @internal The call carried out, and what its answer waits for (nothing unless held). */
  api(method: string, args: Record<string, unknown>, authorization: string | undefined) {
    const answer = this.answer(method, args, authorization);
    const call: ApiCall = {
      method,
      args,
      authorization,
      status: answer.status,
      response: answer.body,
      at: Date.now(),
    };
    this.calls.push(call);
    this.waiters.changed();
    const i = this.holds.findIndex((h) => h.method === method);
    const hold = i < 0 ? undefined : this.holds.splice(i, 1)[0];
    hold?.arrived.resolve(call);
    return { ...answer, sent: hold?.released.promise };
  }

  private answer(method: string, args: Record<string, unknown>, authorization: string | undefined) {
    const limited = this.rateLimits.get(method);
    if (limited && limited.times > 0) {
      limited.times--;
      return {
        status: 429,
        headers: { 'retry-after': String(limited.retryAfter) },
        body: { ok: false, error: 'ratelimited' },
      };
    }
    const ok = (body: Record<string, unknown>) => ({ status: 200, headers: {}, body: { ok: true, ...body } });
    const fail = (error: string) => ({ status: 200, headers: {}, body: { ok: false, error } });
    switch (method) {
      case 'auth.test':
        return authorization?.startsWith('Bearer xoxb-')
          ? ok({
              url: 'https://team.slack.test/',
              team: 'Team',
              user: 'sitrep',
              team_id: TEAM_ID,
              user_id: BOT_USER_ID,
              bot_id: BOT_ID,
            })
          : fail('invalid_auth');
      case 'apps.connections.open': {
        if (!authorization?.startsWith('Bearer xapp-')) return fail('invalid_auth');
        const ticket = randomUUID();
        this.tickets.set(ticket, authorization.slice('Bearer '.length));
        return ok({ url: `${this.origin.replace(/^http/, 'ws')}/link/?ticket=${ticket}&app_id=A0SITREP` });
      }
      case 'chat.postMessage':
      case 'chat.postEphemeral':
        if (args.channel === 'C0NOTMEMBER') return fail('not_in_channel');
        this.posted++;
        return ok({
          channel: args.channel,
          ts: `${Math.floor(Date.now() / 1000)}.${String(this.posted).padStart(6, '0')}`,
        });
      case 'files.getUploadURLExternal':
        return this.files.getUploadURL(args);
      case 'files.completeUploadExternal':
        return this.files.complete(args);
      default:
        return fail('unknown_method');
    }
  }
}

export async function startFakeSlack(): Promise<FakeSlack> {
  let fake: FakeSlack | undefined;
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    const raw = bytes.toString('utf8');
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (!fake) {
      res.writeHead(503);
      res.end();
      return;
    }
    if (req.method === 'POST' && path.startsWith('/api/')) {
      const answer = fake.api(
        path.slice('/api/'.length),
        parseArgs(raw, req.headers['content-type']),
        req.headers.authorization,
      );
      await answer.sent;
      if (res.destroyed) return;
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      res.end(JSON.stringify(answer.body));
      return;
    }
    if (req.method === 'POST' && path.startsWith('/upload/')) {
      const status = await fake.files.receive(
        path.slice('/upload/'.length),
        bytes,
        req.headers['content-type'],
      );
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(status === 200 ? `OK - ${bytes.length}` : 'upload refused');
      return;
    }
    if (req.method === 'POST' && path.startsWith('/respond/')) {
      fake.deliver(path.slice('/respond/'.length), JSON.parse(raw));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
      return;
    }
    res.writeHead(404);
    res.end();
  });
  server.on('upgrade', (req, socket, head) => fake?.handleUpgrade(req, socket, head));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  fake = new FakeSlack(server, `http://127.0.0.1:${port}`);
  return fake;
}

const JSON_FIELDS = new Set(['blocks', 'attachments', 'metadata']);

/** The Web API client sends form fields; objects (blocks) arrive as JSON strings. */
function parseArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return raw ? JSON.parse(raw) : {};
  const args: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) args[k] = JSON_FIELDS.has(k) ? JSON.parse(v) : v;
  return args;
}

export function slashPayload(command: string, text: string, responseUrl: string, user = 'U0ALICE') {
  return {
    token: 'legacy-verification-token',
    team_id: TEAM_ID,
    team_domain: 'team',
    channel_id: 'C0GENERAL',
    channel_name: 'general',
    user_id: user,
    user_name: 'alice',
    command,
    text,
    api_app_id: 'A0SITREP',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: '13345224609.738474920.8088930838d88f008e0',
  };
}

function eventPayload(event: Record<string, unknown>) {
  return {
    token: 'legacy',
    team_id: TEAM_ID,
    api_app_id: 'A0SITREP',
    event,
    type: 'event_callback',
    event_id: `Ev${randomUUID().slice(0, 8)}`,
    event_time: 1711400000,
    authorizations: [{ enterprise_id: null, team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true }],
  };
}
