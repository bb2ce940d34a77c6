// Between the reports and the catalogues: the knowledge base when one is loaded (an unreadable one is
// logged and answered without, as if none were), the catalogue entry behind an entity the reports name,
// the entity the reports have for a catalogue entry, and the answer to a name catalogues give to several.
import type { CommandContext } from '../../src/core/command.js';
import type { Corpus, EntityRef } from '../../src/core/corpus.js';
import { isKnowledgeKind, type KnowledgeEntry } from '../../src/core/knowledge/model.js';
import { namesOf } from '../../src/core/knowledge/names.js';
import type { KnowledgeBase } from '../../src/core/knowledge/snapshot.js';
import { type Field, type Reply, reply } from '../../src/core/reply.js';
import { nameKey } from '../../src/core/text/normalise.js';
import { KNOWLEDGE_KIND_LABEL, usersOf } from './catalogue-card.js';

/** The knowledge base, or null when none is loaded or it cannot be read (logged: the reports still answer). */
export async function knowledgeOf(
  ctx: Pick<CommandContext, 'knowledge' | 'logger'>,
): Promise<KnowledgeBase | null> {
  try {
    return (await ctx.knowledge?.load()) ?? null;
  } catch (err) {
    ctx.logger.warn('the stored knowledge cannot be read', { error: String(err) });
    return null;
  }
}

/** The catalogue entry of the entity's kind that one of its names (the typed one first) leads to. */
export function entryOfEntity(e: EntityRef, kb: KnowledgeBase, typed: string): KnowledgeEntry | null {
  if (!isKnowledgeKind(e.kind)) return null;
  for (const name of [typed, e.name, ...e.aliases]) {
    const r = kb.resolve(name, { kinds: [e.kind] });
    if (r.status === 'found') return r.entry;
  }
  return null;
}

/** The entity the reports have for a catalogue entry, under any of its names: the most documented. */
export async function entityOfEntry(entry: KnowledgeEntry, corpus: Corpus): Promise<EntityRef | null> {
  let best: EntityRef | null = null;
  for (const name of namesOf(entry)) {
    for (const e of await corpus.reader.entitiesByKey(nameKey(name))) {
      if (e.kind === entry.kind && (!best || e.documents > best.documents)) best = e;
    }
  }
  return best;
}

/** What the user types to get one candidate: its ATT&CK or CVE id when it has one, else its id. */
export function askFor(entry: KnowledgeEntry): string {
  return entry.externalIds[0]?.id ?? entry.id;
}

/** A name catalogues give to several different things: each candidate, who calls it so, how to ask. */
export function whichOne(typed: string, candidates: readonly KnowledgeEntry[], kb: KnowledgeBase): Reply {
  const key = nameKey(typed);
  const fields: Field[] = candidates.map((c) => {
    const alias = c.aliases.find((a) => nameKey(a.name) === key);
    const parts = [
      KNOWLEDGE_KIND_LABEL[c.kind],
      alias ? `“${alias.name}”: ${usersOf(alias, kb)}` : null,
      `/who ${askFor(c)}`,
    ];
    return { label: c.name, value: parts.filter(Boolean).join(' · ') };
  });
  return reply(`Which one? "${typed}"`, [
    { type: 'heading', text: `Which one? "${typed}"` },
    {
      type: 'text',
      text: `The catalogues give "${typed}" to ${candidates.length} different things; Sitrep does not guess which one you mean.`,
    },
    { type: 'fields', fields },
  ]);
}
