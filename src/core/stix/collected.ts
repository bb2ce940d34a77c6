// What an export gathers across its documents before writing the shared objects last: each entity once,
// with the names and roles the exported documents give it, the strictest marking among them and the
// first and last time one of them was stored; each `related-to` pair once. Only these summaries are
// held, never the objects already written.
import type { ActorReference } from './actor-facts.js';
import { attackReference, attributionObjects } from './attribution.js';
import { common, compact, type EntitySeen, entityObject, type StixObject } from './entities.js';
import { SITREP_IDENTITY_ID } from './extension.js';
import type { RelatedPair, ReportParts } from './report.js';
import { stricter, type Tlp } from './tlp.js';

interface RelatedSeen extends RelatedPair {
  tlp: Tlp;
  created: string;
  modified: string;
}

export interface Collected {
  /** Adds what one document named, stored at `at` and marked `tlp`. */
  add(parts: Pick<ReportParts, 'entities' | 'related'>, tlp: Tlp, at: string): void;
  /** The shared objects: entities, their attribution, the related-to relationships. */
  objects(actors: ActorReference): Iterable<StixObject>;
  /** Entities no STIX type expresses (kind "other", a country without an ISO code). */
  notExported(): EntitySeen[];
}

const widen = (t: { tlp: Tlp; created: string; modified: string }, tlp: Tlp, at: string) => {
  t.tlp = stricter(t.tlp, tlp);
  if (at < t.created) t.created = at;
  if (at > t.modified) t.modified = at;
};

export function collect(): Collected {
  const entities = new Map<string, EntitySeen>();
  const related = new Map<string, RelatedSeen>();
  return {
    add(parts, tlp, at) {
      for (const m of parts.entities) {
        const key = `${m.kind}\u0000${m.name}`;
        const e = entities.get(key);
        if (!e) {
          entities.set(key, {
            name: m.name,
            kind: m.kind,
            aliases: new Set(m.aliases),
            roles: new Set(m.roles),
            tlp,
            created: at,
            modified: at,
          });
          continue;
        }
        for (const a of m.aliases) e.aliases.add(a);
        for (const r of m.roles) e.roles.add(r);
        widen(e, tlp, at);
      }
      for (const r of parts.related) {
        const had = related.get(r.id);
        if (had) widen(had, tlp, at);
        else related.set(r.id, { ...r, tlp, created: at, modified: at });
      }
    },
    *objects(actors) {
      for (const e of entities.values()) {
        const facts = e.kind === 'threat_actor' ? actors(e.name) : null;
        const object = entityObject(e, {
          aliases: facts?.aliases ?? [],
          externalReferences: facts?.attackId ? [attackReference(facts.attackId)] : [],
        });
        if (object) yield object;
      }
      for (const e of entities.values()) {
        const facts = e.kind === 'threat_actor' ? actors(e.name) : null;
        if (facts) yield* attributionObjects(e, facts);
      }
      for (const r of related.values()) yield relatedObject(r);
    },
    notExported: () => [...entities.values()].filter((e) => entityObject(e) === null),
  };
}

function relatedObject(r: RelatedSeen): StixObject {
  return compact({
    ...common('relationship', r.id, r, r.tlp),
    created_by_ref: SITREP_IDENTITY_ID,
    relationship_type: 'related-to',
    source_ref: r.source,
    target_ref: r.target,
    description: r.text,
  });
}
