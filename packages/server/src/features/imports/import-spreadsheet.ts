import { and, eq, sql } from 'drizzle-orm';
import {
  createSheetReader,
  foldForSearch,
  formatNumberVi,
  IMPORT_SHEETS,
  matchHeaders,
  messageFor,
  type ImportKind,
  type ImportOutcome,
  type ImportProblem,
  type ImportStatus,
  type SheetDefinition,
  type SheetLookups,
} from '@thidua/domain';
import { bulkInsert } from '../../db/bulk-insert';
import type { Database } from '../../db/database';
import { households, people } from '../../db/schema';
import { AppError } from '../../http/app-error';
import { recordAudits, type Actor, type AuditEntry } from '../../records/record-audit';
import { householdDerivedColumns } from '../organisation/households';
import { personDerivedColumns } from '../organisation/people';
import { changedFields } from '../../records/record-changes';
import { activeReferences, type NamedRecord } from './active-references';
import { readWorkbookSheets, type SheetRow } from './workbook-reader';

/** A commune has at most some 15,000 households; 100,000 rows is what the benchmark holds to 30 s and 1 GiB. */
export const MAX_IMPORT_ROWS = 100_000;
/** Enough to fix a file by, and a job status the page can poll; the count says how many more there are. */
export const MAX_REPORTED_PROBLEMS = 1_000;
/** Rows a file may hold besides its data: titles, the header, the example, a template's list sheet. */
const ROWS_BESIDE_DATA = 10_000;
/** Longer than any field a sheet takes (names, addresses); a longer cell is reported, not quoted. */
export const MAX_CELL_CHARS = 1_000;
const WRITE_BATCH = 5_000;
/** How many rows of a sheet may come before its header (a title, a note). */
const HEADER_SEARCH_ROWS = 10;

export interface ImportProgress {
  status: ImportStatus;
  rowsRead: number;
  rowsTotal: number | null;
  rowsWritten: number;
}

export interface ImportOptions {
  dryRun: boolean;
  /** Names the import in the audit log, so each record's history points to it. */
  importId: string;
  fileName: string;
  onProgress?: (progress: ImportProgress) => void;
  /** At most this many rows (MAX_IMPORT_ROWS unless a test sets a small one). */
  maxRows?: number;
  /** At most this many bytes unpacked (MAX_UNCOMPRESSED_BYTES unless a test sets a small one). */
  maxUncompressedBytes?: number;
}

export type ImportResult =
  | { status: 'done'; outcome: ImportOutcome; rowsRead: number }
  | { status: 'invalid'; problems: ImportProblem[]; problemCount: number; rowsRead: number };

interface ValidRow<Input> {
  row: number;
  input: Input;
}

/**
 * Imports people or households from an .xlsx file: every row is read and checked first, with
 * every problem reported by row and column; only a file without problems is written, in one
 * transaction, where a record already present (same identification number; same group, head
 * and address) is updated rather than added, and an unchanged one is left alone.
 */
export async function importSpreadsheet(
  db: Database,
  actor: Actor,
  communeId: string,
  kind: ImportKind,
  file: Buffer,
  options: ImportOptions,
): Promise<ImportResult> {
  const progress: ImportProgress = { status: 'reading', rowsRead: 0, rowsTotal: null, rowsWritten: 0 };
  const report = (change: Partial<ImportProgress>) => {
    Object.assign(progress, change);
    options.onProgress?.({ ...progress });
  };
  report({});

  // The two sheets differ only in their input type, which the writers below know again.
  const sheet = IMPORT_SHEETS[kind] as unknown as SheetDefinition<unknown, Record<string, unknown>>;
  const maxRows = options.maxRows ?? MAX_IMPORT_ROWS;
  const limits = { maxRows, maxUncompressedBytes: options.maxUncompressedBytes };
  const read = await readRows(sheet, file, await loadLookups(db, communeId), limits, (rowsRead) =>
    report({ status: 'validating', rowsRead }),
  );
  if (read.problemCount > 0) {
    return {
      status: 'invalid',
      problems: read.problems,
      problemCount: read.problemCount,
      rowsRead: read.rowsRead,
    };
  }
  report({
    status: options.dryRun ? 'validating' : 'writing',
    rowsRead: read.rowsRead,
    rowsTotal: read.valid.length,
  });
  const outcome = await applyRows(db, actor, communeId, TARGETS[kind], read.valid, options, (rowsWritten) =>
    report({ rowsWritten }),
  );
  return { status: 'done', outcome, rowsRead: read.rowsRead };
}

