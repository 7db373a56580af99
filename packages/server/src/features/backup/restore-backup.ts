import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { eq, getTableColumns } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/database';
import { isUniqueViolation } from '../../db/errors';
import { codeSchemaVersion } from '../../db/schema-version';
import { adminUnits, users } from '../../db/schema';
import { DATA_TABLES, deleteUnitData, type DataTable } from '../../db/tables';
import { AppError } from '../../http/app-error';
import {
  BACKUP_FORMAT_VERSION,
  BackupHeaderSchema,
  BackupRowSchema,
  BackupTrailerSchema,
  type BackupHeader,
} from './backup-format';
import { BackupReferenceCheck } from './backup-references';

const BATCH = 500;

export interface RestoreResult {
  header: BackupHeader;
  counts: Record<string, number>;
}

const invalid = (reason: string) => new AppError('BACKUP_INVALID_FILE', 400, { reason });

/**
 * Restores a backup in one transaction: the file's communes (all units for a full backup) get
 * exactly the file's rows; units already known by code keep their id here and the file's ids are
 * mapped onto them. Any error rolls everything back; a newer schema is refused before anything.
 * Errors name the file's line and table, never a row's values (they hold identification numbers).
 */
export async function restoreBackup(db: Database, file: string): Promise<RestoreResult> {
  const lines = readLines(file);
  const header = parseHeader((await nextLine(lines)).text);
  return db.transaction(async (tx) => {
    const restorer = new Restorer(tx, header);
    let trailer: unknown;
    for await (const { text, line } of lines) {
      if (trailer !== undefined) throw invalid('có dữ liệu sau dòng kết thúc.');
      const value = parseJson(text);
      if (value && typeof value === 'object' && 'end' in value) {
        trailer = value;
        continue;
      }
      const row = BackupRowSchema.safeParse(value);
      if (!row.success) throw invalid('dòng dữ liệu sai cấu trúc.');
      await restorer.add(row.data.t, row.data.r, line);
    }
    await restorer.finish();
    const end = BackupTrailerSchema.safeParse(trailer);
    if (!end.success) throw invalid('tệp bị cắt cụt (thiếu dòng kết thúc).');
    for (const [table, n] of Object.entries(end.data.counts)) {
      if ((restorer.counts[table] ?? 0) !== n)
        throw invalid(`bảng ${table} có ${restorer.counts[table] ?? 0} dòng, tệp ghi ${n}.`);
    }
    return { header, counts: restorer.counts };
  });
}

/** The file's non-blank lines with their line numbers (1 is the header). */
async function* readLines(file: string): AsyncGenerator<{ text: string; line: number }> {
  const gunzip = createGunzip();
  const input = createReadStream(file)
    .on('error', (e) => gunzip.destroy(e))
    .pipe(gunzip);
  let line = 0;
  try {
    for await (const text of createInterface({ input, crlfDelay: Infinity })) {
      line++;
      if (text.trim()) yield { text, line };
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw invalid(`không có tệp ${file}.`);
    throw invalid('không giải nén được (tệp hỏng hoặc không phải tệp sao lưu).');
  }
}

async function nextLine<T>(lines: AsyncGenerator<T>): Promise<T> {
  const first = await lines.next();
  if (first.done) throw invalid('tệp rỗng.');
  return first.value;
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    throw invalid('có dòng không phải JSON.');
  }
}

function parseHeader(line: string): BackupHeader {
  const parsed = BackupHeaderSchema.safeParse(parseJson(line));
  if (!parsed.success) throw invalid('thiếu phần đầu tệp.');
  const header = parsed.data;
  if (header.formatVersion > BACKUP_FORMAT_VERSION)
    throw new AppError('BACKUP_FORMAT_UNSUPPORTED', 400, { formatVersion: header.formatVersion });
  const current = codeSchemaVersion().version;
  if (header.schemaVersion > current) {
    throw new AppError('BACKUP_NEWER_SCHEMA', 400, {
      fileVersion: header.schemaVersion,
      currentVersion: current,
    });
  }
  return header;
}

class Restorer {
  readonly counts: Record<string, number> = {};
  /** File admin unit id → this database's id for the same code. */
  private readonly unitIds = new Map<string, string>();
  /** Units whose data the file replaces (this database's ids). */
  private readonly owned = new Set<string>();
  private cleared = false;
  private pending: { dataTable: DataTable; rows: Record<string, unknown>[]; lines: number[] } | null = null;
  private readonly references = new BackupReferenceCheck();

  constructor(
    private readonly tx: Database,
    private readonly header: BackupHeader,
  ) {}

