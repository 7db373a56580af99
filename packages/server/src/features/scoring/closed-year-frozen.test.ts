import { beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../../test/fixtures';
import { useTestApp } from '../../test/test-app';
import { TestClient } from '../../test/test-client';
import { testDatabaseModes } from '../../test/test-database';
import { closeYear, openYear, signedInLinked } from '../emulation-year/emulation-year-fixtures';
import { defaultSheetPoints, seedScoringCommune, type ScoringCommune } from './scoring-fixtures';

const aDiscipline = (personId: string, decidedOn: string) => ({
  personId,
  form: 'khien_trach',
  decidedOn,
  reason: 'Vi phạm giờ giấc',
});

/** A sheet that differs from the default in criteria, bands and minimum months. */
const newSheet = {
  criteria: [
    { code: 'dao_duc', name: 'Đạo đức, lối sống', maxPoints: 30 },
    { code: 'nhiem_vu', name: 'Kết quả nhiệm vụ', maxPoints: 70 },
  ],
  thresholds: { hoan_thanh_xuat_sac: 95, hoan_thanh_tot: 80, hoan_thanh: 60 },
  minimumMonths: 3,
  headScorerUserId: null,
};

describe.each(testDatabaseModes())('a closed year is frozen on %s', (mode) => {
  const ctx = useTestApp(mode);
  let org: ScoringCommune;
  let officer: TestClient;
  let head: TestClient;
  /** An open year (its months have all begun whatever today is). */
  let year2024: string;
  let year2025: string;
  let year2026: string;
  /** The pages of 2025 as they read right after closing, byte for byte. */
  let pagesAtClose: string[];

  const pagesOf2025 = async () =>
    Promise.all(
      [`${year2025}/grades`, `${year2025}/scores`, `${year2025}/scores/${org.clerkPersonId}`].map(
        async (path) => {
          const response = await officer.get(path);
          expect(response.statusCode).toBe(200);
          return response.body;
        },
      ),
    );

  beforeAll(async () => {
    org = await seedScoringCommune(ctx);
    const communeId = ctx.seed.communeA.id;
    officer = await TestClient.signedIn(ctx.app, 'canbo.a', PASSWORD);
    head = await signedInLinked(ctx, 'unit_head', 'truong.vanphong', {
      unitId: org.officeId,
      personId: org.headPersonId,
    });
    year2024 = await openYear(officer, communeId, 2024);
    year2025 = await openYear(officer, communeId, 2025);
    year2026 = await openYear(officer, communeId, 2026);
    for (const m of [1, 2, 3, 4, 5, 6]) {
      const scored = await head.put(`${year2025}/scores/${org.clerkPersonId}/${m}/head`, {
        points: defaultSheetPoints(m === 6 ? 40 : 42),
      });
      expect(scored.statusCode).toBe(200);
    }
    await closeYear(officer, year2025);
    pagesAtClose = await pagesOf2025();
  });

  it('refuses a discipline decided in a closed year, in Vietnamese, and writes nothing', async () => {
    const list = `/api/communes/${ctx.seed.communeA.id}/disciplines`;
    const refused = await officer.post(list, aDiscipline(org.clerkPersonId, '2025-08-01'));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'DISCIPLINE_IN_CLOSED_YEAR',
      message:
        'Năm thi đua 2025 đã khóa sổ; không ghi nhận hay sửa quyết định kỷ luật tính vào năm đó (quyết định ngày 01/08/2025).',
    });
    expect((await officer.get(`${list}?personId=${org.clerkPersonId}`)).json()).toEqual([]);
  });

  it('refuses moving a later discipline into the closed year, or stretching its term into it', async () => {
    const list = `/api/communes/${ctx.seed.communeA.id}/disciplines`;
    const later = await officer.post(list, aDiscipline(org.clerkPersonId, '2026-02-01'));
    expect(later.statusCode).toBe(201);
    const moved = await officer.put(
      `${list}/${later.json().id}`,
      aDiscipline(org.clerkPersonId, '2025-12-01'),
    );
    expect(moved.statusCode).toBe(409);
    expect(moved.json().error.code).toBe('DISCIPLINE_IN_CLOSED_YEAR');
    const earlier = await officer.post(list, {
      ...aDiscipline(org.policemanPersonId, '2024-10-01'),
      effectiveUntil: '2025-03-31',
    });
    expect(earlier.statusCode).toBe(409);
  });

  it('keeps the 2025 grade table and score pages byte for byte after the sheet changes and later disciplines', async () => {
    const saved = await officer.put(`/api/communes/${ctx.seed.communeA.id}/scoring-sheet`, newSheet);
    expect(saved.statusCode).toBe(200);
    const list = `/api/communes/${ctx.seed.communeA.id}/disciplines`;
    expect((await officer.post(list, aDiscipline(org.headPersonId, '2026-03-01'))).statusCode).toBe(201);
    expect(await pagesOf2025()).toEqual(pagesAtClose);
    // The open years follow the new sheet version.
    const open = (await officer.get(`${year2026}/scores`)).json();
    expect(open.sheet.criteria.map((c: { code: string }) => c.code)).toEqual(['dao_duc', 'nhiem_vu']);
    expect([open.sheetVersion, open.bands]).toEqual([
      1,
      { thresholds: newSheet.thresholds, minimumMonths: 3 },
    ]);
    const closed = (await officer.get(`${year2025}/scores`)).json();
    expect(closed.sheet.criteria.map((c: { code: string }) => c.code)).toEqual([
      'chinh_tri_dao_duc',
      'ky_luat_tac_phong',
      'ket_qua_nhiem_vu',
      'hoc_tap_phuc_vu',
    ]);
  });

  it('proposes an open year’s grades on the commune’s bands and minimum months, and keeps the version on each month', async () => {
    for (const m of [1, 2, 3]) {
      const scored = await head.put(`${year2024}/scores/${org.clerkPersonId}/${m}/head`, {
        points: { dao_duc: 28, nhiem_vu: 60 },
      });
      expect(scored.statusCode).toBe(200);
    }
    const months = (await officer.get(`${year2024}/scores/${org.clerkPersonId}`)).json().months;
    expect(months.slice(0, 3).map((m: { sheetVersion: number }) => m.sheetVersion)).toEqual([1, 1, 1]);
    const rows = (await officer.get(`${year2024}/grades`)).json().rows;
    // 88 a month: «Hoàn thành tốt» from 80 on these bands, proposed after 3 months (the default asks 6).
    expect(rows.find((r: { personId: string }) => r.personId === org.clerkPersonId)).toMatchObject({
      monthsScored: 3,
      average: 88,
      proposedGrade: 'hoan_thanh_tot',
    });
  });
});
