import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS } from '../lib/browser';
import { submitSignIn, useProductInBrowser } from '../lib/journey';

describe('first run without demo data', () => {
  const journey = useProductInBrowser({ withDemo: false });

  it('creates the province and its first administrator, who then signs in to the province home', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(journey.server.url);
    await page.waitForURL('**/khoi-tao');
    await page.getByLabel('Mã tỉnh').fill('96');
    await page.getByLabel('Tên tỉnh').fill('Tỉnh Thử Nghiệm Đầu Tiên');
    await page.getByLabel('Tên đăng nhập').fill('quantri');
    await page.getByLabel('Họ và tên').fill('Ngô Thị Quản Trị');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('mat-khau-quan-tri');
    await page.getByLabel('Nhập lại mật khẩu').fill('mat-khau-khac');
    await page.getByRole('button', { name: 'Khởi tạo hệ thống' }).click();
    await page.getByText('Mật khẩu nhập lại không khớp.').waitFor();

    await page.getByLabel('Nhập lại mật khẩu').fill('mat-khau-quan-tri');
    await page.getByRole('button', { name: 'Khởi tạo hệ thống' }).click();
    await page.waitForURL('**/dang-nhap');
    expect(await page.getByRole('status').innerText()).toContain('Đã khởi tạo hệ thống.');

    await submitSignIn(page, 'quantri', 'mat-khau-quan-tri');
    await page.getByRole('heading', { name: 'Tỉnh Thử Nghiệm Đầu Tiên' }).waitFor();
    await page.getByText('Ngô Thị Quản Trị').first().waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'first-run-province-home.png'), fullPage: true });

    // The screen is gone once an administrator exists.
    await page.goto(`${journey.server.url}/khoi-tao`);
    expect(await page.getByRole('button', { name: 'Khởi tạo hệ thống' }).count()).toBe(0);
    await page.close();
  });
});
