// Whether a new source's address is STIX: a TAXII 2.1 server (it answers in its own media type, or refuses
// the feed reader's request with 401, 403 or 406) or a STIX bundle. A TAXII address that is no collection
// is answered with the collections it lists, so the admin knows which to add.
import type { Fetcher, FetchResult } from '../ports.js';
import type { Fetched } from '../sources/probe.js';
import { describeError } from '../util/errors.js';
import { ok, type Result, refused } from '../util/result.js';
import { discoverTaxii, type TaxiiAuth, type TaxiiCollection } from './taxii.js';

export type StixProbed =
  | { kind: 'taxii'; url: string; title: string }
  | { kind: 'stix'; res: Fetched; title: null };

export type StixProbeError =
  | { kind: 'taxii-collections'; url: string; collections: TaxiiCollection[] }
  | { kind: 'taxii-failed'; url: string; message: string }
  /** Declared STIX (its media type) but no bundle: why, rather than "not a feed". */
  | { kind: 'unreadable'; url: string; reason: string };

const mediaType = (contentType: string | null) =>
  (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/** Why a body is no STIX bundle, or null when it is one. */
function notABundle(body: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (err) {
    return `not a STIX bundle: the JSON is malformed (${describeError(err)})`;
  }
  return (parsed as { type?: unknown } | null)?.type === 'bundle'
    ? null
    : 'not a STIX bundle: its JSON has no "type": "bundle"';
}

async function taxii(
  fetcher: Fetcher,
  url: string,
  auth: TaxiiAuth,
  now: Date,
): Promise<Result<StixProbed, StixProbeError>> {
  const found = await discoverTaxii(fetcher, url, auth, now);
  if (!found.ok) return refused({ kind: 'taxii-failed', url, message: found.error.message });
  if (found.value.kind === 'listing')
    return refused({ kind: 'taxii-collections', url, collections: found.value.collections });
  return ok({ kind: 'taxii', url: found.value.url, title: found.value.title });
}

/** The STIX answer for an address, from its first response; null when it is neither (a feed, a page). */
export async function probeStix(
  fetcher: Fetcher,
  url: string,
  first: FetchResult,
  auth: TaxiiAuth,
  now: Date,
): Promise<Result<StixProbed, StixProbeError> | null> {
  if (first.kind === 'ok') {
    const type = mediaType(first.contentType);
    if (type === 'application/taxii+json') return taxii(fetcher, url, auth, now);
    const why = type.endsWith('json') ? notABundle(first.body) : 'not JSON';
    if (why === null) return ok({ kind: 'stix', res: first, title: null });
    // Any other JSON may be a JSON feed; what says it is STIX and is not gets the reason.
    return type === 'application/stix+json' ? refused({ kind: 'unreadable', url, reason: why }) : null;
  }
  // A TAXII server refuses the feed reader's media types (406) or asks for the credentials it was not sent.
  if (first.kind === 'failed' && [401, 403, 406].includes(first.status ?? 0))
    return taxii(fetcher, url, auth, now);
  return null;
}
