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
import { nameKey } from '../text/normalise.js';
import { EXCLUSIVE, type ParsedCatalogue } from './catalogue.js';
import { ordinaryWords, proseOf, type WordTest } from './common-words.js';
import { addLink, byRank, entryId, entryOf } from './entries.js';
import {
  buildGraph,
  Components,
  classOf,
  type Graph,
  isDeprecated,
  latest,
  type Node,
  nameKeys,
  push,
  resolve,
} from './graph.js';
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

interface Claim {
  from: Node;
  to: Node;
  /** The catalogue links the two (a `related` uuid, a cited ATT&CK page) rather than only listing the same names. */
  explicit: boolean;
  /** Names the two have in common, plus a bonus for an explicit link: the order claims are weighed in. */
  weight: number;
  order: number;
  otherwise: RelationType | null;
  likelihood?: string;
}

/** An explicit link counts as much as two more names in common; its estimative language breaks ties. */
const EXPLICIT_BONUS = 2;

/**
 * Each node's thing as its own catalogue has it (the node with its revoked predecessors or its
 * platform variants) and that thing's names, fixed before any cross-catalogue join so that one join
 * cannot enable the next.
 */
interface Before {
  thing: Map<number, number>;
  names: Map<number, Set<string>>;
}

function beforeJoining(graph: Graph, parts: Components): Before {
  const byRoot = new Map<number, Set<string>>();
  const thing = new Map<number, number>();
  for (const node of graph.nodes) {
    const root = parts.find(node.index);
    thing.set(node.index, root);
    const set = byRoot.get(root) ?? new Set<string>();
    for (const k of nameKeys(node)) set.add(k);
    byRoot.set(root, set);
  }
  const names = new Map<number, Set<string>>();
  for (const node of graph.nodes)
    names.set(node.index, byRoot.get(thing.get(node.index) ?? node.index) ?? new Set());
  return { thing, names };
}

function joinable(node: Node): boolean {
  return !node.revoked && !isDeprecated(node);
}

/** Links a catalogue states: a MISP `related` uuid, an attack.mitre.org page in a cluster's refs. */
function explicitClaims(graph: Graph, before: Before, claims: Claim[]): void {
  for (const from of graph.nodes) {
    if (from.revoked) continue;
    const { record } = latest(from);
    for (const claim of record.sameAs) {
      for (const to of resolve(graph, claim.ref)) {
        if (classOf(latest(to).record.kind) !== classOf(record.kind)) continue;
        const shared = nameWeight(before.names, from, to);
        const c: Claim = {
          from,
          to,
          explicit: true,
          // A link with no name in common joins nothing (MISP calls APT17 "similar" to the Winnti Group).
          weight: shared === 0 ? 0 : shared + EXPLICIT_BONUS + claim.strength / 10,
          order: claims.length,
          otherwise: claim.otherwise,
        };
        if (claim.likelihood) c.likelihood = claim.likelihood;
        claims.push(c);
      }
    }
  }
}

/** Who holds each name: the joinable nodes, by name key. */
function holdersByName(graph: Graph): Map<string, Node[]> {
  const holders = new Map<string, Node[]>();
  for (const node of graph.nodes) {
    if (!joinable(node)) continue;
    for (const k of nameKeys(node)) push(holders, k, node);
  }
  return holders;
}

/**
 * The things (a node with its revoked predecessors or its platform variants) of `scheme` and of the
 * kind class of `like` that hold a name, by the index of the thing's first node.
 */
function holdersIn(
  holders: Map<string, Node[]>,
  before: Before,
  key: string,
  scheme: string,
  like: Node,
): Set<number> {
  const kind = classOf(latest(like).record.kind);
  const out = new Set<number>();
  for (const n of holders.get(key) ?? []) {
    if (n.scheme === scheme && classOf(latest(n).record.kind) === kind)
      out.add(before.thing.get(n.index) ?? n.index);
  }
  return out;
}

