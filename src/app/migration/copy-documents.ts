// The documents of `sitrep migrate`: every stored document with its stored extraction, in the order the
// SQLite file stored them, written through the target's document writer in batches, so the target merges
// entities, events, quotes and assessments and cuts passages exactly as it would have had it stored them
// itself. Those the target holds already are skipped, so a copy that stopped continues where it stopped.
import type { Document, Extraction } from '../../core/model.js';
import type { DocumentProgress, MigrationSource, MigrationTarget } from './sides.js';

export interface DocumentCopy {
  total: number;
  copied: number;
  /** Already in the target: copied by an earlier run. */
  present: number;
  /** Refused by the target (bad data for that engine), each with why. */
  failed: { id: string; error: string }[];
  /** Stopped between two batches when asked to. */
  stopped: boolean;
}

export interface CopyOptions {
  /** Documents per transaction at most. */
  batch: number;
  /** Checked between batches: once aborted, the copy stops there. */
  signal?: AbortSignal;
  onProgress?: (p: DocumentProgress) => void;
}

type Item = { doc: Document; extraction: Extraction };

/**
 * The page's documents in stored order as batches: a run of documents stored at the same moment, at most
 * `size`, since a batch is stored with one time.
 */
function batchesOf(source: MigrationSource, ids: readonly string[], size: number) {
  const batches: { ingestedAt: string; items: Item[] }[] = [];
  for (const id of ids) {
    const stored = source.store.getDocument(id);
    if (!stored) continue;
    const { ingestedAt, ...doc } = stored;
    const last = batches.at(-1);
    const item = { doc, extraction: source.store.extractionOf(id) };
    if (last && last.ingestedAt === ingestedAt && last.items.length < size) last.items.push(item);
    else batches.push({ ingestedAt, items: [item] });
  }
  return batches;
}

export async function copyDocuments(
  source: MigrationSource,
  target: MigrationTarget,
  opts: CopyOptions,
): Promise<DocumentCopy> {
  const copy: DocumentCopy = {
    total: source.store.documentCount(),
    copied: 0,
    present: 0,
    failed: [],
    stopped: false,
  };
  const done = () => copy.copied + copy.present + copy.failed.length;
  for (let offset = 0; offset < copy.total; offset += opts.batch) {
    const ids = source.store.documentIdsInStoredOrder({ offset, limit: opts.batch });
    if (ids.length === 0) break;
    const there = await target.tables.storedDocumentIds(ids);
    copy.present += there.size;
    for (const batch of batchesOf(
      source,
      ids.filter((id) => !there.has(id)),
      opts.batch,
    )) {
      if (opts.signal?.aborted) return { ...copy, stopped: true };
      for (const r of await target.store.addDocuments(batch.items, batch.ingestedAt)) {
        if (r.added) copy.copied++;
        else if (r.reason === 'duplicate') copy.present++;
        else copy.failed.push({ id: r.id, error: r.error });
      }
      opts.onProgress?.({ done: done(), total: copy.total });
    }
  }
  return copy;
}
