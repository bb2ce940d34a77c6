// One stored document as STIX (ADR 13): a `report` (name, published, the body as description, the
// publisher's identity as creator, its URL as external reference, the objects it names), a `note` per
// quote (content verbatim, the speaker as author), and what STIX has no property for in Sitrep's report
// extension: the document as stored, dated events, assessment wording with its yardstick band.
import type { EntityKind, Extraction } from '../model.js';
import type { StoredDocument } from '../ports.js';
import { citationOf } from '../reply.js';
import { BAND_RANGE, isConfidenceLevel } from '../yardstick.js';
import type { ActorReference } from './actor-facts.js';
import { relationshipId, supportedAttribution } from './attribution.js';
import { common, compact, entityRef, type StixObject } from './entities.js';
import { REPORT_EXTENSION_ID, type ReportFacts, SITREP_IDENTITY_ID } from './extension.js';
import { stixId } from './ids.js';
import type { Tlp } from './tlp.js';

export interface DocumentFacts {
  doc: StoredDocument;
  extraction: Extraction;
  /** The marking of what this document brings (its source's TLP). */
  tlp: Tlp;
}

/** An entity as one document gives it. */
export interface EntityMention {
  kind: EntityKind;
  name: string;
  aliases: readonly string[];
  roles: readonly string[];
}

/** A `related-to` relationship a document's dated event states: a threat actor named with another entity. */
export interface RelatedPair {
  id: string;
  source: string;
  target: string;
  text: string;
}

export interface ReportParts {
  /** The report and its notes, ready to write. */
  objects: StixObject[];
  entities: EntityMention[];
  related: RelatedPair[];
}

export const reportId = (docId: string): string => stixId('report', { sitrep_document: docId });

/** A stored timestamp at millisecond precision, as STIX wants `created` and `modified`. */
export const stixTime = (iso: string): string => new Date(iso).toISOString();

