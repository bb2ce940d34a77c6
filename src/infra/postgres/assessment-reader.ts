// Merged assessments about one actor on PostgreSQL, in the order first reported. Each source's wording
// stays its own cluster: "likely" in one report never merges into "highly likely" in another.
import type { MergedAssessment } from '../../core/merge.js';
import type { CorpusReader } from '../../core/ports.js';
import { assessmentClusterRow, readRow } from '../store/rows.js';
import { citedDocuments } from './clusters.js';
import { firstValue, type Pool, rowsOf } from './pool.js';

export function createAssessmentReader(pool: Pool): Pick<CorpusReader, 'assessmentClusters'> {
  return {
    async assessmentClusters({ actor, limit, offset = 0 }) {
      const [rows, total] = await Promise.all([
        rowsOf(
          pool,
          `SELECT id, phrase, band, actor, text, docs FROM assessment_clusters WHERE actor = $1
           ORDER BY id LIMIT $2 OFFSET $3`,
          [actor, limit, offset],
        ),
        firstValue<number>(pool, 'SELECT count(*) FROM assessment_clusters WHERE actor = $1', [actor]),
      ]);
      const clusters = rows.map((row) => readRow(assessmentClusterRow, 'assessment_clusters', row));
      const cited = await citedDocuments(
        pool,
        'assessments',
        clusters.map((c) => c.id),
      );
      return {
        rows: clusters.map(
          ({ id, phrase, band, actor, text, docs }): MergedAssessment => ({
            phrase,
            band,
            actor,
            text,
            docIds: cited.get(id) ?? [],
            sourceCount: docs,
          }),
        ),
        total: total ?? 0,
      };
    },
  };
}
