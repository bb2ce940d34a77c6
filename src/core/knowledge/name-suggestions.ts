// Typo-tolerant suggestions over every live catalogue name ("Wizzard Spider" → Wizard Spider, "plugz" →
// PlugX), for /who's "Did you mean" and autocomplete. The lexicon is built on first use: a process that
// never suggests a catalogue name never pays for it.
import { createNameLexicon, type NameLexicon } from '../lexicon.js';
import type { EntryId, KnowledgeKind } from './model.js';

export interface NameSuggester {
  /** Canonical names of the closest entries, best first; only entries of `kinds` when given. */
  suggest(typed: string, limit: number, kinds?: readonly KnowledgeKind[]): string[];
}

export function nameSuggester(
  names: () => Iterable<{ name: string; id: EntryId; kind: KnowledgeKind }>,
  canonical: (id: EntryId) => string | undefined,
): NameSuggester {
  let lexicon: NameLexicon | null = null;
  const kindOf = new Map<EntryId, KnowledgeKind>();
  const build = (): NameLexicon => {
    const built = createNameLexicon();
    for (const { name, id, kind } of names()) {
      kindOf.set(id, kind);
      built.add({ name: canonical(id) ?? name, alias: name, key: id });
    }
    return built;
  };
  return {
    suggest(typed, limit, kinds) {
      lexicon ??= build();
      const accept = kinds
        ? (id: string) => {
            const kind = kindOf.get(id);
            return kind !== undefined && kinds.includes(kind);
          }
        : undefined;
      return lexicon.suggest(typed, limit, accept);
    },
  };
}
