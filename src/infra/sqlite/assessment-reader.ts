// Merged assessments about one actor, in the order first reported. Each source's wording stays its own
// cluster: "likely" in one report never merges into "highly likely" in another.
import type { MergedAssessment } from '../../core/merge.js';
import { assessmentClusterRow, readRow } from '../store/rows.js';
import { citedDocuments } from './clusters.js';
import type { Db } from './database.js';
import type { CorpusReader } from './synchronous.js';

export function createAssessmentReader(db: Db): Pick<CorpusReader, 'assessmentClusters'> {
  const rows = db.prepare<object, unknown>(
    `SELECT id, phrase, band, actor, text, docs FROM assessment_clusters WHERE actor = @actor ORDER BY id LIMIT @limit OFFSET @offset`,
  );
  const count = db
    .prepare<object, number>(`SELECT count(*) FROM assessment_clusters WHERE actor = @actor`)
    .pluck();
  const cited = citedDocuments(db, 'assessments');
  const toAssessment = (row: unknown): MergedAssessment => {
    const r = readRow(assessmentClusterRow, 'assessment_clusters', row);
    const { phrase, band, actor, text } = r;
    return { phrase, band, actor, text, docIds: cited(r.id), sourceCount: r.docs };
  };
  return {
    assessmentClusters: ({ actor, limit, offset = 0 }) => ({
      rows: rows.all({ actor, limit, offset }).map(toAssessment),
      total: count.get({ actor }) ?? 0,
    }),
  };
}
