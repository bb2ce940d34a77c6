// How commands reach the field's knowledge: the stored snapshot, read once, when first wanted or when the
// app warms it after start-up, with the names STIX sources gave laid over it (overlay.ts). Reading the
// snapshot costs a few hundred milliseconds, so nothing pays for it before the first answer, and a process
// that never asks never reads it. The overlay is laid again whenever the imported names changed (another
// process may have imported a bundle), so new names answer without a restart.
import type { ImportedNames } from '../ports.js';
import { emptySnapshot, overlayImported } from './overlay.js';
import type { KnowledgeBase, KnowledgeSnapshot } from './snapshot.js';
import { knowledgeBase, readSnapshot } from './snapshot.js';
import type { KnowledgeStore } from './store.js';

export interface KnowledgeAccess {
  /**
   * The knowledge base, read on the first call and kept (laid over again when imported names changed);
   * null when no catalogue is loaded and no name imported. Rejects with SnapshotError, saying why, when the
   * stored snapshot cannot be read (and tries again on the next call).
   */
  load(): Promise<KnowledgeBase | null>;
  /** The knowledge base if it is read already, without waiting; null otherwise. */
  current(): KnowledgeBase | null;
}

export type ImportedNamesReader = Pick<ImportedNames, 'importedNames' | 'importedNamesVersion'>;

export function storedKnowledge(
  store: Pick<KnowledgeStore, 'knowledgeSnapshot'>,
  imported?: ImportedNamesReader,
): KnowledgeAccess {
  let snapshot: Promise<KnowledgeSnapshot | null> | null = null;
  let loaded: KnowledgeBase | null = null;
  /** The imported names' version `loaded` was laid with; undefined before the first load. */
  let laidWith: string | undefined;
  const read = async () => {
    const text = await store.knowledgeSnapshot();
    return text === null ? null : readSnapshot(text);
  };
  return {
    async load() {
      snapshot ??= read().catch((err: unknown) => {
        snapshot = null;
        throw err;
      });
      const base = await snapshot;
      const version = (await imported?.importedNamesVersion()) ?? '';
      if (version !== laidWith) {
        loaded = await layered(base, imported);
        laidWith = version;
      }
      return loaded;
    },
    current: () => loaded,
  };
}

async function layered(
  base: KnowledgeSnapshot | null,
  imported: ImportedNamesReader | undefined,
): Promise<KnowledgeBase | null> {
  const names = (await imported?.importedNames()) ?? [];
  if (names.length === 0) return base ? knowledgeBase(base) : null;
  return knowledgeBase(overlayImported(base ?? emptySnapshot(), names));
}
