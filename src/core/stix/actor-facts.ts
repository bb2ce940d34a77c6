// What Sitrep knows about a threat actor beyond the reports, for its intrusion set: the vendors' names for
// it, its MITRE ATT&CK id, and the state and agency it is attributed to. The hand-made table
// (src/core/data/threat-actors.ts) always answers; the field's catalogues (src/core/knowledge/) add what
// the table lacks when a knowledge base is loaded.
import { findThreatActor } from '../data/threat-actors.js';
import type { KnowledgeBase } from '../knowledge/snapshot.js';

export interface ActorFacts {
  /** Other names vendors and governments give it. */
  aliases: string[];
  /** The MITRE ATT&CK group id (G0022). */
  attackId: string | null;
  /** The state it is attributed to, by name ("China"). */
  country: string | null;
  /** The state body it is attributed to ("Ministry of State Security (Hubei State Security Department)"). */
  sponsor: string | null;
}

export type ActorReference = (name: string) => ActorFacts | null;

/** The hand-made table. */
export const tableActors: ActorReference = (name) => {
  const actor = findThreatActor(name);
  if (!actor) return null;
  return {
    aliases: actor.aliases.map((a) => a.name),
    attackId: actor.mitreId,
    country: actor.country,
    sponsor: actor.sponsor,
  };
};

/** The state a catalogue names by its ISO code ("CN" → "China"), or the name as given. */
function countryName(value: string): string {
  if (!/^[A-Z]{2}$/.test(value)) return value;
  return new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' }).of(value) ?? value;
}

/** A knowledge base's threat actor, as facts. */
function knowledgeFacts(kb: KnowledgeBase, name: string): ActorFacts | null {
  const r = kb.resolve(name, { kinds: ['threat_actor'] });
  if (r.status !== 'found') return null;
  const e = r.entry;
  return {
    aliases: e.aliases.map((a) => a.name).filter((a) => a !== e.name),
    attackId: e.externalIds.find((x) => x.system === 'MITRE ATT&CK' && /^G\d{4}$/.test(x.id))?.id ?? null,
    country: e.country ? countryName(e.country.value) : null,
    sponsor: e.sponsor?.value ?? null,
  };
}

/**
 * The table first (its attributions cite governments), the catalogues for what it lacks: an ATT&CK id,
 * more names, an actor the table does not list.
 */
export function withKnowledge(kb: KnowledgeBase, table: ActorReference = tableActors): ActorReference {
  return (name) => {
    const known = table(name);
    const field = knowledgeFacts(kb, name);
    if (!known || !field) return known ?? field;
    return {
      aliases: [...new Set([...known.aliases, ...field.aliases])],
      attackId: known.attackId ?? field.attackId,
      country: known.country ?? field.country,
      sponsor: known.sponsor ?? field.sponsor,
    };
  };
}
