// Entities across the corpus, read from the rows the merged writer keeps (one per name and kind, with
// every name and alias under its nameKey in `entity_keys`), and the aliases each document gives them.

import { aliasesRow, ENTITY_COLUMNS, entityRecord, nameInDocumentRow, readRow } from '../store/rows.js';
import { type Db, IN_LIST } from './database.js';
import type { EntityReader } from './synchronous.js';

function prepareEntityQueries(db: Db) {
  return {
    byKey: db.prepare<[string], unknown>(
      `SELECT ${ENTITY_COLUMNS} FROM entity_keys k JOIN entities e ON e.id = k.entity WHERE k.key = ? ORDER BY e.id`,
    ),
    byKeyPrefix: db.prepare<[string, string, number], unknown>(
      `SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.id IN (
         SELECT entity FROM entity_keys WHERE key >= ? AND key < ? LIMIT 500)
       ORDER BY e.docs DESC, e.name LIMIT ?`,
    ),
    top: db.prepare<[number], unknown>(
      `SELECT ${ENTITY_COLUMNS} FROM entities e ORDER BY e.docs DESC, e.name LIMIT ?`,
    ),
    entity: db.prepare<[string, string], unknown>(
      `SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.name = ? AND e.kind = ?`,
    ),
    after: db.prepare<[number, number], unknown>(
      `SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.id > ? ORDER BY e.id LIMIT ?`,
    ),
    namesIn: db.prepare<[string], unknown>(
      `SELECT DISTINCT doc_id AS "docId", name, kind FROM mentions WHERE doc_id IN ${IN_LIST}`,
    ),
    latestId: db.prepare<[], number | null>(`SELECT max(id) FROM entities`).pluck(),
    mentioning: db
      .prepare<[string, number], string>(
        `SELECT doc_id FROM mentions WHERE name = ? ORDER BY id DESC LIMIT ?`,
      )
      .pluck(),
    // Each distinct alias list once: most documents repeat the same few, so this returns a few rows
    // even for an entity in 100,000 documents.
    aliasesElsewhere: db.prepare<[string, string], unknown>(
      `SELECT name, aliases, min(id) AS rowId, min(doc_id) AS docId FROM mentions
       WHERE name IN ${IN_LIST} AND doc_id NOT IN ${IN_LIST}
       GROUP BY name, aliases`,
    ),
  };
}

type EntityQueries = ReturnType<typeof prepareEntityQueries>;

/** Every alias the documents outside `excluding` use for each of `names`, first met first. */
function aliasesElsewhere(q: EntityQueries, names: readonly string[], excluding: readonly string[]) {
  const out = new Map<string, string[]>();
  if (names.length === 0) return out;
  for (const row of q.aliasesElsewhere.all(JSON.stringify(names), JSON.stringify(excluding))) {
    const { name, aliases } = readRow(aliasesRow, 'mentions', row);
    const known = out.get(name) ?? [];
    for (const a of aliases) if (!known.includes(a)) known.push(a);
    out.set(name, known);
  }
  return out;
}

export function createEntityReader(db: Db): EntityReader {
  const q = prepareEntityQueries(db);
  return {
    latestEntityId: () => q.latestId.get() ?? 0,
    entitiesByKey: (key) => q.byKey.all(key).map(entityRecord),
    entitiesWithKeyPrefix: (prefix, limit) =>
      (prefix === '' ? q.top.all(limit) : q.byKeyPrefix.all(prefix, `${prefix}\u{10ffff}`, limit)).map(
        entityRecord,
      ),
    entity(name, kind) {
      const row = q.entity.get(name, kind);
      return row === undefined ? undefined : entityRecord(row);
    },
    entitiesAfter: (afterId, limit = -1) => q.after.all(afterId, limit).map(entityRecord),
    documentsMentioning(name, limit) {
      // A document names an entity once per kind at most, so twice the rows cover the duplicates.
      return [...new Set(q.mentioning.all(name, limit * 2))].slice(0, limit);
    },
    namesInDocuments: (docIds) =>
      docIds.length === 0
        ? []
        : q.namesIn.all(JSON.stringify(docIds)).map((row) => readRow(nameInDocumentRow, 'mentions', row)),
    aliasesElsewhere: (names, excluding) => aliasesElsewhere(q, names, excluding),
  };
}
