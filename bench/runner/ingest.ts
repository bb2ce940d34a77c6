// Growing the benchmark's corpus through the app's own `runtime.ingest`, in chunks as a bulk import would
// hand them over (500+ inputs per call put cleaning and extraction on worker threads), keeping the
// running totals the results report and who the documents name (for queries that hit).
import type { Runtime } from '../../src/app/runtime.js';
import type { PendingInput } from '../../src/core/ingest.js';
import { generateDocument } from '../corpus.js';
import type { IngestResult } from './types.js';
import { mb, progress, round } from './util.js';

/** Everything ingested so far, over every size. Name keys come from the generator's fixed pools. */
export interface Tally {
  ingested: number;
  ingestMs: number;
  stage: { load: number; clean: number; extract: number; store: number };
  counts: { added: number; duplicates: number; failed: number };
  failures: string[];
  generateMs: number;
  generatedChars: number;
  /** How many documents quote each person, name each company, name each actor. */
  speakers: Map<string, number>;
  companies: Map<string, number>;
  actors: Map<string, number>;
}

export function createTally(): Tally {
  return {
    ingested: 0,
    ingestMs: 0,
    stage: { load: 0, clean: 0, extract: 0, store: 0 },
    counts: { added: 0, duplicates: 0, failed: 0 },
    failures: [],
    generateMs: 0,
    generatedChars: 0,
    speakers: new Map(),
    companies: new Map(),
    actors: new Map(),
  };
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/** Generates documents [from, to) as inputs, noting who they name; the time is the harness's own. */
function generateChunk(tally: Tally, from: number, to: number, seed: number): PendingInput[] {
  const tg = performance.now();
  const chunk: PendingInput[] = [];
  for (let i = from; i < to; i++) {
    const { input, meta } = generateDocument(i, seed);
    for (const s of meta.speakers) bump(tally.speakers, s);
    bump(tally.companies, meta.company);
    bump(tally.actors, meta.actor);
    tally.generatedChars += input.content.length;
    chunk.push({ origin: input.origin, load: () => input });
  }
  tally.generateMs += performance.now() - tg;
  return chunk;
}

/** Ingests one chunk, adds its summary to the tally, and returns the wall time it took. */
async function ingestChunk(
  rt: Runtime,
  tally: Tally,
  chunk: PendingInput[],
  sample: () => void,
): Promise<number> {
  const t0 = performance.now();
  const summary = await rt.ingest(chunk, (p) => {
    if (p.done % 640 === 0) sample();
  });
  const ms = performance.now() - t0;
  sample();
  tally.ingestMs += ms;
  for (const k of ['load', 'clean', 'extract', 'store'] as const) tally.stage[k] += summary.timings[k];
  tally.counts.added += summary.added.length;
  tally.counts.duplicates += summary.duplicates.length;
  tally.counts.failed += summary.failed.length;
  for (const f of summary.failed)
    if (tally.failures.length < 5) tally.failures.push(`${f.origin}: ${f.reason}`);
  return ms;
}

export interface Segment {
  from: number;
  ms: number;
}

/** Ingests documents [tally.ingested, size): the segment this size adds. */
export async function ingestUpTo(
  rt: Runtime,
  tally: Tally,
  size: number,
  opts: { seed: number; chunkSize: number; sample: () => void },
): Promise<Segment> {
  progress(`ingesting ${tally.ingested}…${size}`);
  const segment = { from: tally.ingested, ms: 0 };
  let lastReport = performance.now();
  for (let from = tally.ingested; from < size; from += opts.chunkSize) {
    const to = Math.min(size, from + opts.chunkSize);
    segment.ms += await ingestChunk(rt, tally, generateChunk(tally, from, to, opts.seed), opts.sample);
    if (performance.now() - lastReport > 30_000 || to === size) {
      lastReport = performance.now();
      progress(
        `  ${to} documents, ${round(((to - segment.from) / segment.ms) * 1000, 1)} docs/s this segment`,
      );
    }
  }
  tally.ingested = size;
  progress(
    `ingested ${size} in ${round(tally.ingestMs / 1000, 1)} s (${round((size / tally.ingestMs) * 1000, 1)} docs/s); failed ${tally.counts.failed}`,
  );
  return segment;
}

/** The ingest figures at `size`, over the whole corpus and over the segment just added. */
export function ingestResult(tally: Tally, size: number, segment: Segment, chunkSize: number): IngestResult {
  const perDoc = (ms: number) => round(ms / size, 3);
  const { ingestMs, stage } = tally;
  return {
    docsPerSec: round((size / ingestMs) * 1000, 1),
    seconds: round(ingestMs / 1000, 1),
    segment: {
      docs: size - segment.from,
      seconds: round(segment.ms / 1000, 1),
      docsPerSec: round(((size - segment.from) / segment.ms) * 1000, 1),
    },
    msPerDoc: {
      wall: perDoc(ingestMs),
      load: perDoc(stage.load),
      clean: perDoc(stage.clean),
      extract: perDoc(stage.extract),
      store: perDoc(stage.store),
    },
    chunkSize,
    ...tally.counts,
    failures: [...tally.failures],
    generateSeconds: round(tally.generateMs / 1000, 1),
    generatedMb: mb(tally.generatedChars),
  };
}
