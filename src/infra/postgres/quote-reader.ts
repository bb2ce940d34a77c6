// Merged quotes on PostgreSQL: a speaker's, optionally narrowed to topic words (the cluster wording's
// tsvector), in the order first reported; the speakers; and the documents that report the same quotes.
import type { MergedQuote } from '../../core/merge.js';
import type { CorpusReader } from '../../core/ports.js';
import { withCorrections } from '../store/merged-pages.js';
import { quoteClusterRow, readRow, speakerRow } from '../store/rows.js';
import { citedDocuments, type TopicMatch } from './clusters.js';
import { firstValue, type Pool, rowsOf } from './pool.js';

type QuoteReads = Pick<CorpusReader, 'quoteClusters' | 'speakers' | 'documentsSharingQuotes'>;

async function quotePage(
  pool: Pool,
  speaker: string,
  match: string | undefined,
  limit: number,
  offset: number,
) {
  const where = match === undefined ? 'speaker = $1' : 'speaker = $1 AND tsv @@ $2::tsquery';
  const values = match === undefined ? [speaker] : [speaker, match];
  const n = values.length;
  const [rows, total] = await Promise.all([
    rowsOf(
      pool,
      `SELECT id, speaker, role, text, docs FROM quote_clusters WHERE ${where}
       ORDER BY id LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...values, limit, offset],
    ),
    firstValue<number>(pool, `SELECT count(*) FROM quote_clusters WHERE ${where}`, values),
  ]);
  const clusters = rows.map((row) => readRow(quoteClusterRow, 'quote_clusters', row));
  const cited = await citedDocuments(
    pool,
    'quotes',
    clusters.map((c) => c.id),
  );
  const quotes = clusters.map(
    (r): MergedQuote => ({
      speaker: r.speaker,
      role: r.role,
      text: r.text,
      docIds: cited.get(r.id) ?? [],
      sourceCount: r.docs,
    }),
  );
  return { rows: quotes, total: total ?? 0 };
}

export function createQuoteReader(pool: Pool, topicMatch: TopicMatch): QuoteReads {
  return {
    async quoteClusters({ speaker, words, limit, offset = 0 }) {
      const topic = words && words.length > 0 ? await topicMatch(words) : null;
      if (words && words.length > 0 && !topic) return { rows: [], total: 0 };
      return withCorrections(await quotePage(pool, speaker, topic?.query, limit, offset), topic);
    },
    async speakers() {
      const rows = await rowsOf(
        pool,
        'SELECT DISTINCT speaker AS name, speaker_kind AS kind FROM quotes ORDER BY speaker, speaker_kind',
      );
      return rows.map((row) => readRow(speakerRow, 'quotes', row));
    },
    // Through the quote clusters: what the documents share, not everything their speakers ever said.
    async documentsSharingQuotes(docIds, limit) {
      if (docIds.length === 0) return [];
      const rows = await rowsOf(
        pool,
        `SELECT other.doc_id FROM quotes own JOIN quotes other ON other.cluster = own.cluster
         WHERE own.doc_id = ANY($1::text[]) AND other.doc_id <> ALL($1::text[])
         GROUP BY other.doc_id ORDER BY count(DISTINCT other.cluster) DESC, min(other.id) LIMIT $2`,
        [docIds, limit],
      );
      return rows.map((r) => (r as { doc_id: string }).doc_id);
    },
  };
}
