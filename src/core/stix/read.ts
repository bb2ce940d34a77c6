// STIX objects in: what Sitrep takes from a bundle or a TAXII collection (ADR 13). A `report` becomes a
// document: its name, description and publication date, its external URL, its creator's name as
// publisher (or the source's), and, for a report Sitrep exported, the document exactly as it was stored.
// Intrusion sets, threat actors, malware and tools give names for the knowledge overlay. Identities and
// marking definitions are context; every other type is counted as not taken, never an error. STIX 2.0
// objects (no spec_version) are read the same way where they map.
import type { IsoDate } from '../model.js';
import type { ImportedName } from '../ports.js';
import type { FeedItem } from '../sources/feed.js';
import { feedDate } from '../sources/feed.js';
import { REPORT_EXTENSION_ID, type ReportFacts } from './extension.js';
import { parseTlp, stricter, type Tlp, tlpOfMarkingId } from './tlp.js';

type Obj = Record<string, unknown>;

/** What later objects need from earlier ones: creators' names, and the TLP of custom TLP markings. */
export interface StixContext {
  identities: Map<string, string>;
  markings: Map<string, Tlp>;
}

export const emptyContext = (): StixContext => ({ identities: new Map(), markings: new Map() });

export interface StixReport {
  id: string;
  name: string;
  description: string;
  published: string | null;
  url: string | null;
  createdByRef: string | null;
  markingRefs: string[];
  /** Sitrep's own report extension, when the report came from a Sitrep export. */
  facts: ReportFacts | null;
}

export type Classified =
  | { kind: 'report'; report: StixReport }
  | { kind: 'name'; name: Omit<ImportedName, 'provenance'> }
  | { kind: 'context' }
  | { kind: 'not-taken'; type: string }
  | { kind: 'malformed'; reason: string };

const NAME_KINDS: Record<string, ImportedName['kind']> = {
  'intrusion-set': 'threat_actor',
  'threat-actor': 'threat_actor',
  malware: 'malware',
  tool: 'tool',
};

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const texts = (v: unknown): string[] => (Array.isArray(v) ? v.flatMap((x) => text(x) ?? []) : []);

/** Learns what later objects refer to: an identity's name, a custom TLP marking's level. */
export function learnContext(ctx: StixContext, o: unknown): void {
  const obj = o as Obj;
  const id = text(obj?.id);
  if (!id) return;
  if (obj.type === 'identity' && text(obj.name)) ctx.identities.set(id, String(obj.name));
  if (obj.type === 'marking-definition') {
    const level = tlpOfMarkingId(id) ?? markingLevel(obj);
    if (level) ctx.markings.set(id, level);
  }
}

/** A TLP level a marking definition states itself: TLP 1.0's `definition.tlp`, TLP 2.0's `tlp_2_0`. */
function markingLevel(obj: Obj): Tlp | null {
  const definition = obj.definition as Obj | undefined;
  if (obj.definition_type === 'tlp' && text(definition?.tlp)) return parseTlp(String(definition?.tlp));
  for (const ext of Object.values((obj.extensions as Obj | undefined) ?? {})) {
    const level = text((ext as Obj)?.tlp_2_0);
    if (level) return parseTlp(level);
  }
  return null;
}

export function classify(o: unknown): Classified {
  if (typeof o !== 'object' || o === null || Array.isArray(o))
    return { kind: 'malformed', reason: 'not an object' };
  const obj = o as Obj;
  const type = text(obj.type);
  const id = text(obj.id);
  if (!type || !id) return { kind: 'malformed', reason: 'no type or id' };
  if (obj.revoked === true) return { kind: 'not-taken', type: `${type} (revoked)` };
  if (type === 'identity' || type === 'marking-definition' || type === 'extension-definition')
    return { kind: 'context' };
  if (type === 'report') {
    const name = text(obj.name);
    return name
      ? { kind: 'report', report: reportOf(obj, id, name) }
      : { kind: 'malformed', reason: 'a report without a name' };
  }
  const kind = NAME_KINDS[type];
  const name = text(obj.name);
  if (kind && name) {
    const aliases = [...new Set([...texts(obj.aliases), ...texts(obj.x_mitre_aliases)])].filter(
      (a) => a !== name,
    );
    return { kind: 'name', name: { kind, name, aliases, stixId: id, externalIds: externalIds(obj) } };
  }
  return { kind: 'not-taken', type };
}

function externalIds(obj: Obj): ImportedName['externalIds'] {
  const refs = Array.isArray(obj.external_references) ? (obj.external_references as Obj[]) : [];
  return refs.flatMap((r) => {
    const source = text(r?.source_name);
    const id = text(r?.external_id);
    return source && id ? [{ source, id }] : [];
  });
}

function reportOf(obj: Obj, id: string, name: string): StixReport {
  const refs = Array.isArray(obj.external_references) ? (obj.external_references as Obj[]) : [];
  const url = refs.map((r) => text(r?.url)).find((u) => u !== null && /^https?:\/\//i.test(u)) ?? null;
  const facts =
    ((obj.extensions as Obj | undefined)?.[REPORT_EXTENSION_ID] as ReportFacts | undefined) ?? null;
  return {
    id,
    name,
    description: text(obj.description) ?? '',
    published: text(obj.published),
    url,
    createdByRef: text(obj.created_by_ref),
    markingRefs: texts(obj.object_marking_refs),
    facts: facts && typeof facts.origin === 'string' ? facts : null,
  };
}

/** The strictest TLP marking on a report, or null when it carries none Sitrep knows. */
export function reportTlp(report: StixReport, ctx: StixContext): Tlp | null {
  const levels = report.markingRefs.flatMap((id) => tlpOfMarkingId(id) ?? ctx.markings.get(id) ?? []);
  return levels.length === 0 ? null : levels.reduce(stricter);
}

/** Below this many characters a description is a summary: the linked article is read when there is one. */
export const SHORT_DESCRIPTION = 800;

/** What a report says about itself as a document: Sitrep's own record when it has one. */
export function reportMetadata(
  r: StixReport,
  ctx: StixContext,
  fallbackPublisher: string | null,
): { title: string | null; publisher: string | null; author: string | null; published: IsoDate | null } {
  if (r.facts)
    return {
      title: r.facts.title ?? null,
      publisher: r.facts.publisher ?? null,
      author: r.facts.author ?? null,
      published: r.facts.published ?? null,
    };
  return {
    title: r.name,
    publisher: (r.createdByRef && ctx.identities.get(r.createdByRef)) || fallbackPublisher,
    author: null,
    published: r.published ? feedDate(r.published) : null,
  };
}

/** A report as a feed item, for the sources' intake: recognised again by its STIX id. */
export function reportItem(r: StixReport, ctx: StixContext, fallbackPublisher: string): FeedItem {
  const meta = reportMetadata(r, ctx, fallbackPublisher);
  return {
    guid: r.id,
    link: r.url,
    title: meta.title,
    published: meta.published,
    author: meta.author,
    publisher: meta.publisher,
    content: r.description,
    html: false,
    summaryOnly: r.description.length < SHORT_DESCRIPTION,
  };
}
