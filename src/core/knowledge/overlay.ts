// The knowledge overlay: names STIX sources gave (bundles, TAXII collections; the `ImportedNames` port)
// laid over the catalogues' snapshot without rebuilding it. An imported object that an entry already is
// (by its ATT&CK id, else by an exact name or alias that leads to one entry only) adds its new names to
// that entry; any other becomes an entry of its own. Every name it adds is sourced "from <source name>".
// Nothing is joined on names that merely look alike.
import { findThreatActor } from '../data/threat-actors.js';
import type { ImportedName } from '../ports.js';
import { ordinaryWords, type WordTest } from './common-words.js';
import {
  type Alias,
  ATTACK_IDS,
  type EntryId,
  type ExternalId,
  type KnowledgeEntry,
  type KnowledgeKind,
} from './model.js';
import { knowledgeKey, matchFlags, type NameIndexData, namesOf } from './names.js';
import { type KnowledgeBase, type KnowledgeSnapshot, knowledgeBase, SNAPSHOT_FORMAT } from './snapshot.js';

/** The `source_name` STIX external references give ATT&CK ids under. */
const ATTACK_SOURCE = 'mitre-attack';

/** The snapshot of no catalogue: what the overlay lies over when none is loaded. */
export function emptySnapshot(): KnowledgeSnapshot {
  return { format: SNAPSHOT_FORMAT, builtAt: '', catalogues: [], entries: [], redirects: {}, names: [] };
}

/** The snapshot with the imported names laid over it; the snapshot itself is not changed. */
export function overlayImported(
  base: KnowledgeSnapshot,
  imported: readonly ImportedName[],
): KnowledgeSnapshot {
  const kb = knowledgeBase(base);
  const entries = new Map(base.entries.map((e) => [e.id, e]));
  const added = new Map<EntryId, string[]>();
  for (const n of imported) {
    const target = entries.get(n.stixId) ?? existingEntry(kb, n);
    if (target) {
      const names = newNames(target, n);
      if (names.length === 0) continue;
      entries.set(target.id, { ...target, aliases: [...target.aliases, ...names.map((m) => alias(m, n))] });
      added.set(target.id, [...(added.get(target.id) ?? []), ...names]);
    } else if (!tableSaysAsMuch(n)) {
      const entry = importedEntry(n);
      entries.set(entry.id, entry);
      added.set(entry.id, namesOf(entry));
    }
  }
  return { ...base, entries: [...entries.values()], names: indexed(base.names, entries, added) };
}

function kindsLike(kind: ImportedName['kind']): KnowledgeKind[] {
  return kind === 'threat_actor' ? ['threat_actor'] : ['malware', 'tool'];
}

const attackIds = (n: ImportedName): string[] =>
  n.externalIds.filter((x) => x.source === ATTACK_SOURCE).map((x) => x.id.trim().toUpperCase());

/** The one entry of a like kind the object's ATT&CK id, else its names, lead to; null when none or several. */
function existingEntry(kb: KnowledgeBase, n: ImportedName): KnowledgeEntry | null {
  const kinds = kindsLike(n.kind);
  const byId = attackIds(n)
    .map((id) => kb.entry(id))
    .filter((e): e is KnowledgeEntry => e !== undefined && !e.deprecated && kinds.includes(e.kind));
  if (byId.length > 0) return oneOf(byId);
  const byName: KnowledgeEntry[] = [];
  for (const name of [n.name, ...n.aliases]) {
    const r = kb.resolve(name, { kinds });
    if (r.status === 'ambiguous') return null;
    if (r.status === 'found' && r.via === 'name') byName.push(r.entry);
  }
  return oneOf(byName);
}

function oneOf(entries: readonly KnowledgeEntry[]): KnowledgeEntry | null {
  const ids = new Set(entries.map((e) => e.id));
  return ids.size === 1 ? (entries[0] ?? null) : null;
}

/** The object's names the entry does not hold yet, each once. */
function newNames(entry: KnowledgeEntry, n: ImportedName): string[] {
  return unheld(new Set(namesOf(entry).map(knowledgeKey)), [n.name, ...n.aliases]);
}

/** The names whose keys are not in `held`, each once (`held` learns them). */
function unheld(held: Set<string>, names: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    const key = knowledgeKey(name);
    if (!key || held.has(key)) continue;
    held.add(key);
    out.push(name);
  }
  return out;
}

const alias = (name: string, n: ImportedName): Alias => ({
  name,
  sources: [{ usedBy: null, basis: 'import', catalogue: n.provenance, citations: [] }],
});

/** An object no entry is: an entry of its kind, every name sourced to where it came from. */
function importedEntry(n: ImportedName): KnowledgeEntry {
  const externalIds: ExternalId[] = attackIds(n).map((id) => ({ system: ATTACK_IDS, id }));
  return {
    id: n.stixId,
    kind: n.kind,
    name: n.name,
    aliases: unheld(new Set(externalIds.map((x) => knowledgeKey(x.id))), [n.name, ...n.aliases]).map((name) =>
      alias(name, n),
    ),
    description: null,
    country: null,
    sponsor: null,
    externalIds,
    links: [],
    firstSeen: null,
    lastSeen: null,
    deprecated: false,
    records: [{ catalogue: n.provenance, key: n.stixId, name: n.name }],
  };
}

/**
 * The hand-made table already gives this actor every one of these names (and its ATT&CK id): an entry of
 * them would only hide the table's sourced names on the card (a bundle Sitrep exported, read back).
 */
function tableSaysAsMuch(n: ImportedName): boolean {
  if (n.kind !== 'threat_actor') return false;
  const actor = findThreatActor(n.name);
  if (!actor) return false;
  const ids = attackIds(n);
  return (
    [n.name, ...n.aliases].every((name) => findThreatActor(name) === actor) &&
    ids.every((id) => id === actor.mitreId)
  );
}

/** The name index with each added name held by its entry too; a new key is flagged as the snapshot would. */
function indexed(
  base: NameIndexData,
  entries: ReadonlyMap<EntryId, KnowledgeEntry>,
  added: ReadonlyMap<EntryId, readonly string[]>,
): NameIndexData {
  if (added.size === 0) return base;
  const rows = new Map(base.map((row) => [row[0], row]));
  let ordinary: WordTest | null = null;
  for (const [id, names] of added) {
    const entry = entries.get(id);
    if (!entry) continue;
    for (const name of names) {
      const key = knowledgeKey(name);
      if (!key) continue;
      const row = rows.get(key);
      if (row?.[1].includes(id) || row?.[3]?.includes(id)) continue;
      ordinary ??= ordinaryWords();
      const holders = [...(row?.[1] ?? []).flatMap((h) => entries.get(h) ?? []), entry];
      const forms = new Set([name]);
      const flags = (row?.[2] ?? 0) | matchFlags(key, holders, row ? new Set() : forms, ordinary);
      const next: NameIndexData[number] = [key, [...(row?.[1] ?? []), id].sort(), flags];
      if (row?.[3]) next.push(row[3]);
      rows.set(key, next);
    }
  }
  return [...rows.values()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
}
