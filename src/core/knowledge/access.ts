// How commands reach the field's knowledge: the stored snapshot, read once, when first wanted or when the
// app warms it after start-up. Reading it costs a few hundred milliseconds, so nothing pays for it before
// the first answer, and a process that never asks never reads it.
import type { KnowledgeBase } from './snapshot.js';
import { loadSnapshot } from './snapshot.js';
import type { KnowledgeStore } from './store.js';

export interface KnowledgeAccess {
  /**
   * The knowledge base, read on the first call and kept; null when no catalogue is loaded. Rejects with
   * SnapshotError, saying why, when the stored snapshot cannot be read (and tries again on the next call).
   */
  load(): Promise<KnowledgeBase | null>;
  /** The knowledge base if it is read already, without waiting; null otherwise. */
  current(): KnowledgeBase | null;
}

export function storedKnowledge(store: Pick<KnowledgeStore, 'knowledgeSnapshot'>): KnowledgeAccess {
  let loaded: KnowledgeBase | null = null;
  let loading: Promise<KnowledgeBase | null> | null = null;
  const read = async () => {
    const text = await store.knowledgeSnapshot();
    loaded = text === null ? null : loadSnapshot(text);
    return loaded;
  };
  return {
    load() {
      loading ??= read().catch((err: unknown) => {
        loading = null;
        throw err;
      });
      return loading;
    },
    current: () => loaded,
  };
}
