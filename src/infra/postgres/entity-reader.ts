// Entities across the corpus on PostgreSQL, read from the rows the merge keeps (one per name and kind,
// every name and alias under its nameKey in `entity_keys`), and the aliases each document gives them.
import type { EntityReader } from '../../core/ports.js';
import { aliasesRow, ENTITY_COLUMNS, entityRecord, nameInDocumentRow, readRow } from '../store/rows.js';
import { firstValue, type Pool, rowsOf } from './pool.js';

/** Every alias the documents outside `excluding` use for each of `names`, in the order SQLite groups them. */
async function aliasesElsewhere(pool: Pool, names: readonly string[], excluding: readonly string[]) {
  const out = new Map<string, string[]>();
  if (names.length === 0) return out;
  // Each distinct alias list once: most documents repeat the same few.
  const rows = await rowsOf(
    pool,
    `SELECT name, aliases, min(id) AS "rowId", min(doc_id) AS "docId" FROM mentions
     WHERE name = ANY($1::text[]) AND doc_id <> ALL($2::text[])
     GROUP BY name, aliases ORDER BY name, aliases COLLATE "C"`,
    [names, excluding],
  );
  for (const row of rows) {
    const { name, aliases } = readRow(aliasesRow, 'mentions', row);
    const known = out.get(name) ?? [];
    for (const a of aliases) if (!known.includes(a)) known.push(a);
    out.set(name, known);
  }
  return out;
}

export function createEntityReader(pool: Pool): EntityReader {
  const entities = async (text: string, values: unknown[]) =>
    (await rowsOf(pool, text, values)).map(entityRecord);
  return {
    latestEntityId: async () => (await firstValue<number | null>(pool, 'SELECT max(id) FROM entities')) ?? 0,
    entitiesByKey: (key) =>
      entities(
        `SELECT ${ENTITY_COLUMNS} FROM entity_keys k JOIN entities e ON e.id = k.entity WHERE k.key = $1 ORDER BY e.id`,
        [key],
      ),
    entitiesWithKeyPrefix: (prefix, limit) =>
      prefix === ''
        ? entities(`SELECT ${ENTITY_COLUMNS} FROM entities e ORDER BY e.docs DESC, e.name LIMIT $1`, [limit])
        : entities(
            `SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.id IN (
               SELECT entity FROM entity_keys WHERE key >= $1 AND key < $2 LIMIT 500)
             ORDER BY e.docs DESC, e.name LIMIT $3`,
            [prefix, `${prefix}\u{10ffff}`, limit],
          ),
    async entity(name, kind) {
      const [found] = await entities(
        `SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.name = $1 AND e.kind = $2`,
        [name, kind],
      );
      return found;
    },
    entitiesAfter: (afterId, limit = -1) =>
      entities(`SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.id > $1 ORDER BY e.id LIMIT $2`, [
        afterId,
        limit < 0 ? null : limit,
      ]),
    async documentsMentioning(name, limit) {
      // A document names an entity once per kind at most, so twice the rows cover the duplicates.
      const rows = await rowsOf(
        pool,
        `SELECT doc_id FROM mentions WHERE name = $1 ORDER BY id DESC LIMIT $2`,
        [name, limit * 2],
      );
      return [...new Set(rows.map((r) => (r as { doc_id: string }).doc_id))].slice(0, limit);
    },
    async namesInDocuments(docIds) {
      if (docIds.length === 0) return [];
      const rows = await rowsOf(
        pool,
        `SELECT DISTINCT doc_id AS "docId", name, kind FROM mentions WHERE doc_id = ANY($1::text[])`,
        [docIds],
      );
      return rows.map((row) => readRow(nameInDocumentRow, 'mentions', row));
    },
    aliasesElsewhere: (names, excluding) => aliasesElsewhere(pool, names, excluding),
  };
}
