// Who the reports name alongside an entity: the actors, malware, tools, campaigns and CVEs that the
// documents mentioning it also mention, most shared documents first. Read from the latest documents
// only, so a card costs the same whatever the size of the corpus.
import type { Corpus } from '../../src/core/corpus.js';
import type { EntityKind } from '../../src/core/model.js';

/** Documents read for co-mentions: the latest ones, enough for a card. */
const DOCUMENTS = 50;
const SHOWN = 10;

const CYBER: ReadonlySet<EntityKind> = new Set([
  'threat_actor',
  'malware',
  'tool',
  'campaign',
  'vulnerability',
]);

/** "APT41 (3 reports)" for the cyber entities named in the same documents as `name`, most first. */
export function namedWith(corpus: Corpus, name: string): string[] {
  const counts = new Map<string, number>();
  for (const docId of corpus.reader.documentsMentioning(name, DOCUMENTS)) {
    const seen = new Set<string>();
    for (const m of corpus.reader.extractionOf(docId).entities) {
      if (!CYBER.has(m.kind) || m.name === name || seen.has(m.name)) continue;
      seen.add(m.name);
      counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
    }
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, SHOWN)
    .map(([n, c]) => `${n} (${c} report${c === 1 ? '' : 's'})`);
}
