// Discord's HTTP interactions endpoint: with an Interactions Endpoint URL set in the Developer Portal,
// Discord POSTs every slash command and autocomplete to it instead of the gateway, so any number of
// replicas behind a load balancer can answer. Each request is checked before anything is read from it:
// only POST to the configured path, a bounded body, an Ed25519 signature of timestamp + body made with the
// application's key (signature.ts), a timestamp within the window either way, and each interaction once
// across every replica sharing the replay memory (a signed request seen by a proxy cannot be replayed).
// Then PING → PONG, a command → deferred at once and answered through the webhook (answer.ts, webhook.ts),
// autocomplete → choices in the response.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InteractionResponseType, InteractionType, REST } from 'discord.js';
import { Agent } from 'undici';
import type { Clock, ReplayMemory } from '../../core/ports.js';
import { describeError } from '../../core/util/errors.js';
import { createInFlight, type InFlight } from '../../core/util/in-flight.js';
import { createReplayCache, timestampRefusal } from '../../core/util/replay-cache.js';
import { answerCommand, autocompleteChoices, type Interacting } from './answer.js';
import { ed25519Verifier, type Verify } from './signature.js';
import {
  commandCall,
  focusedOption,
  type HttpInteraction,
  httpResponder,
  InteractionSchema,
  sendJson,
} from './webhook.js';

/** Discord's payloads are a few kilobytes; a megabyte leaves room for 25 long options and their data. */
export const INTERACTION_BODY_MAX = 1024 * 1024;
/** How long stop() waits for commands still being answered. */
const STOP_DRAIN_MS = 5000;
/** A client slower than this to send its headers and body is cut off. */
const REQUEST_TIMEOUT_MS = 10_000;

export interface InteractionsEndpointOptions extends Interacting {
  /** The application's public key (hex), from the Developer Portal's General Information page. */
  publicKey: string;
  applicationId: string;
  port: number;
  /** The interface to listen on; all interfaces when omitted. */
  host?: string;
  path: string;
  /** REST base URL without the version; Discord's own when omitted. */
  apiUrl?: string;
  clock: Clock;
  bodyLimit?: number;
  /** The interactions already handled: shared by replicas; this process's own when omitted. */
  replays?: ReplayMemory;
}

export interface InteractionsEndpoint {
  /** Listens; resolves once it does. */
  start(): Promise<void>;
  /** Stops listening and waits (a while) for answers under way. */
  stop(): Promise<void>;
  /** Where it listens, once started (the port it got when given 0). */
  readonly url: string;
}

interface Endpoint {
  opts: InteractionsEndpointOptions;
  agent: Agent;
  verify: Verify;
  replays: ReplayMemory;
  rest: REST;
  inFlight: InFlight;
  bodyLimit: number;
}

export function createInteractionsEndpoint(opts: InteractionsEndpointOptions): InteractionsEndpoint {
  // Its own connections, as the gateway bot's (bot.ts): another undici's process-wide dispatcher cannot send
  // this one's multipart bodies (an answer's file).
  const agent = new Agent();
  const e: Endpoint = {
    opts,
    agent,
    verify: ed25519Verifier(opts.publicKey),
    replays: opts.replays ?? createReplayCache(),
    rest: new REST({ ...(opts.apiUrl ? { api: opts.apiUrl } : {}), agent }),
    inFlight: createInFlight(),
    bodyLimit: opts.bodyLimit ?? INTERACTION_BODY_MAX,
  };
  const server = createServer((req, res) => {
    handle(e, req, res).catch((err: unknown) => {
      opts.logger.error('discord interaction request failed', { error: describeError(err, { stack: true }) });
      if (!res.headersSent) status(res, 500);
    });
  });
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.headersTimeout = REQUEST_TIMEOUT_MS;
  return {
    start: () => listen(server, opts),
    async stop() {
      // No new requests; answers under way may still edit their messages, for a while.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await e.inFlight.drain(STOP_DRAIN_MS);
      server.closeAllConnections();
      await closed;
      e.rest.clearHashSweeper();
      e.rest.clearHandlerSweeper();
      await e.agent.close();
    },
    get url() {
      const a = server.address() as AddressInfo | null;
      return a ? `http://${hostOf(a)}:${a.port}${opts.path}` : '';
    },
  };
}

/** The address as a URL's host; listening on every interface, this host's own name for itself. */
function hostOf(a: AddressInfo): string {
  if (a.address === '::' || a.address === '0.0.0.0') return 'localhost';
  return a.family === 'IPv6' ? `[${a.address}]` : a.address;
}

