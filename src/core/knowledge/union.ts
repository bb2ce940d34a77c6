// Joins the records of several catalogues into entries, one per actor, piece of software, campaign or
// vulnerability, never on string similarity. Within a catalogue, its own word joins records: ATT&CK's
// `revoked-by`, Malpedia's family ids, Microsoft's old names listed under its new ones. Across
// catalogues, two records join when a catalogue links them (a MISP cluster's `related` uuid, an
// attack.mitre.org page in its refs or an ATT&CK id among its synonyms) and they share a name, or when
// both list the same names for one thing (two names in common; one only if it is distinctive, see
// agreementClaims). A link alone is too loose (MISP calls APT17 "similar" to the Winnti Group), one
// shared ordinary word is coincidence. Strongest evidence joins first, and an entry never holds two
// things of a catalogue that lists each thing once (two ATT&CK groups stay two actors); a name two
// entries keep holding is ambiguous (names.ts).
import type { ParsedCatalogue } from './catalogue.js';
import { ordinaryWords, proseOf, type WordTest } from './common-words.js';
import { addLink, byRank, entryId, entryOf } from './entries.js';
import { buildGraph, Components, type Graph, latest, type Node, push, resolve } from './graph.js';
import { agreementClaims, beforeJoining, type Claim, explicitClaims, joinable } from './join-claims.js';
import type { Citation, EntryId, KnowledgeEntry, RelationType } from './model.js';

/** What a catalogue says about the same thing within itself: revocations and Malpedia families. */
function joinWithinCatalogues(graph: Graph, parts: Components): void {
  for (const node of graph.nodes) {
    const { record } = latest(node);
    if (!record.revokedBy) continue;
    const successor = resolve(graph, record.revokedBy).find((n) => n.scheme === node.scheme);
    if (!successor) continue;
    node.revoked = true;
    parts.union(successor.index, node.index);
  }
  const families = new Map<string, Node>();
  for (const node of graph.nodes) {
    const family = latest(node).record.family;
    if (!family) continue;
    const k = `${node.scheme}|${family}`;
    const first = families.get(k);
    if (first) parts.union(first.index, node.index);
    else families.set(k, node);
  }
}

interface PendingLink {
  from: Node;
  to: Node;
  rel: RelationType;
  inverse: boolean;
  catalogue: string;
  citations: Citation[];
  likelihood?: string;
}

/** Joins records of different catalogues, strongest evidence first; a claim that does not join stays a link. */
function joinAcrossCatalogues(
  graph: Graph,
  parts: Components,
  ordinary: WordTest,
  links: PendingLink[],
): void {
  const before = beforeJoining(graph, parts);
  const claims: Claim[] = [];
  explicitClaims(graph, before, claims);
  agreementClaims(graph, before, ordinary, claims);
  claims.sort((a, b) => b.weight - a.weight || a.order - b.order);
  for (const claim of claims) {
    const { from, to } = claim;
    const confirmed =
      claim.weight > 0 &&
      joinable(from) &&
      joinable(to) &&
      from.scheme !== to.scheme &&
      !parts.clash(from.index, to.index);
    if (confirmed) {
      parts.union(from.index, to.index);
      continue;
    }
    if (!claim.otherwise || parts.find(from.index) === parts.find(to.index)) continue;
    const pending: PendingLink = {
      from,
      to,
      rel: claim.otherwise,
      inverse: false,
      catalogue: latest(from).info.id,
      citations: [],
    };
    if (claim.likelihood) pending.likelihood = claim.likelihood;
    links.push(pending);
  }
}

function relationLinks(graph: Graph, links: PendingLink[]): void {
  for (const from of graph.nodes) {
    for (const { info, record } of from.views) {
      for (const r of record.relations) {
        for (const to of resolve(graph, r.ref)) {
          const pending: PendingLink = {
            from,
            to,
            rel: r.rel,
            inverse: r.inverse === true,
            catalogue: info.id,
            citations: r.citations,
          };
          if (r.likelihood) pending.likelihood = r.likelihood;
          links.push(pending);
        }
      }
    }
  }
}

export interface Joined {
  entries: KnowledgeEntry[];
  /** Ids of revoked catalogue objects → the entry that replaced them. */
  redirects: Record<string, EntryId>;
}

/** Joins parsed catalogues into entries; the result depends only on the catalogues, never on their order. */
export function joinCatalogues(
  catalogues: readonly ParsedCatalogue[],
  ordinary: WordTest = ordinaryWords(proseOf(catalogues)),
): Joined {
  const graph = buildGraph(catalogues);
  const parts = new Components(graph.nodes);
  const pending: PendingLink[] = [];
  joinWithinCatalogues(graph, parts);
  joinAcrossCatalogues(graph, parts, ordinary, pending);
  relationLinks(graph, pending);

  const groups = new Map<number, Node[]>();
  for (const node of graph.nodes) {
    const root = parts.find(node.index);
    push(groups, root, node);
  }
  const entries: KnowledgeEntry[] = [];
  const entryOfRoot = new Map<number, KnowledgeEntry>();
  const redirects: Record<string, EntryId> = {};
  for (const [root, members] of groups) {
    members.sort(byRank);
    // A component made only of revoked objects has nothing live to show.
    if (members.every((n) => n.revoked)) continue;
    const entry = entryOf(entryId(members), members);
    entries.push(entry);
    entryOfRoot.set(root, entry);
    for (const node of members) {
      if (!node.revoked) continue;
      for (const x of latest(node).record.externalIds) if (x.id !== entry.id) redirects[x.id] = entry.id;
    }
  }
  for (const p of pending) {
    const a = entryOfRoot.get(parts.find(p.from.index));
    const b = entryOfRoot.get(parts.find(p.to.index));
    if (!a || !b || a === b) continue;
    const [subject, object] = p.inverse ? [b, a] : [a, b];
    const base = { rel: p.rel, catalogue: p.catalogue };
    const extra = p.likelihood ? { likelihood: p.likelihood } : {};
    addLink(subject, { ...base, citations: [...p.citations], dir: 'out', target: object.id, ...extra });
    addLink(object, { ...base, citations: [...p.citations], dir: 'in', target: subject.id, ...extra });
  }
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { entries, redirects };
}
