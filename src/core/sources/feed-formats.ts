// Fetched bodies to items: RSS 2.0 (and RDF), Atom and JSON Feed through feedsmith, or one HTML page.
// Everything a feed says is untrusted: each field is checked and an item that cannot be read is dropped,
// never allowed to stop the rest.
import { parseFeed } from 'feedsmith';
import { foldSpace } from '../text/normalise.js';
import { describeError } from '../util/errors.js';
import { type FeedItem, feedDate, type ParsedFeed, plainLength, stripTags } from './feed.js';

/** What a fetched body is, or why it is neither a feed nor a page. */
export type Detected =
  | { kind: 'feed'; feed: ParsedFeed }
  | { kind: 'page' }
  | { kind: 'unreadable'; reason: string };

export function detect(body: string, contentType: string | null, url?: string): Detected {
  const type = (contentType ?? '').toLowerCase();
  const head = body.trimStart().slice(0, 512).toLowerCase();
  const html =
    /html/.test(type) ||
    /^(?:<!--[\s\S]*?-->\s*)*<(?:!doctype html|html|head|body)\b/.test(head) ||
    (!/xml|json/.test(type) && /<(?:html|body|article|p)\b/.test(head));
  const parsed = readFeed(body, url);
  if (parsed.ok) return { kind: 'feed', feed: parsed.feed };
  if (html) return { kind: 'page' };
  return { kind: 'unreadable', reason: parsed.reason };
}

type FeedRead = { ok: true; feed: ParsedFeed } | { ok: false; reason: string };
type Parsed = ReturnType<typeof parseFeed>;

/**
 * Parses a body known to be a feed; a body that no longer is one is an error, not a page. Relative links
 * are resolved against the feed's `url` (where it was fetched from) as `linkBase` says.
 */
export function readFeed(body: string, url?: string): FeedRead {
  let result: Parsed;
  try {
    result = parseFeed(body);
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    const message = describeError(err);
    if (name === 'DetectError' || /unrecognized/i.test(message))
      return { ok: false, reason: 'not an RSS, Atom or JSON feed' };
    return { ok: false, reason: `malformed feed (${message})` };
  }
  try {
    return { ok: true, feed: feedOf(result, body, url) };
  } catch (err) {
    return { ok: false, reason: `malformed feed (${describeError(err)})` };
  }
}

function feedOf(result: Parsed, body: string, url: string | undefined): ParsedFeed {
  switch (result.format) {
    case 'rss':
    case 'rdf':
      return rssFeed(result.feed, body, url);
    case 'atom':
      return atomFeed(result.feed, url);
    case 'json':
      return jsonFeed(result.feed, url);
  }
}

function rssFeed(
  f: Extract<Parsed, { format: 'rss' | 'rdf' }>['feed'],
  body: string,
  url?: string,
): ParsedFeed {
  // feedsmith reads xml:base on the root and on items, not on <channel>.
  const bases = [xmlBase(f), /<channel\b[^>]*\bxml:base\s*=\s*["']([^"']*)["']/i.exec(body)?.[1]];
  const base = (i: unknown) => linkBase(url, str(f.link), [...bases, xmlBase(i)]);
  return { kind: 'rss', title: str(f.title), items: (f.items ?? []).flatMap((i) => rssItem(i, base(i))) };
}

function atomFeed(f: Extract<Parsed, { format: 'atom' }>['feed'], url?: string): ParsedFeed {
  const site = (f.links ?? []).find((l) => l.rel === undefined || l.rel === 'alternate')?.href;
  const base = (e: unknown) => linkBase(url, str(site), [xmlBase(f), xmlBase(e)]);
  return {
    kind: 'atom',
    title: textOf(f.title),
    items: (f.entries ?? []).flatMap((e) => atomEntry(e, base(e))),
  };
}

function jsonFeed(f: Extract<Parsed, { format: 'json' }>['feed'], url?: string): ParsedFeed {
  const base = linkBase(url, str(f.home_page_url), []);
  return { kind: 'json', title: str(f.title), items: (f.items ?? []).flatMap((i) => jsonItem(i, base)) };
}

// feedsmith keeps the source structure; these read the few fields a briefing needs, defensively.
type Loose = Record<string, unknown>;

/**
 * What an item's relative links resolve against: the xml:base declarations around it (each resolved against
 * the one outside it, the outermost against the feed's URL), else the site the feed describes (its channel
 * or alternate link: the feed may be fetched from an internal or CDN address), else the feed's own URL.
 */
