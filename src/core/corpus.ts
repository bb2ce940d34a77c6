// The corpus as commands see it: the store for structured questions, the passage index for free text,
// and forgiving name lookup (case, punctuation, "APT 31", surnames, vendor aliases, small typos).
import { findThreatActor } from './data/threat-actors.js';
import type { EntityKind } from './model.js';
import type { Store, StoredDocument } from './ports.js';
import { type Citation, citationOf } from './reply.js';
import { type PassageHit, type SearchIndex, searchPassages } from './search-index.js';
import { editDistance, nameKey } from './text/normalise.js';

export interface EntityRef {
  name: string;
  kind: EntityKind;
  aliases: string[];
}

export type Lookup = { found: EntityRef; via: string | null } | { found: null; suggestions: string[] };

export interface Corpus {
  readonly store: Store;
  citation(docId: string): Citation | null;
  document(docId: string): StoredDocument | undefined;
  /** Resolves a user-typed name to one entity, or the closest suggestions. */
  lookupEntity(query: string, kinds?: EntityKind[]): Lookup;
  search(query: string, limit: number): PassageHit[];
  /** Names starting with (or containing) what the user typed so far, for autocomplete. */
  suggestNames(typed: string, kinds: EntityKind[] | undefined, limit: number): string[];
  /** Forget cached lookups after the corpus changed. */
  invalidate(): void;
}

export function createCorpus(store: Store, index: SearchIndex): Corpus {
  let names: EntityRef[] | null = null;
  let byKey: Map<string, EntityRef[]> | null = null;
  const docs = new Map<string, StoredDocument | undefined>();

  const load = () => {
    if (names && byKey) return { names, byKey };
    names = store.entityNames();
    byKey = new Map();
    for (const e of names) {
      for (const n of [e.name, ...e.aliases]) {
        const k = nameKey(n);
        if (!k) continue;
        const list = byKey.get(k) ?? [];
        if (!list.includes(e)) list.push(e);
        byKey.set(k, list);
      }
    }
    return { names, byKey };
  };

  const document = (id: string) => {
    if (!docs.has(id)) docs.set(id, store.getDocument(id));
    return docs.get(id);
  };

  return {
    store,
    document,
    citation(docId) {
      const d = document(docId);
      return d ? citationOf(d) : null;
    },
    lookupEntity(query, kinds) {
      const { names, byKey } = load();
      const allowed = (e: EntityRef) => !kinds || kinds.includes(e.kind);
      const key = nameKey(query);
      if (!key) return { found: null, suggestions: [] };
      const pick = (list: EntityRef[] | undefined) => {
        const ok = (list ?? []).filter(allowed);
        // Prefer the entity whose own name matches, then the most specific kind.
        return (
          ok.find((e) => nameKey(e.name) === key) ??
          ok.find((e) => e.kind === 'threat_actor') ??
          ok[0] ??
          null
        );
      };
      const exact = pick(byKey.get(key));
      if (exact) return { found: exact, via: nameKey(exact.name) === key ? null : query };
      // Vendor and government aliases the reports themselves may not use: ZIRCONIUM → APT31.
      const actor = findThreatActor(query);
      if (actor) {
        const hit = pick(byKey.get(nameKey(actor.name)));
        if (hit) return { found: hit, via: query };
      }
      // Small typos: one edit for short names, two for longer ones.
      const max = key.length <= 5 ? 1 : 2;
      const scored: { e: EntityRef; d: number }[] = [];
      for (const e of names) {
        if (!allowed(e)) continue;
        let best = Number.POSITIVE_INFINITY;
        for (const n of [e.name, ...e.aliases]) {
          const k = nameKey(n);
          const d = k.startsWith(key) && key.length >= 3 ? 0.5 : editDistance(key, k, 3);
          if (d < best) best = d;
        }
        if (best <= 3) scored.push({ e, d: best });
      }
      scored.sort((a, b) => a.d - b.d || a.e.name.localeCompare(b.e.name));
      const top = scored[0];
      const second = scored[1];
      if (top && top.d <= max && top.d !== 0.5 && (!second || second.d > top.d))
        return { found: top.e, via: query };
      if (top && top.d === 0.5 && (!second || second.d > 0.5)) return { found: top.e, via: query };
      return { found: null, suggestions: [...new Set(scored.slice(0, 5).map((s) => s.e.name))] };
    },
    suggestNames(typed, kinds, limit) {
      const { names } = load();
      const key = nameKey(typed);
      const ok = names.filter((e) => !kinds || kinds.includes(e.kind));
      if (!key) return ok.slice(0, limit).map((e) => e.name);
      const starts = ok.filter((e) => [e.name, ...e.aliases].some((n) => nameKey(n).startsWith(key)));
      const contains = ok.filter(
        (e) => !starts.includes(e) && [e.name, ...e.aliases].some((n) => nameKey(n).includes(key)),
      );
      return [...starts, ...contains].slice(0, limit).map((e) => e.name);
    },
    search(query, limit) {
      return searchPassages(index, query, { limit });
    },
    invalidate() {
      names = null;
      byKey = null;
      docs.clear();
    },
  };
}
