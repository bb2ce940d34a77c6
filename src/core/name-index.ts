// Every entity name and alias in a typo-tolerant lexicon, for forgiving name lookup (corpus.ts): filled
// from the corpus incrementally, in the background or at the first lookup that needs it.
import { createNameLexicon, type NameLexicon } from './lexicon.js';
import type { EntityReader, EntityRecord } from './ports.js';
import { createLimiter } from './util/limit.js';

/** Entities added to the name lexicon per step while warming. */
const NAMES_PAGE = 2_000;

/**
 * Every name and alias in a typo-tolerant lexicon (MiniSearch's radix tree), filled incrementally: read
 * in the background by `warm`, or all at once by the first lookup that needs it.
 */
export interface NameIndex {
  /** The lexicon with every entity stored so far, or (while warming) those read so far. */
  names(): Promise<NameLexicon>;
  /** The entity a lexicon key stands for. */
  entity(key: string): EntityRecord | undefined;
  /** Name-lexicon keys whose entity passes `allowed`. */
  accept(allowed: (e: EntityRecord) => boolean): (key: string) => boolean;
  warm(): Promise<void>;
}

export function createNameIndex(reader: EntityReader): NameIndex {
  const names = createNameLexicon();
  const byKey = new Map<string, EntityRecord>();
  let namesUpTo = 0;
  let warming = false;
  /** Reads take turns, so two lookups at once never add the same entities twice. */
  const oneRead = createLimiter(1);
  /** Adds the next `limit` entities stored since the last call (all when -1); false when none was left. */
  const readNames = (limit: number): Promise<boolean> => oneRead(() => readPage(limit));
  const readPage = async (limit: number): Promise<boolean> => {
    const page = await reader.entitiesAfter(namesUpTo, limit);
    for (const e of page) {
      namesUpTo = e.id;
      const key = `${e.kind}:${e.name}`;
      byKey.set(key, e);
      names.add({ name: e.name, key });
      for (const alias of e.aliases) names.add({ name: e.name, alias, key });
    }
    return page.length > 0 && (limit < 0 || page.length === limit);
  };
  return {
    async names() {
      // While `warm` fills it in the background, a lookup takes the names read so far (as
      // PassageSearch.warmSearch does with words).
      if (!warming) await readNames(-1);
      return names;
    },
    entity: (key) => byKey.get(key),
    accept: (allowed) => (k) => {
      const e = byKey.get(k);
      return e !== undefined && allowed(e);
    },
    async warm() {
      warming = true;
      try {
        while (await readNames(NAMES_PAGE)) await new Promise((resolve) => setImmediate(resolve));
      } finally {
        warming = false;
      }
    },
  };
}
