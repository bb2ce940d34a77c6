// Copying tables into PostgreSQL row for row, ids kept (`sitrep migrate`; the tables are
// ../store/copied-tables.ts's): every table in one transaction, so an interrupted copy leaves none of them
// half-written, each row replacing the one with its key, so copying again changes nothing. Also what the
// copy asks of the target: row counts, which documents are stored, each row's identity.
import { COUNTED_TABLES, type CopiedTable, identityOf } from '../store/copied-tables.js';
import { firstValue, inTransaction, type Pool, rowsOf, type Sql } from './pool.js';

export type Row = Record<string, unknown>;

export interface BulkImport {
  /** Writes every table's rows, in the order given, in one transaction; how many rows each table took. */
  importTables(
    tables: readonly { table: CopiedTable; pages: Iterable<Row[]> }[],
  ): Promise<Map<string, number>>;
  count(table: string): Promise<number>;
  /** Those of these document ids that are stored. */
  storedDocumentIds(ids: readonly string[]): Promise<Set<string>>;
  /** Each row's id and its identity (identityOf), for a table that has one. */
  identities(table: CopiedTable): Promise<Map<number, string>>;
}

function counted(table: string): string {
  if (!COUNTED_TABLES.includes(table)) throw new Error(`${table} is not a table Sitrep copies or counts`);
  return table;
}

/** Rows a table takes only when what they point to was copied: a delivery needs its document stored. */
const ONLY_WHERE: Record<string, string> = {
  outbox: 'EXISTS (SELECT 1 FROM documents d WHERE d.id = j.document_id)',
};

/** One page of rows, read by PostgreSQL as records of the table's own type, replacing rows with their key. */
async function upsert(sql: Sql, table: CopiedTable, rows: readonly Row[]): Promise<number> {
  const columns = Object.keys(rows[0] ?? {});
  if (columns.length === 0) return 0;
  const others = columns.filter((c) => !table.key.includes(c));
  const onConflict =
    others.length === 0
      ? 'DO NOTHING'
      : `DO UPDATE SET ${others.map((c) => `${c} = excluded.${c}`).join(', ')}`;
  const where = ONLY_WHERE[table.name];
  const result = await sql.query(
    `INSERT INTO ${counted(table.name)} (${columns.join(', ')}) OVERRIDING SYSTEM VALUE
     SELECT ${columns.map((c) => `j.${c}`).join(', ')} FROM json_populate_recordset(NULL::${table.name}, $1::json) AS j
     ${where ? `WHERE ${where}` : ''}
     ON CONFLICT (${table.key.join(', ')}) ${onConflict}`,
    [JSON.stringify(rows)],
  );
  return result.rowCount ?? 0;
}

/** The table's next id after the largest copied (a table with an identity numbers its rows itself). */
async function continueIds(sql: Sql, table: string): Promise<void> {
  await sql.query(
    `SELECT setval(seq::regclass, top) FROM (SELECT pg_get_serial_sequence($1, 'id') AS seq, (SELECT max(id) FROM ${table}) AS top) t
     WHERE seq IS NOT NULL AND top IS NOT NULL`,
    [table],
  );
}

export function createBulkImport(pool: Pool): BulkImport {
  return {
    importTables: (tables) =>
      inTransaction(pool, async (client) => {
        const written = new Map<string, number>();
        for (const { table, pages } of tables) {
          if (table.replace) await client.query(`DELETE FROM ${counted(table.name)}`);
          let n = 0;
          for (const rows of pages) n += await upsert(client, table, rows);
          written.set(table.name, n);
          if (table.identity) await continueIds(client, table.name);
        }
        // Readers of imported names in every replica are to read them again.
        if (written.has('imported_names'))
          await client.query('UPDATE imported_names_version SET version = version + 1');
        return written;
      }),
    count: async (table) => Number(await firstValue(pool, `SELECT count(*) FROM ${counted(table)}`)),
    storedDocumentIds: async (ids) =>
      new Set(
        (await rowsOf(pool, 'SELECT id FROM documents WHERE id = ANY($1::text[])', [ids])).map((r) =>
          String((r as Row).id),
        ),
      ),
    async identities(table) {
      const columns = ['id', ...(table.identity ?? [])].join(', ');
      const rows = (await rowsOf(pool, `SELECT ${columns} FROM ${counted(table.name)}`)) as Row[];
      return new Map(rows.map((row) => [Number(row.id), identityOf(table, row)]));
    },
  };
}
