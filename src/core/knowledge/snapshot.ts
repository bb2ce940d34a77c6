// One versioned snapshot of the field's knowledge: the entries joined from every catalogue loaded,
// the name index with its matcher flags, and each catalogue's provenance. It is built when catalogues
// are imported (the slow part: parsing, joining, deciding which names are ordinary words), stored as
// one JSON text, and loaded at start with no more work than parsing it and filling a few maps.
import { z } from 'zod';
import type { ParsedCatalogue } from './catalogue.js';
import { ordinaryWords, proseOf } from './common-words.js';
import { buildTextMatcher, type KnowledgeMention, type TextMatcher } from './matcher.js';
import {
  type CatalogueInfo,
  type EntryId,
  KNOWLEDGE_KINDS,
  type KnowledgeEntry,
  type KnowledgeKind,
} from './model.js';
import { nameSuggester } from './name-suggestions.js';
import {
  buildNameIndex,
  type NameIndexData,
  type NameResolver,
  nameResolver,
  namesOf,
  type Resolution,
  type ResolveOptions,
} from './names.js';
import { catalogueInfoSchema, readStoredJson } from './stored-json.js';
import { joinCatalogues } from './union.js';

/** Bumped whenever the snapshot's shape changes; a stored snapshot of another format is rebuilt, not read. */
export const SNAPSHOT_FORMAT = 1;

export interface CatalogueSummary extends CatalogueInfo {
  /** Objects read from the catalogue, and malformed ones left out. */
  records: number;
  skipped: number;
  /** Live objects of each kind (neither deprecated nor revoked), before catalogues are joined. */
  counts: Record<KnowledgeKind, number>;
}

/** What a snapshot and the store say of a catalogue: its provenance and what it held. */
export function summarise(c: ParsedCatalogue): CatalogueSummary {
  const counts = noneOfEachKind();
  for (const r of c.records) if (!r.deprecated && !r.revokedBy) counts[r.kind]++;
  return { ...c.info, records: c.records.length, skipped: c.skipped, counts };
}

/** Live entries of each kind: deprecated ones are never shown, so never counted. */
export function countEntries(entries: readonly KnowledgeEntry[]): Record<KnowledgeKind, number> {
  const counts = noneOfEachKind();
  for (const e of entries) if (!e.deprecated) counts[e.kind]++;
  return counts;
}

function noneOfEachKind(): Record<KnowledgeKind, number> {
  return { threat_actor: 0, malware: 0, tool: 0, campaign: 0, vulnerability: 0 };
}

export interface KnowledgeSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  /** When the snapshot was built (ISO 8601), from the caller's clock. */
  builtAt: string;
  catalogues: CatalogueSummary[];
  entries: KnowledgeEntry[];
  /** Ids of revoked catalogue objects (`G0057`) → the entry that replaced them. */
  redirects: Record<string, EntryId>;
  names: NameIndexData;
}

export interface BuildOptions {
  builtAt: string;
}

/** Builds a snapshot from parsed catalogues (any order; the result does not depend on it). */
export function buildSnapshot(
  catalogues: readonly ParsedCatalogue[],
  options: BuildOptions,
): KnowledgeSnapshot {
  // Ordinary words by everyday English and by the catalogues' own prose, decided once, here.
  const ordinary = ordinaryWords(proseOf(catalogues));
  const { entries, redirects } = joinCatalogues(catalogues, ordinary);
  const schemes = new Map(catalogues.map((c) => [c.info.id, c.info.scheme]));
  return {
    format: SNAPSHOT_FORMAT,
    builtAt: options.builtAt,
    catalogues: catalogues.map(summarise).sort((a, b) => (a.id < b.id ? -1 : 1)),
    entries,
    redirects,
    names: buildNameIndex(entries, (id) => schemes.get(id) ?? id, ordinary),
  };
}

/** The snapshot as stored: compact JSON, no whitespace. */
export function serializeSnapshot(snapshot: KnowledgeSnapshot): string {
  return JSON.stringify(snapshot);
}

/**
 * What is checked when a stored snapshot is read back: the header field by field, every entry's
 * identity and shape at its top level, every index row. The store wrote it, so this guards against a
 * file from another version or a damaged one, not against a hostile one; a full schema over every
 * citation would cost more than the rest of the load.
 */
const Stored = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  builtAt: z.string(),
  catalogues: z.array(
    catalogueInfoSchema.extend({
      records: z.number(),
      skipped: z.number(),
      counts: z.record(z.enum(KNOWLEDGE_KINDS), z.number()),
    }),
  ),
  entries: z.array(
    z.looseObject({
      id: z.string().min(1),
      kind: z.enum(KNOWLEDGE_KINDS),
      name: z.string(),
      aliases: z.array(z.unknown()),
      links: z.array(z.unknown()),
      externalIds: z.array(z.unknown()),
      records: z.array(z.unknown()),
      deprecated: z.boolean(),
    }),
  ),
  redirects: z.record(z.string(), z.string()),
  names: z.array(z.tuple([z.string(), z.array(z.string()), z.number()], z.array(z.string()))),
});

