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
export async function namedWith(corpus: Corpus, name: string): Promise<string[]> {
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  // One query for the names of every document read; each counted once per document whatever its kinds.
  const docs = await corpus.reader.documentsMentioning(name, DOCUMENTS);
  for (const m of await corpus.reader.namesInDocuments(docs)) {
    const key = `${m.docId}\u0000${m.name}`;
    if (!CYBER.has(m.kind) || m.name === name || seen.has(key)) continue;
    seen.add(key);
    counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, SHOWN)
    .map(([n, c]) => `${n} (${c} report${c === 1 ? '' : 's'})`);
}
