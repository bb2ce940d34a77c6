// Who a threat actor is attributed to, as STIX lets an intrusion set say it (ADR 13): `attributed-to` a
// threat-actor standing for the state body (the only target STIX allows for an intrusion set), and
// `originates-from` the state's location, the body `located-at` it. The facts come from the reference
// table (or the catalogues); a report lists these relationships among its objects when it names both
// ends, so each relationship travels with the reports that support it.
import type { ActorFacts } from './actor-facts.js';
import { common, compact, type EntitySeen, entityObject, entityRef, type StixObject } from './entities.js';
import { SITREP_IDENTITY_ID } from './extension.js';
import { keyName, stixId } from './ids.js';

const SOURCE = "Sitrep's reference table of published government and vendor attributions";

export const relationshipId = (type: string, source: string, target: string): string =>
  stixId('relationship', { relationship_type: type, source_ref: source, target_ref: target });

const agencyId = (sponsor: string): string =>
  stixId('threat-actor', { name: keyName(sponsor), opencti_type: 'Threat-Actor-Group' });

interface Ends {
  actor: string;
  agency: string | null;
  location: string | null;
}

function endsOf(actor: Pick<EntitySeen, 'kind' | 'name'>, facts: ActorFacts): Ends | null {
  const id = entityRef(actor.kind, actor.name);
  if (!id) return null;
  return {
    actor: id,
    agency: facts.sponsor ? agencyId(facts.sponsor) : null,
    location: facts.country ? entityRef('country', facts.country) : null,
  };
}

/**
 * The attribution objects and relationship ids a report supports: it names the actor and the state
 * (a country by that name) or the body (an organisation whose name the body's name holds).
 */
export function supportedAttribution(
  actor: Pick<EntitySeen, 'kind' | 'name'>,
  facts: ActorFacts,
  named: { countries: ReadonlySet<string>; organisations: ReadonlySet<string> },
): string[] {
  const ends = endsOf(actor, facts);
  if (!ends) return [];
  const sponsor = keyName(facts.sponsor ?? '');
  const namesState = facts.country !== null && named.countries.has(facts.country);
  const namesBody = sponsor !== '' && [...named.organisations].some((o) => sponsor.includes(keyName(o)));
  const out: string[] = [];
  if (namesState && ends.location)
    out.push(ends.location, relationshipId('originates-from', ends.actor, ends.location));
  if (namesBody && ends.agency) {
    out.push(ends.agency, relationshipId('attributed-to', ends.actor, ends.agency));
    if (ends.location) out.push(relationshipId('located-at', ends.agency, ends.location));
  }
  return out;
}

function relationship(type: string, source: string, target: string, actor: EntitySeen, text: string) {
  return compact({
    ...common('relationship', relationshipId(type, source, target), actor, actor.tlp),
    created_by_ref: SITREP_IDENTITY_ID,
    relationship_type: type,
    source_ref: source,
    target_ref: target,
    description: text,
  });
}

/** The objects that state an actor's attribution: the body, the state's location, three relationships. */
export function attributionObjects(actor: EntitySeen, facts: ActorFacts): StixObject[] {
  const ends = endsOf(actor, facts);
  if (!ends) return [];
  const out: StixObject[] = [];
  const { sponsor, country } = facts;
  if (ends.location && country) {
    const place = {
      ...actor,
      name: country,
      kind: 'country' as const,
      aliases: new Set<string>(),
      roles: new Set<string>(),
    };
    const location = entityObject(place);
    if (location) out.push(location);
    out.push(
      relationship(
        'originates-from',
        ends.actor,
        ends.location,
        actor,
        `${actor.name} is attributed to ${country} (${SOURCE}).`,
      ),
    );
  }
  if (ends.agency && sponsor) {
    out.push(
      compact({
        ...common('threat-actor', ends.agency, actor, actor.tlp),
        name: sponsor,
        threat_actor_types: ['nation-state'],
        resource_level: 'government',
        description: `The state body ${actor.name} is attributed to (${SOURCE}).`,
      }),
      relationship(
        'attributed-to',
        ends.actor,
        ends.agency,
        actor,
        `${actor.name} is attributed to ${sponsor} (${SOURCE}).`,
      ),
    );
    if (ends.location && country)
      out.push(
        relationship(
          'located-at',
          ends.agency,
          ends.location,
          actor,
          `${sponsor} is a state body of ${country}.`,
        ),
      );
  }
  return out;
}

/** The intrusion set's reference to its MITRE ATT&CK group page, as ATT&CK's own bundles cite it. */
export const attackReference = (attackId: string) => ({
  source_name: 'mitre-attack',
  external_id: attackId,
  url: `https://attack.mitre.org/groups/${attackId}/`,
});
