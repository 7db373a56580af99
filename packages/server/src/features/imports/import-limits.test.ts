import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { HOUSEHOLDS_SHEET, messageFor } from '@thidua/domain';
import { auditLog, households } from '../../db/schema';
import { craftedWorkbook, repeated, rowXml, sheetXml } from '../../test/crafted-workbook';
import { testDatabaseModes } from '../../test/test-database';
import { useTestApp } from '../../test/test-app';
import { SYSTEM_ACTOR } from '../../records/record-audit';
import { MAX_UNCOMPRESSED_BYTES } from './check-uncompressed-size';
import {
  importSpreadsheet,
  MAX_CELL_CHARS,
  MAX_REPORTED_PROBLEMS,
  type ImportOptions,
} from './import-spreadsheet';

const SHEET = HOUSEHOLDS_SHEET.sheetName;
const HEADER = rowXml(
  1,
  HOUSEHOLDS_SHEET.columns.map((c) => c.header),
);
const MIB = 2 ** 20;

describe.each(testDatabaseModes())('import limits on %s', (mode) => {
  const ctx = useTestApp(mode);

  const run = (file: Buffer, options: Partial<ImportOptions> = {}) =>
    importSpreadsheet(ctx.database.db, SYSTEM_ACTOR, ctx.seed.communeA.id, 'households', file, {
      dryRun: false,
      importId: crypto.randomUUID(),
      fileName: 'ho.xlsx',
      ...options,
    });
  /** Households and audit rows of the commune: a refused file must leave both as they were. */
  const written = async () => {
    const communeId = ctx.seed.communeA.id;
    const [h] = await ctx.database.db
      .select({ n: count() })
      .from(households)
      .where(eq(households.communeId, communeId));
    const [a] = await ctx.database.db
      .select({ n: count() })
      .from(auditLog)
      .where(eq(auditLog.adminUnitId, communeId));
    return { households: h!.n, audits: a!.n };
  };

  it('refuses a zip bomb by its inflated size, without holding it in memory', async () => {
    // 160 MiB of one letter in a single cell: about 160 KiB once deflated, sizes only after the data.
    const bomb = await craftedWorkbook(
      SHEET,
      sheetXml(
        (function* () {
          yield HEADER;
          yield '<row r="2"><c r="B2" t="inlineStr"><is><t>';
          yield* repeated('A', 160 * MIB);
          yield '</t></is></c></row>';
        })(),
      ),
      { streamed: true },
    );
    expect(bomb.length).toBeLessThan(MIB);
    const before = await written();
    const rssBefore = process.resourceUsage().maxRSS / 1024;
    const refusal = await run(bomb).catch((error: unknown) => error);
    const rssAfter = process.resourceUsage().maxRSS / 1024;
    expect(refusal).toMatchObject({ code: 'IMPORT_FILE_TOO_LARGE', params: { max: '100 MiB' } });
    expect(messageFor('IMPORT_FILE_TOO_LARGE', { max: '100 MiB' })).toMatch(
      /^Tệp Excel khi giải nén quá lớn/,
    );
    expect(await written()).toEqual(before);
    console.log(
      `zip bomb (${(bomb.length / 1024).toFixed(0)} KiB → 160 MiB) refused; peak RSS of the test process ` +
        `${rssBefore.toFixed(0)} MiB before, ${rssAfter.toFixed(0)} MiB after`,
    );
    expect(MAX_UNCOMPRESSED_BYTES).toBe(100 * MIB);
  }, 120_000);

  it('refuses an entry whose header declares too much, and one that inflates beyond what it declared', async () => {
    const big = await craftedWorkbook(
      SHEET,
      sheetXml([
        HEADER,
        `<row r="2"><c r="B2" t="inlineStr"><is><t>${'B'.repeat(3 * MIB)}</t></is></c></row>`,
      ]),
    );
    const before = await written();
    await expect(run(big, { maxUncompressedBytes: MIB })).rejects.toMatchObject({
      code: 'IMPORT_FILE_TOO_LARGE',
      params: { max: '1 MiB' },
    });
    // The same file with the sheet's declared size rewritten smaller than its data.
    const lying = Buffer.from(big);
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const at = lying.indexOf(name) - 30;
    expect(lying.readUInt32LE(at)).toBe(0x04034b50);
    lying.writeUInt32LE(1024, at + 22);
    await expect(run(lying, { maxUncompressedBytes: 8 * MIB })).rejects.toMatchObject({
      code: 'IMPORT_FILE_UNREADABLE',
    });
    expect(await written()).toEqual(before);
  });

  it('names the row and column of a cell over the length limit without echoing it', async () => {
    const long = 'Nguyễn Văn Dài '.repeat(400); // 6,000 characters
    const file = await craftedWorkbook(
      SHEET,
      sheetXml([
        HEADER,
        rowXml(2, ['Khóm 1', long, 'Số 1', '3']),
        rowXml(3, ['Khóm 1', 'Lê Văn Ngắn', 'Số 2', '2']),
      ]),
    );
    const before = await written();
    const result = await run(file);
    expect(result.status).toBe('invalid');
    if (result.status !== 'invalid') return;
    const tooLong = result.problems.filter((p) => p.row === 2);
    expect(tooLong).toEqual([
      {
        row: 2,
        column: 'Họ tên chủ hộ',
        message: `Dòng 2, cột «Họ tên chủ hộ»: ô dài 6.000 ký tự, quá giới hạn ${MAX_CELL_CHARS.toLocaleString('vi-VN')} ký tự.`,
      },
    ]);
    expect(JSON.stringify(result.problems)).not.toContain('Nguyễn Văn Dài Nguyễn');
    expect(await written()).toEqual(before);
  });

  it('keeps a bounded number of messages, each of bounded length, and counts the rest', async () => {
    // Every row names a missing group with a long name, which the message quotes.
    const rows = 3 * MAX_REPORTED_PROBLEMS;
    const group = `Khóm ${'Không Có '.repeat(100)}`.slice(0, MAX_CELL_CHARS);
    const file = await craftedWorkbook(
      SHEET,
      sheetXml(
        (function* () {
          yield HEADER;
          for (let i = 2; i < rows + 2; i++) yield rowXml(i, [group, `Chủ hộ ${i}`, `Số ${i}`, '3']);
        })(),
      ),
    );
    const result = await run(file);
    expect(result.status).toBe('invalid');
    if (result.status !== 'invalid') return;
    expect(result.problemCount).toBe(rows);
    expect(result.problems).toHaveLength(MAX_REPORTED_PROBLEMS);
    const size = Buffer.byteLength(JSON.stringify(result.problems));
    expect(size).toBeLessThan(2 * MIB);
  });

  it('counts blank rows against the row limit', async () => {
    const file = await craftedWorkbook(
      SHEET,
      sheetXml(
        (function* () {
          yield HEADER;
          yield rowXml(2, ['Khóm 1', 'Lê Văn Một', 'Số 1', '3']);
          // Rows with nothing in them, as a sheet formatted far down holds.
          for (let i = 3; i < 60; i++)
            yield `<row r="${i}"><c r="A${i}" t="inlineStr"><is><t></t></is></c></row>`;
        })(),
      ),
    );
    const before = await written();
    await expect(run(file, { maxRows: 50 })).rejects.toMatchObject({
      code: 'IMPORT_TOO_MANY_ROWS',
      params: { max: 50 },
    });
    expect(await written()).toEqual(before);
  });
});
