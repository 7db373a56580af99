import { getTableColumns, Param, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './database';

/**
 * Inserts many rows with one statement of one array parameter per column
 * (`INSERT … SELECT * FROM unnest($1::uuid[], $2::text[], …)`), instead of one parameter per
 * value: an import of 100,000 households then builds and sends a few dozen parameters per batch
 * rather than a hundred thousand, which is most of its cost on the embedded database. Columns
 * missing from the first row take their defaults; JSON columns are sent as text and cast.
 */
export async function bulkInsert(
  tx: Database,
  table: PgTable,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => key in first);
  const names = columns.map(([, column]) => sql.identifier(column.name));
  const arrays = columns.map(([key, column]) => {
    const values = rows.map((row) => toDriverValue(column, row[key]));
    return sql`${new Param(values)}::${sql.raw(arrayTypeOf(column))}`;
  });
  await tx.execute(
    sql`insert into ${table} (${sql.join(names, sql`, `)}) select * from unnest(${sql.join(arrays, sql`, `)})`,
  );
}

function arrayTypeOf(column: PgColumn): string {
  return `${column.getSQLType()}[]`;
}

function toDriverValue(column: PgColumn, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (column.getSQLType() === 'jsonb' || column.getSQLType() === 'json') return JSON.stringify(value);
  return column.mapToDriverValue(value);
}
