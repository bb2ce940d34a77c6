// A web page to the raw material of a Document: the article's text (via Readability) and the metadata the
// page declares (Open Graph, article:*, JSON-LD, <time datetime>, canonical link). Furniture that survives
// here is the plain-text cleaner's job.
import { declaredDate } from '../dates/parse-date.js';
import type { IsoDate } from '../model.js';
import { foldSpace, looseKey } from '../text/normalise.js';
import { linkedom, readability } from './libraries.js';
import { cleanByline, emptySourceText, joinNames, type SourceText } from './source-text.js';

export interface HtmlOptions {
  /** Where the page was fetched from: the fallback URL, and the base for a relative canonical link. */
  url?: string;
}

// The project compiles without the DOM lib, so the slice of linkedom's DOM used here is declared locally.
interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<DomNode>;
  readonly textContent: string | null;
}
interface DomElement extends DomNode {
  readonly tagName: string;
  readonly id: string;
  readonly className: string;
  innerHTML: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
  remove(): void;
}
interface DomDocument {
  readonly head: DomElement;
  readonly body: DomElement;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

type Json = Record<string, unknown>;

interface LinkedData {
  objects: Json[];
  /** Objects by their @id, so that `{"@id": …}` references can be followed. */
  byId: Map<string, Json>;
}

const ELEMENT = 1;
const TEXT = 3;

/** Never throws: a page that cannot be read at all gives an empty SourceText. */
export function htmlToSourceText(html: string, opts: HtmlOptions = {}): SourceText {
  try {
    return convert(typeof html === 'string' ? html : '', opts);
  } catch {
    return emptySourceText(opts.url ?? null);
  }
}

function convert(html: string, opts: HtmlOptions): SourceText {
  const doc = buildDocument(html);
  const meta = metaMap(doc);
  const ld = jsonLd(doc);
  const article = ldArticle(ld.objects);

  const publisher = pickPublisher(meta, ld, article);
  const h1 = firstH1(doc);
  const titleCandidates = [
    meta.get('og:title'),
    ldName(ld, article, 'headline'),
    h1,
    meta.get('twitter:title'),
    docTitle(doc),
  ];
  const title = pickTitle(titleCandidates, publisher);
  const url = pickUrl(doc, meta, ld, article, opts.url);
  const published = pickPublished(doc, meta, article);
  let author = pickAuthor(meta, ld, article, publisher);

  stripFurniture(doc);
  const fallback = toParagraphs(doc.body);
  let paragraphs = fallback;
  let isArticle = false;
  const found = runReadability(doc);
  if (found && isSubstantial(found.paragraphs)) {
    paragraphs = found.paragraphs;
    isArticle = true;
  }
  if (!author && found?.byline) author = notPublisher(cleanByline(found.byline), publisher);

  const headings = new Set(
    [title, ...titleCandidates]
      .filter((t): t is string => !!t)
      .map((t) => looseKey(stripSiteSuffix(foldSpace(t), publisher))),
  );
  paragraphs = dropLeadingTitles(paragraphs, headings);
  return { text: paragraphs.join('\n\n'), title, publisher, author, published, url, isArticle };
}

// ---------------------------------------------------------------------------------------------------------
// Parsing

/**
 * linkedom builds the tree as written, without the implied <html>/<head>/<body> a browser adds: a fragment
 * or a page missing <body> leaves `document.body` throwing. So the page is split into head and body by hand
 * and poured into a well-formed skeleton.
 */
function buildDocument(html: string): DomDocument {
  const { document } = linkedom().parseHTML('<!DOCTYPE html><html><head></head><body></body></html>');
  const doc = document as unknown as DomDocument;
  const src = html.replace(/^\ufeff/, '');
  const head = /<head\b[^>]*>([\s\S]*?)<\/head\s*>/i.exec(src);
  const body = /<body\b[^>]*>([\s\S]*?)(?:<\/body\s*>|$)/i.exec(src);
  const wrapper = /<!doctype[^>]*>|<\/?html\b[^>]*>/gi;
  let headHtml = head?.[1] ?? '';
  let bodyHtml: string;
  if (body) {
    bodyHtml = body[1] ?? '';
    if (!head) headHtml = src.slice(0, body.index).replace(wrapper, '');
  } else {
    bodyHtml = (head ? src.slice(0, head.index) + src.slice(head.index + head[0].length) : src).replace(
      wrapper,
      '',
    );
  }
  doc.head.innerHTML = headHtml;
  doc.body.innerHTML = bodyHtml;
  return doc;
}

function all(root: DomDocument | DomElement, selector: string): DomElement[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

// ---------------------------------------------------------------------------------------------------------
// Metadata

/** meta name/property/itemprop (lower-cased) → the first non-empty content. */
function metaMap(doc: DomDocument): Map<string, string> {
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

/** Every JSON-LD object on the page, @graph members and nested values included, with @id references resolved. */
function jsonLd(doc: DomDocument): LinkedData {
  const roots: unknown[] = [];
  for (const s of all(doc, 'script')) {
    if (!/ld\+json/i.test(s.getAttribute('type') ?? '')) continue;
    const raw = (s.textContent ?? '').replace(/^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$/g, '').trim();
    try {
      roots.push(JSON.parse(raw));
    } catch {
      // A broken block says nothing; the page's other metadata still counts.
    }
  }
  const objects: Json[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 8) return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
    } else if (isObject(v)) {
      objects.push(v);
      for (const x of Object.values(v)) if (typeof x === 'object') visit(x, depth + 1);
    }
  };
  visit(roots, 0);
  const byId = new Map<string, Json>();
  for (const o of objects) {
    const id = o['@id'];
    if (typeof id === 'string' && Object.keys(o).length > 1 && !byId.has(id)) byId.set(id, o);
  }
  return { objects, byId };
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function resolve(ld: LinkedData, v: unknown): unknown {
  if (isObject(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1)
    return ld.byId.get(v['@id']) ?? v;
  return v;
}

function ldTypes(o: Json): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

const ARTICLE_TYPE =
  /(?:Article|BlogPosting|Report|PressRelease|ReportageNews|NewsArticle|LiveBlogPosting|Posting)$/;

function ldArticle(objects: Json[]): Json | null {
  return (
    objects.find((o) => ldTypes(o).some((t) => ARTICLE_TYPE.test(t))) ??
    objects.find((o) => typeof o.headline === 'string' || typeof o.datePublished === 'string') ??
    null
  );
}

function ldName(ld: LinkedData, o: Json | null, key: string): string | null {
  if (!o) return null;
  const v = resolve(ld, o[key]);
  if (typeof v === 'string') return foldSpace(v) || null;
  if (isObject(v) && typeof v.name === 'string') return foldSpace(v.name) || null;
  return null;
}

/** Person authors only: an organisation named as author is the publisher speaking, not a byline. */
function ldAuthors(ld: LinkedData, o: Json | null): string | null {
  if (!o) return null;
  const raw = o.author ?? o.creator;
  const list = (Array.isArray(raw) ? raw : [raw]).map((a) => resolve(ld, a));
  const names: string[] = [];
  for (const a of list) {
    if (typeof a === 'string' && !/^https?:\/\//i.test(a)) names.push(foldSpace(a));
    else if (isObject(a) && typeof a.name === 'string') {
      const types = ldTypes(a);
      if (types.length > 0 && !types.includes('Person')) continue;
      names.push(foldSpace(a.name));
    }
  }
  return joinNames(names.filter(Boolean));
}

function pickPublisher(meta: Map<string, string>, ld: LinkedData, article: Json | null): string | null {
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

function pickAuthor(
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

function notPublisher(name: string | null, publisher: string | null): string | null {
  if (!name) return null;
  if (publisher && looseKey(name) === looseKey(publisher)) return null;
  return name;
}

function docTitle(doc: DomDocument): string | null {
  const t = doc.querySelector('title');
  return t ? foldSpace(t.textContent ?? '') || null : null;
}

function firstH1(doc: DomDocument): string | null {
  const h1 = doc.querySelector('article h1') ?? doc.querySelector('main h1') ?? doc.querySelector('h1');
  return h1 ? foldSpace(h1.textContent ?? '') || null : null;
}

function pickTitle(candidates: (string | null | undefined)[], publisher: string | null): string | null {
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

function pickUrl(
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

function pickPublished(doc: DomDocument, meta: Map<string, string>, article: Json | null): IsoDate | null {
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

// ---------------------------------------------------------------------------------------------------------
// Furniture removal before Readability

const DROP_TAGS =
  'script, style, noscript, template, iframe, svg, canvas, object, embed, form, button, input, select, textarea, nav, footer, aside, dialog, menu';
const DROP_ROLES =
  '[role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="search"], [role="dialog"], [role="alertdialog"], [aria-modal="true"], [hidden], [aria-hidden="true"]';
const FURNITURE_WORD =
  /(?:^|[_-])(?:cookies?|consent|gdpr|newsletters?|subscribe|subscription|signup|sign-up|share|sharing|social|related|most-(?:read|popular|viewed)|trending|recommended|promo|adverts?|advertisement|ads?|sponsored|breadcrumbs?|pagination|pager|comments?|skip-link|outbrain|taboola|paywall|feedback|visually-hidden|sr-only|screen-reader-text)(?=$|[_-])/i;
/** State classes (`has-comments`, `share-enabled`) describe the page, not a box of furniture. */
const STATE_CLASS =
  /^(?:has|is|no|with|js|show|hide)[_-]|[_-](?:enabled|disabled|active|open|loaded|visible|ready|free|count)$/i;

function isFurnitureBox(el: DomElement): boolean {
  const tokens = `${el.id} ${typeof el.className === 'string' ? el.className : ''}`
    .split(/\s+/)
    .filter(Boolean);
  return tokens.some((t) => !STATE_CLASS.test(t) && FURNITURE_WORD.test(t));
}

/** Removes what is never article text. Anything holding the headline or most of the page stays. */
function stripFurniture(doc: DomDocument): void {
  const pageLength = (doc.body.textContent ?? '').length;
  const holdsArticle = (el: DomElement) => {
    if (/^(?:HTML|BODY|MAIN|ARTICLE)$/.test(el.tagName)) return true;
    if (el.querySelector('article, main, [role="main"], h1')) return true;
    return pageLength > 400 && (el.textContent ?? '').length > 0.5 * pageLength;
  };
  const tryRemove = (el: DomElement) => {
    if (!holdsArticle(el)) el.remove();
  };
  for (const el of all(doc, 'script, style, noscript, template')) el.remove();
  for (const el of all(doc.body, DROP_TAGS)) tryRemove(el);
  for (const el of all(doc.body, DROP_ROLES)) tryRemove(el);
  for (const el of all(doc.body, '[style]')) {
    if (/(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(el.getAttribute('style') ?? '')) tryRemove(el);
  }
  // Site headers (logo, menus); the article's own <header> holds the headline and stays.
  for (const el of all(doc.body, 'header')) {
    if (!el.closest('article, main, [role="main"]')) tryRemove(el);
  }
  for (const el of all(doc.body, '[class], [id]')) {
    if (isFurnitureBox(el)) tryRemove(el);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Readability

function runReadability(doc: DomDocument): { paragraphs: string[]; byline: string | null } | null {
  try {
    // Readability resolves links against document.baseURI, which linkedom leaves null; it catches the
    // failure and keeps the href as written, which is harmless since links are reduced to their text.
    const { Readability } = readability();
    const reader = new Readability<DomElement>(doc, {
      charThreshold: 250,
      disableJSONLD: true,
      // Only the text is read from the article, so stripping its class attributes is wasted work.
      keepClasses: true,
      serializer: (node) => node as unknown as DomElement,
    });
    const result = reader.parse();
    if (!result?.content) return null;
    return { paragraphs: toParagraphs(result.content), byline: result.byline ?? null };
  } catch {
    return null;
  }
}

const TERMINAL = /[.!?…]["'”’)\]]*$/;

/** Readability always returns its best attempt; a page of headlines and labels is not an article. */
function isSubstantial(paragraphs: string[]): boolean {
  const prose = paragraphs.filter((p) => TERMINAL.test(p) && p.split(' ').length >= 12);
  return prose.reduce((n, p) => n + p.length, 0) >= 200;
}

// ---------------------------------------------------------------------------------------------------------
// DOM → paragraphs

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'IMG',
  'PICTURE',
  'SOURCE',
  'TRACK',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'MATH',
]);
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIR',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'OPTION',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'UL',
]);

// Deeper than any real page; keeps garbage from exhausting the stack.
const MAX_DEPTH = 1000;

/** Block elements become paragraphs; list items and headings one each; a table row one line of cells. */
function toParagraphs(root: DomNode): string[] {
  const out: string[] = [];
  let cur = '';
  const flush = () => {
    const p = foldSpace(cur);
    if (p) out.push(p);
    cur = '';
  };
  const walk = (node: DomNode, depth: number): void => {
    if (node.nodeType === TEXT) {
      cur += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIP.has(tag) || depth > MAX_DEPTH) return;
    if (tag === 'BR') {
      flush();
      return;
    }
    if (tag === 'PRE') {
      flush();
      for (const line of (node.textContent ?? '').split('\n')) {
        cur = line;
        flush();
      }
      return;
    }
    if (tag === 'TR') {
      flush();
      const cells = Array.from(node.childNodes)
        .filter((c) => c.nodeType === ELEMENT && /^(?:TD|TH)$/i.test(c.nodeName))
        .map((c) => toParagraphs(c).join(' '))
        .filter(Boolean);
      cur = cells.join(' | ');
      flush();
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child, depth + 1);
    if (block) flush();
  };
  walk(root, 0);
  flush();
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Helpers

/** The headline repeated at the top of the text is metadata, not body. */
function dropLeadingTitles(paragraphs: string[], headings: Set<string>): string[] {
  const out = [...paragraphs];
  for (let i = 0; i < Math.min(out.length, 4); ) {
    const p = out[i] ?? '';
    if (headings.has(looseKey(p))) {
      out.splice(i, 1);
      continue;
    }
    if (TERMINAL.test(p) && p.split(' ').length >= 12) break;
    i++;
  }
  return out;
}