/**
 * `node` is the only thing its catalogue gives the name to. A catalogue known to list one thing twice
 * (MISP's threat-actor galaxy has both GOLD SOUTHFIELD and PINCHY SPIDER for one actor) is taken at
 * its word only in the other direction, through the contradiction check.
 */
function soleHolder(holders: Map<string, Node[]>, before: Before, key: string, node: Node): boolean {
  return !EXCLUSIVE.has(node.scheme) || holdersIn(holders, before, key, node.scheme, node).size === 1;
}

/** One of `a`'s names belongs, in `b`'s catalogue, to something other than `b`. */
function contradicted(holders: Map<string, Node[]>, before: Before, a: Node, b: Node): boolean {
  // Only a catalogue that lists each thing once says "that name is someone else's".
  if (!EXCLUSIVE.has(b.scheme)) return false;
  const own = before.names.get(b.index) ?? new Set<string>();
  const thing = before.thing.get(b.index);
  for (const k of before.names.get(a.index) ?? []) {
    if (own.has(k)) continue;
    for (const t of holdersIn(holders, before, k, b.scheme, b)) if (t !== thing) return true;
  }
  return false;
}

/**
 * Two catalogues that list the same names for one thing of one kind describe the same thing: each
 * one's synonym list links the names, and they agree. Two names in common are agreement enough. One
 * name is enough only when it is distinctive (no ordinary word: ATT&CK's Snake is Turla's implant,
 * Malpedia's Snake the EKANS ransomware), each catalogue gives it to that one thing alone, and no other
 * name of either belongs to something else in the other's catalogue.
 */
function agreementClaims(graph: Graph, before: Before, ordinary: WordTest, claims: Claim[]): void {
  const holders = holdersByName(graph);
  const shared = new Map<string, { a: Node; b: Node; key: string }>();
  for (const [key, nodes] of holders) {
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i];
        const b = nodes[j];
        if (!a || !b || a.scheme === b.scheme) continue;
        if (classOf(latest(a).record.kind) !== classOf(latest(b).record.kind)) continue;
        const pair = `${a.index}|${b.index}`;
        if (!shared.has(pair)) shared.set(pair, { a, b, key });
      }
    }
  }
  for (const { a, b, key } of shared.values()) {
    const count = sharedCount(before.names, a, b);
    const single =
      count === 1 &&
      isDistinctive(a, key, ordinary) &&
      soleHolder(holders, before, key, a) &&
      soleHolder(holders, before, key, b) &&
      !contradicted(holders, before, a, b) &&
      !contradicted(holders, before, b, a);
    if (count < 2 && !single) continue;
    const weight = nameWeight(before.names, a, b);
    claims.push({ from: a, to: b, explicit: false, weight, order: claims.length, otherwise: null });
  }
}

/** The name behind a key is no ordinary word (any spelling the node has of it). */
function isDistinctive(node: Node, key: string, ordinary: WordTest): boolean {
  for (const { record } of node.views) {
    for (const alias of record.aliases) {
      if (nameKey(alias.name) === key && ordinary(alias.name)) return false;
    }
  }
  return key.length >= 3;
}

/**
 * How much weight two nodes' names give a claim: one per name in common, and one more for each side
 * whose own name (the one its catalogue files it under) the other lists: MISP's broad "Lazarus Group"
 * cluster lists APT38's names too, but it is filed under Lazarus Group's name.
 */
function nameWeight(names: Map<number, Set<string>>, a: Node, b: Node): number {
  const shared = sharedCount(names, a, b);
  if (shared === 0) return 0;
  const own = (x: Node, y: Node): number => (names.get(y.index)?.has(nameKey(latest(x).record.name)) ? 1 : 0);
  return shared + own(a, b) + own(b, a);
}

function sharedCount(names: Map<number, Set<string>>, a: Node, b: Node): number {
  const na = names.get(a.index) ?? new Set<string>();
  let n = 0;
  for (const k of names.get(b.index) ?? []) if (na.has(k)) n++;
  return n;
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
