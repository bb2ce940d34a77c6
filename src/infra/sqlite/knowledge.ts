// The field's knowledge on the store's SQLite connection: the snapshot and its catalogues, replaced
// together in one immediate transaction, so a failed update leaves the previous ones whole. Rows read back
// are validated; the snapshot and each catalogue's parsed form are the core's text, checked by the core.
import type { KnowledgeSave, KnowledgeStore } from '../../core/knowledge/store.js';
import {
  CATALOGUE_COLUMNS,
  type CatalogueParams,
  catalogueParams,
  catalogueRow,
} from '../store/knowledge-rows.js';
import { readRow } from '../store/rows.js';
import { type Db, immediate } from './database.js';

function prepare(db: Db) {
  return {
    catalogues: db.prepare<[], unknown>(`SELECT ${CATALOGUE_COLUMNS} FROM knowledge_catalogues ORDER BY id`),
    data: db.prepare<[string], string>(`SELECT data FROM knowledge_catalogues WHERE id = ?`).pluck(),
    snapshot: db.prepare<[], string>(`SELECT body FROM knowledge_snapshot WHERE id = 1`).pluck(),
    clearCatalogues: db.prepare(`DELETE FROM knowledge_catalogues`),
    insertCatalogue: db.prepare<CatalogueParams>(
      `INSERT INTO knowledge_catalogues (id, scheme, title, publisher, version, date, url, licence, records,
         skipped, counts, etag, last_modified, loaded_at, data_format, data)
       VALUES (@id, @scheme, @title, @publisher, @version, @date, @url, @licence, @records, @skipped, @counts,
         @etag, @lastModified, @loadedAt, @dataFormat, @data)`,
    ),
    putSnapshot: db.prepare<[string, string]>(
      `INSERT INTO knowledge_snapshot (id, built_at, body) VALUES (1, ?, ?)
       ON CONFLICT (id) DO UPDATE SET built_at = excluded.built_at, body = excluded.body`,
    ),
  };
}

export function createKnowledgeStore(db: Db): KnowledgeStore {
  const q = prepare(db);
  const save = immediate(db, (s: KnowledgeSave) => {
    q.clearCatalogues.run();
    for (const { catalogue, data } of s.catalogues) q.insertCatalogue.run(catalogueParams(catalogue, data));
    q.putSnapshot.run(s.builtAt, s.snapshot);
  });
  return {
    knowledgeCatalogues: async () =>
      q.catalogues.all().map((row) => readRow(catalogueRow, 'knowledge_catalogues', row)),
    knowledgeSnapshot: async () => q.snapshot.get() ?? null,
    catalogueData: async (id) => q.data.get(id) ?? null,
    saveKnowledge: async (s) => save(s),
  };
}
