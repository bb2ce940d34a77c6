// Two countries' bodies that share a name and an acronym, in reports written for this test, stored in a
// real SQLite file: each keeps its own card and events; the shared name says that it names both.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLine } from '../../src/adapters/terminal/run-line.js';
import { createExecutor } from '../../src/app/executor.js';
import { openRuntime, type Runtime } from '../../src/app/runtime.js';
import type { Block, Reply } from '../../src/core/reply.js';
import { compileFollowQuery } from '../../src/core/sources/follow-query.js';
import { fixedClock } from '../../src/infra/clock.js';
import { memoryLogger } from '../../src/infra/logger.js';

let rt: Runtime;
const run = (line: string) => runLine(line, createExecutor(rt, []));
const timeline = (r: Reply) =>
  r.blocks
    .filter((b): b is Extract<Block, { type: 'timeline' }> => b.type === 'timeline')
    .flatMap((b) => b.rows.map((row) => row.text))
    .join('\n');

beforeAll(async () => {
  rt = await openRuntime({
    dataDir: mkdtempSync(join(tmpdir(), 'sitrep-names-')),
    seedsDir: join(import.meta.dirname, '..', 'fixtures', 'shared-names'),
    clock: fixedClock(new Date('2024-04-01T00:00:00Z')),
    logger: memoryLogger(),
  });
});
afterAll(() => rt.close());

describe('bodies of two countries sharing a name and an acronym', () => {
  it('are two entities, each with its own reports and events', async () => {
    const uk = await run('/who National Cyber Security Centre');
    expect(uk.title).toBe('National Cyber Security Centre');
    expect(timeline(uk)).toMatch(/routers/);
    expect(timeline(uk)).not.toMatch(/hospital/);
    const nz = await run('/who National Cyber Security Centre (New Zealand)');
    expect(nz.title).toBe('National Cyber Security Centre (New Zealand)');
    expect(timeline(nz)).toMatch(/hospital/);
    expect(timeline(nz)).not.toMatch(/routers/);
  });

  it('answer the shared acronym with one of them and say that it names the other too', async () => {
    const r = await run('/who NCSC');
    expect(r.status).toBe('ok');
    const other =
      r.title === 'National Cyber Security Centre'
        ? 'National Cyber Security Centre (New Zealand)'
        : 'National Cyber Security Centre';
    expect(r.blocks[0]).toMatchObject({
      type: 'text',
      text: expect.stringContaining(`Also called "NCSC": ${other}.`),
    });
  });

  it('answer a name only the reference table knows with the body it names', async () => {
    expect((await run('/who NCSC NZ')).title).toBe('National Cyber Security Centre (New Zealand)');
  });

  it('keep their events apart on /timeline too', async () => {
    const r = await run('/timeline "National Cyber Security Centre"');
    expect(timeline(r)).not.toMatch(/hospital/);
  });

  it('a follow of one of them never fires for the other, whichever name it was followed by', async () => {
    const docs = await rt.store.listDocuments();
    const matching = async (query: string) => {
      const follow = await compileFollowQuery(query, rt.corpus);
      const bodies: string[] = [];
      for (const d of docs)
        if (follow.matches(d, (await rt.store.extractionOf(d.id)).entities)) bodies.push(d.body);
      return bodies.join('\n');
    };
    for (const query of ['NCSC', 'entity:NCSC', 'National Cyber Security Centre']) {
      const uk = await matching(query);
      // Whichever body the shared acronym resolves to, the other's reports stay out.
      expect(/routers/.test(uk) !== /hospital/.test(uk), query).toBe(true);
    }
    expect(await matching('entity:"National Cyber Security Centre (New Zealand)"')).not.toMatch(/routers/);
  });
});
