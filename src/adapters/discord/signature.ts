// Discord's request signature: every request to the interactions endpoint carries an Ed25519 signature
// (X-Signature-Ed25519, hex) of the timestamp header followed by the raw body, made with the application's
// key; the Developer Portal shows the public half. Node verifies Ed25519 itself, with the public key as a
// JWK (a raw 32-byte key in base64url), so no library is needed.
import { createPublicKey, type KeyObject, verify } from 'node:crypto';

/** The public key as the Developer Portal shows it: 32 bytes in hexadecimal. */
export const PUBLIC_KEY = /^[0-9a-f]{64}$/i;
const SIGNATURE = /^[0-9a-f]{128}$/i;

export type Verify = (timestamp: string, body: Buffer, signature: string) => boolean;

/** A check of a request against the application's public key; throws when the key is not one. */
export function ed25519Verifier(publicKeyHex: string): Verify {
  if (!PUBLIC_KEY.test(publicKeyHex)) throw new Error('a Discord public key is 64 hexadecimal characters');
  const key: KeyObject = createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKeyHex, 'hex').toString('base64url') },
    format: 'jwk',
  });
  return (timestamp, body, signature) => {
    if (!SIGNATURE.test(signature)) return false;
    const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
    try {
      return verify(null, signed, key, Buffer.from(signature, 'hex'));
    } catch {
      return false;
    }
  };
}
