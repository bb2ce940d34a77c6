// The one ingestion path: bundled seeds, files on the command line and fetched sources all come here.
// Each input is cleaned, extracted, stored in one transaction and indexed; one bad input never stops
// the rest.
import { type RawInput, toDocument } from './documents/document.js';
import { extractDocument } from './extract/extract.js';
import type { Document, Extraction } from './model.js';
import type { Clock, Logger, Store } from './ports.js';
import { addDocumentToIndex, type SearchIndex } from './search-index.js';

export interface IngestFailure {
  origin: string;
  reason: string;
}

export interface IngestSummary {
  added: { id: string; origin: string; title: string | null }[];
  duplicates: { id: string; origin: string }[];
  failed: IngestFailure[];
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

export async function ingest(
  inputs: PendingInput[],
  deps: IngestDeps,
  onProgress?: (p: IngestProgress) => void,
): Promise<IngestSummary> {
  const summary: IngestSummary = { added: [], duplicates: [], failed: [] };
  let done = 0;
  for (const pending of inputs) {
    try {
      const input = await pending.load();
      const doc = toDocument(input);
      if (doc.body.trim().length === 0) throw new Error('no article text found');
      if (deps.store.hasDocument(doc.id, doc.url)) {
        summary.duplicates.push({ id: doc.id, origin: doc.origin });
      } else {
        const extraction = extractDocument(doc);
        const result = deps.store.addDocument(doc, extraction, deps.clock.now().toISOString());
        if (result.added) {
          addDocumentToIndex(deps.index, doc);
          summary.added.push({ id: doc.id, origin: doc.origin, title: doc.title });
        } else summary.duplicates.push({ id: doc.id, origin: doc.origin });
      }
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      deps.logger.warn('ingest failed', { origin: pending.origin, reason });
      summary.failed.push({ origin: pending.origin, reason });
    }
    done++;
    onProgress?.({ done, total: inputs.length });
  }
  return summary;
}
