// The corpus as commands see it: the store for structured questions, the passage index for free text,
// and forgiving name lookup (case, punctuation, "APT 31", surnames, vendor aliases, small typos).
import { findThreatActor } from './data/threat-actors.js';
import type { EntityKind } from './model.js';
import type { EntityRecord, Store, StoredDocument } from './ports.js';
import { type Citation, citationOf } from './reply.js';
import { type PassageHit, type SearchIndex, searchPassages } from './search-index.js';
import { editDistance, nameKey } from './text/normalise.js';

export type EntityRef = EntityRecord;

export type Lookup = { found: EntityRef; via: string | null } | { found: null; suggestions: string[] };

export interface Corpus {
  readonly store: Store;
  /** The citation of one document, or null when it is not stored. */
  citation(docId: string): Citation | null;
  /** Citations of these documents in the same order (unknown ones left out), with one query. */
  citations(docIds: readonly string[]): Citation[];
  document(docId: string): StoredDocument | undefined;
  /** Resolves a user-typed name to one entity, or the closest suggestions. */
  lookupEntity(query: string, kinds?: EntityKind[]): Lookup;
  search(query: string, limit: number): PassageHit[];
  /** Names starting with (or containing) what the user typed so far, for autocomplete. */
  suggestNames(typed: string, kinds: EntityKind[] | undefined, limit: number): string[];
  /** Forget cached lookups after the corpus changed. */
  invalidate(): void;
}

/** Citations kept in memory: enough for every answer on a busy day, bounded whatever the corpus size. */
const CITATION_CACHE = 5_000;

export function createCorpus(store: Store, index: SearchIndex): Corpus {
  const cited = new Map<string, Citation>();
  // Every name and alias key with its entity, for typo-tolerant lookup; filled incrementally.
  const names: { key: string; entity: EntityRef }[] = [];
  let namesUpTo = 0;
  const allNames = () => {
    for (const e of store.entitiesAfter(namesUpTo)) {
      namesUpTo = e.id;
      for (const n of new Set([e.name, ...e.aliases].map(nameKey))) if (n) names.push({ key: n, entity: e });
    }
    return names;
  };

  const citations = (ids: readonly string[]): Citation[] => {
    const missing = ids.filter((id) => !cited.has(id));
    if (missing.length > 0) {
      for (const head of store.documentHeads(missing)) {
        if (cited.size >= CITATION_CACHE) cited.delete(cited.keys().next().value as string);
        cited.set(head.id, citationOf({ ...head, body: head.snippet }));
      }
    }
    return ids.flatMap((id) => cited.get(id) ?? []);
  };

  return {
    store,
    document: (id) => store.getDocument(id),
    citation: (docId) => citations([docId])[0] ?? null,
    citations,
    lookupEntity(query, kinds) {
      const allowed = (e: EntityRef) => !kinds || kinds.includes(e.kind);
      const key = nameKey(query);
      if (!key) return { found: null, suggestions: [] };
      const pick = (list: EntityRef[]) => {
        const ok = list.filter(allowed);
        // Prefer the entity whose own name matches, then the most specific kind.
        return (
          ok.find((e) => nameKey(e.name) === key) ??
          ok.find((e) => e.kind === 'threat_actor') ??
          ok[0] ??
          null
        );
      };
      const exact = pick(store.entitiesByKey(key));
      if (exact) return { found: exact, via: nameKey(exact.name) === key ? null : query };
      // Vendor and government aliases the reports themselves may not use: ZIRCONIUM → APT31.
      const actor = findThreatActor(query);
      if (actor) {
        const hit = pick(store.entitiesByKey(nameKey(actor.name)));
        if (hit) return { found: hit, via: query };
      }
      // Small typos: one edit for short names, two for longer ones; a unique prefix also resolves.
      const max = key.length <= 5 ? 1 : 2;
      const best = new Map<EntityRef, number>();
      for (const { key: k, entity } of allNames()) {
        if (!allowed(entity)) continue;
        const d = k.startsWith(key) && key.length >= 3 ? 0.5 : editDistance(key, k, 3);
        if (d <= 3 && d < (best.get(entity) ?? Number.POSITIVE_INFINITY)) best.set(entity, d);
      }
      const scored = [...best].map(([e, d]) => ({ e, d }));
      scored.sort((a, b) => a.d - b.d || b.e.documents - a.e.documents || a.e.name.localeCompare(b.e.name));
      const top = scored[0];
      const second = scored[1];
      if (top && top.d <= max && (!second || second.d > top.d)) return { found: top.e, via: query };
      return { found: null, suggestions: [...new Set(scored.slice(0, 5).map((s) => s.e.name))] };
    },
    suggestNames(typed, kinds, limit) {
      const allowed = (e: EntityRef) => !kinds || kinds.includes(e.kind);
      const key = nameKey(typed);
      // Most documented first: the names people ask about most are the ones reports name most.
      const starts = store.entitiesWithKeyPrefix(key, limit * 4).filter(allowed);
      const out = [...new Set(starts.map((e) => e.name))];
      if (out.length < limit && key.length >= 3) {
        for (const { key: k, entity } of allNames()) {
          if (out.length >= limit) break;
          if (allowed(entity) && k.includes(key) && !out.includes(entity.name)) out.push(entity.name);
        }
      }
      return out.slice(0, limit);
    },
    search(query, limit) {
      return searchPassages(index, query, { limit });
    },
    invalidate() {
      // Nothing to forget: citations of stored documents never change, `allNames` picks up new entities
      // itself, and exact lookup (including aliases added later) reads the store.
    },
  };
}
