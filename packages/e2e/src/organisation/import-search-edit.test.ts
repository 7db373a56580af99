import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS } from '../lib/browser';
import { signIn, useProductInBrowser } from '../lib/journey';

/** Three people as an officer would type them into the template (dates and numbers as text). */
const PEOPLE = [
  {
    'Họ và tên': 'Nguyễn Thị Hòa',
    'Giới tính': 'Nữ',
    'Ngày sinh': '12/03/1988',
    'Số định danh cá nhân': '087188004321',
    'Chức vụ': 'Công chức Văn hóa – Xã hội',
    'Loại cán bộ': 'Công chức',
    'Lãnh đạo, quản lý': 'Không',
    'Ngày bắt đầu công tác': '01/06/2012',
  },
  {
    'Họ và tên': 'Quách Văn Lực',
    'Giới tính': 'Nam',
    'Ngày sinh': '05/09/1979',
    'Số định danh cá nhân': '087079005555',
    'Chức vụ': 'Công chức Tư pháp – Hộ tịch',
    'Loại cán bộ': 'Công chức',
    'Lãnh đạo, quản lý': 'Không',
    'Ngày bắt đầu công tác': '15/03/2005',
  },
  {
    'Họ và tên': 'Tôn Nữ Minh Thư',
    'Giới tính': 'Nữ',
    'Ngày sinh': '20/11/1995',
    'Số định danh cá nhân': '087195006666',
    'Chức vụ': 'Nhân viên văn phòng',
    'Loại cán bộ': 'Người lao động',
    'Lãnh đạo, quản lý': 'Không',
    'Ngày bắt đầu công tác': '02/01/2020',
  },
];

const NEW_POSITION = 'Phó Chủ tịch Ủy ban Mặt trận Tổ quốc';

/** A header cell's text, whether plain or rich (a red «*» marks required columns), without the mark. */
function headerText(value: ExcelJS.CellValue): string {
  const text =
    value && typeof value === 'object' && 'richText' in value
      ? value.richText.map((part) => part.text).join('')
      : String(value ?? '');
  return text.replace(/\*/g, '').trim();
}

/** Writes the people under the template's header row (found by its «STT» cell), after any example row. */
async function fillTemplate(template: Buffer): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  let headerRow = 0;
  sheet.eachRow((row, number) => {
    if (!headerRow && headerText(row.getCell(1).value) === 'STT') headerRow = number;
  });
  expect(headerRow, 'the template has a header row starting with «STT»').toBeGreaterThan(0);
  const columnOf = new Map<string, number>();
  sheet.getRow(headerRow).eachCell((cell, column) => columnOf.set(headerText(cell.value), column));
  let next = Math.max(sheet.rowCount, headerRow) + 1;
  PEOPLE.forEach((person, index) => {
    const row = sheet.getRow(next++);
    row.getCell(1).value = index + 1;
    for (const [header, value] of Object.entries(person)) {
      const column = columnOf.get(header);
      expect(column, `the template has a «${header}» column`).toBeDefined();
      row.getCell(column!).value = value;
    }
    row.commit();
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('the commune officer imports people from Excel, finds one without diacritics and edits them', () => {
  const journey = useProductInBrowser();

  it('downloads the template, imports 3 people, searches «nguyen thi hoa», changes the position and sees it in the history', async () => {
    const page = await journey.browser.newPage({
      viewport: { width: 1366, height: 900 },
      locale: 'vi-VN',
      acceptDownloads: true,
    });
    await signIn(journey, page, 'canbo', 'demo1234');
    await page.getByRole('menuitem', { name: 'Nhân sự' }).click();
    await page.getByRole('heading', { name: 'Nhân sự' }).waitFor();

    // The template comes from the page's own button, then gets three rows typed in.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải tệp mẫu' }).click();
    const template = await readFile((await (await download).path())!);
    const filled = path.join(ARTIFACTS, 'nhan-su-3-nguoi.xlsx');
    await writeFile(filled, await fillTemplate(template));

    await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nhập nhân sự từ Excel' });
    await dialog.getByRole('button', { name: 'Chọn tệp Excel' }).waitFor();
    // The file goes straight into the dialog's file input: waiting for the native chooser raced
    // the dialog's opening animation on a loaded machine.
    await dialog.locator('input[type="file"]').setInputFiles(filled);
    await dialog.getByText('nhan-su-3-nguoi.xlsx').waitFor();

    // A dry run first: it says what would happen and writes nothing.
    await dialog.getByRole('button', { name: 'Kiểm tra trước (không ghi)' }).click();
    await dialog.getByText('Tệp hợp lệ: khi nhập sẽ thêm 3, cập nhật 0, không đổi 0.').waitFor();
    await dialog.getByRole('button', { name: 'Nhập', exact: true }).click();
    await dialog.getByText('Đã thêm 3, cập nhật 0, không đổi 0.').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'organisation-import-done.png') });
    await dialog.getByRole('button', { name: 'Đóng' }).first().click();
    await dialog.waitFor({ state: 'hidden' });
    // The list's own search narrows it while typing, without diacritics either.
    await page
      .getByRole('searchbox', { name: 'Tìm theo họ tên, chức vụ (không cần gõ dấu)' })
      .fill('minh thu');
    await page.getByRole('link', { name: 'Tôn Nữ Minh Thư' }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'organisation-people.png'), fullPage: true });

    // The header's search box finds her without diacritics.
    const search = page.getByRole('searchbox', { name: 'Tìm kiếm trong xã, phường' });
    await search.fill('nguyen thi hoa');
    await search.press('Enter');
    await page.waitForURL(
      (url) => url.pathname === '/tim-kiem' && url.searchParams.get('q') === 'nguyen thi hoa',
    );
    const result = page.getByRole('link', { name: 'Nguyễn Thị Hòa', exact: true });
    await result.waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'organisation-search.png'), fullPage: true });
    await result.click();

    await page.getByRole('heading', { name: /Nguyễn Thị Hòa/ }).waitFor();
    await page.getByRole('button', { name: 'Sửa Nguyễn Thị Hòa' }).click();
    const form = page.getByRole('dialog', { name: 'Sửa nhân sự «Nguyễn Thị Hòa»' });
    await form.getByRole('textbox', { name: 'Chức vụ' }).fill(NEW_POSITION);
    await form.getByRole('textbox', { name: 'Chức vụ' }).press('Enter');
    await form.waitFor({ state: 'hidden' });

    const history = page.locator('.ant-card', { hasText: 'Lịch sử thay đổi' });
    const change = history.getByRole('row', { name: /Sửa/ });
    await change.waitFor();
    expect(await change.innerText()).toContain(`Chức vụ: Công chức Văn hóa – Xã hội → ${NEW_POSITION}`);
    expect(await change.innerText()).toContain('Nguyễn Thị Thu Hà');
    await page.getByText(NEW_POSITION).first().waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'organisation-person-history.png'), fullPage: true });
    await page.close();
  });
});