function linkBase(feedUrl: string | undefined, site: string | null, declared: unknown[]): string | null {
  let base = feedUrl ?? null;
  let found = false;
  for (const b of declared) {
    const resolved = resolveLink(str(b), base);
    if (resolved) [base, found] = [resolved, true];
  }
  return found ? base : (resolveLink(site, base) ?? base);
}

function resolveLink(ref: string | null, base: string | null): string | null {
  if (!ref) return null;
  try {
    return new URL(ref.trim(), base ?? undefined).href;
  } catch {
    return null;
  }
}

function xmlBase(node: unknown): unknown {
  return ((node as Loose | undefined)?.xml as Loose | undefined)?.base;
}

function rssItem(raw: unknown, base: string | null): FeedItem[] {
  const i = (raw ?? {}) as Loose;
  const guid = i.guid as Loose | string | undefined;
  const guidValue = typeof guid === 'string' ? guid : str(guid?.value);
  const dc = (i.dc ?? {}) as Loose;
  const content = str((i.content as Loose | undefined)?.encoded);
  const summary = str(i.description);
  const authors = (i.authors as unknown[] | undefined) ?? [];
  const creators = (dc.creators as unknown[] | undefined) ?? [];
  return item(base, {
    guid: guidValue,
    link: str(i.link) ?? (guid && typeof guid !== 'string' && guid.isPermaLink !== false ? guidValue : null),
    title: str(i.title),
    published: str(i.pubDate) ?? str(dc.date) ?? str((dc.dates as unknown[] | undefined)?.[0]),
    author: personName(creators[0]) ?? personName(authors[0]),
    content,
    summary,
    html: true,
  });
}

function atomEntry(raw: unknown, base: string | null): FeedItem[] {
  const e = (raw ?? {}) as Loose;
  const links = ((e.links as Loose[] | undefined) ?? []).filter((l) => typeof l?.href === 'string');
  const link =
    links.find((l) => l.rel === undefined || l.rel === 'alternate') ?? links.find((l) => l.rel !== 'self');
  const content = e.content as Loose | undefined;
  const summary = e.summary as Loose | undefined;
  const authors = (e.authors as unknown[] | undefined) ?? [];
  return item(base, {
    guid: str(e.id),
    link: str(link?.href),
    title: textOf(e.title),
    published: str(e.published) ?? str(e.updated),
    author: personName(authors[0]),
    content: str(content?.value),
    summary: str(summary?.value),
    html: content ? content.type !== 'text' : summary?.type !== 'text',
  });
}

function jsonItem(raw: unknown, base: string | null): FeedItem[] {
  const i = (raw ?? {}) as Loose;
  const authors = (i.authors as unknown[] | undefined) ?? [];
  const html = str(i.content_html);
  return item(base, {
    guid: str(i.id) ?? (typeof i.id === 'number' ? String(i.id) : null),
    link: str(i.url) ?? str(i.external_url),
    title: str(i.title),
    published: str(i.date_published) ?? str(i.date_modified),
    author: personName(authors[0]) ?? personName(i.author),
    content: html ?? str(i.content_text),
    summary: str(i.summary),
    html: html !== null,
  });
}

function item(
  base: string | null,
  f: {
    guid: string | null;
    link: string | null;
    title: string | null;
    published: string | null;
    author: string | null;
    content: string | null;
    summary: string | null;
    html: boolean;
  },
): FeedItem[] {
  const content = f.content ?? f.summary ?? '';
  const title = f.title ? foldSpace(f.html ? stripTags(f.title) : f.title) || null : null;
  const resolved = resolveLink(f.link, base);
  const link = resolved && /^https?:\/\//i.test(resolved) ? resolved : null;
  if (!title && !content.trim() && !link) return [];
  return [
    {
      guid: f.guid ? f.guid.trim().slice(0, 2000) || null : null,
      link,
      title,
      published: f.published ? feedDate(f.published) : null,
      author: f.author ? foldSpace(f.author).slice(0, 200) || null : null,
      content,
      html: f.html,
      summaryOnly: f.content === null || plainLength(content, f.html) < 600,
    },
  ];
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v : null;
}

function textOf(v: unknown): string | null {
  if (typeof v === 'string') return str(v);
  return str((v as Loose | undefined)?.value);
}

function personName(v: unknown): string | null {
  if (typeof v === 'string') return str(v);
  return str((v as Loose | undefined)?.name);
}
