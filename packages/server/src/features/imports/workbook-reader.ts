import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CellValue } from '@thidua/domain';
import { checkUncompressedSize } from './check-uncompressed-size';

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
  file: Buffer,
  { maxUncompressedBytes }: { maxUncompressedBytes?: number } = {},
): AsyncGenerator<AsyncGenerator<SheetRow>> {
  // exceljs inflates and parses whatever the zip holds: its size is bounded before exceljs sees it.
  await checkUncompressedSize(file, maxUncompressedBytes);
  const reader = new Utf8WorkbookReader(Readable.from([file]), {
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

/**
 * exceljs 4.4.0's stream reader decodes every chunk of a sheet on its own (lib/utils/parse-sax.js),
 * so a letter whose bytes straddle a 16 KiB boundary becomes U+FFFD: «Khóm» turns into «Kh��m»
 * at random places in long Vietnamese files (exceljs issues #2063, #2084, #2316; not fixed
 * upstream). This reader hands exceljs's parser text decoded as one stream instead: the sheets and
 * the shared strings go through a single streaming TextDecoder each.
 */
const BaseReader = ExcelJS.stream.xlsx.WorkbookReader as unknown as new (
  input: Readable,
  options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>,
) => AsyncIterable<unknown> & {
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
};

class Utf8WorkbookReader extends BaseReader {
  override _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string) {
    return super._parseWorksheet(decodeUtf8(iterator), sheetNo);
  }

  override _parseSharedStrings(entry: Readable) {
    return super._parseSharedStrings(Readable.from(decodeUtf8(entry)));
  }
}

async function* decodeUtf8(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) {
    yield typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  }
  const rest = decoder.decode();
  if (rest) yield rest;
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
