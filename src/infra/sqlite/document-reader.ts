// Documents as stored: one by id, pages newest first, heads for citations (no body read), the rows
// extracted from one, and copies of the same text at other addresses (the documents sharing quotes are
// quote-reader.ts's).
import type { Extraction } from '../../core/model.js';
import type { DocumentHead, StoredDocument } from '../../core/ports.js';
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
import { type Db, IN_LIST } from './database.js';
import type { DocumentReader } from './synchronous.js';

function prepareDocumentQueries(db: Db) {
  return {
    getDocument: db.prepare<[string], unknown>(`SELECT ${DOC_COLUMNS} FROM documents WHERE id = ?`),
    documentHeads: db.prepare<[string], unknown>(
      `SELECT ${HEAD_COLUMNS} FROM documents WHERE id IN ${IN_LIST}`,
    ),
    listDocuments: db.prepare<{ since: string; limit: number; offset: number }, unknown>(
      `SELECT ${DOC_COLUMNS} FROM documents WHERE ingested_at >= @since
       ORDER BY published_start IS NULL, published_start DESC, ingested_at DESC, id LIMIT @limit OFFSET @offset`,
    ),
    documentCount: db.prepare<[], number>(`SELECT count(*) FROM documents`).pluck(),
    storedOrder: db
      .prepare<{ since: string; limit: number; offset: number }, string>(
        `SELECT id FROM documents WHERE ingested_at >= @since ORDER BY rowid LIMIT @limit OFFSET @offset`,
      )
      .pluck(),
    sameText: db
      .prepare<[string, string, number], string>(
        `SELECT other.id FROM documents own JOIN documents other ON other.body_hash = own.body_hash
       WHERE own.id IN ${IN_LIST} AND other.id NOT IN ${IN_LIST}
       GROUP BY other.id ORDER BY min(other.rowid) LIMIT ?`,
      )
      .pluck(),
    mentionsOf: db.prepare<[string], unknown>(
      `SELECT ${MENTION_COLUMNS} FROM mentions WHERE doc_id = ? ORDER BY id`,
    ),
    quotesOf: db.prepare<[string], unknown>(
      `SELECT ${QUOTE_COLUMNS} FROM quotes WHERE doc_id = ? ORDER BY id`,
    ),
    eventsOf: db.prepare<[string], unknown>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE doc_id = ? ORDER BY id`,
    ),
    assessmentsOf: db.prepare<[string], unknown>(
      `SELECT ${ASSESSMENT_COLUMNS} FROM assessments WHERE doc_id = ? ORDER BY id`,
    ),
  };
}

type DocumentQueries = ReturnType<typeof prepareDocumentQueries>;

const toDocument = (row: unknown): StoredDocument => readRow(documentRow, 'documents', row);

function extractionOf(q: DocumentQueries, docId: string): Extraction {
  return {
    entities: q.mentionsOf.all(docId).map((row) => ownRow(readRow(mentionRow, 'mentions', row))),
    quotes: q.quotesOf.all(docId).map((row) => ownRow(readRow(quoteRow, 'quotes', row))),
    events: q.eventsOf.all(docId).map((row) => ownRow(readRow(eventRow, 'events', row))),
    assessments: q.assessmentsOf.all(docId).map((row) => ownRow(readRow(assessmentRow, 'assessments', row))),
  };
}

/** Heads of these documents in the order asked (unknown ids left out), with one query. */
function documentHeads(q: DocumentQueries, ids: readonly string[]): DocumentHead[] {
  if (ids.length === 0) return [];
  const byId = new Map<string, DocumentHead>();
  for (const row of q.documentHeads.all(JSON.stringify(ids))) {
    const head = readRow(headRow, 'documents', row);
    byId.set(head.id, head);
  }
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export function createDocumentReader(db: Db): Omit<DocumentReader, 'documentsSharingQuotes'> {
  const q = prepareDocumentQueries(db);
  return {
    getDocument: (id) => readOptional(documentRow, 'documents', q.getDocument.get(id)),
    listDocuments: ({ limit = -1, offset = 0, ingestedSince = '' } = {}) =>
      q.listDocuments.all({ since: ingestedSince, limit, offset }).map(toDocument),
    documentCount: () => q.documentCount.get() ?? 0,
    documentIdsInStoredOrder: ({ offset, limit, ingestedSince = '' }) =>
      q.storedOrder.all({ since: ingestedSince, limit, offset }),
    documentHeads: (ids) => documentHeads(q, ids),
    extractionOf: (docId) => extractionOf(q, docId),
    documentsWithSameText(docIds, limit) {
      if (docIds.length === 0) return [];
      const ids = JSON.stringify(docIds);
      return q.sameText.all(ids, ids, limit);
    },
  };
}
