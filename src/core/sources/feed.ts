// Fetched bodies to items: RSS 2.0 (and RDF), Atom and JSON Feed through feedsmith, one HTML page as one
// item. Everything a feed says is untrusted: each field is checked and an item that cannot be read is
// dropped, never allowed to stop the rest.
import { createHash } from 'node:crypto';
import { parseFeed } from 'feedsmith';
import type { RawInput } from '../documents/document.js';
import { htmlToSourceText } from '../documents/html.js';
import { foldSpace, isoDatePrefix } from '../documents/source-text.js';
import type { IsoDate } from '../model.js';
import type { SeenKey, SourceKind } from '../ports.js';
import { decodeEntities } from '../text/html-entities.js';

/** A feed item's text beyond this is a hostile or broken feed, not a report. */
export const MAX_ITEM_CHARS = 1_000_000;

export interface FeedItem {
  guid: string | null;
  link: string | null;
  title: string | null;
  published: IsoDate | null;
  author: string | null;
  /** Full content when the feed carries it, else the summary; HTML or plain text. */
  content: string;
  html: boolean;
  /** True when the feed gives only a summary: the linked page may hold the article. */
  summaryOnly: boolean;
}

export interface ParsedFeed {
  kind: Exclude<SourceKind, 'page'>;
  title: string | null;
  items: FeedItem[];
}

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

/**
 * Parses a body known to be a feed; a body that no longer is one is an error, not a page. Relative links
 * are resolved against the feed's `url` (where it was fetched from) as `linkBase` says.
 */
export function readFeed(
  body: string,
  url?: string,
): { ok: true; feed: ParsedFeed } | { ok: false; reason: string } {
  let result: ReturnType<typeof parseFeed>;
  try {
    result = parseFeed(body);
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    const message = err instanceof Error ? err.message : String(err);
    if (name === 'DetectError' || /unrecognized/i.test(message))
      return { ok: false, reason: 'not an RSS, Atom or JSON feed' };
    return { ok: false, reason: `malformed feed (${message})` };
  }
  try {
    switch (result.format) {
      case 'rss':
      case 'rdf': {
        const f = result.feed;
        // feedsmith reads xml:base on the root and on items, not on <channel>.
        const bases = [xmlBase(f), /<channel\b[^>]*\bxml:base\s*=\s*["']([^"']*)["']/i.exec(body)?.[1]];
        const base = (i: unknown) => linkBase(url, str(f.link), [...bases, xmlBase(i)]);
        return {
          ok: true,
          feed: {
            kind: 'rss',
            title: str(f.title),
            items: (f.items ?? []).flatMap((i) => rssItem(i, base(i))),
          },
        };
      }
      case 'atom': {
        const f = result.feed;
        const site = (f.links ?? []).find((l) => l.rel === undefined || l.rel === 'alternate')?.href;
        const base = (e: unknown) => linkBase(url, str(site), [xmlBase(f), xmlBase(e)]);
        return {
          ok: true,
          feed: {
            kind: 'atom',
            title: textOf(f.title),
            items: (f.entries ?? []).flatMap((e) => atomEntry(e, base(e))),
          },
        };
      }
      case 'json': {
        const f = result.feed;
        const base = linkBase(url, str(f.home_page_url), []);
        return {
          ok: true,
          feed: {
            kind: 'json',
            title: str(f.title),
            items: (f.items ?? []).flatMap((i) => jsonItem(i, base)),
          },
        };
      }
    }
  } catch (err) {
    return { ok: false, reason: `malformed feed (${err instanceof Error ? err.message : String(err)})` };
  }
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

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A feed's date at day precision, as written (the publisher's local day, not shifted to UTC): ISO 8601
 * (Atom, JSON Feed, Dublin Core) or RFC 822 (RSS pubDate).
 */
export function feedDate(value: string): IsoDate | null {
  const iso = isoDatePrefix(value);
  if (iso) return iso;
  const m = /(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2,4})/i.exec(value);
  if (!m) return null;
  const month = MONTHS.indexOf((m[2] ?? '').toLowerCase());
  let year = Number(m[3]);
  if (year < 100) year += year < 50 ? 2000 : 1900;
  const day = Number(m[1]);
  if (month < 0 || day < 1 || day > new Date(Date.UTC(year, month + 1, 0)).getUTCDate()) return null;
  return isoDatePrefix(`${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

/** How an item is recognised on later polls, even when the feed gives it a new GUID. */
export function seenKey(i: FeedItem): SeenKey {
  return { guid: i.guid, link: i.link ? canonicalLink(i.link) : null, contentHash: contentHash(i) };
}

/** The hash of what the item says (title and text, spacing and markup ignored). */
export function contentHash(i: Pick<FeedItem, 'title' | 'content' | 'html'>): string {
  const text = i.html ? stripTags(i.content) : i.content;
  const canonical = `${i.title ?? ''}\n${text}`.toLowerCase().replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(canonical).digest('hex').slice(0, 32);
}

/** One link however the feed dresses it: no fragment, no tracking parameters, lower-case host. */
export function canonicalLink(link: string): string {
  try {
    const u = new URL(link.trim());
    u.hash = '';
    for (const k of [...u.searchParams.keys()])
      if (/^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid)$/i.test(k)) u.searchParams.delete(k);
    return u.href;
  } catch {
    return link.trim();
  }
}

/** The item as ingestible input: the feed's metadata wins over what the text might suggest. */
export function itemInput(i: FeedItem, origin: string, publisher: string | null): RawInput {
  const text = i.html
    ? htmlToSourceText(`<html><body><article>${i.content}</article></body></html>`).text
    : i.content;
  return {
    content: text,
    origin,
    format: 'text',
    url: i.link,
    // A link-less item is told apart from another with the same text by where it stands in its feed.
    address: origin,
    known: { title: i.title, published: i.published, author: i.author, publisher },
  };
}

/**
 * A fetched page as ingestible input: its own metadata (Open Graph, JSON-LD) is read by the HTML path. For
 * the article behind a feed item, the item's title, date and author win, as the feed declared them.
 */
export function pageInput(html: string, url: string, origin: string, item?: FeedItem): RawInput {
  const input: RawInput = { content: html, origin, format: 'html', url };
  if (item) input.known = { title: item.title, published: item.published, author: item.author };
  return input;
}

export function plainLength(content: string, html: boolean): number {
  return (html ? stripTags(content) : content).replace(/\s+/g, ' ').trim().length;
}

function stripTags(s: string): string {
  return decodeEntities(s.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' '));
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
