// What a new address is, from one fetch: a feed (its format and title), one article page (its title), or
// STIX (a TAXII collection or a bundle, core/stix/probe-stix.ts). Anything else is refused with the reason,
// and a page that holds no article names the feed it declares.
import { htmlToSourceText } from '../documents/html.js';
import type { Fetcher, FetchFailureKind, FetchResult, SourceKind } from '../ports.js';
import { probeStix, type StixProbeError } from '../stix/probe-stix.js';
import type { TaxiiAuth } from '../stix/taxii.js';
import { ok, type Result, refused } from '../util/result.js';
import { detect } from './feed-formats.js';

export type Fetched = Extract<FetchResult, { kind: 'ok' }>;

export type Probed =
  | { res: Fetched; kind: Exclude<SourceKind, 'taxii'>; title: string | null }
  /** A TAXII collection, at its canonical address. */
  | { kind: 'taxii'; url: string; title: string };

export type ProbeError =
  | { kind: 'fetch-failed'; url: string; message: string; reason: FetchFailureKind }
  | { kind: 'empty'; url: string }
  | { kind: 'unreadable'; url: string; reason: string }
  | { kind: 'no-article'; url: string; feed: string | null }
  | StixProbeError;

export async function probe(
  fetcher: Fetcher,
  url: string,
  stix: { auth: TaxiiAuth; now: Date },
): Promise<Result<Probed, ProbeError>> {
  const res = await fetcher.fetch({ url });
  const asStix = await probeStix(fetcher, url, res, stix.auth, stix.now);
  if (asStix) return asStix;
  if (res.kind === 'failed')
    return refused({ kind: 'fetch-failed', url, message: res.message, reason: res.reason });
  if (res.kind === 'not-modified') return refused({ kind: 'empty', url });
  const found = detect(res.body, res.contentType, res.url);
  if (found.kind === 'unreadable') return refused({ kind: 'unreadable', url, reason: found.reason });
  if (found.kind === 'feed') return ok({ res, kind: found.feed.kind, title: found.feed.title });
  const page = htmlToSourceText(res.body, { url: res.url });
  if (!page.isArticle) return refused({ kind: 'no-article', url, feed: declaredFeed(res.body, res.url) });
  return ok({ res, kind: 'page', title: page.title });
}

/** The feed a page declares with <link rel="alternate" type="application/rss+xml" href="…">. */
export function declaredFeed(html: string, base: string): string | null {
  const m =
    /<link\b[^>]*type=["']application\/(?:rss|atom)\+xml["'][^>]*>/i.exec(html) ??
    /<link\b[^>]*type=["']application\/feed\+json["'][^>]*>/i.exec(html);
  const href = m ? /href=["']([^"']+)["']/i.exec(m[0])?.[1] : undefined;
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}
