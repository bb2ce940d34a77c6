// Documents as stored on PostgreSQL: one by id, pages newest first, heads for citations (no body read),
// the rows extracted from one, and copies of the same text at other addresses. Lists are bound as arrays.
import type { Extraction } from '../../core/model.js';
import type { DocumentReader } from '../../core/ports.js';
import {
  ASSESSMENT_COLUMNS,
  assessmentRow,
  DOC_COLUMNS,
  documentRow,
  EVENT_COLUMNS,
  eventRow,
  HEAD_COLUMNS,
  headRow,
  MENTION_COLUMNS,
  mentionRow,
  ownRow,
  QUOTE_COLUMNS,
  quoteRow,
  readOptional,
  readRow,
} from '../store/rows.js';
import { firstValue, type Pool, rowsOf } from './pool.js';

/** The document reads but the documents sharing quotes (quote-reader.ts's). */
type DocumentReads = Omit<DocumentReader, 'documentsSharingQuotes'>;

async function extractionOf(pool: Pool, docId: string): Promise<Extraction> {
  const of = (columns: string, table: string) =>
    rowsOf(pool, `SELECT ${columns} FROM ${table} WHERE doc_id = $1 ORDER BY id`, [docId]);
  const [mentions, quotes, events, assessments] = await Promise.all([
    of(MENTION_COLUMNS, 'mentions'),
    of(QUOTE_COLUMNS, 'quotes'),
    of(EVENT_COLUMNS, 'events'),
    of(ASSESSMENT_COLUMNS, 'assessments'),
  ]);
  return {
    entities: mentions.map((row) => ownRow(readRow(mentionRow, 'mentions', row))),
    quotes: quotes.map((row) => ownRow(readRow(quoteRow, 'quotes', row))),
    events: events.map((row) => ownRow(readRow(eventRow, 'events', row))),
    assessments: assessments.map((row) => ownRow(readRow(assessmentRow, 'assessments', row))),
  };
}

export function createDocumentReader(pool: Pool): DocumentReads {
  return {
    async getDocument(id) {
      const [row] = await rowsOf(pool, `SELECT ${DOC_COLUMNS} FROM documents WHERE id = $1`, [id]);
      return readOptional(documentRow, 'documents', row);
    },
    async listDocuments({ limit, offset = 0, ingestedSince = '' } = {}) {
      const rows = await rowsOf(
        pool,
        `SELECT ${DOC_COLUMNS} FROM documents WHERE ingested_at >= $1
         ORDER BY published_start IS NULL, published_start DESC, ingested_at DESC, id LIMIT $2 OFFSET $3`,
        // A negative limit is no limit, as in SQLite.
        [ingestedSince, limit === undefined || limit < 0 ? null : limit, offset],
      );
      return rows.map((row) => readRow(documentRow, 'documents', row));
    },
    documentCount: async () => (await firstValue<number>(pool, 'SELECT count(*) FROM documents')) ?? 0,
    async documentIdsInStoredOrder({ offset, limit, ingestedSince = '' }) {
      const rows = await rowsOf(
        pool,
        'SELECT id FROM documents WHERE ingested_at >= $1 ORDER BY seq LIMIT $2 OFFSET $3',
        [ingestedSince, limit, offset],
      );
      return rows.map((r) => (r as { id: string }).id);
    },
    async documentHeads(ids) {
      if (ids.length === 0) return [];
      const rows = await rowsOf(pool, `SELECT ${HEAD_COLUMNS} FROM documents WHERE id = ANY($1::text[])`, [
        ids,
      ]);
      const byId = new Map(rows.map((row) => readRow(headRow, 'documents', row)).map((h) => [h.id, h]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
    extractionOf: (docId) => extractionOf(pool, docId),
    async documentsWithSameText(docIds, limit) {
      if (docIds.length === 0) return [];
      const rows = await rowsOf(
        pool,
        `SELECT other.id FROM documents own JOIN documents other ON other.body_hash = own.body_hash
         WHERE own.id = ANY($1::text[]) AND other.id <> ALL($1::text[])
         GROUP BY other.id ORDER BY min(other.seq) LIMIT $2`,
        [docIds, limit],
      );
      return rows.map((r) => (r as { id: string }).id);
    },
  };
}
