// A runtime over the bundled seeds in a temp data dir, its corpus exported as STIX into a string, and the
// bundle's objects by type: what the STIX tests share. Every bundle exported here is checked against the
// OASIS schemas and the integrity rules before a test sees it, so no test can pass on an invalid one.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRuntime, type Runtime } from '../../../src/app/runtime.js';
import { tableActors } from '../../../src/core/stix/actor-facts.js';
import { exportStix, type StixExportSummary } from '../../../src/core/stix/export.js';
import { type ExportScope, resolveScope } from '../../../src/core/stix/scope.js';
import { DEFAULT_TLP } from '../../../src/core/stix/tlp.js';
import { fixedClock } from '../../../src/infra/clock.js';
import { memoryLogger } from '../../../src/infra/logger.js';
import { loadStixValidator } from '../../support/stix-validator.js';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const SEEDS = join(ROOT, 'seeds');

export type Obj = Record<string, unknown> & { type: string; id: string };

export async function seedsRuntime(dataDir = mkdtempSync(join(tmpdir(), 'sitrep-stix-'))): Promise<Runtime> {
  return openRuntime({
    dataDir,
    seedsDir: SEEDS,
    clock: fixedClock(new Date('2026-12-01T10:00:00.000Z')),
    logger: memoryLogger(),
  });
}

export interface Exported {
  text: string;
  objects: Obj[];
  summary: StixExportSummary;
  of(type: string): Obj[];
  byId(id: string): Obj | undefined;
}

export async function exportOf(rt: Runtime, scope: ExportScope = {}): Promise<Exported> {
  const resolved = await resolveScope(rt.corpus, scope);
  if (!resolved.ok) throw new Error(`scope refused: ${JSON.stringify(resolved.error)}`);
  let text = '';
  const summary = await exportStix(
    resolved.value.ids,
    {
      reader: rt.store,
      tlpOf: async (id) => (await rt.store.documentTlp(id)) ?? DEFAULT_TLP,
      actors: tableActors,
    },
    {
      write: (t) => {
        text += t;
      },
    },
    'bundle--6f0e2d2e-8b0a-4c1e-9d43-3a5f1c2b7e90',
  );
  const bundle = JSON.parse(text) as { objects: Obj[] };
  const verdict = loadStixValidator()?.(bundle);
  if (verdict && !verdict.valid) throw new Error(`invalid STIX bundle:\n${verdict.errors.join('\n')}`);
  const objects = bundle.objects;
  return {
    text,
    objects,
    summary,
    of: (type) => objects.filter((o) => o.type === type),
    byId: (id) => objects.find((o) => o.id === id),
  };
}
