// Names kept from STIX sources on PostgreSQL (the `ImportedNames` port): one row per provenance and STIX
// id, the latest kept winning. Every keep raises one counter row in its transaction, the version token:
// a replica reading it sees it change exactly when the names changed, whichever replica kept them.
import type { ImportedName, ImportedNames } from '../../core/ports.js';
import { IMPORTED_NAME_COLUMNS, importedNameParams, readImportedName } from '../store/imported-name-rows.js';
import { type Client, firstValue, inTransaction, type Pool, rowsOf } from './pool.js';

/** The last of each (provenance, STIX id), where its first stood: what a keep one at a time would leave. */
function lastOfEach(names: readonly ImportedName[]): ImportedName[] {
  const byKey = new Map<string, ImportedName>();
  for (const n of names) byKey.set(JSON.stringify([n.provenance, n.stixId]), n);
  return [...byKey.values()];
}

async function keep(client: Client, names: readonly ImportedName[], at: string): Promise<number> {
  await client.query('UPDATE imported_names_version SET version = version + 1');
  const rows = lastOfEach(names).map(importedNameParams);
  const column = (key: keyof (typeof rows)[number]) => rows.map((r) => r[key]);
  // `xmax = 0` holds for a row this statement inserted, not for one it updated.
  const result = await client.query(
    `INSERT INTO imported_names (provenance, stix_id, kind, name, aliases, external_ids, kept_at)
     SELECT provenance, stix_id, kind, name, aliases, external_ids, $7
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
       WITH ORDINALITY AS t(provenance, stix_id, kind, name, aliases, external_ids, n)
     ORDER BY n
     ON CONFLICT (provenance, stix_id) DO UPDATE SET kind = excluded.kind, name = excluded.name,
       aliases = excluded.aliases, external_ids = excluded.external_ids, kept_at = excluded.kept_at
     RETURNING xmax = 0 AS inserted`,
    [
      column('provenance'),
      column('stixId'),
      column('kind'),
      column('name'),
      column('aliases'),
      column('externalIds'),
      at,
    ],
  );
  return result.rows.filter((r) => (r as { inserted: boolean }).inserted).length;
}

export function createImportedNames(pool: Pool): ImportedNames {
  return {
    keepImportedNames: async (names, at) =>
      names.length === 0 ? 0 : inTransaction(pool, (client) => keep(client, names, at)),
    importedNames: async () =>
      (await rowsOf(pool, `SELECT ${IMPORTED_NAME_COLUMNS} FROM imported_names ORDER BY id`)).map(
        readImportedName,
      ),
    importedNamesVersion: async () =>
      String(await firstValue<number>(pool, 'SELECT version FROM imported_names_version')),
  };
}
