// Every example in the command registry (what /help shows a new user) answered on the bundled reports, in
// registry order, through the executor every adapter uses: none may answer with an error or with nothing.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { runLine } from '../../src/adapters/terminal/run-line.js';
import { createExecutor, type Executor } from '../../src/app/executor.js';
import { openRuntime, type Runtime } from '../../src/app/runtime.js';
import { bundleFiles } from '../../src/app/stix-files.js';
import type { Block, Reply } from '../../src/core/reply.js';
import { createSourcesService } from '../../src/core/sources/service.js';
import { fixedClock } from '../../src/infra/clock.js';
import { cronSchedules } from '../../src/infra/cron.js';
import { createFetcher } from '../../src/infra/fetcher.js';
import { memoryLogger } from '../../src/infra/logger.js';
import { processRun } from '../../src/infra/process-run.js';
import {
  ADMINS,
  recordingOutbound,
  rss,
  STORY,
  startServer,
  type TestServer,
  xml,
} from '../sources/helpers.js';

let server: TestServer;
let rt: Runtime;
let executor: Executor;
const fetcher = { current: null as ReturnType<typeof createFetcher> | null };

beforeAll(async () => {
  server = await startServer();
  const clock = fixedClock(new Date('2024-04-01T00:00:00Z'));
  const logger = memoryLogger();
  const dataDir = mkdtempSync(join(tmpdir(), 'sitrep-examples-'));
  rt = await openRuntime({
    dataDir,
    seedsDir: join(import.meta.dirname, '..', '..', 'seeds'),
    clock,
    logger,
  });
  fetcher.current = createFetcher({ allowHosts: [server.host], timeoutMs: 1500 });
  const service = createSourcesService({
    corpus: rt.corpus,
    sources: rt.sourceStore,
    ingest: (inputs) => rt.ingest(inputs),
    fetcher: fetcher.current,
    schedules: cronSchedules('UTC'),
    clock,
    logger,
    runs: processRun(Math.round(performance.timeOrigin)),
    outbound: recordingOutbound(),
    adminChannel: ADMINS,
  });
  executor = createExecutor(rt, [], service, bundleFiles(rt, dataDir));
});
afterAll(async () => {
  await rt.close();
  await fetcher.current?.close();
  await server.close();
});

/** A block that tells the user something: not a heading, a footnote or a "more" line alone. */
function says(b: Block): boolean {
  switch (b.type) {
    case 'text':
      return b.text.trim() !== '';
    case 'fields':
      return b.fields.length > 0;
    case 'quote':
      return b.text.trim() !== '';
    case 'timeline':
    case 'assessments':
    case 'passages':
    case 'sources':
      return b.rows.length > 0;
    case 'heading':
    case 'context':
    case 'more':
      return false;
  }
}

const verdict = (example: string, r: Reply) =>
  r.status !== 'ok'
    ? `${example} → ${r.status}: ${r.title}`
    : r.blocks.some(says)
      ? null
      : `${example} → an answer with nothing in it`;

describe('the examples /help shows', () => {
  it('each answer with something, never an error, on the bundled reports', async () => {
    // Tests never reach the internet: a web address in an example is served by the local server, at the
    // same path, with a feed.
    const local = (example: string) =>
      example.replace(/https?:\/\/[^\s/]+(\/\S*)?/g, (_, path: string | undefined) => {
        const at = path ?? '/';
        server.routes.set(at, () => xml(rss('Example News', [STORY.review, STORY.apt40])));
        return server.url(at);
      });
    const examples = COMMANDS.flatMap((c) => c.examples ?? []);
    expect(examples.length).toBeGreaterThan(COMMANDS.length);
    const failed: string[] = [];
    for (const example of examples) {
      const r = await runLine(local(example), executor);
      const wrong = verdict(example, r);
      if (wrong) failed.push(wrong);
    }
    expect(failed).toEqual([]);
  });
});
