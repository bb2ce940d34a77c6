// MITRE ATT&CK STIX bundles (2.0 as the `mitre/cti` repository has them, 2.1 as `attack-stix-data`
// publishes them): groups, software and campaigns with their aliases and each alias's citation, the
// `uses` and `attributed-to` relationships between them, and `revoked-by` redirections.
import { z } from 'zod';
import { type CatalogueRecord, type ParsedCatalogue, type RecordRelation, SkipLog } from './catalogue.js';
import { countProseWords } from './common-words.js';
import { jsonArrayElements } from './json-stream.js';
import {
  type Alias,
  ATTACK_IDS,
  type CatalogueInfo,
  type Citation,
  type ExternalId,
  type KnowledgeKind,
} from './model.js';
import { attackNotice } from './notices.js';
import { citationNames, isoDay, shortDescription } from './text.js';
import { creditName } from './vendors.js';

const ATTACK = ATTACK_IDS;
export const ATTACK_SCHEME = 'mitre-attack';

const KINDS: Readonly<Record<string, KnowledgeKind>> = {
  'intrusion-set': 'threat_actor',
  malware: 'malware',
  tool: 'tool',
  campaign: 'campaign',
};

const DOMAINS: Readonly<Record<string, string>> = {
  'enterprise-attack': 'Enterprise',
  'ics-attack': 'ICS',
  'mobile-attack': 'Mobile',
};

const Reference = z.object({
  source_name: z.string(),
  external_id: z.string().optional(),
  url: z.string().optional(),
  description: z.string().optional(),
});

