import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useThiduaCli } from '../test/run-thidua';

const { thidua, dataDir } = useThiduaCli();

describe('thidua import, export and search', () => {
  const exported = path.join(dataDir, 'nhan-su.xlsx');

  beforeAll(async () => {
    expect((await thidua('demo')).code).toBe(0);
  });

  it('exports the demo ward’s people to a workbook with the template’s header', async () => {
    const run = await thidua('export', 'people', '--commune', '99001', '--out', exported);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('Đã xuất nhân sự của Phường Minh Họa (dữ liệu demo)');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(exported);
    expect(workbook.worksheets[0]!.getRow(3).getCell(2).value).toBe('Họ và tên *');
    expect(workbook.worksheets[0]!.rowCount).toBe(3 + 68);
  });

  it('imports the export back as a dry run: everything unchanged, nothing written', async () => {
    const run = await thidua('import', 'people', exported, '--commune', '99001', '--dry-run');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'Kiểm tra xong nhân sự của Phường Minh Họa (dữ liệu demo), không ghi gì: nếu nhập sẽ thêm 0, cập nhật 0, không đổi 68.\n',
    );
  });

  it('exits 2 with every bad row’s message when the file is wrong, and writes nothing', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(exported) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    sheet.getRow(5).getCell(4).value = '30/02/1990';
    sheet.getRow(9).getCell(5).value = '12AB';
    const broken = path.join(dataDir, 'hong.xlsx');
    writeFileSync(broken, Buffer.from(await workbook.xlsx.writeBuffer()));
    const run = await thidua('import', 'people', broken, '--commune', '99001');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Dòng 5, cột «Ngày sinh»: không phải ngày hợp lệ');
    expect(run.stderr).toContain('Dòng 9, cột «Số định danh cá nhân»: phải gồm đúng 12 chữ số.');
    expect(run.stderr).toContain('Lỗi: Tệp có 2 lỗi nên chưa ghi dữ liệu nào.');
    const again = await thidua('import', 'people', exported, '--commune', '99001', '--dry-run');
    expect(again.stdout).toContain('không đổi 68');
  });

  it('refuses an unknown commune and a missing file with exit 2', async () => {
    expect(await thidua('import', 'people', exported, '--commune', '99999')).toMatchObject({
      code: 2,
      stderr: 'Lỗi: Không có đơn vị hành chính mã «99999».\n',
    });
    const missing = await thidua(
      'import',
      'people',
      path.join(dataDir, 'khong-co.xlsx'),
      '--commune',
      '99001',
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('không đọc được tệp');
  });

  it('finds a group and the chair without diacritics, as text and as JSON', async () => {
    const text = await thidua('search', 'khom dong', '--commune', '99001');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Khóm, ấp, thôn, tổ dân phố:\n  Khóm Đông — Khóm');
    const json = await thidua('search', 'tran van minh', '--commune', '99001', '--json');
    const results = JSON.parse(json.stdout);
    expect(results.people[0]).toMatchObject({ kind: 'person', title: 'Trần Văn Minh' });
    expect(results.people[0].detail).toContain('Chủ tịch UBND phường');
  });
});
