// Storing documents: each document's row, its extracted rows, its passages and its share of the merged rows,
// written together so that a document is stored whole or not at all.
import { textHash } from '../../core/documents/identity.js';
import type { Document, Extraction } from '../../core/model.js';
import type { AddResult, BatchResult } from '../../core/ports.js';
import { dateBounds } from '../store/dates.js';
import { type CheckedInput, checkedItems, failedResult } from '../store/document-input.js';
import type { Db } from './database.js';
import { createMergedWriter, type MergedWriter } from './merged-writer.js';
import { createPassageWriter, type PassageWriter } from './passage-writer.js';
import type { DocumentWriter } from './synchronous.js';
import { createWriteTransaction, type WriteTransaction } from './write-transaction.js';

function prepareDocumentWrites(db: Db) {
  return {
    findDuplicate: db.prepare<[string, string | null], { id: string }>(
      `SELECT id FROM documents WHERE id = ? OR url = ? LIMIT 1`,
    ),
    findSameText: db.prepare<[string], { id: string }>(
      `SELECT id FROM documents WHERE body_hash = ? ORDER BY rowid LIMIT 1`,
    ),
    insertDocument: db.prepare(
      `INSERT INTO documents (id, url, title, publisher, author, published, published_start, origin, body, body_hash, ingested_at)
       VALUES (@id, @url, @title, @publisher, @author, @published, @publishedStart, @origin, @body, @bodyHash, @ingestedAt)`,
    ),
    insertMention: db.prepare(
      `INSERT INTO mentions (doc_id, name, kind, aliases, roles) VALUES (@docId, @name, @kind, @aliases, @roles)`,
    ),
    insertQuote: db.prepare(
      `INSERT INTO quotes (doc_id, speaker, speaker_kind, role, text, paragraph, cluster)
       VALUES (@docId, @speaker, @speakerKind, @role, @text, @paragraph, @cluster)`,
    ),
    insertEvent: db.prepare(
      `INSERT INTO events (doc_id, date, date_start, date_end, text, date_phrase, actors, paragraph, cluster)
       VALUES (@docId, @date, @dateStart, @dateEnd, @text, @datePhrase, @actors, @paragraph, @cluster)`,
    ),
    insertAssessment: db.prepare(
      `INSERT INTO assessments (doc_id, phrase, band, text, actor, paragraph, cluster)
       VALUES (@docId, @phrase, @band, @text, @actor, @paragraph, @cluster)`,
    ),
  };
}

interface Writes {
  stmt: ReturnType<typeof prepareDocumentWrites>;
  merged: MergedWriter;
  passages: PassageWriter;
}

/** The stored document this one repeats: same id, same URL, or, without an address, the same text anywhere. */
function findDuplicate(w: Writes, doc: Pick<Document, 'id' | 'url' | 'body'>, bodyHash = textHash(doc.body)) {
  const same = w.stmt.findDuplicate.get(doc.id, doc.url);
  if (same || doc.url !== null || doc.id !== bodyHash) return same;
  return w.stmt.findSameText.get(bodyHash);
}

/** One document's extracted rows, each joined to its merged cluster as it is written. */
function insertExtraction(w: Writes, doc: Document, extraction: Extraction): void {
  const { stmt, merged } = w;
  const docId = doc.id;
  merged.noteMentions(docId, doc.published, extraction.entities);
  for (const m of extraction.entities) {
    const { name, kind } = m;
    stmt.insertMention.run({
      docId,
      name,
      kind,
      aliases: JSON.stringify(m.aliases),
      roles: JSON.stringify(m.roles),
    });
  }
  for (const q of extraction.quotes) {
    const { speaker, speakerKind, role, text, paragraph } = q;
    const cluster = merged.quoteCluster(docId, q);
    stmt.insertQuote.run({ docId, speaker, speakerKind, role, text, paragraph, cluster });
  }
  for (const e of extraction.events) {
    const bounds = dateBounds(e.date);
    if (!bounds) throw new Error(`event date "${e.date}" is not an ISO 8601 date`); // checked before
    const [dateStart, dateEnd] = [bounds.start, bounds.end];
    const cluster = merged.eventCluster(docId, { ...e, dateStart, dateEnd });
    const { date, text, datePhrase, paragraph } = e;
    const actors = JSON.stringify(e.actors);
    stmt.insertEvent.run({ docId, date, dateStart, dateEnd, text, datePhrase, actors, paragraph, cluster });
  }
  for (const a of extraction.assessments) {
    const { phrase, band, text, actor, paragraph } = a;
    const cluster = merged.assessmentCluster(docId, a);
    stmt.insertAssessment.run({ docId, phrase, band, text, actor, paragraph, cluster });
  }
}

/** One document's rows; run inside a write transaction. */
function insertRows(w: Writes, { doc, extraction, ingestedAt }: CheckedInput): AddResult {
  const bodyHash = textHash(doc.body);
  // Checked inside the (immediate) transaction so a concurrent writer cannot slip the same report in.
  const existing = findDuplicate(w, doc, bodyHash);
  if (existing) return { added: false, id: existing.id, reason: 'duplicate' };
  const publishedStart = doc.published === null ? null : (dateBounds(doc.published)?.start ?? null);
  w.stmt.insertDocument.run({ ...doc, publishedStart, bodyHash, ingestedAt });
  w.passages.add(doc);
  insertExtraction(w, doc, extraction);
  return { added: true, id: doc.id };
}

/**
 * A batch of documents in one transaction. Each document is checked first (a bad one fails alone); the
 * rest are written straight, since a savepoint per document makes every FTS5 table flush a segment per
 * document (a quarter of the store step). Should a write still fail, the batch is rolled back and written
 * again with a savepoint per document, so that one rolls back alone and the others are kept.
 */
function insertBatch(
  w: Writes,
  tx: WriteTransaction,
  items: readonly { doc: Document; extraction: Extraction }[],
  ingestedAt: string,
): BatchResult[] {
  const checked = checkedItems(items, ingestedAt);
  const write = (insert: (input: CheckedInput) => BatchResult) =>
    checked.map((c) => ('failed' in c ? c.failed : insert(c.input)));
  try {
    return tx.run(() => write((input) => insertRows(w, input)));
  } catch {
    return tx.run(() =>
      write((input) => {
        try {
          return tx.alone(() => insertRows(w, input));
        } catch (err) {
          tx.rolledBack();
          return failedResult(input.doc, err);
        }
      }),
    );
  }
}

/** The document writer; `learn` hears of each document stored (the search lexicon takes its words). */
export function createDocumentWriter(db: Db, learn: (doc: Document) => void): DocumentWriter {
  const merged = createMergedWriter(db);
  const passages = createPassageWriter(db);
  const w: Writes = { stmt: prepareDocumentWrites(db), merged, passages };
  const tx = createWriteTransaction(db, { merged, passages });
  return {
    addDocuments(items, ingestedAt) {
      if (items.length === 0) return [];
      const results = insertBatch(w, tx, items, ingestedAt);
      results.forEach((r, i) => {
        const item = items[i];
        if (r.added && item) learn(item.doc);
      });
      return results;
    },
    hasDocument: (doc) => findDuplicate(w, doc) !== undefined,
  };
}
