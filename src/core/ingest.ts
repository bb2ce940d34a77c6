// The one ingestion path: bundled seeds, files on the command line and fetched sources all come here.
// Inputs are cleaned and extracted (in worker threads for large ingests), then stored in batches: one
// transaction each, passages indexed in the same transaction; a document that fails to store is rolled
// back alone (DocumentWriter.addDocuments). One bad input never stops the rest.
import { type RawInput, readInput, toDocument } from './documents/document.js';
import { loadParsers } from './documents/libraries.js';
import { hostOfInput, recurringLinesOf } from './documents/recurring-lines.js';
import { extractDocument } from './extract/extract.js';
import { withKnowledge } from './extract/knowledge-entities.js';
import type { KnowledgeBase } from './knowledge/snapshot.js';
import type { Document, Extraction } from './model.js';
import type { BatchResult, Clock, DocumentWriter, FurnitureMemory, Logger } from './ports.js';
import { describeError } from './util/errors.js';

export interface IngestFailure {
  origin: string;
  reason: string;
}

export interface IngestSummary {
  added: { id: string; origin: string; title: string | null }[];
  duplicates: { id: string; origin: string }[];
  failed: IngestFailure[];
  /** Milliseconds spent in each stage, summed over the inputs: where ingest time goes. */
  timings: { load: number; clean: number; extract: number; store: number };
}

