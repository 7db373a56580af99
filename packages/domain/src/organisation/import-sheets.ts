import type * as z from 'zod';
import { messageFor } from '../messages';
import {
  EMPLOYMENT_CATEGORY_LABELS,
  GENDER_LABELS,
  type EmploymentCategory,
  type Gender,
} from './organisation';
import {
  HouseholdInputSchema,
  PersonInputSchema,
  type HouseholdInput,
  type PersonInput,
} from './organisation-schemas';
import type { HouseholdSummary, ImportKind, ImportProblem, PersonSummary } from './organisation-types';
import { foldForSearch } from './search-text';
import {
  isBlank,
  readChoice,
  readDate,
  readInteger,
  readText,
  readYesNo,
  type CellReading,
  type CellValue,
} from './spreadsheet-cells';

/**
 * The Excel sheets people and households are imported from and exported to. One definition per
 * sheet drives the template, the export and the import, so the three can never disagree on columns.
 */

/** Names of the commune's units and groups, folded, to their ids: how a typed name becomes a reference. */
export interface SheetLookups {
  unitIdByName: ReadonlyMap<string, string>;
  groupIdByName: ReadonlyMap<string, string>;
}

type ColumnKind =
  | { type: 'text' }
  | { type: 'date' }
  | { type: 'integer' }
  | { type: 'yes_no' }
  | { type: 'choice'; labels: Record<string, string> }
  | { type: 'reference'; to: 'unit' | 'group' };

export interface SheetColumn<Row> {
  /** The field of the input schema this column fills. */
  field: string;
  header: string;
  required: boolean;
  /** Column width in Excel's character units. */
  width: number;
  example: CellValue;
  kind: ColumnKind;
  /** The cell written on export; dates as ISO yyyy-mm-dd, turned into Excel dates by the writer. */
  exportValue: (row: Row) => CellValue;
}

export interface SheetDefinition<Row, Input> {
  kind: ImportKind;
  sheetName: string;
  title: string;
  columns: readonly SheetColumn<Row>[];
  schema: z.ZodType<Input>;
  /** Rows with the same key are the same record: a re-import updates it instead of adding one. */
  keyOf: (input: Input) => string;
  keyField: string;
}

/** The first column numbers the rows; a row numbered like this is the template's example, never imported. */
export const ORDINAL_HEADER = 'STT';
export const EXAMPLE_ROW_MARK = 'Ví dụ';

export const PEOPLE_SHEET: SheetDefinition<PersonSummary, PersonInput> = {
  kind: 'people',
  sheetName: 'Nhân sự',
  title: 'Danh sách cán bộ, công chức, người lao động',
  schema: PersonInputSchema,
  keyOf: (p) => p.idNumber,
  keyField: 'idNumber',
  columns: [
    text('fullName', 'Họ và tên', true, 28, 'Nguyễn Thị Mai', (p) => p.fullName),
    {
      field: 'gender',
      header: 'Giới tính',
      required: true,
      width: 10,
      example: 'Nữ',
      kind: { type: 'choice', labels: GENDER_LABELS },
      exportValue: (p) => GENDER_LABELS[p.gender satisfies Gender],
    },
    date('birthDate', 'Ngày sinh', true, '1988-03-12', (p) => p.birthDate),
    text('idNumber', 'Số định danh cá nhân', true, 20, '087188001234', (p) => p.idNumber),
    text('position', 'Chức vụ', false, 24, 'Công chức Văn phòng – Thống kê', (p) => p.position),
    {
      field: 'unitId',
      header: 'Đơn vị',
      required: false,
      width: 28,
      example: null,
      kind: { type: 'reference', to: 'unit' },
      exportValue: (p) => p.unitName,
    },
    {
      field: 'employmentCategory',
      header: 'Loại cán bộ',
      required: true,
      width: 22,
      example: 'Công chức',
      kind: { type: 'choice', labels: EMPLOYMENT_CATEGORY_LABELS },
      exportValue: (p) => EMPLOYMENT_CATEGORY_LABELS[p.employmentCategory satisfies EmploymentCategory],
    },
    {
      field: 'isLeader',
      header: 'Lãnh đạo, quản lý',
      required: false,
      width: 12,
      example: 'Không',
      kind: { type: 'yes_no' },
      exportValue: (p) => (p.isLeader ? 'Có' : 'Không'),
    },
    date('serviceStart', 'Ngày bắt đầu công tác', false, '2012-06-01', (p) => p.serviceStart),
    date('serviceEnd', 'Ngày kết thúc công tác', false, null, (p) => p.serviceEnd),
  ],
};

