import { Readable } from 'node:stream';
import JSZip from 'jszip';

/**
 * Hand-built .xlsx files for the import's limits: the smallest parts exceljs reads, one sheet
 * whose XML the caller gives, possibly as a stream of many megabytes (it is deflated as it comes,
 * so a test holds only the small zip).
 */
export type SheetXml = string | (() => Iterable<string>);

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
const workbookXml = (sheetName: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One `<row>` of inline-string cells (null: no cell), as Excel numbers them from 1. */
export function rowXml(number: number, cells: readonly (string | null)[]): string {
  const xml = cells
    .map((text, i) =>
      text === null
        ? ''
        : `<c r="${String.fromCharCode(65 + i)}${number}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`,
    )
    .join('');
  return `<row r="${number}">${xml}</row>`;
}

export function sheetXml(rows: Iterable<string>): () => Iterable<string> {
  return function* () {
    yield '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
    yield* rows;
    yield '</sheetData></worksheet>';
  };
}

/**
 * `streamed`: the sheet goes in with its sizes after the data (a data descriptor), so a reader
 * learns its size only by inflating it; otherwise the local header declares it.
 */
export async function craftedWorkbook(
  sheetName: string,
  sheet: SheetXml,
  { streamed = false }: { streamed?: boolean } = {},
): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', ROOT_RELS);
  zip.file('xl/workbook.xml', workbookXml(sheetName));
  zip.file('xl/_rels/workbook.xml.rels', WORKBOOK_RELS);
  // Buffers, not strings: JSZip would take a streamed string for bytes and mangle Vietnamese letters.
  const content = typeof sheet === 'string' ? sheet : Readable.from(asBuffers(sheet()));
  zip.file('xl/worksheets/sheet1.xml', content);
  const stream = zip.generateNodeStream({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
    streamFiles: streamed,
  });
  // JSZip's stream is an old-style one, not async iterable.
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('error', reject);
    stream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

function* asBuffers(parts: Iterable<string>): Generator<Buffer> {
  for (const part of parts) yield Buffer.from(part);
}

/** `size` characters of one letter, in chunks of 1 MiB. */
export function* repeated(letter: string, size: number): Generator<string> {
  const chunk = letter.repeat(2 ** 20);
  for (let left = size; left > 0; left -= chunk.length)
    yield left >= chunk.length ? chunk : chunk.slice(0, left);
}
