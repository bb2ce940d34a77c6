// Names kept from STIX sources (the `ImportedNames` port): an actor's, malware's or tool's names as a
// bundle or TAXII collection gives them, one row per provenance and STIX id, for the knowledge overlay
// to read. Rows read back are checked (../store/imported-name-rows.ts).
import type { ImportedName } from '../../core/ports.js';
import { IMPORTED_NAME_COLUMNS, importedNameParams, readImportedName } from '../store/imported-name-rows.js';
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

/**
 * Migration 15: a counter raised by every keep, committed with the names, so the version token changes
 * with every keep (migration 14's count, newest id and newest time did not change when a keep in the same
 * millisecond only replaced names already kept).
 */
export const IMPORTED_NAMES_VERSION_MIGRATION = `
  CREATE TABLE imported_names_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
  );
  INSERT INTO imported_names_version VALUES (1, 0);
`;

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
  const all = db.prepare<[], unknown>(`SELECT ${IMPORTED_NAME_COLUMNS} FROM imported_names ORDER BY id`);
  const version = db.prepare<[], number>(`SELECT version FROM imported_names_version`).pluck();
  const bump = db.prepare(`UPDATE imported_names_version SET version = version + 1`);
  const keep = immediate(db, (names: readonly ImportedName[], at: string): number => {
    if (names.length === 0) return 0;
    bump.run();
    let added = 0;
    for (const n of names) {
      if (exists.get(n.provenance, n.stixId) !== 1) added++;
      upsert.run({ ...importedNameParams(n), at });
    }
    return added;
  });
  return {
    keepImportedNames: keep,
    importedNames: () => all.all().map(readImportedName),
    importedNamesVersion: () => String(version.get() ?? ''),
  };
}
