// JSON-LD on a page: every object (@graph members and nested values included), @id references followed,
// and the few readings the HTML reader needs (the article, a name, the person authors).
import { foldSpace } from '../text/normalise.js';
import type { DomDocument } from './html-dom.js';
import { all } from './html-dom.js';
import { joinNames } from './source-text.js';

export type Json = Record<string, unknown>;

export interface LinkedData {
  objects: Json[];
  /** Objects by their @id, so that `{"@id": …}` references can be followed. */
  byId: Map<string, Json>;
}

/** Every JSON-LD object on the page, @graph members and nested values included, @id references resolved. */
export function jsonLd(doc: DomDocument): LinkedData {
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

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function resolve(ld: LinkedData, v: unknown): unknown {
  if (isObject(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1)
    return ld.byId.get(v['@id']) ?? v;
  return v;
}

export function ldTypes(o: Json): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

const ARTICLE_TYPE =
  /(?:Article|BlogPosting|Report|PressRelease|ReportageNews|NewsArticle|LiveBlogPosting|Posting)$/;

export function ldArticle(objects: Json[]): Json | null {
  return (
    objects.find((o) => ldTypes(o).some((t) => ARTICLE_TYPE.test(t))) ??
    objects.find((o) => typeof o.headline === 'string' || typeof o.datePublished === 'string') ??
    null
  );
}

export function ldName(ld: LinkedData, o: Json | null, key: string): string | null {
  if (!o) return null;
  const v = resolve(ld, o[key]);
  if (typeof v === 'string') return foldSpace(v) || null;
  if (isObject(v) && typeof v.name === 'string') return foldSpace(v.name) || null;
  return null;
}

/** Person authors only: an organisation named as author is the publisher speaking, not a byline. */
export function ldAuthors(ld: LinkedData, o: Json | null): string | null {
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
