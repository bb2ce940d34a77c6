// Which documents an export holds: every one, those naming an entity, those with passages matching some
// words, those stored since a time, or what several of these agree on. Documents come in the order they
// were stored, so a corpus rebuilt from the bundle merges its rows the same way; only ids are held.
import type { Corpus } from '../corpus.js';
import { ok, type Result, refused } from '../util/result.js';

export interface ExportScope {
  /** An entity's name, alias or a close spelling, as /who takes it. */
  entity?: string;
  /** Words every matching passage holds, as /search takes them. */
  query?: string;
  /** Stored at or after this time (ISO). */
  since?: string;
}

export type ScopeError =
  | { kind: 'unknown-entity'; name: string; suggestions: string[] }
  | { kind: 'no-match'; query: string };

export interface ResolvedScope {
  /** The entity a typed name was taken for when no name or alias is that name (a typo, a prefix). */
  closest: string | null;
  /** Document ids in stored order. */
  ids: AsyncIterable<string>;
}

const PAGE = 500;
/** Passages read for a query: enough for any question a person asks, bounded whatever the corpus. */
const MAX_PASSAGES = 50_000;

export async function resolveScope(
  corpus: Corpus,
  scope: ExportScope,
): Promise<Result<ResolvedScope, ScopeError>> {
  let allowed: Set<string> | null = null;
  let closest: string | null = null;
  if (scope.entity !== undefined) {
    const hit = await corpus.lookupEntity(scope.entity);
    if (!hit.found)
      return refused({ kind: 'unknown-entity', name: scope.entity, suggestions: hit.suggestions });
    if (hit.via !== null) closest = hit.found.name;
    allowed = new Set(
      await corpus.reader.documentsMentioning(hit.found.name, Math.max(hit.found.documents, 1)),
    );
  }
  if (scope.query !== undefined) {
    const matching = await documentsMatching(corpus, scope.query);
    if (matching.size === 0) return refused({ kind: 'no-match', query: scope.query });
    allowed = allowed ? new Set([...allowed].filter((id) => matching.has(id))) : matching;
  }
  return ok({ closest, ids: storedOrder(corpus, allowed, scope.since) });
}

/** Documents with a passage holding every word (typos corrected as /search corrects them). */
async function documentsMatching(corpus: Corpus, query: string): Promise<Set<string>> {
  const ids = new Set<string>();
  for (let offset = 0; offset < MAX_PASSAGES; offset += PAGE) {
    const page = await corpus.search(query, { offset, limit: PAGE });
    // Passages with only some of the words are /search's fallback, not a match.
    if (!page.every) break;
    for (const hit of page.hits) ids.add(hit.docId);
    if (page.hits.length < PAGE) break;
  }
  return ids;
}

async function* storedOrder(corpus: Corpus, allowed: Set<string> | null, since: string | undefined) {
  for (let offset = 0; ; offset += PAGE) {
    const page = await corpus.reader.documentIdsInStoredOrder({
      offset,
      limit: PAGE,
      ...(since !== undefined ? { ingestedSince: since } : {}),
    });
    for (const id of page) if (!allowed || allowed.has(id)) yield id;
    if (page.length < PAGE) return;
  }
}
