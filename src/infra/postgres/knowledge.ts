// The field's knowledge on PostgreSQL: the snapshot and its catalogues, replaced together in one
// transaction (a failed save leaves the previous ones whole), saves from several replicas taking turns
// under an advisory lock. Rows read back are validated; the snapshot and each catalogue's parsed form are
// the core's text, checked by the core.
import type { KnowledgeSave, KnowledgeStore } from '../../core/knowledge/store.js';
import { CATALOGUE_COLUMNS, catalogueParams, catalogueRow } from '../store/knowledge-rows.js';
import { readRow } from '../store/rows.js';
import { KNOWLEDGE_LOCK } from './locks.js';
import { type Client, firstValue, inTransaction, type Pool, rowsOf } from './pool.js';

const INSERT_CATALOGUE = `INSERT INTO knowledge_catalogues (id, scheme, title, publisher, version, date, url,
    licence, records, skipped, counts, etag, last_modified, loaded_at, data_format, data)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`;

async function save(client: Client, s: KnowledgeSave): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock($1, $2)', [...KNOWLEDGE_LOCK]);
  await client.query('DELETE FROM knowledge_catalogues');
  // One catalogue at a time: a parsed form runs to tens of megabytes.
  for (const { catalogue, data } of s.catalogues) {
    const p = catalogueParams(catalogue, data);
    await client.query(INSERT_CATALOGUE, [
      p.id,
      p.scheme,
      p.title,
      p.publisher,
      p.version,
      p.date,
      p.url,
      p.licence,
      p.records,
      p.skipped,
      p.counts,
      p.etag,
      p.lastModified,
      p.loadedAt,
      p.dataFormat,
      p.data,
    ]);
  }
  await client.query(
    `INSERT INTO knowledge_snapshot (id, built_at, body) VALUES (1, $1, $2)
     ON CONFLICT (id) DO UPDATE SET built_at = excluded.built_at, body = excluded.body`,
    [s.builtAt, s.snapshot],
  );
}

export function createKnowledgeStore(pool: Pool): KnowledgeStore {
  return {
    knowledgeCatalogues: async () =>
      (await rowsOf(pool, `SELECT ${CATALOGUE_COLUMNS} FROM knowledge_catalogues ORDER BY id`)).map((row) =>
        readRow(catalogueRow, 'knowledge_catalogues', row),
      ),
    knowledgeSnapshot: async () =>
      (await firstValue<string>(pool, 'SELECT body FROM knowledge_snapshot WHERE id = 1')) ?? null,
    catalogueData: async (id) =>
      (await firstValue<string>(pool, 'SELECT data FROM knowledge_catalogues WHERE id = $1', [id])) ?? null,
    saveKnowledge: (s) => inTransaction(pool, (client) => save(client, s)),
  };
}
