// Deterministic STIX ids, so two exports of the same knowledge converge (ADR 13): `type--UUIDv5` of the
// object's canonical key under the namespace STIX 2.1 gives for deterministic ids, which is also the one
// OpenCTI derives its standard ids from. For the kinds OpenCTI keys by name (intrusion sets, identities,
// locations, threat actors, malware, tools, campaigns, vulnerabilities) the key is OpenCTI's, so
// Sitrep's APT31 is the same object as OpenCTI's APT31; reports, notes and relationships are keyed by
// what makes them one in Sitrep (the document, the quote in it, the two ends).
import { createHash } from 'node:crypto';

/** The namespace of STIX 2.1 deterministic identifiers (STIX 2.1 §2.9), OpenCTI's too. */
export const STIX_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';

export type StixKey = Record<string, string>;

/** RFC 4122 name-based UUID (version 5, SHA-1) of `name` in `namespace`. */
export function uuidv5(name: string, namespace: string = STIX_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const bytes = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The key as RFC 8785 canonical JSON: keys sorted, no spaces (string values serialise as JSON.stringify). */
export function canonicalJson(key: StixKey): string {
  const sorted = Object.keys(key)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${JSON.stringify(key[k])}`);
  return `{${sorted.join(',')}}`;
}

export function stixId(type: string, key: StixKey): string {
  return `${type}--${uuidv5(canonicalJson(key))}`;
}

/** How OpenCTI keys a name: lower case, trimmed. */
export const keyName = (name: string): string => name.toLowerCase().trim();