const Thing = z.object({
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
type Thing = z.infer<typeof Thing>;

const Relationship = z.object({
  id: z.string(),
  relationship_type: z.string(),
  source_ref: z.string(),
  target_ref: z.string(),
  description: z.string().optional(),
  external_references: z.array(Reference).default([]),
  revoked: z.boolean().optional(),
  x_mitre_deprecated: z.boolean().optional(),
});
type Relationship = z.infer<typeof Relationship>;

const Collection = z.object({
  name: z.string(),
  x_mitre_version: z.string().optional(),
  modified: z.string(),
});
const Marking = z.object({ definition: z.object({ statement: z.string() }) });
const Identity = z.object({ name: z.string() });

/** Where the bundle came from, when the bundle itself does not say (a 2.0 bundle has no collection). */
export interface AttackSource {
  id?: string;
  url?: string | null;
  version?: string;
}

function uuidOf(stixId: string): string {
  return stixId.slice(stixId.indexOf('--') + 2);
}

function typeOf(stixId: string): string {
  return stixId.slice(0, stixId.indexOf('--'));
}

/** The relationships Sitrep keeps: who uses which software, which campaign is whose, what replaced what. */
function wanted(r: { relationship_type: string; source_ref: string; target_ref: string }): boolean {
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

function citationsOf(
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

function recordOf(thing: Thing, kind: KnowledgeKind): CatalogueRecord {
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

interface Bundle {
  prose: Map<string, number>;
  things: Map<string, { record: CatalogueRecord; revoked: boolean; domains: string[] }>;
  relationships: Relationship[];
  collection: z.infer<typeof Collection> | null;
  notice: string | null;
  publisher: string | null;
  latest: string;
}

function takeThing(bundle: Bundle, object: object, type: string, kind: KnowledgeKind, log: SkipLog): void {
  const parsed = Thing.safeParse(object);
  if (!parsed.success) {
    log.skip(type, z.prettifyError(parsed.error));
    return;
  }
  const thing = parsed.data;
  const previous = bundle.things.get(uuidOf(thing.id));
  // A bundle may list one object twice (two versions); the later modification wins.
  if (previous?.record.modified && thing.modified && previous.record.modified > thing.modified) return;
  bundle.things.set(uuidOf(thing.id), {
    record: recordOf(thing, kind),
    revoked: thing.revoked === true,
    domains: thing.x_mitre_domains ?? [],
  });
  if (thing.modified && thing.modified > bundle.latest) bundle.latest = thing.modified;
}

function takeRelationship(bundle: Bundle, object: object, log: SkipLog): void {
  const head = object as Partial<Relationship>;
  if (typeof head.source_ref !== 'string' || typeof head.target_ref !== 'string') {
    log.skip('relationship', 'no source_ref or target_ref');
    return;
  }
  // Most of a full bundle's relationships tie techniques to things; they are passed over unchecked.
  if (typeof head.relationship_type !== 'string' || !wanted(head as Relationship)) return;
  const parsed = Relationship.safeParse(object);
  if (!parsed.success) log.skip('relationship', z.prettifyError(parsed.error));
  else if (!parsed.data.revoked && !parsed.data.x_mitre_deprecated) bundle.relationships.push(parsed.data);
}

/** The bundle-level facts: its version (2.1 collections), its copyright notice, its publisher. */
function takeHeader(bundle: Bundle, object: object, type: string): void {
  if (type === 'x-mitre-collection') {
    const parsed = Collection.safeParse(object);
    if (parsed.success) bundle.collection = parsed.data;
  } else if (type === 'marking-definition') {
    const parsed = Marking.safeParse(object);
    if (parsed.success) bundle.notice = parsed.data.definition.statement;
  } else if (type === 'identity') {
    const parsed = Identity.safeParse(object);
    if (parsed.success) bundle.publisher = parsed.data.name;
  }
}

function take(bundle: Bundle, object: unknown, log: SkipLog): void {
  if (typeof object !== 'object' || object === null) {
    log.skip('object', 'not a JSON object');
    return;
  }
  const { type, description } = object as { type?: unknown; description?: unknown };
  // Every object's prose counts, techniques and mitigations included: it is the field's own vocabulary.
  if (typeof description === 'string') countProseWords(description, bundle.prose);
  if (typeof type !== 'string') {
    log.skip('object', 'no type');
    return;
  }
  const kind = KINDS[type];
  if (kind) takeThing(bundle, object, type, kind, log);
  else if (type === 'relationship') takeRelationship(bundle, object, log);
  else takeHeader(bundle, object, type);
}

function link(bundle: Bundle, r: Relationship): void {
  const source = bundle.things.get(uuidOf(r.source_ref))?.record;
  if (!source) return;
  const target = { uuid: uuidOf(r.target_ref) };
  if (r.relationship_type === 'revoked-by') {
    source.revokedBy = target;
    return;
  }
  const relation: RecordRelation = {
    rel: r.relationship_type === 'uses' ? 'uses' : 'attributed-to',
    ref: target,
    citations: citationsOf(r.description, r.external_references),
  };
  source.relations.push(relation);
}

function domainOf(bundle: Bundle): string {
  const name = bundle.collection?.name.toLowerCase() ?? '';
  for (const domain of Object.keys(DOMAINS)) if (name.startsWith(domain.split('-')[0] ?? '')) return domain;
  const votes = new Map<string, number>();
  for (const { domains } of bundle.things.values()) {
    for (const d of domains) votes.set(d, (votes.get(d) ?? 0) + 1);
  }
  return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'enterprise-attack';
}

function infoOf(bundle: Bundle, source: AttackSource): CatalogueInfo {
  const domain = domainOf(bundle);
  return {
    id: source.id ?? `${ATTACK_SCHEME}/${domain}`,
    scheme: ATTACK_SCHEME,
    title: `${ATTACK} ${DOMAINS[domain] ?? domain}`,
    publisher: bundle.publisher ?? 'The MITRE Corporation',
    version: bundle.collection?.x_mitre_version ?? source.version ?? null,
    date: isoDay(bundle.collection?.modified ?? bundle.latest),
    licence: attackNotice(bundle.notice),
    url: source.url ?? null,
  };
}

/** Reads an ATT&CK bundle's `objects` one by one; `objects` may be a stream of parsed objects. */
export async function parseAttackObjects(
  objects: AsyncIterable<unknown> | Iterable<unknown>,
  source: AttackSource = {},
): Promise<ParsedCatalogue> {
  const bundle: Bundle = {
    prose: new Map(),
    things: new Map(),
    relationships: [],
    collection: null,
    notice: null,
    publisher: null,
    latest: '',
  };
  const log = new SkipLog();
  for await (const object of objects) take(bundle, object, log);
  for (const r of bundle.relationships) link(bundle, r);
  const info = infoOf(bundle, source);
  const records: CatalogueRecord[] = [];
  for (const { record, revoked } of bundle.things.values()) {
    // A revoked object with no successor named is simply gone.
    if (revoked && !record.revokedBy) continue;
    for (const alias of record.aliases) for (const s of alias.sources) s.catalogue = info.id;
    records.push(record);
  }
  return { info, records, skipped: log.skipped, problems: log.problems, prose: bundle.prose };
}

/** Reads an ATT&CK bundle from its bytes as they arrive, holding one object at a time. */
export function parseAttackStream(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  source: AttackSource = {},
): Promise<ParsedCatalogue> {
  return parseAttackObjects(jsonArrayElements(chunks, 'objects'), source);
}