async function loadLookups(db: Database, communeId: string): Promise<SheetLookups> {
  const { units, groups } = await activeReferences(db, communeId);
  const byFoldedName = (records: NamedRecord[]) => new Map(records.map((r) => [foldForSearch(r.name), r.id]));
  return { unitIdByName: byFoldedName(units), groupIdByName: byFoldedName(groups) };
}

interface ReadOutcome {
  valid: ValidRow<Record<string, unknown>>[];
  problems: ImportProblem[];
  problemCount: number;
  rowsRead: number;
}

/** Finds the sheet whose header row names the columns, then checks every row below it. */
async function readRows(
  sheet: SheetDefinition<unknown, Record<string, unknown>>,
  file: Buffer,
  lookups: SheetLookups,
  { maxRows, maxUncompressedBytes }: { maxRows: number; maxUncompressedBytes: number | undefined },
  onRows: (rowsRead: number) => void,
): Promise<ReadOutcome> {
  const outcome: ReadOutcome = { valid: [], problems: [], problemCount: 0, rowsRead: 0 };
  const addProblems = (problems: ImportProblem[]) => {
    outcome.problemCount += problems.length;
    const room = MAX_REPORTED_PROBLEMS - outcome.problems.length;
    if (room > 0) outcome.problems.push(...problems.slice(0, room));
  };
  const tooManyRows = () => new AppError('IMPORT_TOO_MANY_ROWS', 400, { max: maxRows });
  let found = false;
  let closest: { found: number; row: SheetRow } | null = null;
  // Blank rows and other sheets' rows cost as much to read as data: every one counts.
  let rowsInFile = 0;
  let rowsBelowHeader = 0;
  let columns: { header: string; index: number }[] = [];
  try {
    for await (const rows of readWorkbookSheets(file, { maxUncompressedBytes })) {
      let readRow: ReturnType<typeof createSheetReader<unknown, Record<string, unknown>>> | null = null;
      for await (const row of rows) {
        rowsInFile += 1;
        if (rowsInFile > maxRows + ROWS_BESIDE_DATA) throw tooManyRows();
        // Every row is consumed even when unused: the streaming reader needs each sheet drained.
        if (found && !readRow) continue;
        if (!readRow) {
          if (row.number > HEADER_SEARCH_ROWS) continue;
          const match = matchHeaders(sheet, row.cells, row.number);
          if ('columnIndex' in match) {
            readRow = createSheetReader(sheet, match.columnIndex, lookups);
            columns = sheet.columns.map((c) => ({
              header: c.header,
              index: match.columnIndex.get(c.field)!,
            }));
            found = true;
          } else {
            if (match.found > 0 && (!closest || match.found > closest.found))
              closest = { found: match.found, row };
          }
          continue;
        }
        rowsBelowHeader += 1;
        if (rowsBelowHeader > maxRows) throw tooManyRows();
        // A cell longer than any field is named, not read: the row's messages would quote it.
        const tooLong = longCellProblems(row, columns);
        const reading = tooLong.length > 0 ? { problems: tooLong } : readRow(row.number, row.cells);
        if ('skipped' in reading) continue;
        outcome.rowsRead += 1;
        if ('problems' in reading) addProblems(reading.problems);
        else outcome.valid.push({ row: row.number, input: reading.input });
        if (outcome.rowsRead % 1_000 === 0) onRows(outcome.rowsRead);
      }
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('IMPORT_FILE_UNREADABLE', 400, { sheetName: sheet.sheetName });
  }
  if (!found) {
    if (!closest) throw new AppError('IMPORT_FILE_UNREADABLE', 400, { sheetName: sheet.sheetName });
    const match = matchHeaders(sheet, closest.row.cells, closest.row.number);
    if ('problem' in match) addProblems([match.problem]);
  } else if (outcome.rowsRead === 0) {
    throw new AppError('IMPORT_NO_ROWS', 400);
  }
  onRows(outcome.rowsRead);
  return outcome;
}

function longCellProblems(row: SheetRow, columns: { header: string; index: number }[]): ImportProblem[] {
  return columns.flatMap(({ header, index }) => {
    const cell = row.cells[index];
    if (typeof cell !== 'string' || cell.length <= MAX_CELL_CHARS) return [];
    const params = {
      row: row.number,
      column: header,
      length: formatNumberVi(cell.length),
      max: formatNumberVi(MAX_CELL_CHARS),
    };
    return [{ row: row.number, column: header, message: messageFor('IMPORT_CELL_TOO_LONG', params) }];
  });
}

/** Where each kind of record goes, and what identifies one already there. */
interface ImportTarget {
  entity: 'person' | 'household';
  table: typeof people | typeof households;
  /** The column that identifies a record, in the table and in a file's row with its derived columns. */
  keyColumn: 'idNumber' | 'matchKey';
  derive: (input: Record<string, unknown>) => Record<string, unknown>;
}

const personColumns = (input: Record<string, unknown>) =>
  personDerivedColumns(input as Parameters<typeof personDerivedColumns>[0]);
const householdColumns = (input: Record<string, unknown>) =>
  householdDerivedColumns(input as Parameters<typeof householdDerivedColumns>[0]);

const TARGETS: Record<ImportKind, ImportTarget> = {
  people: {
    entity: 'person',
    table: people,
    keyColumn: 'idNumber',
    derive: personColumns,
  },
  households: {
    entity: 'household',
    table: households,
    keyColumn: 'matchKey',
    derive: householdColumns,
  },
};

/**
 * Sorts the file's records into new, changed and unchanged against what the commune holds, then
 * (unless it is a dry run) writes them in one transaction with an audit entry per record touched
 * and one for the import itself.
 */
async function applyRows(
  db: Database,
  actor: Actor,
  communeId: string,
  { entity, table, keyColumn, derive }: ImportTarget,
  valid: readonly ValidRow<Record<string, unknown>>[],
  options: ImportOptions,
  onWritten: (rows: number) => void,
): Promise<ImportOutcome> {
  const stored = await db.select().from(table).where(eq(table.communeId, communeId));
  const existingByKey = new Map(stored.map((row) => [String(row[keyColumn as keyof typeof row]), row]));
  // Each row's derived columns (search text, sort and match keys) are computed once, here.
  type Planned = { input: Record<string, unknown>; derived: Record<string, unknown> };
  const created: Planned[] = [];
  const updated: (Planned & { id: string; changes: Record<string, unknown> })[] = [];
  for (const { input } of valid) {
    const derived = derive(input);
    const before = existingByKey.get(String({ ...input, ...derived }[keyColumn]));
    if (!before) {
      created.push({ input, derived });
      continue;
    }
    const changes = changedFields(before, input);
    if (Object.keys(changes).length > 0) updated.push({ id: before.id, input, derived, changes });
  }
  const outcome: ImportOutcome = {
    created: created.length,
    updated: updated.length,
    unchanged: valid.length - created.length - updated.length,
  };
  if (options.dryRun) return outcome;

  await db.transaction(async (tx) => {
    let written = 0;
    for (let start = 0; start < created.length; start += WRITE_BATCH) {
      const planned = created.slice(start, start + WRITE_BATCH);
      const batch = planned.map(({ input, derived }) => ({
        communeId,
        id: crypto.randomUUID(),
        ...input,
        ...derived,
      }));
      await bulkInsert(tx, table, batch);
      await recordAudits(
        tx,
        actor,
        batch.map((row, i) =>
          auditOf(communeId, entity, row.id, { ...planned[i]!.input, importId: options.importId }),
        ),
      );
      written += batch.length;
      onWritten(written);
    }
    for (let start = 0; start < updated.length; start += WRITE_BATCH) {
      const batch = updated.slice(start, start + WRITE_BATCH);
      for (const { id, input, derived } of batch) {
        await tx
          .update(table)
          .set({ ...input, ...derived, updatedAt: sql`now()` })
          .where(and(eq(table.communeId, communeId), eq(table.id, id)));
      }
      await recordAudits(
        tx,
        actor,
        batch.map(({ id, changes }) =>
          auditOf(communeId, entity, id, { ...changes, importId: options.importId }),
        ),
      );
      written += batch.length;
      onWritten(written);
    }
    await recordAudits(tx, actor, [
      {
        adminUnitId: communeId,
        action: 'import',
        entity: 'import',
        entityId: options.importId,
        changes: {
          kind: entity === 'person' ? 'people' : 'households',
          fileName: options.fileName,
          ...outcome,
        },
      },
    ]);
  });
  return outcome;
}

function auditOf(
  communeId: string,
  entity: string,
  id: string,
  changes: Record<string, unknown>,
): AuditEntry {
  return { adminUnitId: communeId, action: 'import', entity, entityId: id, changes };
}
