import { describe, expect, it } from 'vitest';
import { testDatabaseModes } from '../../test/test-database';
import { useTestApp } from '../../test/test-app';
import { TestClient } from '../../test/test-client';
import { PASSWORD } from '../../test/fixtures';

describe.each(testDatabaseModes())('administrative units on %s', (mode) => {
  const ctx = useTestApp(mode);
  const merged = {
    code: '97100',
    name: 'Phường Hợp Nhất',
    level: 'ward',
    merger: {
      effectiveDate: '2025-07-01',
      legalBasis: 'Nghị quyết số 99/NQ-THU (thử nghiệm)',
      formerUnits: [
        { code: '97101', name: 'Phường Cũ Một', level: 'ward' },
        { code: '97102', name: 'Phường Cũ Hai', level: 'ward' },
        { code: '97103', name: 'Xã Cũ Ba', level: 'commune' },
      ],
    },
  };

  it('records a ward formed by merging others: the former units are kept, dissolved, with the legal basis', async () => {
    const admin = await TestClient.signedIn(ctx.app, 'tinh.97', PASSWORD);
    const created = await admin.post('/api/communes', merged);
    expect(created.statusCode).toBe(201);
    const detail = (await admin.get(`/api/admin-units/${created.json().id}`)).json();
    expect(detail.province).toMatchObject({ code: '97' });
    expect(detail.mergedFrom.map((u: { code: string }) => u.code)).toEqual(['97101', '97102', '97103']);
    expect(detail.mergedFrom[2]).toMatchObject({
      name: 'Xã Cũ Ba',
      level: 'commune',
      effectiveDate: '2025-07-01',
      legalBasis: merged.merger.legalBasis,
    });
    const overview = (await admin.get(`/api/admin-units/${created.json().id}/overview`)).json();
    expect(overview.counts.formerUnits).toBe(3);
    // Dissolved units are history: they are not listed as current communes.
    const list = (await admin.get('/api/communes?pageSize=100'))
      .json()
      .items.map((u: { code: string }) => u.code);
    expect(list).toContain('97100');
    expect(list).not.toContain('97101');
  });

  it('refuses a code that exists, as the new unit or as a former one', async () => {
    const admin = await TestClient.signedIn(ctx.app, 'tinh.97', PASSWORD);
    const again = await admin.post('/api/communes', { code: '97001', name: 'Trùng', level: 'ward' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('Mã đơn vị hành chính «97001» đã tồn tại.');
    const reuse = await admin.post('/api/communes', { ...merged, code: '97200' });
    expect(reuse.statusCode).toBe(409);
    expect((await admin.get('/api/communes?q=97200')).json().total).toBe(0);
  });

  it('lets the officer change the address but not the name of the commune', async () => {
    const officer = await TestClient.signedIn(ctx.app, 'canbo.a', PASSWORD);
    const url = `/api/admin-units/${ctx.seed.communeA.id}`;
    expect((await officer.patch(url, { address: 'Số 5 đường Mới' })).json().address).toBe('Số 5 đường Mới');
    expect((await officer.patch(url, { name: 'Tên Khác' })).statusCode).toBe(403);
    const audit = (await officer.get(`${url}/audit?entity=admin_unit`)).json();
    expect(audit.items[0]).toMatchObject({
      action: 'update',
      changes: { address: { from: null, to: 'Số 5 đường Mới' } },
    });
  });

  it('pages and searches the communes list', async () => {
    const admin = await TestClient.signedIn(ctx.app, 'tinh.97', PASSWORD);
    const page = (await admin.get('/api/communes?page=1&pageSize=1')).json();
    expect(page).toMatchObject({ page: 1, pageSize: 1 });
    expect(page.items).toHaveLength(1);
    expect(page.total).toBeGreaterThanOrEqual(2);
    expect(
      (await admin.get('/api/communes?q=Thử B')).json().items.map((u: { code: string }) => u.code),
    ).toEqual(['97002']);
  });

  it('describes a unit’s detail and the communes page in the API docs', async () => {
    const docs = (await new TestClient(ctx.app).get('/api/docs/json')).json();
    const json = (path: string, method: string, status: string) =>
      docs.paths[path][method].responses[status].content['application/json'].schema;
    expect(Object.keys(json('/api/admin-units/{id}', 'get', '200').properties)).toEqual(
      expect.arrayContaining(['code', 'name', 'level', 'province', 'mergedFrom']),
    );
    expect(Object.keys(json('/api/communes', 'post', '201').properties)).toContain('mergedFrom');
    expect(Object.keys(json('/api/communes', 'get', '200').properties.items.items.properties)).toEqual(
      expect.arrayContaining(['code', 'name', 'address', 'dissolvedOn']),
    );
  });
});
