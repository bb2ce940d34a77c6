// Storing documents on PostgreSQL: a batch in one transaction, planned in memory and written a table at a
// time (ADR 14). Writers take one advisory lock per transaction, so merging and duplicate checks see every
// earlier write, as SQLite's single writer does, whichever replica writes.
import type { Document } from '../../core/model.js';
import type { BatchResult, DocumentWriter } from '../../core/ports.js';
import { type CheckedInput, checkedItems, failedResult } from '../store/document-input.js';
import { ClusterMemory } from './cluster-memory.js';
import { WRITER_LOCK } from './locks.js';
import { type Client, inSavepoint, inTransaction, type Pool } from './pool.js';
import { readStoredCopies, readWriteFacts } from './write-facts.js';
import { flushPlan } from './write-flush.js';
import { duplicateOf, planWrites } from './write-plan.js';

/** Plans and writes `inputs`; with a memory, the clusters' candidates it holds are not read again. */
async function write(client: Client, inputs: readonly CheckedInput[], memory: ClusterMemory | null) {
  const facts = await readWriteFacts(client, inputs, memory);
  const plan = planWrites(inputs, facts);
  const ids = await flushPlan(client, plan);
  if (ids) plan.clusters.settle(ids);
  return { results: plan.results, facts };
}

/**
 * Every document in one go, the memory answering for what it holds and keeping what the batch leaves once
 * it committed; else, after that failed, each in a savepoint, so a bad one fails alone, nothing remembered.
 */
async function writeBatch(
  pool: Pool,
  inputs: readonly CheckedInput[],
  memory: ClusterMemory,
): Promise<BatchResult[]> {
  const locked = <T>(work: (client: Client) => Promise<T>) =>
    inTransaction(pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1, $2)', [...WRITER_LOCK]);
      return work(client);
    });
  try {
    const done = await locked(async (client) => {
      const writes = await memory.begin(client);
      return { writes, ...(await write(client, inputs, memory)) };
    });
    memory.kept(done.writes, done.facts);
    return done.results;
  } catch {
    memory.forget();
    return locked(async (client) => {
      await memory.begin(client); // counted as a write, so other writers' memories are dropped too
      const results: BatchResult[] = [];
      for (const input of inputs) {
        try {
          results.push(...(await inSavepoint(client, () => write(client, [input], null))).results);
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
  const memory = new ClusterMemory();
  return {
    async addDocuments(items, ingestedAt) {
      if (items.length === 0) return [];
      const checked = checkedItems(items, ingestedAt);
      const inputs = checked.flatMap((c) => ('input' in c ? [c.input] : []));
      const written = inputs.length === 0 ? [] : await writeBatch(pool, inputs, memory);
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
