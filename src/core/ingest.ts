// The one ingestion path: bundled seeds, files on the command line and fetched sources all come here.
// Inputs are cleaned and extracted one by one, then stored in batches (one transaction each, one
// savepoint per document) and indexed; one bad input never stops the rest.
import { type RawInput, toDocument } from './documents/document.js';
import { extractDocument } from './extract/extract.js';
import type { Document, Extraction } from './model.js';
import type { BatchResult, Clock, Logger, Store } from './ports.js';
import { addDocumentToIndex, type SearchIndex } from './search-index.js';

export interface IngestFailure {
  origin: string;
  reason: string;
}

export interface IngestSummary {
  added: { id: string; origin: string; title: string | null }[];
  duplicates: { id: string; origin: string }[];
  failed: IngestFailure[];
  /** Milliseconds spent in each stage, summed over the inputs: where ingest time goes. */
  timings: { load: number; clean: number; extract: number; store: number; index: number };
}

export interface IngestDeps {
  store: Store;
  index: SearchIndex;
  clock: Clock;
  logger: Logger;
}

/** An input that may fail to load (an unreadable file): the failure is reported, not thrown. */
export type PendingInput = { origin: string; load: () => RawInput | Promise<RawInput> };

export interface IngestProgress {
  done: number;
  total: number;
}

/** Cleans and extracts without storing: what `export` and the benchmark need. */
export function processInput(input: RawInput): { doc: Document; extraction: Extraction } {
  const doc = toDocument(input);
  return { doc, extraction: extractDocument(doc) };
}

/** Documents stored per transaction: one disk sync per batch instead of one per document. */
const BATCH = 64;

export async function ingest(
  inputs: PendingInput[],
  deps: IngestDeps,
  onProgress?: (p: IngestProgress) => void,
): Promise<IngestSummary> {
  const summary: IngestSummary = {
    added: [],
    duplicates: [],
    failed: [],
    timings: { load: 0, clean: 0, extract: 0, store: 0, index: 0 },
  };
  const t = summary.timings;
  const fail = (origin: string, err: unknown) => {
    const reason = err instanceof Error ? err.message : String(err);
    deps.logger.warn('ingest failed', { origin, reason });
    summary.failed.push({ origin, reason });
  };
  let done = 0;
  for (let start = 0; start < inputs.length; start += BATCH) {
    const batch: { origin: string; doc: Document; extraction: Extraction }[] = [];
    for (const pending of inputs.slice(start, start + BATCH)) {
      try {
        const t0 = performance.now();
        const input = await pending.load();
        const t1 = performance.now();
        const doc = toDocument(input);
        const t2 = performance.now();
        t.load += t1 - t0;
        t.clean += t2 - t1;
        if (doc.body.trim().length === 0) throw new Error('no article text found');
        if (deps.store.hasDocument(doc.id, doc.url)) {
          summary.duplicates.push({ id: doc.id, origin: doc.origin });
          continue;
        }
        const extraction = extractDocument(doc);
        t.extract += performance.now() - t2;
        batch.push({ origin: pending.origin, doc, extraction });
      } catch (err) {
        fail(pending.origin, err);
      }
    }
    const t3 = performance.now();
    let results: BatchResult[];
    try {
      results = deps.store.addDocuments(batch, deps.clock.now().toISOString());
    } catch (err) {
      // The whole transaction failed (disk full, database locked): nothing of this batch was stored.
      for (const item of batch) fail(item.origin, err);
      results = [];
    }
    const t4 = performance.now();
    t.store += t4 - t3;
    results.forEach((result, i) => {
      const item = batch[i];
      if (!item) return;
      const { doc } = item;
      if (result.added) {
        addDocumentToIndex(deps.index, doc);
        summary.added.push({ id: doc.id, origin: doc.origin, title: doc.title });
      } else if (result.reason === 'duplicate') summary.duplicates.push({ id: doc.id, origin: doc.origin });
      else fail(item.origin, new Error(result.error));
    });
    t.index += performance.now() - t4;
    done = Math.min(inputs.length, start + BATCH);
    onProgress?.({ done, total: inputs.length });
  }
  return summary;
}
