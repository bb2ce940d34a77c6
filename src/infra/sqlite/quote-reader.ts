// Merged quotes: a speaker's, optionally narrowed to topic words, in the order first reported; the
// speakers; and the documents that report the same quotes as others.
import type { MergedQuote } from '../../core/merge.js';
import { withCorrections } from '../store/merged-pages.js';
import { quoteClusterRow, readRow, speakerRow } from '../store/rows.js';
import { citedDocuments, type TopicMatch } from './clusters.js';
import { type Db, IN_LIST } from './database.js';
import type { CorpusReader } from './synchronous.js';

const SPEAKER_MATCH = `quote_text MATCH @match AND +t.rowid IN (SELECT id FROM quote_clusters WHERE speaker = @speaker)`;

function prepareQuoteQueries(db: Db) {
  return {
    speaker: {
      rows: db.prepare<object, unknown>(
        `SELECT id, speaker, role, text, docs FROM quote_clusters WHERE speaker = @speaker ORDER BY id LIMIT @limit OFFSET @offset`,
      ),
      count: db
        .prepare<object, number>(`SELECT count(*) FROM quote_clusters WHERE speaker = @speaker`)
        .pluck(),
    },
    // The speaker's cluster ids as a list the FTS5 matches are checked against: joining each match to its
    // cluster row instead read every quote holding a common word. The `+` keeps SQLite from handing the
    // list to FTS5, which would run the match once per id.
    words: {
      rows: db.prepare<object, unknown>(
        `SELECT c.id, c.speaker, c.role, c.text, c.docs FROM quote_clusters c
         WHERE c.id IN (SELECT t.rowid FROM quote_text t WHERE ${SPEAKER_MATCH} ORDER BY t.rowid LIMIT @limit OFFSET @offset)
         ORDER BY c.id`,
      ),
      count: db.prepare<object, number>(`SELECT count(*) FROM quote_text t WHERE ${SPEAKER_MATCH}`).pluck(),
    },
    speakers: db.prepare<[], unknown>(
      `SELECT DISTINCT speaker AS name, speaker_kind AS kind FROM quotes ORDER BY speaker, speaker_kind`,
    ),
    // Through the quote clusters (index quotes_cluster): what the document shares, not everything its
    // speakers ever said.
    sharing: db
      .prepare<[string, string, number], string>(
        `SELECT other.doc_id FROM quotes own JOIN quotes other ON other.cluster = own.cluster
       WHERE own.doc_id IN ${IN_LIST} AND other.doc_id NOT IN ${IN_LIST}
       GROUP BY other.doc_id ORDER BY count(DISTINCT other.cluster) DESC, min(other.id) LIMIT ?`,
      )
      .pluck(),
  };
}

export function createQuoteReader(
  db: Db,
  topicMatch: TopicMatch,
): Pick<CorpusReader, 'quoteClusters' | 'speakers' | 'documentsSharingQuotes'> {
  const q = prepareQuoteQueries(db);
  const cited = citedDocuments(db, 'quotes');
  const toQuote = (row: unknown): MergedQuote => {
    const r = readRow(quoteClusterRow, 'quote_clusters', row);
    return { speaker: r.speaker, role: r.role, text: r.text, docIds: cited(r.id), sourceCount: r.docs };
  };
  return {
    quoteClusters({ speaker, words, limit, offset = 0 }) {
      const topic = words && words.length > 0 ? topicMatch(words) : null;
      if (words && words.length > 0 && !topic) return { rows: [], total: 0 };
      const match = topic?.expression;
      const [part, params] = match ? [q.words, { speaker, match }] : [q.speaker, { speaker }];
      const page = {
        rows: part.rows.all({ ...params, limit, offset }).map(toQuote),
        total: part.count.get(params) ?? 0,
      };
      return withCorrections(page, topic);
    },
    speakers: () => q.speakers.all().map((row) => readRow(speakerRow, 'quotes', row)),
    documentsSharingQuotes(docIds, limit) {
      if (docIds.length === 0) return [];
      const ids = JSON.stringify(docIds);
      return q.sharing.all(ids, ids, limit);
    },
  };
}
