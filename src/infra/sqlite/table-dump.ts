// Reading the SQLite file's tables row for row, as `sitrep migrate` copies them elsewhere (the tables and
// their keys are ../store/copied-tables.ts's): pages in key order, row counts, which documents are stored,
// and each row's identity. Table and column names come from that fixed list, never from input.
import { COUNTED_TABLES, type CopiedTable, identityOf } from '../store/copied-tables.js';
import { type Db, IN_LIST } from './database.js';

export type Row = Record<string, unknown>;

export interface TableDump {
  /** The table's rows in key order, `table.chunk` at a time. */
  rows(table: CopiedTable): Iterable<Row[]>;
  count(table: string): number;
  /** Those of these document ids that are stored. */
  storedDocumentIds(ids: readonly string[]): Set<string>;
  /** Each row's id and its identity (identityOf), for a table that has one. */
  identities(table: CopiedTable): Map<number, string>;
}

function counted(table: string): string {
  if (!COUNTED_TABLES.includes(table)) throw new Error(`${table} is not a table Sitrep copies or counts`);
  return table;
}

export function createTableDump(db: Db): TableDump {
  return {
    *rows(table) {
      const key = table.key.join(', ');
      const first = db.prepare<[number], Row>(`SELECT * FROM ${counted(table.name)} ORDER BY ${key} LIMIT ?`);
      const next = db.prepare<unknown[], Row>(
        `SELECT * FROM ${table.name} WHERE (${key}) > (${table.key.map(() => '?').join(', ')})
         ORDER BY ${key} LIMIT ?`,
      );
      // Keyset pages: each read is its own statement, so the connection is free between pages.
      for (let rows = first.all(table.chunk); rows.length > 0; ) {
        yield rows;
        const last = rows.at(-1) ?? {};
        rows = rows.length < table.chunk ? [] : next.all(...table.key.map((c) => last[c]), table.chunk);
      }
    },
    count: (table) =>
      db
        .prepare<[], number>(`SELECT count(*) FROM ${counted(table)}`)
        .pluck()
        .get() ?? 0,
    storedDocumentIds: (ids) =>
      new Set(
        db
          .prepare<[string], string>(`SELECT id FROM documents WHERE id IN ${IN_LIST}`)
          .pluck()
          .all(JSON.stringify(ids)),
      ),
    identities(table) {
      const columns = ['id', ...(table.identity ?? [])].join(', ');
      const rows = db.prepare<[], Row>(`SELECT ${columns} FROM ${counted(table.name)}`).all();
      return new Map(rows.map((row) => [Number(row.id), identityOf(table, row)]));
    },
  };
}