export interface IngestDeps {
  store: DocumentWriter;
  clock: Clock;
  logger: Logger;
  /** Where cleaning and extraction run; in this thread when omitted. */
  processor?: Processor;
  /** The field's catalogues, whose names extraction finds in this thread (one matcher, built once). */
  knowledge?: KnowledgeBase | null;
  /** The lines each host's stored pages carried: without it, each page is cleaned on its own. */
  furniture?: FurnitureMemory;
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

/**
 * One input cleaned and extracted, with the keys of its page's lines (for its host's furniture memory) and
 * the time each step took, or why it could not be.
 */
export type Processed =
  | {
      ok: true;
      doc: Document;
      extraction: Extraction;
      lines: string[];
      ms: { clean: number; extract: number };
    }
  | { ok: false; error: string };

/** `processInput` that reports failure as a value and times its steps; never throws. */
export function processTimed(input: RawInput): Processed {
  try {
    const t0 = performance.now();
    const { doc, lines } = readInput(input);
    const t1 = performance.now();
    if (doc.body.trim().length === 0) return { ok: false, error: 'no article text found' };
    const extraction = extractDocument(doc);
    return { ok: true, doc, extraction, lines, ms: { clean: t1 - t0, extract: performance.now() - t1 } };
  } catch (err) {
    return { ok: false, error: describeError(err) };
  }
}

/**
 * Runs `processTimed` over a batch of inputs: in this thread, or spread over worker threads (see
 * src/infra/extract-pool.ts) so cleaning and extraction use every core while this thread stores.
 */
export interface Processor {
  process(inputs: RawInput[]): Promise<Processed[]>;
}

export const inThisThread: Processor = {
  process: async (inputs) => inputs.map(processTimed),
};

/**
 * Documents stored per transaction: fewer commits mean fewer FTS5 segments to write and merge (store
 * cost per document measured 3.6 ms at 64, 3.0 ms at 256 on the benchmark corpus).
 */
const BATCH = 256;

/** An input loaded for a batch, with where it came from and the host it was published on. */
interface Loaded {
  origin: string;
  input: RawInput;
  host: string | null;
}

/** An input with the lines its host's earlier pages share, when there is a memory and a host to ask it for. */
async function withRecurringLines(
  input: RawInput,
  host: string | null,
  recurring: ((host: string) => Promise<readonly string[]>) | null,
): Promise<RawInput> {
  return host && recurring ? { ...input, recurring: await recurring(host) } : input;
}

/** A document about to be stored, with where it came from, its host and the keys of its page's lines. */
interface Stored {
  origin: string;
  doc: Document;
  extraction: Extraction;
  host: string | null;
  lines: string[];
}

/** What one ingest run reports as it goes. */
interface Run {
  deps: IngestDeps;
  summary: IngestSummary;
  fail: (origin: string, reason: string) => void;
}

/**
 * A processed batch sorted: failures reported, copies of stored documents counted, the rest to be stored
 * with the catalogues' names added to their extraction (here, in one thread, so one matcher serves every
 * worker's documents).
 */
async function toStore(
  processed: readonly Processed[],
  loaded: readonly Loaded[],
  run: Run,
): Promise<Stored[]> {
  const t = run.summary.timings;
  const batch: Stored[] = [];
  // Asked all at once: on a database server each answer is a round trip the others need not wait for.
  const stored = await Promise.all(processed.map((p) => p.ok && run.deps.store.hasDocument(p.doc)));
  for (const [i, p] of processed.entries()) {
    const origin = loaded[i]?.origin ?? '?';
    if (!p.ok) {
      run.fail(origin, p.error);
      continue;
    }
    t.clean += p.ms.clean;
    t.extract += p.ms.extract;
    const host = loaded[i]?.host ?? null;
    if (stored[i]) {
      run.summary.duplicates.push({ id: p.doc.id, origin: p.doc.origin });
      continue;
    }
    const t0 = performance.now();
    const extraction = withKnowledge(p.doc.body, p.extraction, run.deps.knowledge ?? null);
    t.extract += performance.now() - t0;
    batch.push({ origin, doc: p.doc, extraction, host, lines: p.lines });
  }
  return batch;
}

/**
 * The lines of the documents just stored, counted for their hosts. The documents are stored whatever
 * happens here: a memory that cannot be written only cleans later pages less well.
 */
async function rememberLines(run: Run, stored: readonly Stored[]): Promise<void> {
  const { furniture, logger } = run.deps;
  const documents = stored.flatMap(({ host, lines }) => (host && lines.length > 0 ? [{ host, lines }] : []));
  if (!furniture || documents.length === 0) return;
  try {
    await furniture.rememberLines(documents);
  } catch (err) {
    logger.warn('could not remember page lines', { reason: describeError(err) });
  }
}

/** Stores a batch in one transaction, records each document's outcome and remembers the stored pages' lines. */
async function storeBatch(batch: readonly Stored[], run: Run): Promise<void> {
  const { deps, summary } = run;
  let results: BatchResult[];
  try {
    results = await deps.store.addDocuments(batch, deps.clock.now().toISOString());
  } catch (err) {
    // The whole transaction failed (disk full, database locked): nothing of this batch was stored.
    const reason = describeError(err);
    for (const item of batch) run.fail(item.origin, reason);
    return;
  }
  await rememberLines(
    run,
    batch.filter((_, i) => results[i]?.added === true),
  );
  results.forEach((result, i) => {
    const item = batch[i];
    if (!item) return;
    const { doc } = item;
    if (result.added) {
      summary.added.push({ id: doc.id, origin: doc.origin, title: doc.title });
    } else if (result.reason === 'duplicate') summary.duplicates.push({ id: doc.id, origin: doc.origin });
    else run.fail(item.origin, result.error);
  });
}

export async function ingest(
  inputs: PendingInput[],
  deps: IngestDeps,
  onProgress?: (p: IngestProgress) => void,
): Promise<IngestSummary> {
  const summary: IngestSummary = {
    added: [],
    duplicates: [],
    failed: [],
    timings: { load: 0, clean: 0, extract: 0, store: 0 },
  };
  const t = summary.timings;
  const processor = deps.processor ?? inThisThread;
  // The parsers load on first use either way; through the module loader they also run faster (see
  // libraries.ts). Extraction needs chrono-node for every document, so an ingest always needs them.
  if (inputs.length > 0 && processor === inThisThread) await loadParsers();
  const fail = (origin: string, reason: string) => {
    deps.logger.warn('ingest failed', { origin, reason });
    summary.failed.push({ origin, reason });
  };
  const run: Run = { deps, summary, fail };

  // Loads a batch and hands it to the processor; the result is awaited only when the batch before it
  // has been stored, so workers extract batch n+1 while this thread stores batch n.
  const start = async (from: number) => {
    const loaded: Loaded[] = [];
    // Asked afresh for each batch: the batches stored before it may have taught the memory new lines.
    const recurring = deps.furniture ? recurringLinesOf(deps.furniture) : null;
    for (const pending of inputs.slice(from, from + BATCH)) {
      const t0 = performance.now();
      try {
        const input = await pending.load();
        const host = hostOfInput(input);
        loaded.push({
          origin: pending.origin,
          input: await withRecurringLines(input, host, recurring),
          host,
        });
      } catch (err) {
        fail(pending.origin, describeError(err));
      }
      t.load += performance.now() - t0;
    }
    return { loaded, processed: processor.process(loaded.map((l) => l.input)) };
  };

  let next = inputs.length > 0 ? await start(0) : null;
  for (let from = 0; next; from += BATCH) {
    const { loaded } = next;
    const processed = await next.processed;
    next = from + BATCH < inputs.length ? await start(from + BATCH) : null;
    const batch = await toStore(processed, loaded, run);
    const t3 = performance.now();
    await storeBatch(batch, run);
    t.store += performance.now() - t3;
    onProgress?.({ done: Math.min(inputs.length, from + BATCH), total: inputs.length });
  }
  return summary;
}
