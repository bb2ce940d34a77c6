// What `sitrep migrate` checks before writing anything: the target is empty, or holds only what an earlier
// run copied from this SQLite file (then the copy continues). A document the file does not hold, or a
// source, follow, delivery, audit entry or imported name whose id the file gives to another row, means the
// target is another corpus: merging two would renumber rows the outbox points at, so it is refused.
import { countOf } from '../../core/paging.js';
import { COPIED_TABLES } from '../../infra/store/copied-tables.js';
import type { MigrationSource, MigrationTarget } from './sides.js';

const PAGE = 1_000;
const EXAMPLES = 3;

const examples = (items: readonly (string | number)[], prefix = '') =>
  `${items
    .slice(0, EXAMPLES)
    .map((i) => `${prefix}${i}`)
    .join(', ')}${items.length > EXAMPLES ? ', …' : ''}`;

async function foreignDocuments(source: MigrationSource, target: MigrationTarget): Promise<string[]> {
  const foreign: string[] = [];
  const total = await target.store.documentCount();
  for (let offset = 0; offset < total; offset += PAGE) {
    const ids = await target.store.documentIdsInStoredOrder({ offset, limit: PAGE });
    const ours = source.tables.storedDocumentIds(ids);
    foreign.push(...ids.filter((id) => !ours.has(id)));
  }
  return foreign;
}

/** Lines saying what the target holds that is not the SQLite file's; empty when the copy may go ahead. */
export async function foreignRows(source: MigrationSource, target: MigrationTarget): Promise<string[]> {
  const found: string[] = [];
  const docs = await foreignDocuments(source, target);
  if (docs.length > 0)
    found.push(`${countOf(docs.length, 'document')} the SQLite corpus does not hold (${examples(docs)})`);
  for (const table of COPIED_TABLES) {
    if (!table.identity) continue;
    const theirs = await target.tables.identities(table);
    if (theirs.size === 0) continue;
    const ours = source.tables.identities(table);
    const other = [...theirs].filter(([id, identity]) => ours.get(id) !== identity).map(([id]) => id);
    if (other.length > 0)
      found.push(
        `${countOf(other.length, 'row')} of ${table.name} that are not the SQLite file's (${examples(other, '#')})`,
      );
  }
  return found;
}