  async add(tableName: string, row: Record<string, unknown>, line: number): Promise<void> {
    const dataTable = DATA_TABLES.find((t) => t.name === tableName);
    if (!dataTable) throw invalid(`bảng ${tableName} không có trong phần mềm này.`);
    this.counts[tableName] = (this.counts[tableName] ?? 0) + 1;
    const broken = this.references.add(dataTable, row, line);
    if (broken) throw new AppError('BACKUP_BROKEN_REFERENCE', 400, { ...broken });
    if (dataTable.table === adminUnits) {
      try {
        return await this.addUnit(row);
      } catch (error) {
        throw error instanceof AppError ? error : refused(dataTable, line);
      }
    }
    if (!this.cleared) await this.clearOwnedData();
    if (this.pending && this.pending.dataTable !== dataTable) await this.flush();
    this.pending ??= { dataTable, rows: [], lines: [] };
    this.pending.rows.push(this.remap(dataTable, toColumnValues(dataTable, row)));
    this.pending.lines.push(line);
    if (this.pending.rows.length >= BATCH) await this.flush();
  }

  /** The last rows, then the references that pointed forward (a unit's parent unit …). */
  async finish(): Promise<void> {
    await this.flush();
    const broken = this.references.finish();
    if (broken) throw new AppError('BACKUP_BROKEN_REFERENCE', 400, { ...broken });
  }

  private async flush(): Promise<void> {
    if (!this.pending) return;
    const { dataTable, rows, lines } = this.pending;
    this.pending = null;
    try {
      // In a savepoint, so that a refused batch can be tried row by row to name the refused line.
      await this.tx.transaction((sp) => sp.insert(dataTable.table).values(rows));
    } catch (error) {
      if (isUniqueViolation(error) && dataTable.table === users) {
        throw new AppError('BACKUP_CONFLICT', 409, {
          detail: 'một tên đăng nhập trong tệp đã thuộc về đơn vị khác trong cơ sở dữ liệu này.',
        });
      }
      throw await this.refusedRow(dataTable, rows, lines);
    }
  }

  /** The first row of a refused batch that the database refuses on its own (the whole restore rolls back anyway). */
  private async refusedRow(
    dataTable: DataTable,
    rows: Record<string, unknown>[],
    lines: number[],
  ): Promise<AppError> {
    for (const [i, row] of rows.entries()) {
      try {
        await this.tx.transaction((sp) => sp.insert(dataTable.table).values(row));
      } catch {
        return refused(dataTable, lines[i]!);
      }
    }
    return refused(dataTable, lines[0]!);
  }

  private async addUnit(raw: Record<string, unknown>): Promise<void> {
    const row = toColumnValues(DATA_TABLES[0]!, raw) as typeof adminUnits.$inferInsert & { id: string };
    const parentId = row.parentId ? this.unitIds.get(row.parentId) : null;
    if (row.parentId && !parentId) throw invalid(`đơn vị ${row.code} đứng trước đơn vị cấp trên của nó.`);
    const isOwned =
      this.header.scope.kind === 'all' || row.id === this.header.scope.id || row.dissolvedOn !== null;
    const [existing] = await this.tx.select().from(adminUnits).where(eq(adminUnits.code, row.code));
    let id = row.id;
    if (!existing) {
      await this.tx.insert(adminUnits).values({ ...row, parentId });
    } else {
      id = existing.id;
      if (isOwned) {
        const { id: _id, createdAt: _createdAt, ...fields } = row;
        await this.tx
          .update(adminUnits)
          .set({ ...fields, parentId })
          .where(eq(adminUnits.id, id));
      }
    }
    this.unitIds.set(row.id, id);
    if (isOwned) this.owned.add(id);
  }

  /** The owned units' rows go before the file's rows come in: what the file holds is what remains. */
  private async clearOwnedData(): Promise<void> {
    this.cleared = true;
    await deleteUnitData(this.tx, [...this.owned]);
  }

  private remap(dataTable: DataTable, row: Record<string, unknown>): Record<string, unknown> {
    const columns = getTableColumns(dataTable.table);
    for (const ref of dataTable.unitRefs) {
      const key = keyOf(columns, ref);
      const fileId = row[key];
      if (typeof fileId !== 'string') continue;
      const id = this.unitIds.get(fileId);
      if (!id) throw invalid(`bảng ${dataTable.name} tham chiếu đơn vị không có trong tệp.`);
      row[key] = id;
    }
    return row;
  }
}

const refused = (dataTable: DataTable, line: number) =>
  new AppError('BACKUP_ROW_REFUSED', 400, { table: dataTable.name, line });

function keyOf(columns: Record<string, PgColumn>, column: PgColumn): string {
  return Object.entries(columns).find(([, c]) => c === column)![0];
}

/** JSON values back to what the columns take: timestamps become dates, base64 bytes; unknown fields are refused. */
function toColumnValues(dataTable: DataTable, raw: Record<string, unknown>): Record<string, unknown> {
  const columns = getTableColumns(dataTable.table);
  const row: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const column = columns[key];
    if (!column) throw invalid(`bảng ${dataTable.name} không có cột ${key}.`);
    if (typeof value === 'string' && column.columnType === 'PgTimestamp') row[key] = new Date(value);
    else if (typeof value === 'string' && column.getSQLType() === 'bytea')
      row[key] = Buffer.from(value, 'base64');
    else row[key] = value;
  }
  return row;
}