export const HOUSEHOLDS_SHEET: SheetDefinition<HouseholdSummary, HouseholdInput> = {
  kind: 'households',
  sheetName: 'Hộ gia đình',
  title: 'Danh sách hộ gia đình',
  schema: HouseholdInputSchema,
  keyOf: householdKey,
  keyField: 'headName',
  columns: [
    {
      field: 'groupId',
      header: 'Khóm, ấp, thôn, tổ dân phố',
      required: true,
      width: 26,
      example: null,
      kind: { type: 'reference', to: 'group' },
      exportValue: (h) => h.groupName,
    },
    text('headName', 'Họ tên chủ hộ', true, 28, 'Trần Văn Bình', (h) => h.headName),
    text('address', 'Địa chỉ', true, 40, 'Số 12, đường Lê Lợi', (h) => h.address),
    {
      field: 'memberCount',
      header: 'Số nhân khẩu',
      required: true,
      width: 12,
      example: 4,
      kind: { type: 'integer' },
      exportValue: (h) => h.memberCount,
    },
  ],
};

/** A household is its group, its head and its address (compared without case or diacritics). */
export function householdKey(h: Pick<HouseholdInput, 'groupId' | 'headName' | 'address'>): string {
  return `${h.groupId}|${foldForSearch(h.headName)}|${foldForSearch(h.address)}`;
}

export const IMPORT_SHEETS = { people: PEOPLE_SHEET, households: HOUSEHOLDS_SHEET } as const;

function text<Row>(
  field: string,
  header: string,
  required: boolean,
  width: number,
  example: CellValue,
  exportValue: (row: Row) => CellValue,
): SheetColumn<Row> {
  return { field, header, required, width, example, kind: { type: 'text' }, exportValue };
}

function date<Row>(
  field: string,
  header: string,
  required: boolean,
  example: CellValue,
  exportValue: (row: Row) => CellValue,
): SheetColumn<Row> {
  return { field, header, required, width: 14, example, kind: { type: 'date' }, exportValue };
}

const normaliseHeader = (cell: CellValue) => foldForSearch(String(cell ?? '').replace(/\*/g, ''));

/** The columns found, or the problem and how many columns the row did name (to pick the closest row). */
export type HeaderMatch = { columnIndex: Map<string, number> } | { problem: ImportProblem; found: number };

/** Finds each column by its header (in any order, `*` and case ignored); names every missing one. */
export function matchHeaders<Row, Input>(
  sheet: SheetDefinition<Row, Input>,
  headerRow: readonly CellValue[],
  row: number,
): HeaderMatch {
  const positions = new Map(headerRow.map((cell, index) => [normaliseHeader(cell), index]));
  const columnIndex = new Map<string, number>();
  const missing: string[] = [];
  for (const column of sheet.columns) {
    const index = positions.get(normaliseHeader(column.header));
    if (index === undefined) missing.push(column.header);
    else columnIndex.set(column.field, index);
  }
  if (missing.length === 0) return { columnIndex };
  return {
    found: columnIndex.size,
    problem: {
      row,
      column: null,
      message: messageFor('IMPORT_MISSING_COLUMNS', {
        row,
        columns: missing.map((h) => `«${h}»`).join(', '),
      }),
    },
  };
}

