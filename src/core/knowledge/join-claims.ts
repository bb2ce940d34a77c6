// The evidence that two records of different catalogues are one thing, as claims to weigh: a link a
// catalogue states (a MISP `related` uuid, an attack.mitre.org page in its refs) backed by a shared name,
// or two catalogues listing the same names for one thing. union.ts weighs them, strongest first.
import { nameKey } from '../text/normalise.js';
import { EXCLUSIVE } from './catalogue.js';
import type { WordTest } from './common-words.js';
import {
  type Components,
  classOf,
  type Graph,
  isDeprecated,
  latest,
  type Node,
  nameKeys,
  push,
  resolve,
} from './graph.js';
import type { RelationType } from './model.js';

export interface Claim {
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
export interface Before {
  thing: Map<number, number>;
  names: Map<number, Set<string>>;
}

export function beforeJoining(graph: Graph, parts: Components): Before {
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

export function joinable(node: Node): boolean {
  return !node.revoked && !isDeprecated(node);
}

/** Links a catalogue states: a MISP `related` uuid, an attack.mitre.org page in a cluster's refs. */
export function explicitClaims(graph: Graph, before: Before, claims: Claim[]): void {
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
export function agreementClaims(graph: Graph, before: Before, ordinary: WordTest, claims: Claim[]): void {
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
