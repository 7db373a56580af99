import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CellValue } from '@thidua/domain';

export interface SheetRow {
  /** The row number Excel shows. */
  number: number;
  /** Cells from the first column (index 0), normalised for the domain reader. */
  cells: CellValue[];
}

/**
 * Reads every worksheet of an .xlsx file row by row without holding the whole workbook in memory
 * (a province's household list has hundreds of thousands of rows). Yields per worksheet so the
 * caller can pick the sheet whose header it recognises.
 */
export async function* readWorkbookSheets(
  source: Buffer | Readable,
): AsyncGenerator<AsyncGenerator<SheetRow>> {
  const stream = Buffer.isBuffer(source) ? Readable.from([source]) : source;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    sharedStrings: 'cache',
    // Styles tell date cells from number cells: exceljs then hands dates over as Date objects.
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  for await (const worksheet of reader) {
    yield rowsOf(worksheet as AsyncIterable<ExcelJS.Row>);
  }
}

async function* rowsOf(worksheet: AsyncIterable<ExcelJS.Row>): AsyncGenerator<SheetRow> {
  for await (const row of worksheet) {
    const values = row.values as ExcelJS.CellValue[];
    // exceljs numbers cells from 1; index 0 is always empty.
    yield { number: row.number, cells: values.slice(1).map(normaliseCell) };
  }
}

/** Text, number or boolean as the domain reads them; dates as ISO yyyy-mm-dd; formulas as their result. */
export function normaliseCell(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : isoDateOf(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return normaliseCell(value.result as ExcelJS.CellValue);
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('sharedFormula' in value) return null;
  if ('error' in value) return null;
  return null;
}

/** Excel dates carry no time zone: exceljs reads them as UTC midnight, so the UTC fields are the day typed. */
export function isoDateOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}
