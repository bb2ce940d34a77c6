// Signed Discord interactions for the HTTP endpoint's tests: a real Ed25519 key pair made per test run, the
// payloads Discord sends (PING, a slash command, autocomplete), and a POST signed the way Discord signs
// (Ed25519 over timestamp + body, hex in X-Signature-Ed25519).
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { APP_ID, CHANNEL_ID, GUILD_ID, USER_ID } from './fake-discord.js';

export interface KeyPair {
  publicKey: KeyObject;
  privateKey: KeyObject;
  /** The public key as the Developer Portal shows it: 64 hexadecimal characters. */
  hex: string;
}

export function ed25519Pair(): KeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const x = publicKey.export({ format: 'jwk' }).x ?? '';
  return { publicKey, privateKey, hex: Buffer.from(x, 'base64url').toString('hex') };
}

export function signature(key: KeyObject, timestamp: string, body: string | Buffer): string {
  return sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]), key).toString('hex');
}

let next = 0n;

export interface Payload {
  id: string;
  token: string;
  json: string;
}

/** An interaction as Discord POSTs it: type 1 (PING), 2 (slash command) or 4 (autocomplete). */
export function interaction(type: 1 | 2 | 4, data?: Record<string, unknown>): Payload {
  next++;
  const id = (1_700_000_000_000_000_000n + next).toString();
  const token = `http-interaction-token-${id}`;
  const body = {
    id,
    application_id: APP_ID,
    type,
    token,
    version: 1,
    ...(data
      ? {
          data: { id: '1500000000000000005', type: 1, ...data },
          guild_id: GUILD_ID,
          channel_id: CHANNEL_ID,
          member: { user: { id: USER_ID, username: 'analyst', discriminator: '0' }, roles: [] },
        }
      : {}),
  };
  return { id, token, json: JSON.stringify(body) };
}

export function slash(name: string, options: Record<string, string | number> = {}): Payload {
  return interaction(2, {
    name,
    options: Object.entries(options).map(([k, v]) => ({
      name: k,
      type: typeof v === 'number' ? 4 : 3,
      value: v,
    })),
  });
}

export function typing(name: string, option: string, typed: string): Payload {
  return interaction(4, { name, options: [{ name: option, type: 3, value: typed, focused: true }] });
}

export interface Signing {
  key?: KeyObject;
  timestamp?: string;
  signature?: string;
}

/** POSTs `body` to `url`, signed with `key` at `timestamp` unless the signature is given. */
export function postSigned(
  url: string,
  body: string | Buffer,
  key: KeyObject,
  opts: Signing & { at: string },
) {
  const timestamp = opts.timestamp ?? opts.at;
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-signature-timestamp': timestamp,
      'x-signature-ed25519': opts.signature ?? signature(opts.key ?? key, timestamp, body),
    },
    body,
  });
}
