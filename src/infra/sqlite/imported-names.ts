// Names kept from STIX sources (the `ImportedNames` port): an actor's, malware's or tool's names as a
// bundle or TAXII collection gives them, one row per provenance and STIX id, for the knowledge overlay
// to read. Rows read back are checked.
import { z } from 'zod';
import type { ImportedName } from '../../core/ports.js';
import { readRow } from '../store/rows.js';
import { type Db, immediate } from './database.js';
import type { ImportedNames } from './synchronous.js';

/** Migration 14: names from STIX sources (issue 17). */
export const IMPORTED_NAMES_MIGRATION = `
  CREATE TABLE imported_names (
    id INTEGER PRIMARY KEY,
    provenance TEXT NOT NULL,
    stix_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('threat_actor', 'malware', 'tool')),
    name TEXT NOT NULL,
    -- JSON arrays: the other names, and ids in other systems ({source, id}).
    aliases TEXT NOT NULL,
    external_ids TEXT NOT NULL,
    kept_at TEXT NOT NULL,
    UNIQUE (provenance, stix_id)
  );
`;

const json = <T extends z.ZodType>(schema: T) =>
  z.string().transform((text, ctx) => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data as z.output<T>;
    ctx.addIssue({ code: 'custom', message: 'not the JSON this column holds' });
    return z.NEVER;
  });

const nameRow = z.object({
  id: z.number().int(),
  provenance: z.string(),
  stixId: z.string(),
  kind: z.enum(['threat_actor', 'malware', 'tool']),
  name: z.string(),
  aliases: json(z.array(z.string())),
  externalIds: json(z.array(z.object({ source: z.string(), id: z.string() }))),
});

export function createImportedNames(db: Db): ImportedNames {
  const upsert = db.prepare(
    `INSERT INTO imported_names (provenance, stix_id, kind, name, aliases, external_ids, kept_at)
     VALUES (@provenance, @stixId, @kind, @name, @aliases, @externalIds, @at)
     ON CONFLICT (provenance, stix_id) DO UPDATE SET kind = excluded.kind, name = excluded.name,
       aliases = excluded.aliases, external_ids = excluded.external_ids, kept_at = excluded.kept_at`,
  );
  const exists = db
    .prepare<[string, string], number>(
      `SELECT EXISTS (SELECT 1 FROM imported_names WHERE provenance = ? AND stix_id = ?)`,
    )
    .pluck();
  const all = db.prepare<[], unknown>(
    `SELECT id, provenance, stix_id AS stixId, kind, name, aliases, external_ids AS externalIds
     FROM imported_names ORDER BY id`,
  );
  // Every keep sets kept_at, and a new row raises the count: together they change with every change.
  const version = db
    .prepare<[], string>(
      `SELECT count(*) || ':' || coalesce(max(id), 0) || ':' || coalesce(max(kept_at), '') FROM imported_names`,
    )
    .pluck();
  const keep = immediate(db, (names: readonly ImportedName[], at: string): number => {
    let added = 0;
    for (const n of names) {
      if (exists.get(n.provenance, n.stixId) !== 1) added++;
      upsert.run({
        ...n,
        aliases: JSON.stringify(n.aliases),
        externalIds: JSON.stringify(n.externalIds),
        at,
      });
    }
    return added;
  });
  return {
    keepImportedNames: keep,
    importedNames: () =>
      all.all().map((row) => {
        const { id: _id, ...name } = readRow(nameRow, 'imported_names', row);
        return name;
      }),
    importedNamesVersion: () => version.get() ?? '',
  };
}
