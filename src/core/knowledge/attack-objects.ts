// The objects of an ATT&CK bundle as Sitrep reads them: groups, software and campaigns (checked with zod)
// become catalogue records with every alias and who uses it, and the relationships worth keeping are told
// from the rest. attack.ts assembles a bundle's records from these.
import { z } from 'zod';
import type { CatalogueRecord } from './catalogue.js';
import { type Alias, ATTACK_IDS, type Citation, type ExternalId, type KnowledgeKind } from './model.js';
import { citationNames, isoDay, shortDescription } from './text.js';
import { creditName } from './vendors.js';

const ATTACK = ATTACK_IDS;

export const KINDS: Readonly<Record<string, KnowledgeKind>> = {
  'intrusion-set': 'threat_actor',
  malware: 'malware',
  tool: 'tool',
  campaign: 'campaign',
};

export const Reference = z.object({
  source_name: z.string(),
  external_id: z.string().optional(),
  url: z.string().optional(),
  description: z.string().optional(),
});

export const Thing = z.object({
  type: z.string(),
  id: z.string().regex(/^[a-z-]+--[0-9a-f-]{36}$/),
  name: z.string().min(1),
  description: z.string().optional(),
  aliases: z.array(z.string()).optional(),
  x_mitre_aliases: z.array(z.string()).optional(),
  external_references: z.array(Reference).default([]),
  revoked: z.boolean().optional(),
  x_mitre_deprecated: z.boolean().optional(),
  modified: z.string().optional(),
  first_seen: z.string().optional(),
  last_seen: z.string().optional(),
  x_mitre_domains: z.array(z.string()).optional(),
});
export type Thing = z.infer<typeof Thing>;

export const Relationship = z.object({
  id: z.string(),
  relationship_type: z.string(),
  source_ref: z.string(),
  target_ref: z.string(),
  description: z.string().optional(),
  external_references: z.array(Reference).default([]),
  revoked: z.boolean().optional(),
  x_mitre_deprecated: z.boolean().optional(),
});
export type Relationship = z.infer<typeof Relationship>;

export function uuidOf(stixId: string): string {
  return stixId.slice(stixId.indexOf('--') + 2);
}

export function typeOf(stixId: string): string {
  return stixId.slice(0, stixId.indexOf('--'));
}

/** The relationships Sitrep keeps: who uses which software, which campaign is whose, what replaced what. */
export function wanted(r: { relationship_type: string; source_ref: string; target_ref: string }): boolean {
  const source = typeOf(r.source_ref);
  const target = typeOf(r.target_ref);
  if (r.relationship_type === 'revoked-by') return source in KINDS;
  if (r.relationship_type === 'uses') {
    return (
      (source === 'intrusion-set' || source === 'campaign') && (target === 'malware' || target === 'tool')
    );
  }
  return r.relationship_type === 'attributed-to' && source === 'campaign' && target === 'intrusion-set';
}

export function citationsOf(
  description: string | undefined,
  refs: readonly z.infer<typeof Reference>[],
): Citation[] {
  const byName = new Map(refs.map((r) => [r.source_name, r]));
  const out: Citation[] = [];
  for (const name of citationNames(description)) {
    const ref = byName.get(name);
    const c: Citation = { name };
    if (ref?.description) c.description = ref.description;
    if (ref?.url) c.url = ref.url;
    out.push(c);
  }
  return out;
}

function aliasesOf(thing: Thing): Alias[] {
  const names = thing.aliases ?? thing.x_mitre_aliases ?? [];
  const all = names.includes(thing.name) ? names : [thing.name, ...names];
  const refs = thing.external_references;
  const out: Alias[] = [];
  const seen = new Set<string>();
  for (const name of all) {
    if (seen.has(name)) continue;
    seen.add(name);
    const ref = refs.find((r) => r.source_name === name && r.external_id === undefined);
    const citations = citationsOf(ref?.description, refs);
    let { usedBy, basis } = creditName(name, citations);
    if (!usedBy && name === thing.name) {
      // ATT&CK's own name for the object, when no source is cited for it.
      usedBy = ATTACK;
      basis = 'catalogue';
    }
    out.push({ name, sources: [{ usedBy, basis, catalogue: '', citations }] });
  }
  return out;
}

function externalIdsOf(thing: Thing): ExternalId[] {
  const out: ExternalId[] = [];
  for (const r of thing.external_references) {
    if (r.source_name !== 'mitre-attack' || !r.external_id) continue;
    const id: ExternalId = { system: ATTACK, id: r.external_id };
    if (r.url) id.url = r.url;
    out.push(id);
  }
  return out;
}

function monthOf(timestamp: string | undefined): string | null {
  return isoDay(timestamp)?.slice(0, 7) ?? null;
}

export function recordOf(thing: Thing, kind: KnowledgeKind): CatalogueRecord {
  const record: CatalogueRecord = {
    key: uuidOf(thing.id),
    kind,
    name: thing.name,
    aliases: aliasesOf(thing),
    externalIds: externalIdsOf(thing),
    description: shortDescription(thing.description),
    country: null,
    sponsor: null,
    // ATT&CK states first and last seen to the month.
    firstSeen: monthOf(thing.first_seen),
    lastSeen: monthOf(thing.last_seen),
    sameAs: [],
    relations: [],
  };
  if (thing.x_mitre_deprecated) record.deprecated = true;
  if (thing.modified) record.modified = thing.modified;
  return record;
}
