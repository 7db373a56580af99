import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ChildServer } from '../../../../bench/lib/child-server';
import { launchChromium } from './browser';
import { startProductServer } from './product-server';

export interface Journey {
  server: ChildServer;
  browser: Browser;
}

/** For one describe block: the product (with or without demo data) and a Chromium, both stopped afterwards. */
export function useProductInBrowser(options: { withDemo?: boolean } = {}): Journey {
  const journey = {} as Journey;
  beforeAll(async () => {
    [journey.server, journey.browser] = await Promise.all([startProductServer(options), launchChromium()]);
  });
  afterAll(async () => {
    await journey.browser?.close();
    await journey.server?.stop();
  });
  return journey;
}

/** Fills the sign-in form shown on the page and submits it. */
export async function submitSignIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** Opens the sign-in page, signs in and waits for the signed-in layout. */
export async function signIn(
  journey: Journey,
  page: Page,
  username: string,
  password: string,
): Promise<void> {
  await page.goto(`${journey.server.url}/dang-nhap`);
  await submitSignIn(page, username, password);
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
}