function listen(server: Server, opts: InteractionsEndpointOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (err: NodeJS.ErrnoException) => {
      const why = err.code === 'EADDRINUSE' ? 'something else listens there' : (err.code ?? err.message);
      reject(new Error(`The Discord interactions endpoint cannot listen on port ${opts.port}: ${why}.`));
    };
    server.once('error', failed);
    server.listen(opts.port, opts.host, () => {
      server.off('error', failed);
      server.on('error', (err) =>
        opts.logger.error('discord interactions endpoint error', { error: String(err) }),
      );
      opts.logger.info('discord interactions endpoint listening', { port: opts.port, path: opts.path });
      resolve();
    });
  });
}

async function handle(e: Endpoint, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (path !== e.opts.path) return status(res, 404);
  if (req.method !== 'POST') return status(res, 405, { allow: 'POST' });
  const body = await readBody(req, e.bodyLimit);
  if (body === null) return refuse(e, res, 413, `body over ${e.bodyLimit} bytes`);
  const now = e.opts.clock.now().getTime();
  const unsigned = signatureRefusal(e, req, body, now);
  if (unsigned) return refuse(e, res, 401, unsigned);
  const interaction = parse(body);
  if (typeof interaction === 'string') return refuse(e, res, 400, interaction);
  if (interaction.application_id !== e.opts.applicationId)
    return refuse(e, res, 400, `for application ${interaction.application_id}, not this one`);
  const seconds = Number(req.headers['x-signature-timestamp']);
  const verdict = await e.replays.claim(interaction.id, seconds * 1000, now);
  if (verdict === 'replayed') return refuse(e, res, 401, 'replayed: this interaction was already handled');
  if (verdict === 'full') return refuse(e, res, 503, 'replay memory full; refusing rather than forgetting');
  await dispatch(e, interaction, res);
}

async function dispatch(e: Endpoint, i: HttpInteraction, res: ServerResponse): Promise<void> {
  if (i.type === InteractionType.Ping) return sendJson(res, 200, { type: InteractionResponseType.Pong });
  if (i.type === InteractionType.ApplicationCommandAutocomplete) return autocomplete(e, i, res);
  const call = i.type === InteractionType.ApplicationCommand ? commandCall(i) : null;
  if (!call) return refuse(e, res, 400, `interaction type ${i.type} without a slash command Sitrep answers`);
  const hook = { rest: e.rest, applicationId: e.opts.applicationId, token: i.token };
  const responder = httpResponder(res, hook, i.attachment_size_limit);
  await e.inFlight.track(answerCommand(e.opts, call, responder));
  // The responder answers the request before anything slow; if it never did, the caller must not hang.
  if (!res.headersSent) status(res, 500);
}

async function autocomplete(e: Endpoint, i: HttpInteraction, res: ServerResponse): Promise<void> {
  let choices: { name: string; value: string }[] = [];
  const focused = focusedOption(i);
  try {
    if (i.data && focused) choices = await autocompleteChoices(e.opts, i.data.name, focused);
  } catch (err) {
    e.opts.logger.warn('discord autocomplete failed', {
      command: i.data?.name,
      error: describeError(err, { stack: true }),
    });
  }
  await sendJson(res, 200, {
    type: InteractionResponseType.ApplicationCommandAutocompleteResult,
    data: { choices },
  });
}

/** Why the request is not a fresh one signed with the application's key, or null when it is. */
function signatureRefusal(e: Endpoint, req: IncomingMessage, body: Buffer, now: number): string | null {
  const signature = header(req, 'x-signature-ed25519');
  const timestamp = header(req, 'x-signature-timestamp');
  if (!signature || !timestamp) return 'x-signature-ed25519 or x-signature-timestamp missing';
  const stale = timestampRefusal(timestamp, now);
  if (stale) return stale;
  return e.verify(timestamp, body, signature) ? null : 'signature mismatch';
}

function parse(body: Buffer): HttpInteraction | string {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return 'the body is not JSON';
  }
  const parsed = InteractionSchema.safeParse(json);
  return parsed.success ? parsed.data : `not an interaction: ${parsed.error.issues[0]?.message ?? ''}`;
}

/**
 * The body, or null once it passes `limit` (declared or sent). The rest of an oversized body is read and
 * dropped, so the client gets the 413 instead of a reset connection.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      req.resume();
      resolve(null);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else {
        over = true;
        chunks.length = 0;
        resolve(null);
      }
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function refuse(e: Endpoint, res: ServerResponse, code: number, reason: string): void {
  e.opts.logger.warn('discord request refused', { status: code, reason });
  status(res, code);
}

function status(res: ServerResponse, code: number, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  res.writeHead(code, headers);
  res.end();
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return typeof v === 'string' ? v : undefined;
}