/** A date at the text's precision as a STIX timestamp: its first day ("2024-03" → 1 March), or null. */
export function dateTime(date: string | null): string | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date ?? '');
  if (!m) return null;
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}T00:00:00.000Z`;
}

export function reportParts(input: DocumentFacts, actors: ActorReference): ReportParts {
  const { doc, extraction } = input;
  const named = mentionsOf(extraction);
  const kinds = new Map(named.map((e) => [e.name, e.kind]));
  const ref = (name: string | null) => (name === null ? null : entityRef(kinds.get(name), name));
  const related = relatedPairs(extraction, kinds);
  const refs = [
    ...named.flatMap((e) => entityRef(e.kind, e.name) ?? []),
    ...attributionRefs(named, actors),
    ...related.map((r) => r.id),
  ];
  const report = reportObject(input, [...new Set(refs)], reportFacts(input, ref));
  // The publisher is the report's creator, an organisation whether or not the text names it.
  const publisher = doc.publisher
    ? [{ kind: 'organisation' as const, name: doc.publisher, aliases: [], roles: [] }]
    : [];
  return { objects: [report, ...notes(input, report.id, ref)], entities: [...named, ...publisher], related };
}

function reportObject(input: DocumentFacts, refs: string[], facts: ReportFacts): StixObject {
  const { doc } = input;
  const at = stixTime(doc.ingestedAt);
  const publisher = doc.publisher ? entityRef('organisation', doc.publisher) : null;
  return compact({
    ...common('report', reportId(doc.id), { created: at, modified: at }, input.tlp),
    created_by_ref: publisher,
    name: citationOf(doc).title,
    description: doc.body,
    report_types: ['threat-report'],
    // STIX requires a publication time; for an undated report the extension says the text gives none.
    published: dateTime(doc.published) ?? at,
    object_refs: refs.length > 0 ? refs : [publisher ?? SITREP_IDENTITY_ID],
    external_references: doc.url
      ? [{ source_name: doc.publisher ?? new URL(doc.url).hostname, url: doc.url }]
      : [],
    extensions: { [REPORT_EXTENSION_ID]: facts },
  });
}

function reportFacts(input: DocumentFacts, ref: (name: string | null) => string | null): ReportFacts {
  const { doc, extraction } = input;
  const refsOf = (names: readonly string[]) => names.flatMap((n) => ref(n) ?? []);
  // compact() drops the nulls and empty lists, which ReportFacts leaves out.
  const facts = compact({
    extension_type: 'property-extension' as const,
    title: doc.title,
    publisher: doc.publisher,
    author: doc.author,
    published: doc.published,
    origin: doc.origin,
    events: extraction.events.map((e) =>
      compact({
        date: e.date,
        date_phrase: e.datePhrase,
        text: e.text,
        actors: e.actors,
        actor_refs: refsOf(e.actors),
      }),
    ),
    assessments: extraction.assessments.map((a) =>
      compact({
        phrase: a.phrase,
        // A confidence level is no probability (ADR 16): it has no band or range of the yardstick.
        ...(isConfidenceLevel(a.band)
          ? { confidence: a.band }
          : { band: a.band, band_range: BAND_RANGE[a.band] }),
        text: a.text,
        about: a.actor,
        about_ref: ref(a.actor),
      }),
    ),
  });
  return facts as ReportFacts;
}

function notes(
  input: DocumentFacts,
  report: string,
  ref: (name: string | null) => string | null,
): StixObject[] {
  const at = stixTime(input.doc.ingestedAt);
  return input.extraction.quotes.map((q) =>
    compact({
      ...common(
        'note',
        stixId('note', { report, authors: q.speaker, content: q.text }),
        { created: at, modified: at },
        input.tlp,
      ),
      created_by_ref: SITREP_IDENTITY_ID,
      abstract: q.role ? `${q.speaker}, ${q.role}` : q.speaker,
      content: q.text,
      authors: [q.speaker],
      object_refs: [report, ...[ref(q.speaker) ?? []].flat()],
    }),
  );
}

/** Every entity the document names and its speakers; roles without "author" (a byline is no role). */
function mentionsOf(extraction: Extraction): EntityMention[] {
  const out = new Map<string, EntityMention>();
  const add = (m: EntityMention) => {
    if (!out.has(m.name)) out.set(m.name, m);
  };
  for (const m of extraction.entities)
    add({ kind: m.kind, name: m.name, aliases: m.aliases, roles: m.roles.filter((r) => r !== 'author') });
  for (const q of extraction.quotes) add({ kind: q.speakerKind, name: q.speaker, aliases: [], roles: [] });
  return [...out.values()];
}

/** For each threat actor the document names: the attribution it supports by naming the state or body. */
function attributionRefs(entities: readonly EntityMention[], actors: ActorReference): string[] {
  const namesOf = (kind: string) => new Set(entities.filter((e) => e.kind === kind).map((e) => e.name));
  const named = { countries: namesOf('country'), organisations: namesOf('organisation') };
  return entities
    .filter((e) => e.kind === 'threat_actor')
    .flatMap((e) => {
      const facts = actors(e.name);
      return facts ? supportedAttribution(e, facts, named) : [];
    });
}

/** Threat actors a dated event names together with other exported entities: one pair each, first wording kept. */
function relatedPairs(extraction: Extraction, kinds: ReadonlyMap<string, EntityKind>): RelatedPair[] {
  const out = new Map<string, RelatedPair>();
  for (const e of extraction.events) {
    for (const actor of e.actors.filter((a) => kinds.get(a) === 'threat_actor')) {
      const source = entityRef('threat_actor', actor);
      for (const other of e.actors.filter((a) => a !== actor)) {
        const target = entityRef(kinds.get(other), other);
        if (!source || !target) continue;
        const id = relationshipId('related-to', source, target);
        // Two actors in one event are one pair, whichever is named first.
        if (!out.has(id) && !out.has(relationshipId('related-to', target, source)))
          out.set(id, { id, source, target, text: e.text });
      }
    }
  }
  return [...out.values()];
}
