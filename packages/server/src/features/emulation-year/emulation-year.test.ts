import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseModes } from '../../test/test-database';
import { useTestApp } from '../../test/test-app';
import { TestClient } from '../../test/test-client';
import { PASSWORD } from '../../test/fixtures';

const vocationalTraining = {
  name: 'Đào tạo nghề',
  unit: 'lao động',
  field: 'economy',
  direction: 'higher',
  target: 250,
  actual: null,
  source: 'Phòng Văn hóa – Xã hội',
};

describe.each(testDatabaseModes())('emulation year and its indicators on %s', (mode) => {
  const ctx = useTestApp(mode);
  let officer: TestClient;
  let base: string;
  let yearId: string;

  beforeAll(async () => {
    officer = await TestClient.signedIn(ctx.app, 'canbo.a', PASSWORD);
    base = `/api/communes/${ctx.seed.communeA.id}/years`;
  });

  it('opens a year with its theme, once per year', async () => {
    const created = await officer.post(base, { year: 2026, theme: 'Đoàn kết, kỷ cương, đổi mới, bứt phá' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      year: 2026,
      status: 'planning',
      indicators: [],
      indicatorSummary: 'Đạt 0/0 chỉ tiêu',
    });
    yearId = created.json().id;
    const twice = await officer.post(base, { year: 2026, theme: 'Khác' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.fields.year).toBe('Xã, phường đã có năm thi đua 2026.');
  });

  it('computes each indicator’s verdict and the year’s summary from target and actual', async () => {
    const added = await officer.post(`${base}/${yearId}/indicators`, vocationalTraining);
    expect(added.statusCode).toBe(201);
    const indicator = added.json().indicators[0];
    expect(indicator).toMatchObject({ position: 1, verdict: 'chua_danh_gia', percentText: null });
    const updated = await officer.put(`${base}/${yearId}/indicators/${indicator.id}`, {
      ...vocationalTraining,
      actual: 267,
    });
    expect(updated.json().indicators[0]).toMatchObject({
      verdict: 'vuot',
      percent: 106.8,
      percentText: '106,8%',
    });
    await officer.post(`${base}/${yearId}/indicators`, {
      ...vocationalTraining,
      name: 'Tỷ lệ trẻ suy dinh dưỡng',
      unit: '%',
      field: 'culture_society',
      direction: 'lower',
      target: 9,
      actual: 9.2,
    });
    const year = (await officer.get(`${base}/${yearId}`)).json();
    expect(year.indicators.map((i: { verdict: string }) => i.verdict)).toEqual(['vuot', 'chua_dat']);
    expect(year.indicatorSummary).toBe('Đạt 1/2 chỉ tiêu');
  });

  it('moves through the stages one at a time and locks the year when closed', async () => {
    const skip = await officer.patch(`${base}/${yearId}`, { status: 'closed' });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error.message).toMatch(
      /^Không thể chuyển năm thi đua từ giai đoạn «Xây dựng kế hoạch» sang «Đã khóa sổ»/,
    );
    for (const status of ['running', 'reviewing', 'closed']) {
      expect((await officer.patch(`${base}/${yearId}`, { status })).json().status).toBe(status);
    }
    const year = (await officer.get(`${base}/${yearId}`)).json();
    const locked = await officer.put(`${base}/${yearId}/indicators/${year.indicators[0].id}`, {
      ...vocationalTraining,
      actual: 300,
    });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.message).toBe(
      'Năm thi đua 2026 đã khóa sổ; số liệu của năm không được sửa nữa.',
    );
    expect((await officer.post(`${base}/${yearId}/indicators`, vocationalTraining)).statusCode).toBe(409);
    expect((await officer.patch(`${base}/${yearId}`, { theme: 'Đổi' })).statusCode).toBe(409);
    expect((await officer.patch(`${base}/${yearId}`, { status: 'reviewing' })).statusCode).toBe(409);
    expect((await officer.get(`${base}/${yearId}`)).json().indicators[0].actual).toBe(267);
  });

  it('lets a member read the year but not change it', async () => {
    const member = await TestClient.signedIn(ctx.app, 'thanhvien.a', PASSWORD);
    expect((await member.get(`${base}/${yearId}`)).statusCode).toBe(200);
    expect((await member.post(base, { year: 2027, theme: 'Chủ đề' })).statusCode).toBe(403);
    expect((await member.patch(`${base}/${yearId}`, { theme: 'Chủ đề' })).statusCode).toBe(403);
  });

  it('describes a year with its indicators in the API docs', async () => {
    const docs = await ctx.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(docs.statusCode).toBe(200);
    const route = docs.json().paths['/api/communes/{communeId}/years/{yearId}'].get;
    const answer = route.responses['200'].content['application/json'].schema;
    expect(Object.keys(answer.properties)).toEqual(
      expect.arrayContaining(['status', 'indicators', 'indicatorSummary']),
    );
  });
});
