// What a PostgreSQL writer remembers of recent clusters between its batches, as SQLite's merged writer does
// (ADR 7's amendment): the candidates of each key (a date, a speaker, a phrase and actor) a batch read or
// started, so the next batch reads only the keys it has not seen. Reading every key's candidates again was
// a third of the time a batch spent in the database at 50,000 documents (300 ms a batch of ~200).
//
// The memory is right only while no other writer changed the clusters: every write transaction bumps a
// counter (`meta` row `writes`) under the writer lock, and a writer whose last commit is not the one just
// before its own forgets everything. A batch that failed forgets too: planning changed the lists in place.
import type { AssessmentCandidate, EventCandidate, QuoteCandidate } from '../store/merge-steps.js';
import { dropLeastRecent } from '../store/recent-clusters.js';
import type { ClusterFacts } from './cluster-plan.js';
import type { Sql } from './pool.js';

type Kind = keyof ClusterFacts;
type Lists = { [K in Kind]: Map<string, ClusterFacts[K] extends Map<string, infer L> ? L : never> };

/** Bumps the write counter in the current transaction; returns its new value. */
async function bumpWrites(sql: Sql): Promise<bigint> {
  const { rows } = await sql.query(
    `INSERT INTO meta (key, value) VALUES ('writes', '1')
     ON CONFLICT (key) DO UPDATE SET value = (meta.value::bigint + 1)::text RETURNING value`,
  );
  return BigInt((rows[0] as { value: string }).value);
}

export class ClusterMemory {
  private lists: Lists = ClusterMemory.empty();
  /** The counter this writer's last commit left; null when the memory holds nothing to trust. */
  private committed: bigint | null = null;

  private static empty(): Lists {
    return {
      events: new Map<string, EventCandidate[]>(),
      quotes: new Map<string, QuoteCandidate[]>(),
      assessments: new Map<string, AssessmentCandidate[]>(),
    };
  }

  /**
   * Starts a write: bumps the counter (call under the writer lock) and forgets everything when another
   * writer committed since this one did. Returns the counter to hand to `kept` after the commit.
   */
  async begin(sql: Sql): Promise<bigint> {
    const writes = await bumpWrites(sql);
    if (this.committed === null || writes !== this.committed + 1n) this.forget();
    return writes;
  }

  /** The remembered lists of `keys` (the very objects: planning changes them in place), and the keys to read. */
  recall<K extends Kind>(kind: K, keys: readonly string[]): { held: Lists[K]; missing: string[] } {
    const memory = this.lists[kind];
    const held = new Map() as Lists[K];
    const missing: string[] = [];
    for (const key of keys) {
      const list = memory.get(key);
      if (list) held.set(key, list as never);
      else missing.push(key);
    }
    return { held, missing };
  }

  /**
   * A batch committed with counter `writes`: its lists (changed by planning, started clusters carrying
   * their stored ids) are remembered, the most recently used last; the least recently used keys go once
   * more than MAX_CACHED clusters of a kind are held.
   */
  kept(writes: bigint, facts: ClusterFacts): void {
    for (const kind of ['events', 'quotes', 'assessments'] as const) {
      const memory = this.lists[kind] as Map<string, unknown[]>;
      for (const [key, list] of facts[kind] as Map<string, unknown[]>) {
        memory.delete(key);
        memory.set(key, list);
      }
      let held = 0;
      for (const list of memory.values()) held += list.length;
      dropLeastRecent(memory, held);
    }
    this.committed = writes;
  }

  forget(): void {
    this.lists = ClusterMemory.empty();
    this.committed = null;
  }
}