export function cellProblem(row: number, column: string, problem: string): ImportProblem {
  return { row, column, message: messageFor('IMPORT_CELL_INVALID', { row, column, problem }) };
}

export type RowReading<Input> = { skipped: true } | { input: Input } | { problems: ImportProblem[] };

/**
 * Reads the rows of one sheet, one call per row in file order: converts every cell, validates the
 * record with the same schema as the forms, and catches a record given twice in the file.
 */
export function createSheetReader<Row, Input>(
  sheet: SheetDefinition<Row, Input>,
  columnIndex: ReadonlyMap<string, number>,
  lookups: SheetLookups,
) {
  const firstRowOfKey = new Map<string, number>();
  const headerOf = new Map(sheet.columns.map((c) => [c.field, c.header]));
  const keyHeader = headerOf.get(sheet.keyField) ?? sheet.keyField;
  const columnOrder = (problem: ImportProblem) => sheet.columns.findIndex((c) => c.header === problem.column);

  return function readRow(row: number, cells: readonly CellValue[]): RowReading<Input> {
    const cellOf = (field: string) => cells[columnIndex.get(field) ?? -1] ?? null;
    if (sheet.columns.every((c) => isBlank(cellOf(c.field)))) return { skipped: true };
    if (String(cells[0] ?? '').trim() === EXAMPLE_ROW_MARK) return { skipped: true };

    // Every problem of the row is reported: a cell that cannot be read, then the schema's rules on
    // the cells that could (a field already reported is not reported twice).
    const problems: ImportProblem[] = [];
    const reported = new Set<string>();
    const raw: Record<string, unknown> = {};
    for (const column of sheet.columns) {
      const reading = readCell(column.kind, cellOf(column.field), lookups);
      const problem =
        'problem' in reading
          ? reading.problem
          : reading.value === null && column.required
            ? 'bắt buộc, đang để trống.'
            : null;
      if (problem) {
        problems.push(cellProblem(row, column.header, problem));
        reported.add(column.field);
      } else if ('value' in reading && reading.value !== null) raw[column.field] = reading.value;
    }
    const parsed = sheet.schema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0]);
        if (reported.has(field)) continue;
        reported.add(field);
        problems.push(cellProblem(row, headerOf.get(field) ?? field, issue.message));
      }
    }
    if (problems.length > 0 || !parsed.success) {
      // In the order of the sheet's columns, as the user reads the row.
      return { problems: problems.sort((a, b) => columnOrder(a) - columnOrder(b)) };
    }
    const key = sheet.keyOf(parsed.data);
    const earlier = firstRowOfKey.get(key);
    if (earlier !== undefined) {
      return {
        problems: [cellProblem(row, keyHeader, `trùng với dòng ${earlier}: mỗi bản ghi chỉ ghi một dòng.`)],
      };
    }
    firstRowOfKey.set(key, row);
    return { input: parsed.data };
  };
}

function readCell(kind: ColumnKind, cell: CellValue, lookups: SheetLookups): CellReading<unknown> {
  switch (kind.type) {
    case 'text':
      return readText(cell);
    case 'date':
      return readDate(cell);
    case 'integer':
      return readInteger(cell);
    case 'yes_no':
      return readYesNo(cell);
    case 'choice':
      return readChoice(cell, kind.labels);
    case 'reference': {
      if (isBlank(cell)) return { value: null };
      const ids = kind.to === 'unit' ? lookups.unitIdByName : lookups.groupIdByName;
      const id = ids.get(foldForSearch(String(cell)));
      if (id) return { value: id };
      const what = kind.to === 'unit' ? 'đơn vị' : 'khóm, ấp, thôn, tổ dân phố';
      return { problem: `không có ${what} «${String(cell).trim()}» trong xã, phường (xem danh mục).` };
    }
  }
}