/** Thrown when stored text is not a snapshot this version reads; the message says why. */
export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

export interface KnowledgeBase {
  readonly builtAt: string;
  readonly catalogues: readonly CatalogueSummary[];
  /** Entries of each kind (deprecated ones not counted). */
  readonly counts: Readonly<Record<KnowledgeKind, number>>;
  /** An entry by id; a revoked id leads to its successor. */
  entry(id: EntryId): KnowledgeEntry | undefined;
  resolve(name: string, options?: ResolveOptions): Resolution;
  /** Every catalogue name and CVE id in a text, one pass. */
  find(text: string): KnowledgeMention[];
  /** Every live name with the entry it leads to, for autocomplete and typo suggestions. */
  names(): Iterable<{ name: string; id: EntryId; kind: KnowledgeKind }>;
  /** Canonical names of the entries closest to what was typed (typos, prefixes), best first. */
  suggest(typed: string, limit: number, kinds?: readonly KnowledgeKind[]): string[];
  /** The licence notices to show beside catalogue data, one per publisher's catalogue. */
  notices(): string[];
}

/** A knowledge base over a snapshot: maps, resolver and matcher, built once. */
export function knowledgeBase(snapshot: KnowledgeSnapshot): KnowledgeBase {
  const byId = new Map(snapshot.entries.map((e) => [e.id, e]));
  const resolver = nameResolver(byId, snapshot.names, snapshot.redirects);
  // Built on first use: start-up need not pay for it before the first document arrives.
  let matcher: TextMatcher | null = null;
  const textMatcher = (): TextMatcher => {
    // Text never names a deprecated object: only live holders are offered.
    const live = (ids: readonly EntryId[]) => ids.filter((id) => byId.get(id)?.deprecated === false);
    matcher ??= buildTextMatcher(snapshot.names.map(([key, ids, flags]) => ({ key, ids: live(ids), flags })));
    return matcher;
  };
  const counts = countEntries(snapshot.entries);
  const suggester = nameSuggester(
    () => liveNames(snapshot.entries),
    (id) => byId.get(id)?.name,
  );
  return {
    builtAt: snapshot.builtAt,
    catalogues: snapshot.catalogues,
    counts,
    entry: (id) => byId.get(id) ?? byId.get(snapshot.redirects[id.trim().toUpperCase()] ?? ''),
    resolve: (name, options) => resolver.resolve(name, options),
    find: (text) =>
      textMatcher()
        .find(text)
        .map((m) => settle(m, resolver)),
    names: () => liveNames(snapshot.entries),
    suggest: (typed, limit, kinds) => suggester.suggest(typed, limit, kinds),
    notices: () => [...new Set(snapshot.catalogues.map((c) => c.licence))],
  };
}

function* liveNames(
  entries: readonly KnowledgeEntry[],
): Iterable<{ name: string; id: EntryId; kind: KnowledgeKind }> {
  for (const e of entries) {
    if (e.deprecated) continue;
    for (const name of namesOf(e)) yield { name, id: e.id, kind: e.kind };
  }
}

const CUE_KINDS: Readonly<Record<'software' | 'actor', readonly KnowledgeKind[]>> = {
  software: ['malware', 'tool'],
  actor: ['threat_actor'],
};

/**
 * The entry a name found in text stands for: what /who would answer, narrowed to the kind a cue
 * names ("the Snake malware"); null while it stays ambiguous, for extraction to weigh with context.
 */
function settle(m: KnowledgeMention, resolver: NameResolver): KnowledgeMention {
  if (m.type !== 'name' || m.ids.length < 2) return m;
  const kinds = m.cue ? CUE_KINDS[m.cue] : undefined;
  const cued = kinds ? resolver.resolve(m.text, { kinds }) : null;
  const r = cued?.status === 'found' ? cued : resolver.resolve(m.text);
  return { ...m, entry: r.status === 'found' && m.ids.includes(r.entry.id) ? r.entry.id : null };
}

/** Reads a stored snapshot back; throws SnapshotError when it is not one this version reads. */
export function loadSnapshot(text: string): KnowledgeBase {
  return knowledgeBase(readSnapshot(text));
}

/** The stored snapshot as data, for a layer over it (overlay.ts); throws SnapshotError like loadSnapshot. */
export function readSnapshot(text: string): KnowledgeSnapshot {
  const json = readStoredJson(text, {
    what: 'the stored knowledge',
    format: SNAPSHOT_FORMAT,
    schema: Stored,
    fail: SnapshotError,
  });
  return json as KnowledgeSnapshot;
}
