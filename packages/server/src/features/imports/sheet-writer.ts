import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import {
  EXAMPLE_ROW_MARK,
  ORDINAL_HEADER,
  type CellValue,
  type SheetColumn,
  type SheetDefinition,
} from '@thidua/domain';

export interface SheetWriteOptions {
  communeName: string;
  /** Names offered in the drop-down lists of reference columns (units, residential groups). */
  unitNames: readonly string[];
  groupNames: readonly string[];
  /** The template carries one example row that the import skips. */
  withExample: boolean;
}

const HEADER_ROW = 3;
const LISTS_SHEET = 'Danh mục';
/** Rows below the data that still get the drop-down lists, for rows the user adds. */
const SPARE_ROWS = 1_000;

/**
 * Writes one sheet definition as an .xlsx file, streaming rows so a province's export never sits
 * whole in memory: a title, a note, the header (frozen), the rows, and drop-down lists on the
 * columns with fixed choices. The same layout serves as template, export and import source.
 */
export async function writeSheetWorkbook<Row, Input>(
  out: Writable,
  sheet: SheetDefinition<Row, Input>,
  rows: AsyncIterable<Row> | Iterable<Row>,
  options: SheetWriteOptions,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Thi đua, Khen thưởng số';
  const worksheet = workbook.addWorksheet(sheet.sheetName, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const lists = workbook.addWorksheet(LISTS_SHEET);
  const columns = sheet.columns;
  worksheet.columns = [{ width: 7 }, ...columns.map((c) => ({ width: c.width }))];

  const lastColumn = columns.length + 1;
  const title = worksheet.getRow(1);
  title.getCell(1).value = `${sheet.title.toUpperCase()} – ${options.communeName}`;
  title.font = { bold: true, size: 13 };
  worksheet.mergeCells(1, 1, 1, lastColumn);
  title.commit();
  const note = worksheet.getRow(2);
  note.getCell(1).value =
    `Cột có dấu * là bắt buộc. Ngày ghi dạng ngày/tháng/năm (ví dụ 05/09/1985). ` +
    `Dòng có STT «${EXAMPLE_ROW_MARK}» là dòng mẫu, không được nhập.`;
  note.font = { italic: true, size: 10 };
  worksheet.mergeCells(2, 1, 2, lastColumn);
  note.commit();

  const header = worksheet.getRow(HEADER_ROW);
  header.values = [ORDINAL_HEADER, ...columns.map((c) => `${c.header}${c.required ? ' *' : ''}`)];
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.height = 32;
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.border = {
      top: { style: 'thin' },
      bottom: { style: 'thin' },
      left: { style: 'thin' },
      right: { style: 'thin' },
    };
  });
  header.commit();

  let rowNumber = HEADER_ROW;
  if (options.withExample) {
    const example = worksheet.getRow(++rowNumber);
    fillRow(example, EXAMPLE_ROW_MARK, columns, (c) => exampleValue(c, options));
    example.font = { italic: true, color: { argb: 'FF808080' } };
    example.commit();
  }
  let ordinal = 0;
  for await (const record of rows) {
    const row = worksheet.getRow(++rowNumber);
    fillRow(row, ++ordinal, columns, (c) => c.exportValue(record));
    row.commit();
  }

  const listRanges = writeLists(lists, columns, options);
  columns.forEach((column, index) => {
    const formula = listRanges.get(column.field);
    if (!formula) return;
    const letter = columnLetter(index + 2);
    dataValidationsOf(worksheet).add(`${letter}${HEADER_ROW + 1}:${letter}${rowNumber + SPARE_ROWS}`, {
      type: 'list',
      allowBlank: !column.required,
      formulae: [formula],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: column.header,
      error: 'Giá trị không có trong danh mục.',
    });
  });
  worksheet.commit();
  lists.commit();
  await workbook.commit();
}

function fillRow<Column>(
  row: ExcelJS.Row,
  ordinal: CellValue,
  columns: readonly SheetColumn<Column>[],
  valueOf: (column: SheetColumn<Column>) => CellValue,
): void {
  row.getCell(1).value = ordinal;
  columns.forEach((column, index) => {
    const cell = row.getCell(index + 2);
    const value = valueOf(column);
    if (column.kind.type === 'date' && typeof value === 'string') {
      cell.value = new Date(`${value}T00:00:00Z`);
      cell.numFmt = 'dd/mm/yyyy';
    } else {
      cell.value = value;
    }
    if (column.kind.type === 'text') cell.numFmt = '@';
  });
}

/** The example row: the column's own example, or for references the first name on the list. */
function exampleValue<Row>(column: SheetColumn<Row>, options: SheetWriteOptions): CellValue {
  if (column.kind.type !== 'reference') return column.example;
  return (column.kind.to === 'unit' ? options.unitNames : options.groupNames)[0] ?? null;
}

/** Writes each drop-down list as a column of the lists sheet; returns the range formula per field. */
function writeLists<Row>(
  lists: ExcelJS.Worksheet,
  columns: readonly SheetColumn<Row>[],
  options: SheetWriteOptions,
): Map<string, string> {
  const entries: { field: string; title: string; values: readonly string[] }[] = [];
  for (const column of columns) {
    const kind = column.kind;
    if (kind.type === 'choice')
      entries.push({ field: column.field, title: column.header, values: Object.values(kind.labels) });
    if (kind.type === 'yes_no')
      entries.push({ field: column.field, title: column.header, values: ['Có', 'Không'] });
    if (kind.type === 'reference') {
      const names = kind.to === 'unit' ? options.unitNames : options.groupNames;
      if (names.length > 0) entries.push({ field: column.field, title: column.header, values: names });
    }
  }
  lists.columns = entries.map(() => ({ width: 36 }));
  const height = Math.max(0, ...entries.map((e) => e.values.length));
  for (let r = 0; r <= height; r++) {
    const row = lists.getRow(r + 1);
    entries.forEach((entry, c) => {
      row.getCell(c + 1).value = r === 0 ? entry.title : (entry.values[r - 1] ?? null);
    });
    if (r === 0) row.font = { bold: true };
    row.commit();
  }
  return new Map(
    entries.map((entry, c) => {
      const letter = columnLetter(c + 1);
      return [entry.field, `'${LISTS_SHEET}'!$${letter}$2:$${letter}$${entry.values.length + 1}`];
    }),
  );
}

/** 1 → A, 27 → AA. */
function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** exceljs writes data validations in streaming mode too, but its types declare them only on the regular worksheet. */
function dataValidationsOf(worksheet: ExcelJS.Worksheet): {
  add(range: string, validation: ExcelJS.DataValidation): void;
} {
  return (worksheet as unknown as { dataValidations: ReturnType<typeof dataValidationsOf> }).dataValidations;
}
