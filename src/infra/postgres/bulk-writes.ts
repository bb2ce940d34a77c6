// Writing many rows with one statement: the rows as one array per column, cast to the column's type and
// read back as rows by `unnest`, so a batch costs a statement per table, not one per row.
import type { Sql } from './pool.js';

/** One column of a statement's rows: its name, its SQL type, and each row's value. */
export type Column<R> = [name: string, type: string, value: (row: R) => unknown];

/** `rows` as one array per column, each cast to its type: the `unnest(…)` of a statement. */
function arrays<R>(rows: readonly R[], columns: readonly Column<R>[]) {
  return {
    names: columns.map(([name]) => name).join(', '),
    unnest: `unnest(${columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})`,
    values: columns.map(([, , value]) => rows.map(value)),
  };
}

export async function insert<R>(
  sql: Sql,
  table: string,
  rows: readonly R[],
  columns: Column<R>[],
  tail = '',
): Promise<void> {
  if (rows.length === 0) return;
  const a = arrays(rows, columns);
  await sql.query(`INSERT INTO ${table} (${a.names}) SELECT * FROM ${a.unnest} ${tail}`, a.values);
}

export async function update<R>(
  sql: Sql,
  table: string,
  rows: readonly R[],
  columns: Column<R>[],
  set: string,
): Promise<void> {
  if (rows.length === 0) return;
  const a = arrays(rows, columns);
  await sql.query(
    `UPDATE ${table} t SET ${set} FROM ${a.unnest} AS u(${a.names}) WHERE t.id = u.id`,
    a.values,
  );
}
