import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { asc, eq, getTableColumns, inArray, or, type SQL } from 'drizzle-orm';
import type { Database, DatabaseMode } from '../../db/database';
import { codeSchemaVersion } from '../../db/schema-version';
import { adminUnitMergers, adminUnits } from '../../db/schema';
import { DATA_TABLES, type DataTable } from '../../db/tables';
import { AppError } from '../../http/app-error';
import { getCommuneByCode } from '../admin-units/admin-units';
import { BackupReferenceCheck, type BrokenReference } from './backup-references';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupHeader } from './backup-format';

export interface BackupScope {
  /** A commune's code, or undefined for everything. */
  communeCode?: string | undefined;
}

/**
 * Reads the rows a backup holds, table by table in insertion order. A commune's backup holds the
 * commune, its province's row (for its code), the units merged into it, and every row of its own.
 * Every reference is checked as the rows go by: a backup that would not restore is never finished.
 * Call it inside `readSnapshot`, so that all tables are read as of one moment.
 */
export async function* backupLines(
  db: Database,
  mode: DatabaseMode,
  scope: BackupScope,
): AsyncGenerator<string> {
  const commune = scope.communeCode ? await getCommuneByCode(db, scope.communeCode) : null;
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: codeSchemaVersion().version,
    createdAt: new Date().toISOString(),
    database: mode,
    scope: commune ? { kind: 'commune', code: commune.code, id: commune.id } : { kind: 'all' },
  };
  yield JSON.stringify(header) + '\n';
  const counts: Record<string, number> = {};
  const references = new BackupReferenceCheck();
  let line = 1;
  for (const dataTable of DATA_TABLES) {
    const where = commune ? await communeCondition(db, dataTable, commune) : undefined;
    const rows = await selectAll(db, dataTable, where);
    counts[dataTable.name] = rows.length;
    for (const row of rows) {
      line++;
      const broken = references.add(dataTable, row, line);
      if (broken) throw inconsistent(broken);
      yield JSON.stringify({ t: dataTable.name, r: row }, bytesAsBase64) + '\n';
    }
  }
  const broken = references.finish();
  if (broken) throw inconsistent(broken);
  yield JSON.stringify({ end: true, counts }) + '\n';
}

const inconsistent = (broken: BrokenReference) => new AppError('BACKUP_INCONSISTENT', 500, { ...broken });

/**
 * Runs `read` in one read-only, repeatable-read transaction: every query sees the database as of its
 * first one, so rows written meanwhile (a unit, then its people) are either all in or all out.
 */
export function readSnapshot<T>(db: Database, read: (tx: Database) => Promise<T>): Promise<T> {
  return db.transaction(read, { isolationLevel: 'repeatable read', accessMode: 'read only' });
}

/** Stored files (bytea) travel as base64 text; restore turns them back into bytes. */
function bytesAsBase64(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  return raw instanceof Uint8Array ? Buffer.from(raw).toString('base64') : value;
}

async function communeCondition(
  db: Database,
  dataTable: DataTable,
  commune: { id: string; parentId: string | null },
): Promise<SQL> {
  if (dataTable.table === adminUnits) {
    const former = db
      .select({ id: adminUnitMergers.formerUnitId })
      .from(adminUnitMergers)
      .where(eq(adminUnitMergers.resultUnitId, commune.id));
    return or(inArray(adminUnits.id, [commune.id, commune.parentId!]), inArray(adminUnits.id, former))!;
  }
  return eq(dataTable.unitColumn, commune.id);
}

/** Rows in a stable order (primary key columns), so two backups of equal data are equal files but for the header. */
export async function selectAll(
  db: Database,
  dataTable: DataTable,
  where?: SQL,
): Promise<Record<string, unknown>[]> {
  const columns = getTableColumns(dataTable.table);
  const keys = Object.values(columns).filter((c) => c.primary);
  const order = keys.length ? keys : Object.values(columns);
  let query = db.select().from(dataTable.table).$dynamic();
  if (where) query = query.where(where);
  if (dataTable.table === adminUnits) {
    // Provinces before their communes, so a restore can insert in file order.
    return query
      .orderBy(asc(adminUnits.parentId), asc(adminUnits.code))
      .then((rows) => sortParentsFirst(rows as Record<string, unknown>[]));
  }
  return (await query.orderBy(...order.map((c) => asc(c)))) as Record<string, unknown>[];
}

function sortParentsFirst(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  return [...rows].sort(
    (a, b) =>
      Number(a.parentId !== null) - Number(b.parentId !== null) ||
      String(a.code).localeCompare(String(b.code)),
  );
}

/** Writes the backup next to its destination and renames it into place, so a failed backup leaves no file. */
export async function writeBackup(
  db: Database,
  mode: DatabaseMode,
  scope: BackupScope,
  outFile: string,
): Promise<void> {
  const temp = `${outFile}.partial`;
  try {
    await readSnapshot(db, (tx) =>
      pipeline(Readable.from(backupLines(tx, mode, scope)), createGzip(), createWriteStream(temp)),
    );
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await rename(temp, outFile);
}
