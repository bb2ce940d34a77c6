// Feed items as the poller knows them: the item shape, how an item is recognised on later polls (GUID,
// canonical link, content hash), its date as the feed wrote it, and an item or a fetched page as ingestible
// input. Reading the feed formats is in feed-formats.ts.
import { createHash } from 'node:crypto';
import { isoDate, isValidDay, monthIndex } from '../dates/calendar.js';
import { isoDatePrefix } from '../dates/parse-date.js';
import type { RawInput } from '../documents/document.js';
import { htmlToSourceText } from '../documents/html.js';
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
  /** Who published it, when the item says (a STIX report's creator); the source's name otherwise. */
  publisher?: string | null;
  /** Full content when the feed carries it, else the summary; HTML or plain text. */
  content: string;
  html: boolean;
  /** True when the feed gives only a summary: the linked page may hold the article. */
  summaryOnly: boolean;
}

export interface ParsedFeed {
  kind: Extract<SourceKind, 'rss' | 'atom' | 'json'>;
  title: string | null;
  items: FeedItem[];
}

/**
 * A feed's date at day precision, as written (the publisher's local day, not shifted to UTC): ISO 8601
 * (Atom, JSON Feed, Dublin Core) or RFC 822 (RSS pubDate).
 */
export function feedDate(value: string): IsoDate | null {
  const iso = isoDatePrefix(value);
  if (iso) return iso;
  const m = /(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2,4})/i.exec(value);
  if (!m) return null;
  const month = monthIndex(m[2] ?? '');
  let year = Number(m[3]);
  if (year < 100) year += year < 50 ? 2000 : 1900;
  const day = Number(m[1]);
  return month !== null && isValidDay(year, month, day) ? isoDate(year, month, day) : null;
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
    known: { title: i.title, published: i.published, author: i.author, publisher: i.publisher ?? publisher },
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

export function stripTags(s: string): string {
  return decodeEntities(s.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' '));
}
