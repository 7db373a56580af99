import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS } from '../lib/browser';
import { signIn, submitSignIn, useProductInBrowser } from '../lib/journey';

describe('the commune officer manages accounts', () => {
  const journey = useProductInBrowser();

  it('creates an account (the field says when a username is taken), then disables it after confirming', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(journey, page, 'canbo', 'demo1234');
    await page.getByRole('menuitem', { name: 'Tài khoản' }).click();
    await page.getByRole('cell', { name: 'chutich', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Thêm tài khoản' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm tài khoản' });
    await dialog.getByLabel('Tên đăng nhập').fill('chutich');
    await dialog.getByLabel('Họ và tên').fill('Lý Thị Mới');
    await dialog.getByLabel('Vai trò').click();
    // Ant Design draws its options in a virtual list outside the dialog; pick the visible one by its text.
    await page.locator('.ant-select-item-option', { hasText: 'Thành viên Hội đồng TĐKT' }).click();
    await dialog.getByLabel('Mật khẩu').fill('mat-khau-moi-1');
    await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await dialog.getByText('«Tên đăng nhập» chutich đã được dùng.').waitFor();

    await dialog.getByLabel('Tên đăng nhập').fill('ly.thi.moi');
    await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByRole('row', { name: /ly\.thi\.moi/ });
    await row.waitFor();
    expect(await row.innerText()).toContain('Đang hoạt động');

    await page.getByRole('button', { name: 'Khóa tài khoản ly.thi.moi' }).click();
    await page.getByText('Khóa tài khoản này? Người dùng sẽ bị đăng xuất ngay.').waitFor();
    await page.getByRole('button', { name: 'Khóa', exact: true }).click();
    await row.getByText('Đã khóa').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'accounts-canbo.png'), fullPage: true });

    // The disabled account cannot sign in.
    const other = await journey.browser.newPage();
    await other.goto(`${journey.server.url}/dang-nhap`);
    await submitSignIn(other, 'ly.thi.moi', 'mat-khau-moi-1');
    expect(await other.getByRole('alert').innerText()).toContain('Tài khoản đã bị khóa.');
    await other.close();
    await page.close();
  });
});
