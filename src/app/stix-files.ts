// STIX bundles as files: the one way Sitrep writes a bundle to disk (streamed into a file beside the
// target and moved into place when complete, so a failed export never leaves half a bundle under the
// name asked for), for `sitrep export --format stix` and for /export in chat, which keeps its bundles in
// DATA_DIR/exports.
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import {
  createWriteStream,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  type WriteStream,
} from 'node:fs';
import { join } from 'node:path';
import { tableActors } from '../core/stix/actor-facts.js';
import type { BundleFiles } from '../core/stix/bundle-files.js';
import { exportStix, type StixExportSummary } from '../core/stix/export.js';
import { resolveScope } from '../core/stix/scope.js';
import { DEFAULT_TLP } from '../core/stix/tlp.js';
import { ok, refused } from '../core/util/result.js';
import type { Runtime } from './runtime.js';

/** Writes text to a file stream, waiting when it asks to. */
function streamOutput(stream: WriteStream) {
  return {
    async write(text: string) {
      if (!stream.write(text)) await once(stream, 'drain');
    },
  };
}

/** Exports these documents of the runtime's corpus to `out`, streamed; the file appears only when whole. */
export async function writeBundleFile(
  rt: Pick<Runtime, 'store'>,
  ids: AsyncIterable<string>,
  out: string,
): Promise<StixExportSummary> {
  const partial = `${out}.partial`;
  const stream = createWriteStream(partial);
  try {
    const summary = await exportStix(
      ids,
      {
        reader: rt.store,
        tlpOf: async (id) => (await rt.store.documentTlp(id)) ?? DEFAULT_TLP,
        actors: tableActors,
      },
      streamOutput(stream),
      `bundle--${randomUUID()}`,
    );
    stream.end();
    await once(stream, 'close');
    renameSync(partial, out);
    return summary;
  } catch (err) {
    stream.destroy();
    rmSync(partial, { force: true });
    throw err;
  }
}

/** "APT31" → "apt31", "living off the land" → "living-off-the-land": safe in any file system. */
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'all';

/** How many bundles /export keeps: enough for a team's recent asks, never a disk filled by a chat. */
export const EXPORTS_KEPT = 20;

/** Removes all but the newest `keep` bundles of the folder, `newest` among them (names start with their time). */
function prune(dir: string, newest: string, keep: number): void {
  const older = readdirSync(dir)
    .filter((f) => f.endsWith('.stix.json') && f !== newest)
    .sort()
    .reverse();
  for (const f of older.slice(Math.max(0, keep - 1))) rmSync(join(dir, f), { force: true });
}

/**
 * Bundles for /export, each a new file in DATA_DIR/exports named after what it holds and when it was made;
 * the newest `keep` stay (a chat platform has its copy once uploaded, the terminal its path).
 */
export function bundleFiles(
  rt: Pick<Runtime, 'store' | 'corpus' | 'clock'>,
  dataDir: string,
  keep = EXPORTS_KEPT,
): BundleFiles {
  const dir = join(dataDir, 'exports');
  let written = 0;
  return {
    async write(scope) {
      const resolved = await resolveScope(rt.corpus, scope);
      if (!resolved.ok) return refused(resolved.error);
      mkdirSync(dir, { recursive: true });
      // 2024-04-02T09:00:00.000Z → 20240402T090000Z
      const stamp = rt.clock
        .now()
        .toISOString()
        .replace(/[-:]|\.\d+/g, '');
      const name = `sitrep-${slug(scope.entity ?? scope.query ?? 'all')}-${stamp}.stix.json`;
      // On disk the time and a count lead, so names sort by age; two exports in one second get their own files.
      const file = `${stamp}-${String(written++).padStart(6, '0')}-${randomUUID().slice(0, 4)}-${name}`;
      const path = join(dir, file);
      const summary = await writeBundleFile(rt, resolved.value.ids, path);
      if (summary.documents === 0) {
        rmSync(path, { force: true });
        return refused({ kind: 'empty' });
      }
      prune(dir, file, keep);
      return ok({ path, name, bytes: statSync(path).size, closest: resolved.value.closest, summary });
    },
  };
}
