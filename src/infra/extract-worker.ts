// Worker thread of the extraction pool (extract-pool.ts): cleans and extracts the inputs it is sent.
// Pure CPU work on plain data; the store stays on the main thread.
import { parentPort } from 'node:worker_threads';
import { loadParsers } from '../core/documents/libraries.js';
import { processTimed } from '../core/ingest.js';
import type { ProcessRequest, ProcessResponse } from './extract-pool.js';

const port = parentPort;
if (!port) throw new Error('extract-worker.ts runs only as a worker thread');

// Before the first message is handled: messages wait in the port's queue meanwhile.
await loadParsers();

port.on('message', (request: ProcessRequest) => {
  const results = request.inputs.map(processTimed);
  port.postMessage({ id: request.id, results } satisfies ProcessResponse);
});
