// The furniture memory (ports.ts): per host, how many stored documents carried each line, written with
// each batch that ingest stores and read when the host's next pages are cleaned.

import { type Db, immediate } from './database.js';
import type { FurnitureMemory } from './synchronous.js';

export function createFurnitureMemory(db: Db): FurnitureMemory {
  const recurring = db
    .prepare<[string, number], unknown>(`SELECT line FROM furniture_lines WHERE host = ? AND documents >= ?`)
    .pluck();
  const count = db.prepare<[string, string]>(
    `INSERT INTO furniture_lines (host, line, documents) VALUES (?, ?, 1)
     ON CONFLICT (host, line) DO UPDATE SET documents = documents + 1`,
  );
  const remember = immediate(db, (documents: readonly { host: string; lines: readonly string[] }[]) => {
    for (const { host, lines } of documents) for (const line of new Set(lines)) count.run(host, line);
  });
  return {
    // A key is text by construction; anything else in the column was not written here and is left out.
    recurringLines: (host, minDocuments) =>
      recurring.all(host, minDocuments).filter((line): line is string => typeof line === 'string'),
    rememberLines: (documents) => remember(documents),
  };
}
