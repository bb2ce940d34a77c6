// Schema versions on PostgreSQL: the ordered list of migrations, applied at open in one transaction under
// an advisory lock, so that replicas starting together take turns: the first migrates, the others wait and
// then find the version it wrote. The tables are schema.ts's.
import { KNOWLEDGE_SCHEMA } from './knowledge-schema.js';
import { MIGRATION_LOCK } from './locks.js';
import { inTransaction, type Pool } from './pool.js';
import { REPLAY_KEYS_SCHEMA } from './replay-memory.js';
import {
  CLUSTER_READS_MIGRATION,
  CORPUS_SCHEMA,
  MESSAGE_ID_MIGRATION,
  SOURCE_MARKINGS_MIGRATION,
  SOURCES_SCHEMA,
} from './schema.js';

/**
 * Migrations, oldest first: migration N brings `sitrep_schema.version` from N-1 to N. To change the schema
 * append an entry and never edit one that has shipped.
 */
const MIGRATIONS: readonly string[] = [
  // 1: SQLite's schema at its version 9, in PostgreSQL's terms (ADR 14).
  CORPUS_SCHEMA + SOURCES_SCHEMA,
  // 2: a delivery names the platform's message that carried it, as SQLite's 11 does.
  MESSAGE_ID_MIGRATION,
  // 3: sources carry a TLP marking and a TAXII cursor; TAXII collections and STIX bundles, as SQLite's 13.
  SOURCE_MARKINGS_MIGRATION,
  // 4: the field's knowledge, each host's page furniture and names from STIX sources, as SQLite's 10, 12, 14.
  KNOWLEDGE_SCHEMA,
  // 5: the signed requests every replica has let through, so none lets one through again (replay-memory.ts).
  REPLAY_KEYS_SCHEMA,
  // 6: an actor's keys carry their cluster's bounds; a cluster's rows indexed in stored order (schema.ts).
  CLUSTER_READS_MIGRATION,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Tables a database holds when it is Sitrep's; one of them without the version table means it is not. */
const SITREP_TABLES = ['documents', 'sources', 'passages'];

/**
 * Brings the database's schema to `upTo` (the current version unless given). Refuses, changing nothing, a
 * database written by a newer Sitrep and one that holds Sitrep's table names without being Sitrep's.
 */
export async function migrate(pool: Pool, upTo = MIGRATIONS.length): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', [...MIGRATION_LOCK]);
    const exists = await client.query(`SELECT to_regclass('sitrep_schema') IS NOT NULL AS found`);
    if (exists.rows[0]?.found !== true) {
      const taken = await client.query(
        `SELECT name FROM unnest($1::text[]) AS name WHERE to_regclass(name) IS NOT NULL`,
        [SITREP_TABLES],
      );
      if (taken.rows.length > 0)
        throw new Error(
          `the database has a ${taken.rows.map((r) => r.name).join(', ')} table but is not Sitrep's (no sitrep_schema table); it was left as it is. Use a database of its own`,
        );
      await client.query(
        `CREATE TABLE sitrep_schema (version integer NOT NULL); INSERT INTO sitrep_schema VALUES (0)`,
      );
    }
    const current = Number((await client.query('SELECT version FROM sitrep_schema')).rows[0]?.version ?? 0);
    if (current > MIGRATIONS.length)
      throw new Error(
        `the schema version is ${current} but this Sitrep knows only up to ${MIGRATIONS.length}; it was written by a newer version`,
      );
    for (let v = current; v < upTo; v++) {
      await client.query(MIGRATIONS[v] ?? '');
      await client.query('UPDATE sitrep_schema SET version = $1', [v + 1]);
    }
  });
}
