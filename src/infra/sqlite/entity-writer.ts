// Entity rows kept up to date as each document is stored: one row per name and kind, with the aliases
// first seen (up to MAX_ALIASES), how many documents give each role, documents and authored counts, first
// and last seen; every name and alias indexed under its nameKey.
import type { Mention } from '../../core/model.js';
import { nameKey } from '../../core/text/normalise.js';
import { authoredBy, countMention } from '../store/merge-steps.js';
import { entityListsRow, readOptional } from '../store/rows.js';
import type { Db } from './database.js';

function prepareEntityWrites(db: Db) {
  return {
    entity: db.prepare<[string, string], unknown>(
      `SELECT id, aliases, roles FROM entities WHERE name = ? AND kind = ?`,
    ),
    insertEntity: db.prepare(
      `INSERT INTO entities (name, kind, aliases, roles, docs, authored, first_seen, last_seen)
       VALUES (@name, @kind, @aliases, @roles, 1, @authored, @published, @published)`,
    ),
    updateEntity: db.prepare(
      `UPDATE entities SET aliases = @aliases, roles = @roles, docs = docs + 1, authored = authored + @authored,
         first_seen = CASE WHEN first_seen IS NULL OR @published < first_seen THEN coalesce(@published, first_seen) ELSE first_seen END,
         last_seen = CASE WHEN last_seen IS NULL OR @published > last_seen THEN coalesce(@published, last_seen) ELSE last_seen END
       WHERE id = @id`,
    ),
    insertKey: db.prepare(`INSERT OR IGNORE INTO entity_keys (key, entity) VALUES (?, ?)`),
  };
}

type EntityWrites = ReturnType<typeof prepareEntityWrites>;

function addKeys(s: EntityWrites, entity: number, names: readonly string[]): void {
  for (const n of names) {
    const key = nameKey(n);
    if (key) s.insertKey.run(key, entity);
  }
}

/** Counts one mention into its entity's row, creating the row at the first mention. */
function noteMention(s: EntityWrites, published: string | null, m: Mention): void {
  const row = readOptional(entityListsRow, 'entities', s.entity.get(m.name, m.kind));
  const lists = row ?? { aliases: [], roles: {} };
  const fresh = countMention(lists, m);
  const values = {
    name: m.name,
    kind: m.kind,
    aliases: JSON.stringify(lists.aliases),
    roles: JSON.stringify(lists.roles),
    authored: authoredBy(m),
    published,
  };
  if (row) {
    s.updateEntity.run({ ...values, id: row.id });
    addKeys(s, row.id, fresh);
  } else {
    const id = Number(s.insertEntity.run(values).lastInsertRowid);
    addKeys(s, id, [m.name, ...m.aliases]);
  }
}

/** Counts one document's mentions into the entity rows; call once per document, in its transaction. */
export function createEntityWriter(db: Db): (published: string | null, mentions: readonly Mention[]) => void {
  const s = prepareEntityWrites(db);
  return (published, mentions) => {
    for (const m of mentions) noteMention(s, published, m);
  };
}
