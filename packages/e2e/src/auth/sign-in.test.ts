import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS } from '../lib/browser';
import { submitSignIn, useProductInBrowser } from '../lib/journey';

const WARD = 'Phường Minh Họa (dữ liệu demo)';

describe('signing in to the demo ward', () => {
  const journey = useProductInBrowser();

  async function signIn(page: Page, username: string, password: string) {
    await page.goto(journey.server.url);
    await page.waitForURL('**/dang-nhap');
    await submitSignIn(page, username, password);
  }

  it('signs in as the demo officer, sees the ward and its real counts, signs out', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
    await signIn(page, 'canbo', 'demo1234');
    await page.getByRole('heading', { name: WARD }).waitFor();
    await page.getByText('Nguyễn Thị Thu Hà').first().waitFor();

    // The figures on the page are the database's: compare with what the API says right now.
    const overview = await page.evaluate(async () => {
      const session = await (await fetch('/api/auth/session')).json();
      return (await fetch(`/api/admin-units/${session.user.adminUnit.id}/overview`)).json();
    });
    expect(overview.counts.activeUsers).toBe(6);
    const activeCard = page.locator('.ant-statistic', { hasText: 'Tài khoản đang hoạt động' });
    expect((await activeCard.locator('.ant-statistic-content').innerText()).trim()).toBe(
      String(overview.counts.activeUsers),
    );
    const formerCard = page.locator('.ant-statistic', { hasText: 'Đơn vị sáp nhập vào' });
    expect((await formerCard.locator('.ant-statistic-content').innerText()).trim()).toBe('4');
    await page.getByText('Phường An Bình (cũ, demo)').waitFor();
    await page.getByText('01/07/2025').first().waitFor();

    await page.screenshot({ path: path.join(ARTIFACTS, 'home-canbo.png'), fullPage: true });

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL('**/dang-nhap');
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    // The session is gone: the home page sends us back to sign in.
    await page.goto(journey.server.url);
    await page.waitForURL('**/dang-nhap');
    await page.close();
  });

  it('shows a Vietnamese message for a wrong password and stays on the sign-in page', async () => {
    const page = await journey.browser.newPage();
    await signIn(page, 'canbo', 'sai-mat-khau');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(new URL(page.url()).pathname).toBe('/dang-nhap');
    await page.close();
  });
});
