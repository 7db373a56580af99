import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ARTIFACTS, launchChromium } from '../lib/browser';
import { startProductServer } from '../lib/product-server';

describe('first run without demo data', () => {
  let server: Awaited<ReturnType<typeof startProductServer>>;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startProductServer({ withDemo: false }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('creates the province and its first administrator, who then signs in to the province home', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url);
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

    await page.getByLabel('Tên đăng nhập').fill('quantri');
    await page.getByLabel('Mật khẩu').fill('mat-khau-quan-tri');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Tỉnh Thử Nghiệm Đầu Tiên' }).waitFor();
    await page.getByText('Ngô Thị Quản Trị').first().waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'first-run-province-home.png'), fullPage: true });

    // The screen is gone once an administrator exists.
    await page.goto(`${server.url}/khoi-tao`);
    expect(await page.getByRole('button', { name: 'Khởi tạo hệ thống' }).count()).toBe(0);
    await page.close();
  });
});
