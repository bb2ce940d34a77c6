// What a channel follows: free words, an entity or any of its aliases (APT31, ZIRCONIUM, Violet Typhoon),
// and `entity:` / `publisher:` filters. Every part must hold for a document to match.
import type { Corpus } from '../corpus.js';
import { findThreatActor } from '../data/threat-actors.js';
import { namesOf } from '../knowledge/names.js';
import type { KnowledgeBase } from '../knowledge/snapshot.js';
import type { Document } from '../model.js';
import { contentWords, nameKey, wordTokens } from '../text/normalise.js';

export interface FollowQuery {
  /** The free words as typed ("APT31", "electoral commission"). */
  phrase: string;
  entities: string[];
  publishers: string[];
}

// A filter's value may be empty here ("entity:" typed alone) so that `followQueryProblem` can say so.
const FILTER = /\b(entity|publisher):(?:"([^"]*)"|“([^”]*)”|(\S*))/gi;
const FILTER_EXAMPLE = { entity: 'Sandworm', publisher: 'NCSC' } as const;

export function parseFollowQuery(text: string): FollowQuery {
  const entities: string[] = [];
  const publishers: string[] = [];
  const phrase = text
    .replace(FILTER, (_all, key: string, a?: string, b?: string, c?: string) => {
      const value = (a ?? b ?? c ?? '').trim();
      if (value) (key.toLowerCase() === 'entity' ? entities : publishers).push(value);
      return ' ';
    })
    .replace(/\s+/g, ' ')
    .trim();
  return { phrase, entities, publishers };
}

/** The stored form of a query: free words first, then the filters, quoted when they hold spaces. */
export function formatFollowQuery(q: FollowQuery): string {
  const quote = (v: string) => (/\s/.test(v) ? `"${v.replace(/"/g, '')}"` : v);
  return [
    q.phrase,
    ...q.entities.map((e) => `entity:${quote(e)}`),
    ...q.publishers.map((p) => `publisher:${quote(p)}`),
  ]
    .filter(Boolean)
    .join(' ');
}

export function isEmptyQuery(q: FollowQuery): boolean {
  return q.phrase === '' && q.entities.length === 0 && q.publishers.length === 0;
}

/**
 * Why a query typed as `text` could never match a report (a filter without a name, words without a
 * letter or digit), or null. Such a follow would be stored, listed and silently never fire.
 */
export function followQueryProblem(text: string): string | null {
  for (const m of text.matchAll(FILTER)) {
    const key = (m[1] ?? '').toLowerCase() as keyof typeof FILTER_EXAMPLE;
    if (!nameKey(m[2] ?? m[3] ?? m[4] ?? ''))
      return `${key}: needs a name, e.g. ${key}:${FILTER_EXAMPLE[key] ?? 'NAME'}.`;
  }
  const { phrase } = parseFollowQuery(text);
  if (phrase !== '' && !nameKey(phrase)) return `“${phrase.slice(0, 40)}” has no word or name to follow.`;
  return null;
}

/**
 * What one user-typed name matches in a document's mentions. A name the corpus knows exactly is that
 * entity, by its canonical name: an alias other bodies share ("NCSC" for the UK's and New Zealand's) must
 * not bring theirs in. Any other name matches mentions by any of their names, with a known actor's aliases.
 * A typo match ("APT30" → APT31) is never used: it must not subscribe anyone to the wrong actor.
 */
export interface NameFilter {
  /** Name keys of canonical entity names. */
  entities: Set<string>;
  /** Name keys matched against every name and alias of a mention. */
  names: Set<string>;
}

export async function nameFilter(
  name: string,
  corpus: Corpus,
  knowledge: KnowledgeBase | null = null,
): Promise<NameFilter> {
  const filter: NameFilter = { entities: new Set(), names: new Set() };
  const own = nameKey(name);
  if (!own) return filter;
  const hit = await corpus.lookupEntity(name);
  if (hit.found && hit.via === null) {
    filter.entities.add(nameKey(hit.found.name));
    return filter;
  }
  filter.names.add(own);
  const actor = findThreatActor(name);
  if (actor) for (const n of [actor.name, ...actor.aliases.map((a) => a.name)]) filter.names.add(nameKey(n));
  // A catalogue name follows its entry by every name the catalogues give it (Sogu follows PlugX); a
  // name they give to several things follows only what was typed.
  const known = knowledge?.resolve(name);
  if (known?.status === 'found') for (const n of namesOf(known.entry)) filter.names.add(nameKey(n));
  return filter;
}

/** A query with its names resolved once, to test many documents. */
export interface CompiledQuery {
  query: FollowQuery;
  matches(doc: Document, mentions: readonly { name: string; aliases: string[] }[]): boolean;
}

export async function compileFollowQuery(
  text: string,
  corpus: Corpus,
  knowledge: KnowledgeBase | null = null,
): Promise<CompiledQuery> {
  const query = parseFollowQuery(text);
  const entityFilters = await Promise.all(query.entities.map((e) => nameFilter(e, corpus, knowledge)));
  const publisherKeys = query.publishers.map(nameKey).filter(Boolean);
  const phraseFilter = query.phrase ? await nameFilter(query.phrase, corpus, knowledge) : null;
  const words = contentWords(query.phrase);
  const phraseWords = words.length > 0 ? words : wordTokens(query.phrase);

  return {
    query,
    matches(doc, mentions) {
      const canonical = new Set<string>();
      const anyName = new Set<string>();
      for (const m of mentions) {
        canonical.add(nameKey(m.name));
        for (const n of [m.name, ...m.aliases]) anyName.add(nameKey(n));
      }
      const mentioned = (f: NameFilter) =>
        [...f.entities].some((k) => canonical.has(k)) || [...f.names].some((k) => anyName.has(k));
      if (!entityFilters.every(mentioned)) return false;
      const publisher = nameKey(doc.publisher ?? '');
      if (!publisherKeys.every((p) => publisher.includes(p))) return false;
      if (!query.phrase) return true;
      if (phraseFilter && mentioned(phraseFilter)) return true;
      // Words that name a known entity follow that entity: their letters in another body's report (the
      // other NCSC) are not a match. Other words match wherever the report has them all.
      if (phraseFilter && phraseFilter.entities.size > 0) return false;
      const text = `${doc.title ?? ''}\n${doc.body}`;
      const have = new Set([...contentWords(text), ...wordTokens(text)]);
      return phraseWords.length > 0 && phraseWords.every((w) => have.has(w));
    },
  };
}
