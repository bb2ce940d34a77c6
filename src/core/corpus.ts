// The corpus as commands see it: the stored corpus for structured questions (read-only), passage search
// for free text, citations, and forgiving name lookup (case, punctuation, "APT 31", surnames, vendor
// aliases, small typos).
import { findCountry } from './data/countries.js';
import { wellKnownOrgsCalled } from './data/organisations.js';
import { findThreatActor } from './data/threat-actors.js';
import { canonicalOrgName } from './extract/org-identity.js';
import type { EntityKind } from './model.js';
import { createNameIndex, type NameIndex } from './name-index.js';
import type { PassagePage } from './passages.js';
import type {
  CorpusReader,
  DocumentHead,
  EntityReader,
  EntityRecord,
  PassageSearch,
  StoredDocument,
} from './ports.js';
import { type Block, type Citation, type Cited, citationOf } from './reply.js';
import type { Correction } from './search-query.js';
import { digitsOf, nameKey } from './text/normalise.js';

export type EntityRef = EntityRecord;

/**
 * A typed name resolved. `via` is the typed name when the answer is only the closest name (a typo, a
 * prefix, one word of a longer name), so the reply must say so first; null when it is the entity's name
 * or one of its aliases. `others` are the further entities that the same name or alias also names
 * (the UK's and New Zealand's NCSC), most documented first.
 */
export type Lookup =
  | { found: EntityRef; via: string | null; others: EntityRef[] }
  | { found: null; suggestions: string[] };

export interface Corpus {
  /** The stored corpus, read-only: documents, entities and merged rows. */
  readonly reader: CorpusReader;
  /** The citation of one document, or null when it is not stored. */
  citation(docId: string): Promise<Citation | null>;
  /** Citations of these documents in the same order (unknown ones left out), with one query. */
  citations(docIds: readonly string[]): Promise<Citation[]>;
  /** A merged row's citations: its first reporting documents, and how many report it in all. */
  cite(row: { docIds: readonly string[]; sourceCount: number }): Promise<Cited>;
  /** Citations with where each document came from, for a sources list; one query, no bodies read. */
  sourceRows(docIds: readonly string[]): Promise<(Citation & { origin: string })[]>;
  document(docId: string): Promise<StoredDocument | undefined>;
  /** Resolves a user-typed name to one entity, or the closest suggestions. */
  lookupEntity(query: string, kinds?: EntityKind[]): Promise<Lookup>;
  /** One page of the passages matching `query`, and how many match (see `PassageSearch.searchPassages`). */
  search(query: string, page: { offset: number; limit: number }): Promise<PassagePage>;
  /** Names starting with (or containing) what the user typed so far, for autocomplete. */
  suggestNames(typed: string, kinds: EntityKind[] | undefined, limit: number): Promise<string[]>;
  /**
   * Loads the names and the search vocabulary in small steps, yielding between them, so the first
   * misspelt name or word after start is not the one that pays for it (meanwhile misspellings are matched
   * against the part loaded so far). Long-running processes call it.
   */
  warm(): Promise<void>;
}

/** Entities of these kinds, or of any kind when none is given. */
const ofKinds = (kinds?: EntityKind[]) => (e: EntityRef) => !kinds || kinds.includes(e.kind);

/**
 * What an answer about a looked-up name says before anything else: that it answers for the closest
 * name, not the one typed; or which other entities the typed name also names, and how to ask for them
 * (`ask` turns a canonical name into that command).
 */
export function lookupNotice(
  typed: string,
  hit: Extract<Lookup, { found: EntityRef }>,
  ask: (name: string) => string,
): Block[] {
  if (hit.via !== null)
    return [
      { type: 'text', text: `Nothing in these reports is called "${typed}"; closest: ${hit.found.name}.` },
    ];
  const [other] = hit.others;
  if (!other) return [];
  const others = hit.others.map((e) => e.name).join('; ');
  return [
    { type: 'text', text: `Also called "${typed}": ${others}. Ask for it by name: ${ask(other.name)}` },
  ];
}

/**
 * The first thing an answer says when it searched typed words as close ones ("electorl" as "electoral"):
 * a corrected word is a guess, and the user should know before reading what it found.
 */
export function correctionNotice(corrected: readonly Correction[] = []): Block[] {
  if (corrected.length === 0) return [];
  const typed = corrected.map((c) => `"${c.typed}"`).join(', ');
  const instead = corrected.map((c) => c.instead.map((w) => `"${w}"`).join(' or ')).join(', ');
  const word = corrected.length === 1 ? 'word' : 'words';
  return [{ type: 'text', text: `No report has the ${word} ${typed}; searched ${instead} instead.` }];
}

/**
 * Among the entities an exact name or alias names: the one whose own name it is, then a threat actor
 * (the kind people ask about), then the most documented.
 */
