import { getTableColumns } from 'drizzle-orm';
import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import { DATA_TABLES, type DataTable } from '../../db/tables';

/** A row of a backup that names a row the backup does not hold: where it is, never what it holds. */
export interface BrokenReference {
  table: string;
  /** The line of the backup file (the header is line 1). */
  line: number;
  refTable: string;
  /** The referring columns, as the database names them. */
  columns: string;
}

interface Reference {
  refTable: DataTable;
  /** Row keys (as a backup row names its fields) of the referring and the referred columns. */
  from: string[];
  to: string[];
  columns: string;
}

// By SQL name: the columns a foreign key lists are not always the table's own column objects.
const propertyOf = (table: PgTable, column: PgColumn): string =>
  Object.entries(getTableColumns(table)).find(([, c]) => c.name === column.name)![0];

/** The database's own foreign keys between backed-up tables, so the check can never drift from them. */
const REFERENCES = new Map<DataTable, Reference[]>(
  DATA_TABLES.map((dataTable) => [
    dataTable,
    getTableConfig(dataTable.table).foreignKeys.flatMap((fk) => {
      const { columns, foreignColumns } = fk.reference();
      const refTable = DATA_TABLES.find((t) => t.table === foreignColumns[0]!.table);
      if (!refTable) return [];
      return [
        {
          refTable,
          from: columns.map((c) => propertyOf(dataTable.table, c)),
          to: foreignColumns.map((c) => propertyOf(refTable.table, c)),
          columns: columns.map((c) => c.name).join(', '),
        },
      ];
    }),
  ]),
);

/** For each table, the column lists that other rows refer to it by: the keys worth remembering. */
const REFERRED = new Map<DataTable, string[][]>();
for (const reference of [...REFERENCES.values()].flat()) {
  const lists = REFERRED.get(reference.refTable) ?? [];
  if (!lists.some((to) => to.join() === reference.to.join())) lists.push(reference.to);
  REFERRED.set(reference.refTable, lists);
}

/**
 * Checks, row by row as a backup is written or read, that every reference lands on a row of the same
 * backup. Rows come table by table in `DATA_TABLES` order, so a reference to an earlier table is
 * checked at once; one to its own table or a later one when the last row has been seen (`finish`).
 */
export class BackupReferenceCheck {
  private readonly order = new Map(DATA_TABLES.map((t, i) => [t, i]));
  /** For each referred table and column list: the keys seen so far. */
  private readonly seen = new Map<string, Set<string>>();
  private readonly later: { reference: Reference; key: string; table: string; line: number }[] = [];

  constructor() {
    for (const [table, lists] of REFERRED)
      for (const to of lists) this.seen.set(seenKey(table, to), new Set());
  }

  /** The first broken reference of this row to an earlier table, or null. */
  add(dataTable: DataTable, row: Record<string, unknown>, line: number): BrokenReference | null {
    for (const to of REFERRED.get(dataTable) ?? [])
      this.seen.get(seenKey(dataTable, to))!.add(keyOf(row, to));
    for (const reference of REFERENCES.get(dataTable) ?? []) {
      const values = reference.from.map((k) => row[k]);
      // A null in any referring column means no reference (PostgreSQL's MATCH SIMPLE).
      if (values.some((v) => v === null || v === undefined)) continue;
      const key = keyOf(row, reference.from);
      if (this.order.get(reference.refTable)! >= this.order.get(dataTable)!) {
        this.later.push({ reference, key, table: dataTable.name, line });
      } else if (!this.seen.get(seenKey(reference.refTable, reference.to))!.has(key)) {
        return broken(dataTable.name, line, reference);
      }
    }
    return null;
  }

  /** The first broken reference among those that waited for the end of the backup, or null. */
  finish(): BrokenReference | null {
    for (const { reference, key, table, line } of this.later) {
      if (!this.seen.get(seenKey(reference.refTable, reference.to))!.has(key))
        return broken(table, line, reference);
    }
    return null;
  }
}

const seenKey = (table: DataTable, columns: string[]) => [table.name, ...columns].join('|');
const keyOf = (row: Record<string, unknown>, columns: string[]) => JSON.stringify(columns.map((c) => row[c]));
const broken = (table: string, line: number, r: Reference): BrokenReference => ({
  table,
  line,
  refTable: r.refTable.name,
  columns: r.columns,
});
