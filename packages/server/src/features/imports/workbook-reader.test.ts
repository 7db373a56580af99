import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { HOUSEHOLDS_SHEET, type HouseholdSummary } from '@thidua/domain';
import { writeSheetWorkbook } from './sheet-writer';
import { readWorkbookSheets } from './workbook-reader';

// Long runs of multi-byte letters, so that many 16 KiB chunk boundaries fall inside a letter.
const names = (i: number) => `Nguyễn Thị Phượng Hồng Đức ${i} – Trương Quỳnh Hương Ưng`;
const addresses = (i: number) => `Số ${i}, đường Phạm Ngũ Lão, khu phố Mỹ Phước, phường Đồng Xoài`;
const ROWS = 20_000;

async function readAllText(file: Buffer): Promise<string[]> {
  const texts: string[] = [];
  for await (const rows of readWorkbookSheets(file)) {
    for await (const row of rows)
      for (const cell of row.cells) if (typeof cell === 'string') texts.push(cell);
  }
  return texts;
}

describe('readWorkbookSheets keeps every Vietnamese letter', () => {
  it('in inline strings, as the app writes them, across thousands of rows', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    const rows: HouseholdSummary[] = Array.from({ length: ROWS }, (_, i) => ({
      id: String(i),
      groupId: 'g',
      groupName: 'Khóm Mỹ Phước',
      headName: names(i),
      address: addresses(i),
      memberCount: 3,
      retiredOn: null,
    }));
    await writeSheetWorkbook(out, HOUSEHOLDS_SHEET, rows, {
      communeName: 'Phường Đồng Xoài',
      unitNames: [],
      groupNames: ['Khóm Mỹ Phước'],
      withExample: false,
    });
    const texts = await readAllText(Buffer.concat(chunks));
    const garbled = texts.filter((t) => t.includes('\uFFFD'));
    expect(garbled).toEqual([]);
    expect(texts.filter((t) => t === names(ROWS - 1) || t === addresses(ROWS - 1))).toHaveLength(2);
  });

  it('in shared strings, as Excel writes them', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Hộ gia đình');
    for (let i = 0; i < ROWS; i++) sheet.addRow([i + 1, 'Khóm Mỹ Phước', names(i), addresses(i), 3]);
    const texts = await readAllText(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(texts.filter((t) => t.includes('\uFFFD'))).toEqual([]);
    expect(texts).toContain(names(ROWS - 1));
  });
});