function bestNamed(list: EntityRef[], key: string): Lookup | null {
  const rank = (e: EntityRef) => (nameKey(e.name) === key ? 0 : e.kind === 'threat_actor' ? 1 : 2);
  const [found, ...others] = [...list].sort((a, b) => rank(a) - rank(b) || b.documents - a.documents);
  return found ? { found, via: null, others } : null;
}

/** The canonical names the reference tables give a typed name: a known actor, agency or country. */
function referenceNames(typed: string): string[] {
  const actor = findThreatActor(typed);
  if (actor) return [actor.name];
  const orgs = wellKnownOrgsCalled(typed).map(canonicalOrgName);
  if (orgs.length > 0) return orgs;
  const country = findCountry(typed);
  return country ? [country.country.name] : [];
}

/** A citation from a document's head: the title, or the first words of the body when there is none. */
const headCitation = (head: DocumentHead): Citation => citationOf({ ...head, body: head.snippet });

/** Citations kept in memory: enough for every answer on a busy day, bounded whatever the corpus size. */
const CITATION_CACHE = 5_000;

/** Resolves a typed name: exact names and aliases, then the reference tables, then the closest name. */
async function lookupEntity(
  reader: EntityReader,
  index: NameIndex,
  query: string,
  kinds?: EntityKind[],
): Promise<Lookup> {
  const allowed = ofKinds(kinds);
  const key = nameKey(query);
  if (!key) return { found: null, suggestions: [] };
  const named = await reader.entitiesByKey(key);
  const exact = bestNamed(named.filter(allowed), key);
  if (exact) return exact;
  // A name the corpus or a reference table knows is that thing, never a misspelling of another:
  // APT41 is not APT31, Iran is not Iraq, an actor's name is not a company's that starts with it.
  if (named.length > 0) return { found: null, suggestions: [] };
  const reference = referenceNames(query);
  if (reference.length > 0) {
    for (const name of reference) {
      const hit = bestNamed((await reader.entitiesByKey(nameKey(name))).filter(allowed), nameKey(name));
      if (hit) return hit;
    }
    return { found: null, suggestions: [] };
  }
  // The closest name: small typos (one edit for short names, two for longer ones), one word of a
  // longer name, or a unique prefix; never another number ("APT30" is no typo of APT31).
  const max = key.length <= 5 ? 1 : 2;
  const digits = digitsOf(key);
  const matches = (await index.names())
    .match(query, 5, index.accept(allowed))
    .filter((m) => digitsOf(m.spelling) === digits);
  const [top, second] = matches;
  const entity = top && index.entity(top.key);
  if (top && entity && top.distance <= max && (!second || second.distance > top.distance))
    return { found: entity, via: query, others: [] };
  return { found: null, suggestions: [...new Set(matches.map((m) => m.name))] };
}

/** Names starting with (or containing) what the user typed so far, most documented first. */
async function suggestNames(
  reader: EntityReader,
  index: NameIndex,
  typed: string,
  kinds: EntityKind[] | undefined,
  limit: number,
): Promise<string[]> {
  const allowed = ofKinds(kinds);
  const key = nameKey(typed);
  // Most documented first: the names people ask about most are the ones reports name most.
  const starts = (await reader.entitiesWithKeyPrefix(key, limit * 4)).filter(allowed);
  const out = [...new Set(starts.map((e) => e.name))];
  if (out.length < limit && key.length >= 3) {
    for (const name of (await index.names()).suggest(typed, limit, index.accept(allowed)))
      if (!out.includes(name)) out.push(name);
  }
  return out.slice(0, limit);
}

export function createCorpus(store: CorpusReader & PassageSearch): Corpus {
  const cited = new Map<string, Citation>();
  const index = createNameIndex(store);
  const citations = async (ids: readonly string[]): Promise<Citation[]> => {
    const missing = ids.filter((id) => !cited.has(id));
    if (missing.length > 0) {
      for (const head of await store.documentHeads(missing)) {
        if (cited.size >= CITATION_CACHE) cited.delete(cited.keys().next().value as string);
        cited.set(head.id, headCitation(head));
      }
    }
    return ids.flatMap((id) => cited.get(id) ?? []);
  };
  return {
    reader: store,
    document: (id) => store.getDocument(id),
    citation: async (docId) => (await citations([docId]))[0] ?? null,
    citations,
    cite: async (row) => ({ sources: await citations(row.docIds), sourceCount: row.sourceCount }),
    sourceRows: async (ids) =>
      (await store.documentHeads(ids)).map((h) => ({ ...headCitation(h), origin: h.origin })),
    lookupEntity: (query, kinds) => lookupEntity(store, index, query, kinds),
    suggestNames: (typed, kinds, limit) => suggestNames(store, index, typed, kinds, limit),
    search: (query, page) => store.searchPassages(query, page),
    async warm() {
      await index.warm();
      await store.warmSearch();
    },
  };
}
