// A STIX bundle into the corpus (`sitrep ingest bundle.json`), read as a stream: the objects are scanned
// once for context (creators' names, custom TLP markings; a bundle may list them after the reports), then
// again for reports, taken a batch at a time through the one ingestion path, and for names kept for the
// knowledge overlay. Memory holds one batch, whatever the size of the bundle; what was not taken is
// counted by type, for the summary to say.
import type { IngestSummary, PendingInput } from '../ingest.js';
import { jsonArrayElements } from '../knowledge/json-stream.js';
import type { Clock, ImportedName, ImportedNames } from '../ports.js';
import {
  classify,
  emptyContext,
  learnContext,
  reportMetadata,
  reportTlp,
  type StixContext,
  type StixReport,
} from './read.js';
import { type Tlp, tlpRank } from './tlp.js';

export type Chunks = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

export interface BundleImportDeps {
  ingest(inputs: PendingInput[]): Promise<IngestSummary>;
  names: ImportedNames;
  clock: Clock;
  /** Where the bundle came from (a file's name): origins and the provenance of names say so. */
  sourceName: string;
  /** The marking the documents are exported under: a report marked stricter is not taken. */
  tlp: Tlp;
}

/** What a reading did not take, counted. */
export interface Tally {
  /** Objects not taken, by type (and "(revoked)"). */
  notTaken: Record<string, number>;
  /** Reports marked stricter than the marking they would be shared under. */
  stricter: number;
  malformed: number;
  /** Objects without spec_version: STIX 2.0, read where they map. */
  stix20: number;
}

export const emptyTally = (): Tally => ({ notTaken: {}, stricter: 0, malformed: 0, stix20: 0 });

export interface BundleImport extends Tally {
  objects: number;
  reports: number;
  summary: IngestSummary;
  /** Names kept for the knowledge overlay, and how many of them are new. */
  names: { kept: number; added: number };
}

/**
 * Sorts one object: a report to take (not when marked stricter than `tlp`), a name to keep, or a count of
 * what was not taken.
 */
export function sortObject(
  o: unknown,
  ctx: StixContext,
  tlp: Tlp,
  tally: Tally,
): { report?: StixReport; name?: Omit<ImportedName, 'provenance'> } {
  if (typeof o === 'object' && o !== null && !('spec_version' in o)) tally.stix20++;
  const c = classify(o);
  if (c.kind === 'malformed') tally.malformed++;
  else if (c.kind === 'not-taken') tally.notTaken[c.type] = (tally.notTaken[c.type] ?? 0) + 1;
  else if (c.kind === 'name') return { name: c.name };
  else if (c.kind === 'report') {
    const level = reportTlp(c.report, ctx);
    if (level && tlpRank(level) > tlpRank(tlp)) tally.stricter++;
    else return { report: c.report };
  }
  return {};
}

/** The objects of a bundle, as its bytes arrive. Malformed JSON throws JsonStreamError. */
export function bundleObjects(chunks: Chunks): AsyncGenerator<unknown> {
  return jsonArrayElements(chunks, 'objects');
}

/** First pass: what reports refer to. */
export async function readContext(objects: AsyncIterable<unknown>): Promise<StixContext> {
  const ctx = emptyContext();
  for await (const o of objects) learnContext(ctx, o);
  return ctx;
}

const BATCH = 256;
const NAMES_BATCH = 1_000;

/** A report as input to the ingestion path; a report Sitrep exported comes back as the document it was. */
export function reportInput(r: StixReport, ctx: StixContext, sourceName: string): PendingInput {
  // A file names no publisher: the cleaner may still find one in the text.
  const meta = reportMetadata(r, ctx, null);
  const origin = `${sourceName}#${r.id}`;
  return {
    origin,
    load: () => ({
      content: r.description,
      origin,
      format: 'text',
      url: r.url,
      // A document Sitrep exported without an address is its text alone, as it was; another report is its id.
      address: r.url ?? (r.facts ? null : r.id),
      known: meta,
    }),
  };
}

const emptySummary = (): IngestSummary => ({
  added: [],
  duplicates: [],
  failed: [],
  timings: { load: 0, clean: 0, extract: 0, store: 0 },
});

function addSummary(into: IngestSummary, s: IngestSummary): void {
  into.added.push(...s.added);
  into.duplicates.push(...s.duplicates);
  into.failed.push(...s.failed);
  for (const k of Object.keys(into.timings) as (keyof IngestSummary['timings'])[])
    into.timings[k] += s.timings[k];
}

/** Second pass: reports in batches through the ingestion path, names kept for the overlay. */
export async function importBundle(
  objects: AsyncIterable<unknown>,
  ctx: StixContext,
  deps: BundleImportDeps,
): Promise<BundleImport> {
  const out: BundleImport = {
    ...emptyTally(),
    objects: 0,
    reports: 0,
    summary: emptySummary(),
    names: { kept: 0, added: 0 },
  };
  let reports: PendingInput[] = [];
  let names: ImportedName[] = [];
  const flush = async (all: boolean) => {
    if (reports.length >= BATCH || (all && reports.length > 0)) {
      addSummary(out.summary, await deps.ingest(reports));
      reports = [];
    }
    if (names.length >= NAMES_BATCH || (all && names.length > 0)) {
      out.names.added += await deps.names.keepImportedNames(names, deps.clock.now().toISOString());
      out.names.kept += names.length;
      names = [];
    }
  };
  const provenance = `from ${deps.sourceName}`;
  for await (const o of objects) {
    out.objects++;
    const { report, name } = sortObject(o, ctx, deps.tlp, out);
    if (name) names.push({ ...name, provenance });
    if (report) {
      out.reports++;
      reports.push(reportInput(report, ctx, deps.sourceName));
    }
    await flush(false);
  }
  await flush(true);
  return out;
}

/** What an import did not take, in words: "note 27, relationship 6; 2 malformed objects". */
export function notTakenText(r: Tally, tlp: Tlp): string[] {
  const lines: string[] = [];
  const types = Object.entries(r.notTaken).sort((a, b) => b[1] - a[1]);
  if (types.length > 0)
    lines.push(
      `not taken (Sitrep reads reports and actor, malware and tool names): ${types.map(([t, n]) => `${t} ${n}`).join(', ')}`,
    );
  if (r.stricter > 0)
    lines.push(
      `${r.stricter} report(s) marked stricter than TLP:${tlp.toUpperCase()}, not taken (Sitrep would share them under that marking)`,
    );
  if (r.malformed > 0) lines.push(`${r.malformed} malformed object(s) (not an object, or no type or id)`);
  if (r.stix20 > 0) lines.push(`${r.stix20} STIX 2.0 object(s), read as 2.1 where they map`);
  return lines;
}
