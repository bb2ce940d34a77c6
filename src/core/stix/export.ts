// Documents out as one STIX 2.1 bundle (ADR 13), written as it is produced: each document's report and
// notes as soon as it is read, the shared objects (entities, attribution, relationships) once at the
// end, every id once. Nothing holds the bundle; the caller's output takes it a line at a time.
import type { DocumentReader } from '../ports.js';
import type { ActorReference } from './actor-facts.js';
import { collect } from './collected.js';
import type { StixObject } from './entities.js';
import { reportExtensionDefinition, sitrepIdentity } from './extension.js';
import { reportParts, stixTime } from './report.js';
import { type Tlp, tlpMarking } from './tlp.js';

export interface StixExportDeps {
  reader: Pick<DocumentReader, 'getDocument' | 'extractionOf'>;
  /** The marking of what a document brings: the strictest TLP of the sources that carried it. */
  tlpOf(docId: string): Promise<Tlp>;
  actors: ActorReference;
}

/** Where the bundle's text goes, in order; a slow output holds the export back. */
export interface BundleOutput {
  write(text: string): Promise<void> | void;
}

export interface StixExportSummary {
  documents: number;
  /** Objects written, by STIX type. */
  objects: Record<string, number>;
  /** Entities no STIX type expresses, left out: name and kind. */
  notExported: { name: string; kind: string }[];
}

/** Writes `{"type":"bundle",…,"objects":[` then one object per line, each id once, then the close. */
export function bundleWriter(out: BundleOutput, bundleId: string) {
  const ids = new Set<string>();
  const counts: Record<string, number> = {};
  return {
    counts,
    begin: async () => out.write(`{"type":"bundle","id":${JSON.stringify(bundleId)},"objects":[\n`),
    /** Writes an object unless one with its id is written already. */
    async add(object: StixObject): Promise<void> {
      if (ids.has(object.id)) return;
      await out.write(`${ids.size === 0 ? '' : ',\n'}${JSON.stringify(object)}`);
      ids.add(object.id);
      counts[object.type] = (counts[object.type] ?? 0) + 1;
    },
    end: async () => out.write('\n]}\n'),
  };
}

export async function exportStix(
  docIds: AsyncIterable<string> | Iterable<string>,
  deps: StixExportDeps,
  out: BundleOutput,
  bundleId: string,
): Promise<StixExportSummary> {
  const bundle = bundleWriter(out, bundleId);
  const collected = collect();
  await bundle.begin();
  await bundle.add(sitrepIdentity());
  await bundle.add(reportExtensionDefinition());
  let documents = 0;
  for await (const id of docIds) {
    const doc = await deps.reader.getDocument(id);
    if (!doc) continue;
    const tlp = await deps.tlpOf(id);
    const parts = reportParts({ doc, extraction: await deps.reader.extractionOf(id), tlp }, deps.actors);
    await bundle.add(tlpMarking(tlp));
    for (const o of parts.objects) await bundle.add(o);
    collected.add(parts, tlp, stixTime(doc.ingestedAt));
    documents++;
  }
  // Shared objects carry the markings of the documents that named them, all written above.
  for (const o of collected.objects(deps.actors)) await bundle.add(o);
  await bundle.end();
  return {
    documents,
    objects: { ...bundle.counts },
    notExported: collected.notExported().map((e) => ({ name: e.name, kind: e.kind })),
  };
}
