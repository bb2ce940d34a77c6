// What a page declares about itself: Open Graph and other meta tags, JSON-LD, the canonical link and the
// <time> in its header. Each pick takes the first candidate that reads as one, in the order sites are
// most reliable about it.
import { declaredDate } from '../dates/parse-date.js';
import type { IsoDate } from '../model.js';
import { foldSpace, looseKey } from '../text/normalise.js';
import { all, type DomDocument } from './html-dom.js';
import {
  isObject,
  type Json,
  type LinkedData,
  ldAuthors,
  ldName,
  ldTypes,
  resolve,
} from './html-linked-data.js';
import { cleanByline } from './source-text.js';

/** meta name/property/itemprop (lower-cased) → the first non-empty content. */
export function metaMap(doc: DomDocument): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of all(doc, 'meta')) {
    const content = foldSpace(m.getAttribute('content') ?? '');
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = m.getAttribute(attr)?.trim().toLowerCase();
      if (key && !out.has(key)) out.set(key, content);
    }
  }
  return out;
}

export function pickPublisher(
  meta: Map<string, string>,
  ld: LinkedData,
  article: Json | null,
): string | null {
  const website = ld.objects.find((o) => ldTypes(o).includes('WebSite'));
  const candidates = [
    meta.get('og:site_name'),
    ldName(ld, article, 'publisher'),
    meta.get('application-name'),
    meta.get('publisher'),
    meta.get('dc.publisher'),
    meta.get('dcterms.publisher'),
    website && typeof website.name === 'string' ? website.name : null,
  ];
  for (const c of candidates) {
    const v = c ? foldSpace(c) : '';
    if (v && !/^https?:\/\//i.test(v)) return v;
  }
  return null;
}

export function pickAuthor(
  meta: Map<string, string>,
  ld: LinkedData,
  article: Json | null,
  publisher: string | null,
): string | null {
  const candidates = [
    meta.get('author'),
    meta.get('article:author'),
    ldAuthors(ld, article),
    meta.get('dc.creator'),
    meta.get('dcterms.creator'),
    meta.get('parsely-author'),
    meta.get('sailthru.author'),
    meta.get('byl'),
  ];
  for (const c of candidates) {
    if (!c || /^(?:https?:\/\/|www\.)/i.test(c.trim())) continue;
    const name = notPublisher(cleanByline(c), publisher);
    if (name) return name;
  }
  return null;
}

export function notPublisher(name: string | null, publisher: string | null): string | null {
  if (!name) return null;
  if (publisher && looseKey(name) === looseKey(publisher)) return null;
  return name;
}

export function docTitle(doc: DomDocument): string | null {
  const t = doc.querySelector('title');
  return t ? foldSpace(t.textContent ?? '') || null : null;
}

export function firstH1(doc: DomDocument): string | null {
  const h1 = doc.querySelector('article h1') ?? doc.querySelector('main h1') ?? doc.querySelector('h1');
  return h1 ? foldSpace(h1.textContent ?? '') || null : null;
}

export function pickTitle(
  candidates: (string | null | undefined)[],
  publisher: string | null,
): string | null {
  for (const c of candidates) {
    if (!c) continue;
    const t = stripSiteSuffix(foldSpace(c), publisher);
    if (t && !(publisher && looseKey(t) === looseKey(publisher))) return t;
  }
  return null;
}

const SITE_SEPARATOR = String.raw`\s+(?:[|\-–—:·•»]|::)\s+`;

/** "Headline | The Site" and "Headline - The Site" lose the site name when it is the publisher's. */
export function stripSiteSuffix(title: string, publisher: string | null): string {
  if (!publisher) return title;
  const parts = title.split(new RegExp(SITE_SEPARATOR));
  if (parts.length < 2) return title;
  const target = looseKey(publisher);
  const sameSite = (s: string) => {
    const c = looseKey(s);
    return c === target || c.replace(/^the /, '') === target.replace(/^the /, '');
  };
  const seps = [...title.matchAll(new RegExp(SITE_SEPARATOR, 'g'))];
  const last = parts[parts.length - 1] ?? '';
  const lastSep = seps[seps.length - 1];
  if (sameSite(last) && lastSep?.index !== undefined) return title.slice(0, lastSep.index).trim();
  const first = parts[0] ?? '';
  const firstSep = seps[0];
  if (sameSite(first) && firstSep?.index !== undefined)
    return title.slice(firstSep.index + firstSep[0].length).trim();
  return title;
}

export function pickUrl(
  doc: DomDocument,
  meta: Map<string, string>,
  ld: LinkedData,
  article: Json | null,
  given: string | undefined,
): string | null {
  const canonical = all(doc, 'link[rel]').find((l) =>
    /(?:^|\s)canonical(?:\s|$)/i.test(l.getAttribute('rel') ?? ''),
  );
  const mainEntity = article ? resolve(ld, article.mainEntityOfPage) : null;
  const candidates = [
    canonical?.getAttribute('href'),
    meta.get('og:url'),
    typeof mainEntity === 'string'
      ? mainEntity
      : isObject(mainEntity) && typeof mainEntity['@id'] === 'string'
        ? mainEntity['@id']
        : null,
    article && typeof article.url === 'string' ? article.url : null,
  ]
    .map((c) => c?.trim())
    .filter((c): c is string => !!c);
  const baseHref = doc.querySelector('base[href]')?.getAttribute('href');
  const bases = [given, baseHref, ...candidates].filter((b): b is string => !!b && isHttpUrl(b));
  for (const c of candidates) {
    if (isHttpUrl(c)) return c;
    for (const b of bases) {
      try {
        const abs = new URL(c, b).href;
        if (isHttpUrl(abs)) return abs;
      } catch {
        // not resolvable against this base; try the next
      }
    }
  }
  return given ?? null;
}

function isHttpUrl(s: string): boolean {
  return /^https?:\/\/[^\s/]+/i.test(s);
}

const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'published_time',
  'datepublished',
  'article.published',
  'dc.date.issued',
  'dcterms.issued',
  'dcterms.created',
  'dc.date',
  'dcterms.date',
  'citation_publication_date',
  'citation_date',
  'parsely-pub-date',
  'sailthru.date',
  'publish-date',
  'publishdate',
  'pubdate',
  'date',
];

export function pickPublished(
  doc: DomDocument,
  meta: Map<string, string>,
  article: Json | null,
): IsoDate | null {
  const first = declaredDate(meta.get('article:published_time'));
  if (first) return first;
  const fromLd =
    article && typeof article.datePublished === 'string' ? declaredDate(article.datePublished) : null;
  if (fromLd) return fromLd;
  for (const key of PUBLISHED_META) {
    const d = declaredDate(meta.get(key));
    if (d) return d;
  }
  for (const el of all(doc, '[itemprop="datePublished"], time[pubdate]')) {
    const d = declaredDate(el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent);
    if (d) return d;
  }
  // A <time> in the article's own header or dateline, never one in related links or the page footer.
  for (const el of all(doc, 'time[datetime]')) {
    if (el.closest('footer, aside, nav, li, [role="contentinfo"]')) continue;
    const inHeader =
      el.closest('article header, main header, header') ??
      el.closest(
        '[class*="byline"], [class*="dateline"], [class*="meta"], [class*="publish"], [class*="posted"], [class*="timestamp"]',
      );
    if (!inHeader) continue;
    const d = declaredDate(el.getAttribute('datetime'));
    if (d) return d;
  }
  return null;
}
