// Storing documents on PostgreSQL: a batch in one transaction, planned in memory and written a table at a
// time (ADR 14). Writers take one advisory lock per transaction, so merging and duplicate checks see every
// earlier write, as SQLite's single writer does, whichever replica writes.
import type { Document } from '../../core/model.js';
import type { BatchResult, DocumentWriter } from '../../core/ports.js';
import { type CheckedInput, checkedItems, failedResult } from '../store/document-input.js';
import { WRITER_LOCK } from './locks.js';
import { type Client, inSavepoint, inTransaction, type Pool } from './pool.js';
import { readStoredCopies, readWriteFacts } from './write-facts.js';
import { flushPlan } from './write-flush.js';
import { duplicateOf, planWrites } from './write-plan.js';

async function write(client: Client, inputs: readonly CheckedInput[]): Promise<BatchResult[]> {
  const plan = planWrites(inputs, await readWriteFacts(client, inputs));
  await flushPlan(client, plan);
  return plan.results;
}

/** Every document in one go; else, after that failed, each in a savepoint, so a bad one fails alone. */
async function writeBatch(pool: Pool, inputs: readonly CheckedInput[]): Promise<BatchResult[]> {
  const locked = (work: (client: Client) => Promise<BatchResult[]>) =>
    inTransaction(pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1, $2)', [...WRITER_LOCK]);
      return work(client);
    });
  try {
    return await locked((client) => write(client, inputs));
  } catch {
    return locked(async (client) => {
      const results: BatchResult[] = [];
      for (const input of inputs) {
        try {
          results.push(...(await inSavepoint(client, () => write(client, [input]))));
        } catch (err) {
          results.push(failedResult(input.doc, err));
        }
      }
      return results;
    });
  }
}

/** The document writer; `learn` hears of each document stored (the search lexicon takes its words). */
export function createDocumentWriter(pool: Pool, learn: (doc: Document) => void): DocumentWriter {
  return {
    async addDocuments(items, ingestedAt) {
      if (items.length === 0) return [];
      const checked = checkedItems(items, ingestedAt);
      const inputs = checked.flatMap((c) => ('input' in c ? [c.input] : []));
      const written = inputs.length === 0 ? [] : await writeBatch(pool, inputs);
      const results = checked.map((c) => ('failed' in c ? c.failed : (written.shift() as BatchResult)));
      results.forEach((r, i) => {
        const item = items[i];
        if (r.added && item) learn(item.doc);
      });
      return results;
    },
    hasDocument: async (doc) => duplicateOf(await readStoredCopies(pool, [doc]), doc) !== undefined,
  };
}
