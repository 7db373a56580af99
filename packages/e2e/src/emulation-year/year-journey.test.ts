import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { ARTIFACTS } from '../lib/browser';
import { signIn, useProductInBrowser } from '../lib/journey';

/*
 * The demo ward's running year 2026 (registration deadline passed, so only the officer may still
 * register): Trường Mầm non Hoa Sen has no collective registration yet, and Ngô Bích Nga and
 * Phan Phước Cường no personal one.
 */
const MOVEMENT = 'Thi đua «Dân vận khéo» năm 2026';
const UNIT = 'Trường Mầm non Hoa Sen';
const PEOPLE = ['Ngô Bích Nga', 'Phan Phước Cường'];
const CRITERIA = [
  'Phẩm chất chính trị, đạo đức, lối sống',
  'Ý thức tổ chức kỷ luật, tác phong, lề lối làm việc',
  'Kết quả thực hiện chức trách, nhiệm vụ được giao',
  'Tinh thần học tập, đổi mới sáng tạo; thái độ phục vụ Nhân dân',
];

/**
 * Opens an Ant Design select by its label and picks the option starting with this text. On a busy
 * machine the list may re-render between Playwright's check and its click (the search narrows it),
 * so the click lands beside the option: click again while the select is still open.
 */
async function choose(page: Page, scope: Locator, label: string, option: string, search?: string) {
  const select = scope.getByLabel(label, { exact: true });
  await select.click();
  if (search) await select.fill(search);
  const item = page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: new RegExp(`^${option}`) })
    .first();
  const stillOpen = scope.locator('.ant-select-open');
  for (let attempt = 1; ; attempt++) {
    await item.click();
    try {
      await stillOpen.waitFor({ state: 'detached', timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

describe('the officer runs the year: a movement, registrations, monthly scores and an indicator', () => {
  const journey = useProductInBrowser();

  it('launches a movement, registers a unit and two people, scores two months and sees an indicator’s verdict', async () => {
    const page = await journey.browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
    await signIn(journey, page, 'canbo', 'demo1234');

    // 1. A movement of the ward, launched for the year.
    await page.getByRole('menuitem', { name: 'Phong trào thi đua' }).click();
    await page.getByRole('heading', { name: 'Phong trào thi đua' }).waitFor();
    await page.getByRole('button', { name: 'Thêm phong trào' }).click();
    const movementForm = page.getByRole('dialog', { name: 'Thêm phong trào' });
    await movementForm.getByLabel('Tên phong trào', { exact: true }).fill(MOVEMENT);
    await choose(page, movementForm, 'Cấp phát động', 'Xã, phường');
    await choose(page, movementForm, 'Hình thức', 'Chuyên đề');
    await movementForm.getByRole('button', { name: 'Lưu' }).click();
    await movementForm.waitFor({ state: 'hidden' });
    await page.getByRole('link', { name: MOVEMENT }).waitFor();

    // 2. The unit for «Tập thể lao động tiên tiến», two people for «Lao động tiên tiến».
    await page.getByRole('menuitem', { name: 'Đăng ký thi đua' }).click();
    const register = async (subjectType: 'Đơn vị' | 'Cá nhân', subject: string, title: string) => {
      await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
      const form = page.getByRole('dialog', { name: 'Đăng ký thi đua năm 2026' });
      await choose(page, form, 'Đăng ký cho', subjectType);
      // Typed in: the drop-down renders only the options in view.
      await choose(page, form, subjectType, subject, subject);
      await choose(page, form, 'Danh hiệu', title);
      await form.getByRole('button', { name: 'Lưu' }).click();
      await form.waitFor({ state: 'hidden' });
    };
    await register('Đơn vị', UNIT, 'Tập thể lao động tiên tiến');
    for (const person of PEOPLE) await register('Cá nhân', person, 'Lao động tiên tiến');
    for (const [subject, title] of [
      [UNIT, 'Tập thể lao động tiên tiến'],
      ...PEOPLE.map((p) => [p, 'Lao động tiên tiến']),
    ] as const) {
      const search = page.getByPlaceholder('Tìm theo họ tên, tên đơn vị (không cần gõ dấu)');
      await search.fill(subject);
      await search.press('Enter');
      const row = page.getByRole('row').filter({ hasText: subject }).filter({ hasText: title });
      await row.filter({ hasText: 'Đã đăng ký' }).first().waitFor();
    }
    await page.screenshot({ path: path.join(ARTIFACTS, 'year-registrations.png'), fullPage: true });

    // 3. The officer corrects two months of the head's scores for the first person: the unit head
    //    scored them already (demo), so each correction carries its reason (decision 011).
    await page.getByRole('menuitem', { name: 'Chấm điểm hằng tháng' }).click();
    const points = [
      [13, 18, 44, 12], // 87
      [14, 19, 46.5, 13], // 92,5
    ];
    for (const [index, month] of [1, 2].entries()) {
      await page.getByRole('button', { name: `Chấm điểm ${PEOPLE[0]} tháng ${month}`, exact: true }).click();
      const form = page.getByRole('dialog').filter({ hasText: `tháng ${month}` });
      for (const [i, criterion] of CRITERIA.entries()) {
        const input = form.getByLabel(criterion, { exact: true });
        await input.fill(String(points[index]![i]).replace('.', ','));
      }
      await form.getByLabel('Lý do sửa điểm', { exact: true }).fill('Đối chiếu lại biên bản họp đơn vị');
      await form.getByRole('button', { name: 'Lưu' }).click();
      await form.waitFor({ state: 'hidden' });
    }
    const scoreRow = page.getByRole('row').filter({ hasText: PEOPLE[0] });
    await expect
      .poll(async () => scoreRow.getByRole('button', { name: /tháng 1$/ }).innerText())
      .toContain('87');
    await expect
      .poll(async () => scoreRow.getByRole('button', { name: /tháng 2$/ }).innerText())
      .toContain('92,5');
    await page.screenshot({ path: path.join(ARTIFACTS, 'year-monthly-scores.png'), fullPage: true });

    // 4. An indicator's actual, and its verdict: 3 poor households fewer against a target of 2.
    await page.getByRole('menuitem', { name: 'Năm thi đua' }).click();
    await page.getByRole('link', { name: '2026', exact: true }).click();
    await page.getByRole('button', { name: 'Nhập số thực hiện Giảm hộ nghèo' }).click();
    const actual = page.getByRole('dialog').filter({ hasText: 'Giảm hộ nghèo' });
    await actual.getByLabel('Thực hiện', { exact: true }).fill('3');
    await actual.getByRole('button', { name: 'Lưu' }).click();
    await actual.waitFor({ state: 'hidden' });
    const indicatorRow = page.getByRole('row').filter({ hasText: 'Giảm hộ nghèo' });
    await indicatorRow.getByText('Vượt', { exact: true }).waitFor();
    expect(await indicatorRow.innerText()).toContain('150%');
    await page.screenshot({ path: path.join(ARTIFACTS, 'year-indicators.png'), fullPage: true });
    await page.close();
  });
});
