// The merge writer's memory of recent clusters, so that most rows stored are compared with their
// candidates without reading or parsing anything (ADR 7's amendment: re-reading them was 30% of the store
// step).

/** How many recent clusters with the same key a new row is compared with. */
export const CANDIDATES = 32;
/** Recent clusters a writer keeps in memory, per kind (~1 KB each). */
const MAX_CACHED = 50_000;

/**
 * The CANDIDATES most recent clusters of each key (a date, a speaker, a phrase and actor), newest first,
 * with their merge words counted: what a new row is compared with, kept between documents. Holds at most
 * MAX_CACHED clusters (the keys used least recently are dropped first) and is only right while this
 * connection is the sole writer and no write was rolled back: the store calls `clear` when either may
 * have happened.
 */
export class RecentClusters<T extends { id: number }> {
  private readonly byKey = new Map<string, T[]>();
  private held = 0;
  constructor(private readonly read: (key: string) => T[]) {}

  of(key: string): T[] {
    const cached = this.byKey.get(key);
    // Re-inserting moves the key to the end of the Map's order: the front holds the least recently used.
    if (cached) this.byKey.delete(key);
    const list = cached ?? this.read(key);
    this.byKey.set(key, list);
    if (!cached) this.held += list.length;
    this.held = dropLeastRecent(this.byKey, this.held, key);
    return list;
  }

  /** A cluster just inserted under `key`; call after `of(key)`, which loaded the key's list. */
  started(key: string, cluster: T): void {
    const list = this.byKey.get(key);
    if (!list) return;
    list.unshift(cluster);
    if (list.length > CANDIDATES) list.pop();
    else this.held++;
  }

  clear(): void {
    this.byKey.clear();
    this.held = 0;
  }
}

/**
 * Drops the keys used least recently (the front of the map's order) while more than MAX_CACHED clusters
 * are held, never `keep`; returns how many are held after.
 */
export function dropLeastRecent(byKey: Map<string, readonly unknown[]>, held: number, keep?: string): number {
  let left = held;
  for (const [oldest, dropped] of byKey) {
    if (left <= MAX_CACHED || oldest === keep) break;
    byKey.delete(oldest);
    left -= dropped.length;
  }
  return left;
}
