// The furniture memory on PostgreSQL (FurnitureMemory, store-ports.ts): per host, how many stored documents
// carried each line. A batch is one statement, its counts added to those of every other replica; the rows
// are taken in one order (host, line), so two replicas counting the same lines wait for each other instead
// of deadlocking.
import type { FurnitureMemory } from '../../core/ports.js';
import { type Pool, rowsOf } from './pool.js';

export function createFurnitureMemory(pool: Pool): FurnitureMemory {
  return {
    recurringLines: async (host, minDocuments) =>
      (
        await rowsOf(pool, 'SELECT line FROM furniture_lines WHERE host = $1 AND documents >= $2', [
          host,
          minDocuments,
        ])
      ).map((row) => (row as { line: string }).line),
    async rememberLines(documents) {
      // A key counts once per document however often the document carries it.
      const pairs = documents.flatMap(({ host, lines }) => [...new Set(lines)].map((line) => [host, line]));
      if (pairs.length === 0) return;
      await pool.query(
        `INSERT INTO furniture_lines (host, line, documents)
         SELECT host, line, count(*) FROM unnest($1::text[], $2::text[]) AS t(host, line)
         GROUP BY host, line ORDER BY host, line
         ON CONFLICT (host, line) DO UPDATE SET documents = furniture_lines.documents + excluded.documents`,
        [pairs.map(([host]) => host), pairs.map(([, line]) => line)],
      );
    },
  };
}
