// Tiny catalogues written out in the publishers' formats, for rules that need a case the real files
// only show once (or not at all).
import { parseAttackObjects } from '../../../src/core/knowledge/attack.js';
import type { ParsedCatalogue } from '../../../src/core/knowledge/catalogue.js';
import { parseMispGalaxy } from '../../../src/core/knowledge/misp-galaxy.js';

let counter = 0;

/** A uuid for a test object, distinct per call. */
export function uuid(): string {
  counter++;
  return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
}

export interface AttackObject {
  type: 'intrusion-set' | 'malware' | 'tool' | 'campaign';
  uuid: string;
  id: string;
  name: string;
  aliases?: string[];
  revoked?: boolean;
  deprecated?: boolean;
}

export function attackBundle(
  objects: readonly AttackObject[],
  relationships: readonly { type: string; from: AttackObject; to: AttackObject }[] = [],
): Promise<ParsedCatalogue> {
  const stix = objects.map((o) => ({
    type: o.type,
    id: `${o.type}--${o.uuid}`,
    name: o.name,
    [o.type === 'malware' || o.type === 'tool' ? 'x_mitre_aliases' : 'aliases']: o.aliases ?? [o.name],
    external_references: [{ source_name: 'mitre-attack', external_id: o.id }],
    revoked: o.revoked ?? false,
    x_mitre_deprecated: o.deprecated ?? false,
    x_mitre_domains: ['enterprise-attack'],
  }));
  const rels = relationships.map((r) => ({
    type: 'relationship',
    id: `relationship--${uuid()}`,
    relationship_type: r.type,
    source_ref: `${r.from.type}--${r.from.uuid}`,
    target_ref: `${r.to.type}--${r.to.uuid}`,
  }));
  return parseAttackObjects([...stix, ...rels]);
}

export interface Cluster {
  value: string;
  uuid: string;
  synonyms?: string[];
  refs?: string[];
  related?: { 'dest-uuid': string; type: string }[];
}

export function galaxy(type: string, clusters: readonly Cluster[]): ParsedCatalogue {
  return parseMispGalaxy({
    type,
    name: type,
    version: 1,
    values: clusters.map((c) => ({
      value: c.value,
      uuid: c.uuid,
      meta: { synonyms: c.synonyms ?? [], refs: c.refs ?? [] },
      related: c.related ?? [],
    })),
  });
}
