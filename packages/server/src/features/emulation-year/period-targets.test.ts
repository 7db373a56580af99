import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseModes } from '../../test/test-database';
import { useTestApp } from '../../test/test-app';
import { TestClient } from '../../test/test-client';
import { PASSWORD } from '../../test/fixtures';
import { anIndicator, aPeriodTarget } from './emulation-year-fixtures';

describe.each(testDatabaseModes())('five-year targets on %s', (mode) => {
  const ctx = useTestApp(mode);
  let officer: TestClient;
  let years: string;
  let targets: string;
  let targetId: string;
  const insured = anIndicator({
    name: 'Tỷ lệ tham gia BHYT',
    unit: '%',
    field: 'culture_society',
    target: 95,
  });

  beforeAll(async () => {
    officer = await TestClient.signedIn(ctx.app, 'canbo.a', PASSWORD);
    years = `/api/communes/${ctx.seed.communeA.id}/years`;
    targets = `/api/communes/${ctx.seed.communeA.id}/period-targets`;
  });

  async function linkYear(year: number, actual: number | null) {
    const yearId: string = (await officer.post(years, { year, theme: `Chủ đề ${year}` })).json().id;
    const added = await officer.post(`${years}/${yearId}/indicators`, {
      ...insured,
      actual,
      periodTargetId: targetId,
    });
    expect(added.statusCode).toBe(201);
    return yearId;
  }

  it('adds a target with no years followed yet', async () => {
    const created = await officer.post(targets, aPeriodTarget());
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      position: 1,
      fromYear: 2026,
      toYear: 2030,
      target: 98,
      indicators: [],
      progress: { verdict: 'chua_danh_gia', latestYear: null, final: false, yearsMet: 0 },
    });
    targetId = created.json().id;
  });

  it('refuses a period longer than ten years, naming the field', async () => {
    const response = await officer.post(targets, aPeriodTarget({ toYear: 2036 }));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.toYear).toBe(
      '«Đến năm» cách «Từ năm» tối đa 9 năm (giai đoạn dài nhất 10 năm).',
    );
  });

  it('returns each target with its yearly indicators and the progress of the latest year', async () => {
    await linkYear(2026, 95.5);
    await linkYear(2027, 97);
    await linkYear(2028, null);
    const [target] = (await officer.get(targets)).json();
    expect(
      target.indicators.map(
        (i: { year: number; actual: number | null; verdict: string; percentText: string }) => [
          i.year,
          i.actual,
          i.verdict,
          i.percentText,
        ],
      ),
    ).toEqual([
      [2026, 95.5, 'vuot', '100,5%'],
      [2027, 97, 'vuot', '102,1%'],
      [2028, null, 'chua_danh_gia', null],
    ]);
    expect(target.progress).toMatchObject({
      latestYear: 2027,
      latestActual: 97,
      verdict: 'chua_dat',
      percentText: '99%',
      final: false,
      yearsMet: 0,
    });
  });

  it('lists the newest period first, then in the order targets were added', async () => {
    await officer.post(targets, aPeriodTarget({ name: 'Thu ngân sách', field: 'economy' }));
    await officer.post(targets, aPeriodTarget({ name: 'Giai đoạn trước', fromYear: 2021, toYear: 2025 }));
    const names = (await officer.get(targets)).json().map((t: { name: string }) => t.name);
    expect(names).toEqual(['Tỷ lệ dân số tham gia bảo hiểm y tế', 'Thu ngân sách', 'Giai đoạn trước']);
  });

  it('changes a target and recomputes its progress', async () => {
    const updated = await officer.put(`${targets}/${targetId}`, aPeriodTarget({ target: 96 }));
    expect(updated.statusCode).toBe(200);
    expect(updated.json().progress).toMatchObject({ verdict: 'vuot', yearsMet: 1, percentText: '101%' });
  });

  it('refuses a change the indicators following the target would no longer fit', async () => {
    for (const change of [{ field: 'economy' }, { direction: 'lower' }, { fromYear: 2027, toYear: 2031 }]) {
      const response = await officer.put(`${targets}/${targetId}`, aPeriodTarget(change));
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('PERIOD_TARGET_LINK_BROKEN');
    }
    const response = await officer.put(`${targets}/${targetId}`, aPeriodTarget({ toYear: 2026 }));
    expect(response.json().error.message).toBe(
      'Chỉ tiêu «Tỷ lệ tham gia BHYT» năm 2027 đang theo dõi mục tiêu này: hãy giữ cùng lĩnh vực, cách đánh giá và một giai đoạn có năm đó, hoặc bỏ liên kết ở chỉ tiêu đó trước.',
    );
  });

  it('refuses to delete a target that indicators follow, and deletes it once they no longer do', async () => {
    const refused = await officer.request('DELETE', `${targets}/${targetId}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe(
      'Không xóa được mục tiêu «Tỷ lệ dân số tham gia bảo hiểm y tế»: còn 3 chỉ tiêu năm đang theo dõi mục tiêu này; hãy bỏ liên kết ở các chỉ tiêu đó trước.',
    );
    for (const year of (await officer.get(years)).json()) {
      const detail = (await officer.get(`${years}/${year.id}`)).json();
      for (const indicator of detail.indicators) {
        await officer.put(`${years}/${year.id}/indicators/${indicator.id}`, {
          ...insured,
          periodTargetId: null,
        });
      }
    }
    expect((await officer.request('DELETE', `${targets}/${targetId}`)).statusCode).toBe(204);
    expect((await officer.put(`${targets}/${targetId}`, aPeriodTarget())).statusCode).toBe(404);
    expect((await officer.get(targets)).json()).toHaveLength(2);
  });

  it('describes the targets with their progress in the API docs', async () => {
    const docs = await ctx.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(docs.statusCode).toBe(200);
    const route = docs.json().paths['/api/communes/{communeId}/period-targets'].get;
    const answer = route.responses['200'].content['application/json'].schema;
    expect(Object.keys(answer.items.properties)).toEqual(
      expect.arrayContaining(['fromYear', 'toYear', 'indicators', 'progress']),
    );
  });
});
