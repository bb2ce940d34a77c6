// Builds one entry from the nodes a component joined: the id, name and kind of the strongest
// catalogue, every name with every catalogue's word on who uses it, the facts with their source.
import { nameKey } from '../text/normalise.js';
import type { CatalogueRecord } from './catalogue.js';
import { ATTACK_SYSTEM, isDeprecated, latest, type Node, schemeRank } from './graph.js';
import type { Alias, EntryId, EntryLink, EntryRecord, ExternalId, KnowledgeEntry, Sourced } from './model.js';

export function byRank(a: Node, b: Node): number {
  return schemeRank(a.scheme) - schemeRank(b.scheme) || a.index - b.index;
}

export function entryId(members: readonly Node[]): EntryId {
  for (const node of members) {
    if (node.revoked) continue;
    const attack = latest(node).record.externalIds.find((x) => x.system === ATTACK_SYSTEM);
    if (attack) return attack.id;
  }
  const first = members.find((n) => !n.revoked) ?? members[0];
  if (!first) throw new Error('an empty component');
  return latest(first).record.key;
}

function mergeAliases(members: readonly Node[]): Alias[] {
  const byKey = new Map<string, Alias>();
  for (const node of members) {
    for (const { record } of node.views) {
      for (const alias of record.aliases) {
        const k = nameKey(alias.name) || alias.name;
        let merged = byKey.get(k);
        if (!merged) {
          merged = { name: alias.name, sources: [] };
          byKey.set(k, merged);
        }
        for (const s of alias.sources) {
          const same = merged.sources.find((m) => m.usedBy === s.usedBy && m.catalogue === s.catalogue);
          if (!same) merged.sources.push({ ...s, citations: [...s.citations] });
          else if (s.citations.length > same.citations.length) same.citations = [...s.citations];
        }
      }
    }
  }
  return [...byKey.values()];
}

function firstFact(
  members: readonly Node[],
  pick: (r: CatalogueRecord) => string | null,
): Sourced<string> | null {
  for (const node of members) {
    if (node.revoked) continue;
    const { info, record } = latest(node);
    const value = pick(record);
    if (value) return { value, catalogue: info.id };
  }
  return null;
}

function externalIds(members: readonly Node[]): ExternalId[] {
  const out: ExternalId[] = [];
  const seen = new Set<string>();
  for (const node of members) {
    if (node.revoked) continue;
    for (const id of latest(node).record.externalIds) {
      const k = `${id.system}|${id.id}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(id);
    }
  }
  return out;
}

function recordsOf(members: readonly Node[]): EntryRecord[] {
  const out: EntryRecord[] = [];
  for (const node of members) {
    for (const { info, record } of node.views) {
      const r: EntryRecord = { catalogue: info.id, key: record.key, name: record.name };
      if (node.revoked) r.revoked = true;
      if (record.deprecated) r.deprecated = true;
      if (record.modified) r.modified = record.modified;
      out.push(r);
    }
  }
  return out;
}

export function entryOf(id: EntryId, members: readonly Node[]): KnowledgeEntry {
  const live = members.filter((n) => !n.revoked);
  const primary = live[0] ?? members[0];
  if (!primary) throw new Error('an empty component');
  const { record } = latest(primary);
  const entry: KnowledgeEntry = {
    id,
    kind: record.kind,
    name: record.name,
    aliases: mergeAliases(members),
    description: firstFact(members, (r) => r.description),
    country: firstFact(members, (r) => r.country),
    sponsor: firstFact(members, (r) => r.sponsor),
    externalIds: externalIds(members),
    links: [],
    firstSeen: firstFact(members, (r) => r.firstSeen),
    lastSeen: firstFact(members, (r) => r.lastSeen),
    deprecated: live.length > 0 && live.every(isDeprecated),
    records: recordsOf(members),
  };
  const vulnerability = live.map((n) => latest(n).record.vulnerability).find(Boolean);
  if (vulnerability) entry.vulnerability = vulnerability;
  return entry;
}

export function addLink(entry: KnowledgeEntry, link: EntryLink): void {
  const same = entry.links.find(
    (l) =>
      l.rel === link.rel && l.dir === link.dir && l.target === link.target && l.catalogue === link.catalogue,
  );
  if (!same) {
    entry.links.push(link);
    return;
  }
  const known = new Set(same.citations.map((c) => c.name));
  for (const c of link.citations) if (!known.has(c.name)) same.citations.push(c);
}
