// A runtime over reports written for a test, with the knowledge built from ../shared/catalogues (never
// copied into the repo), as `sitrep knowledge import` would load it, for /who and extraction tests.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLine } from '../../src/adapters/terminal/run-line.js';
import { createExecutor } from '../../src/app/executor.js';
import { openRuntime, type Runtime } from '../../src/app/runtime.js';
import type { KnowledgeAccess } from '../../src/core/knowledge/access.js';
import { buildSnapshot, type KnowledgeBase, knowledgeBase } from '../../src/core/knowledge/snapshot.js';
import type { Block, Reply } from '../../src/core/reply.js';
import { fixedClock } from '../../src/infra/clock.js';
import { memoryLogger } from '../../src/infra/logger.js';
import { parseAll } from '../core/knowledge/catalogues.js';

export { present } from '../core/knowledge/catalogues.js';

/** Every catalogue of ../shared/catalogues, joined into one knowledge base. */
export async function catalogueKnowledge(): Promise<KnowledgeBase> {
  return knowledgeBase(buildSnapshot(await parseAll(), { builtAt: '2025-12-01T00:00:00.000Z' }));
}

export function accessTo(kb: KnowledgeBase): KnowledgeAccess {
  return { load: async () => kb, current: () => kb };
}

/** A runtime whose corpus is these reports (file name → text), extracted with the knowledge given. */
export async function runtimeWith(reports: Record<string, string>, kb: KnowledgeBase): Promise<Runtime> {
  const seeds = mkdtempSync(join(tmpdir(), 'sitrep-reports-'));
  for (const [file, text] of Object.entries(reports)) writeFileSync(join(seeds, file), text);
  return openRuntime({
    dataDir: mkdtempSync(join(tmpdir(), 'sitrep-know-')),
    seedsDir: Object.keys(reports).length > 0 ? seeds : null,
    clock: fixedClock(new Date('2024-04-01T00:00:00Z')),
    logger: memoryLogger(),
    knowledge: accessTo(kb),
  });
}

export const ask = (rt: Runtime, line: string): Promise<Reply> => runLine(line, createExecutor(rt, []));

export const blocks = <T extends Block['type']>(r: Reply, type: T) =>
  r.blocks.filter((b): b is Extract<Block, { type: T }> => b.type === type);

export const field = (r: Reply, label: string): string | undefined =>
  blocks(r, 'fields')
    .flatMap((b) => b.fields)
    .find((f) => f.label === label)?.value;
