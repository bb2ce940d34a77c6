// Where a fetch may connect: http(s) only, no credentials in the address, and no private addresses (unless
// the host is allowed by name): the host is resolved here, every address checked, and the connection pinned
// to the checked addresses so a DNS answer cannot change between the check and the connect.
import type { LookupAddress } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { Agent } from 'undici';
import type { FetchFailureKind } from '../core/ports.js';
import { describeError } from '../core/util/errors.js';
import { blockedReason } from './net-guard.js';

/** A fetch that failed for a reason the caller is told; the fetcher turns it into a `failed` result. */
export class FetchFailure extends Error {
  constructor(
    readonly reason: FetchFailureKind,
    message: string,
    readonly status?: number,
    readonly headers?: Readonly<Record<string, string>>,
  ) {
    super(message);
  }
}

/** Which hosts skip the address check, how names resolve, and the addresses each checked name is pinned to. */
export interface Guard {
  allow: ReadonlySet<string>;
  resolve(hostname: string): Promise<LookupAddress[]>;
  pinned: Map<string, LookupAddress[]>;
}

export function createGuard(opts: {
  allowHosts?: readonly string[];
  resolve?: (hostname: string) => Promise<LookupAddress[]>;
}): Guard {
  return {
    allow: new Set((opts.allowHosts ?? []).map((h) => h.trim().toLowerCase()).filter(Boolean)),
    resolve:
      opts.resolve ??
      ((host: string) => dnsLookup(host, { all: true, verbatim: true }) as Promise<LookupAddress[]>),
    pinned: new Map(),
  };
}

/** An agent whose DNS lookup only ever answers with the addresses `vet` checked for that host. */
export function pinnedAgent({ pinned }: Pick<Guard, 'pinned'>): Agent {
  return new Agent({
    connect: {
      lookup(hostname, options, callback) {
        const addresses = pinned.get(hostname.toLowerCase());
        if (!addresses || addresses.length === 0) {
          callback(new Error(`refusing to connect to ${hostname}: its address was not checked`), '', 4);
          return;
        }
        if ((options as { all?: boolean }).all)
          (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
        else {
          const [first] = addresses;
          callback(null, first?.address ?? '', first?.family ?? 4);
        }
      },
    },
  });
}

function allowed(guard: Guard, url: URL): boolean {
  const host = url.hostname.toLowerCase();
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return guard.allow.has(host) || guard.allow.has(`${host}:${port}`);
}

/** Checks where `url` leads before any byte is sent there, and pins the host to the checked addresses. */
export async function vet(guard: Guard, url: URL): Promise<void> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchFailure('invalid-url', `only http and https can be fetched, not ${url.protocol}`);
  if (url.username || url.password)
    throw new FetchFailure('invalid-url', 'addresses with credentials are not fetched');
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (allowed(guard, url)) {
    if (!isIP(host)) guard.pinned.set(host, await resolveAll(guard, host));
    return;
  }
  if (isIP(host)) {
    const why = blockedReason(host);
    if (why) throw new FetchFailure('refused', `refused to fetch ${url.host}: ${why}`);
    return;
  }
  if (host === 'localhost' || host.endsWith('.localhost'))
    throw new FetchFailure('refused', `refused to fetch ${url.host}: a loopback host name`);
  const addresses = await resolveAll(guard, host);
  for (const a of addresses) {
    const why = blockedReason(a.address);
    if (why)
      throw new FetchFailure('refused', `refused to fetch ${url.host}: it resolves to ${a.address}, ${why}`);
  }
  guard.pinned.set(host, addresses);
}

async function resolveAll(guard: Guard, host: string): Promise<LookupAddress[]> {
  try {
    const addresses = await guard.resolve(host);
    if (addresses.length === 0) throw new Error('no addresses');
    return addresses;
  } catch (err) {
    throw new FetchFailure('network', `cannot resolve ${host}: ${describeError(err)}`);
  }
}
