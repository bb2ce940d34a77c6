// Cleaning and extraction on worker threads, one per core: a large ingest (a first import, a backfill,
// the benchmark) then uses every core while the main thread stores. Each worker loads the extraction
// code once (about a second), so small ingests stay in the calling thread (`worthAPool`).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RawInput } from '../core/documents/document.js';
import { inThisThread, type Processed, type Processor } from '../core/ingest.js';
import type { Logger } from '../core/ports.js';

export interface ProcessRequest {
  id: number;
  inputs: RawInput[];
}
export interface ProcessResponse {
  id: number;
  results: Processed[];
}

/** Below this many inputs, starting workers costs more than it saves. */
export const POOL_THRESHOLD = 500;

export function worthAPool(inputs: number): boolean {
  return inputs >= POOL_THRESHOLD;
}

/** A request sent to a worker: how to answer it, and how many inputs it carries (to fail them all). */
interface Waiting {
  resolve: (r: Processed[]) => void;
  count: number;
}

export interface ExtractPool extends Processor {
  readonly size: number;
  close(): Promise<void>;
}

/**
 * How to start a worker: the compiled worker script when running built JavaScript; from source (through
 * tsx), a two-line bootstrap that registers tsx's loader in the new thread (loader hooks are per thread,
 * and execArgv's --import does not reach workers on Node 20) and then imports the TypeScript worker.
 */
function workerStart(): { script: string | URL; eval: boolean } {
  if (!import.meta.url.endsWith('.ts'))
    return { script: new URL('./extract-worker.js', import.meta.url), eval: false };
  const api = import.meta.resolve('tsx/esm/api');
  const worker = new URL('./extract-worker.ts', import.meta.url).href;
  return {
    script: `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(worker)}); });`,
    eval: true,
  };
}

/**
 * One worker per core but one: the calling thread stores (SQLite, merging, passages) while the workers
 * extract, and more threads than cores only slows everyone (measured: 2 workers on 2 cores ran slower
 * than no pool at all).
 */
export function defaultPoolSize(): number {
  return Math.max(1, availableParallelism() - 1);
}

/**
 * A pool of `size` workers (default: one per core). A batch is split evenly across them; the results
 * come back in input order. A worker that dies fails its part of the batch as errors (the caller
 * reports them as failed inputs) and is replaced for the next batch.
 */
export function createExtractPool(logger: Logger, size = defaultPoolSize()): ExtractPool {
  const start = workerStart();
  let nextId = 1;
  /** Per worker, the requests it has not answered yet. */
  const waiting = new Map<Worker, Map<number, Waiting>>();
  let closing = false;
  let answered = false;
  let broken = false;

  const spawn = (): Worker => {
    const w = new Worker(start.script, { eval: start.eval });
    const mine = new Map<number, Waiting>();
    waiting.set(w, mine);
    w.on('message', (m: ProcessResponse) => {
      answered = true;
      mine.get(m.id)?.resolve(m.results);
    });
    w.on('error', (err) => {
      logger.error('extraction worker failed', { error: err.message });
    });
    w.on('exit', () => {
      // Whatever this worker was doing will never answer: fail it, and start a replacement.
      for (const p of [...mine.values()])
        p.resolve(Array.from({ length: p.count }, () => ({ ok: false, error: 'extraction worker stopped' })));
      waiting.delete(w);
      // A worker that dies before ever answering cannot start here (e.g. no TypeScript loader):
      // the pool gives up and extracts in the calling thread instead of respawning forever.
      if (!answered) broken = true;
      const i = workers.indexOf(w);
      if (i >= 0 && !closing && !broken) workers[i] = spawn();
    });
    w.unref();
    return w;
  };
  const workers: Worker[] = Array.from({ length: Math.max(1, size) }, spawn);

  const send = (w: Worker, inputs: RawInput[]): Promise<Processed[]> =>
    new Promise((resolve) => {
      const id = nextId++;
      const mine = waiting.get(w);
      mine?.set(id, {
        resolve: (r: Processed[]) => {
          mine.delete(id);
          // An idle worker must not keep the process alive; a busy one must.
          if (mine.size === 0) w.unref();
          resolve(r);
        },
        count: inputs.length,
      });
      w.ref();
      w.postMessage({ id, inputs } satisfies ProcessRequest);
    });

  return {
    size: workers.length,
    async process(inputs) {
      if (inputs.length === 0) return [];
      if (broken) return inThisThread.process(inputs);
      const per = Math.ceil(inputs.length / workers.length);
      const parts = workers.map((w, i) => {
        const slice = inputs.slice(i * per, (i + 1) * per);
        return slice.length > 0 ? send(w, slice) : Promise.resolve([]);
      });
      const results = (await Promise.all(parts)).flat();
      // Inputs a worker failed to start on are extracted here rather than lost.
      if (broken && !answered) return inThisThread.process(inputs);
      return results;
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
