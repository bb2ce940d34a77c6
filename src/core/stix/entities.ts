// Sitrep's entities as STIX objects, one row per kind (ADR 13): a threat actor is an intrusion set, a
// person or organisation an identity, a country a location; malware, tools, campaigns and vulnerabilities
// (what extraction finds with the knowledge catalogues loaded) their own STIX types. A kind without a row
// ("other") is not exported: STIX has no type that says "some thing". Ids use OpenCTI's keys, so an
// entity is the same object in every export and in OpenCTI.
import type { EntityKind } from '../model.js';
import { countryCode } from './country-codes.js';
import { keyName, type StixKey, stixId } from './ids.js';
import { type Tlp, tlpMarkingId } from './tlp.js';

export type StixObject = { type: string; id: string } & Record<string, unknown>;

/** One entity as the exported documents give it: their names, roles, strictest marking, first and last store time. */
export interface EntitySeen {
  name: string;
  kind: EntityKind;
  aliases: Set<string>;
  roles: Set<string>;
  tlp: Tlp;
  created: string;
  modified: string;
}

interface Mapping {
  type: string;
  /** The object's id key, or null when this entity cannot be expressed (a country with no ISO code). */
  key(name: string): StixKey | null;
  /** The type's own properties. */
  body(e: EntitySeen, aliases: string[]): Record<string, unknown>;
}

const byName = (type: string, body: Mapping['body']): Mapping => ({
  type,
  key: (name) => ({ name: keyName(name) }),
  body,
});

const identity = (identityClass: 'individual' | 'organization'): Mapping => ({
  type: 'identity',
  key: (name) => ({ name: keyName(name), identity_class: identityClass }),
  body: (e, aliases) => ({
    identity_class: identityClass,
    roles: [...e.roles],
    // STIX identities have no aliases; OpenCTI reads them from here.
    x_opencti_aliases: aliases,
  }),
});

const CVE = /^CVE-\d{4}-(0\d{3}|[1-9]\d{3,})$/;

const MAPPINGS: Readonly<Partial<Record<EntityKind, Mapping>>> = {
  threat_actor: byName('intrusion-set', (_e, aliases) => ({ aliases })),
  person: identity('individual'),
  organisation: identity('organization'),
  country: {
    type: 'location',
    key: (name) => (countryCode(name) ? { name: keyName(name), x_opencti_location_type: 'Country' } : null),
    body: (e, aliases) => ({
      country: countryCode(e.name),
      x_opencti_location_type: 'Country',
      x_opencti_aliases: aliases,
    }),
  },
  malware: byName('malware', (_e, aliases) => ({ is_family: true, aliases })),
  tool: byName('tool', (_e, aliases) => ({ aliases })),
  campaign: byName('campaign', (_e, aliases) => ({ aliases })),
  vulnerability: byName('vulnerability', (e) => ({
    external_references: CVE.test(e.name) ? [{ source_name: 'cve', external_id: e.name }] : [],
  })),
};

/** The id of an entity's object, or null when it is not exported. */
export function entityRef(kind: EntityKind | undefined, name: string): string | null {
  const m = kind && MAPPINGS[kind];
  const key = m?.key(name);
  return m && key ? stixId(m.type, key) : null;
}

/** The properties every exported object has. */
export function common(
  type: string,
  id: string,
  times: { created: string; modified: string },
  tlp: Tlp,
): StixObject {
  return {
    type,
    spec_version: '2.1',
    id,
    created: times.created,
    modified: times.modified,
    object_marking_refs: [tlpMarkingId(tlp)],
  };
}

/** STIX forbids nulls and empty lists: drop them (and undefined) from an object's top level. */
export function compact<T extends Record<string, unknown>>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  return out as T;
}

/** An entity's object, with the extra names the caller knows (a threat actor's vendor names); null when not exported. */
export function entityObject(
  e: EntitySeen,
  extra: { aliases?: readonly string[]; externalReferences?: object[] } = {},
): StixObject | null {
  const m = MAPPINGS[e.kind];
  const id = entityRef(e.kind, e.name);
  if (!m || !id) return null;
  const aliases = [...new Set([...e.aliases, ...(extra.aliases ?? [])])].filter((a) => a !== e.name);
  const body = m.body(e, aliases);
  const refs = [
    ...((body.external_references as object[] | undefined) ?? []),
    ...(extra.externalReferences ?? []),
  ];
  return compact({ ...common(m.type, id, e, e.tlp), name: e.name, ...body, external_references: refs });
}
