// The records of all loaded catalogues as nodes of one graph, with the union-find that groups the
// nodes into entries. union.ts decides which nodes join; entries.ts builds the entries.
import { nameKey } from '../text/normalise.js';
import { type CatalogueRecord, EXCLUSIVE, type ParsedCatalogue, type RecordRef } from './catalogue.js';
import { ATTACK_IDS, type CatalogueInfo, type KnowledgeKind } from './model.js';

export const ATTACK_SYSTEM = ATTACK_IDS;

/** Which catalogue's word wins for an entry's id, name, kind and description, first first. */
const SCHEME_ORDER = [
  'mitre-attack',
  'misp-galaxy/threat-actor',
  'misp-galaxy/microsoft-activity-group',
  'misp-galaxy/malpedia',
  'misp-galaxy/tool',
  'cisa-kev',
];

export function schemeRank(scheme: string): number {
  const i = SCHEME_ORDER.indexOf(scheme);
  return i < 0 ? SCHEME_ORDER.length : i;
}

export type KindClass = 'actor' | 'software' | 'campaign' | 'vulnerability';

export function classOf(kind: KnowledgeKind): KindClass {
  if (kind === 'threat_actor') return 'actor';
  if (kind === 'malware' || kind === 'tool') return 'software';
  return kind;
}

export interface Node {
  index: number;
  scheme: string;
  /** The same object as each bundle that has it gives it (ATT&CK Enterprise and ICS share groups). */
  views: { info: CatalogueInfo; record: CatalogueRecord }[];
  revoked: boolean;
  /** Its name keys, once computed. */
  keys?: Set<string>;
}

export function latest(node: Node): { info: CatalogueInfo; record: CatalogueRecord } {
  let best = node.views[0];
  for (const v of node.views) if ((v.record.modified ?? '') > (best?.record.modified ?? '')) best = v;
  if (!best) throw new Error('a node without a record');
  return best;
}

export class Components {
  private readonly parent: number[];
  readonly schemes: Set<string>[];

  constructor(nodes: readonly Node[]) {
    this.parent = nodes.map((n) => n.index);
    this.schemes = nodes.map((n) => new Set([n.scheme]));
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    let at = i;
    while (this.parent[at] !== root) {
      const next = this.parent[at] ?? root;
      this.parent[at] = root;
      at = next;
    }
    return root;
  }

  union(a: number, b: number): number {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return ra;
    this.parent[rb] = ra;
    for (const s of this.schemes[rb] ?? []) this.schemes[ra]?.add(s);
    return ra;
  }

  /** True when joining the two would put two things of one exclusive catalogue into one entry. */
  clash(a: number, b: number): boolean {
    const sa = this.schemes[this.find(a)] ?? new Set();
    for (const s of this.schemes[this.find(b)] ?? []) if (sa.has(s) && EXCLUSIVE.has(s)) return true;
    return false;
  }
}

export interface Graph {
  nodes: Node[];
  byUuid: Map<string, Node[]>;
  byAttackId: Map<string, Node>;
}

export function buildGraph(catalogues: readonly ParsedCatalogue[]): Graph {
  const ordered = [...catalogues].sort(
    (a, b) => schemeRank(a.info.scheme) - schemeRank(b.info.scheme) || (a.info.id < b.info.id ? -1 : 1),
  );
  const nodes: Node[] = [];
  const byKey = new Map<string, Node>();
  for (const { info, records } of ordered) {
    for (const record of records) {
      const k = `${info.scheme}|${record.key}`;
      let node = byKey.get(k);
      if (!node) {
        node = { index: nodes.length, scheme: info.scheme, views: [], revoked: false };
        nodes.push(node);
        byKey.set(k, node);
      }
      node.views.push({ info, record });
    }
  }
  const byUuid = new Map<string, Node[]>();
  const byAttackId = new Map<string, Node>();
  for (const node of nodes) {
    const { record } = latest(node);
    push(byUuid, record.key, node);
    for (const id of record.externalIds) if (id.system === ATTACK_SYSTEM) byAttackId.set(id.id, node);
  }
  return { nodes, byUuid, byAttackId };
}

export function resolve(graph: Graph, ref: RecordRef): Node[] {
  if ('uuid' in ref) return graph.byUuid.get(ref.uuid) ?? [];
  const node = graph.byAttackId.get(ref.attackId);
  return node ? [node] : [];
}

/** Every name a node has, ATT&CK ids included (MISP lists `G0049` among OilRig's synonyms). */
export function nameKeys(node: Node): Set<string> {
  if (node.keys) return node.keys;
  const keys = new Set<string>();
  for (const { record } of node.views) {
    for (const a of record.aliases) {
      const k = nameKey(a.name);
      if (k) keys.add(k);
    }
    for (const x of record.externalIds) if (x.system === ATTACK_SYSTEM) keys.add(nameKey(x.id));
  }
  node.keys = keys;
  return keys;
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function isDeprecated(node: Node): boolean {
  return latest(node).record.deprecated === true;
}
