import { beforeAll, describe, expect, it } from 'vitest';
import { composeIdNumber } from '@thidua/domain';
import { testDatabaseModes } from '../../test/test-database';
import { useTestApp } from '../../test/test-app';
import { TestClient } from '../../test/test-client';
import { PASSWORD } from '../../test/fixtures';
import { aPerson } from '../../test/organisation-fixtures';

describe.each(testDatabaseModes())('organisation records on %s', (mode) => {
  const ctx = useTestApp(mode);
  let officer: TestClient;
  let base: string;
  let policeId: string;
  let groupId: string;

  beforeAll(async () => {
    officer = await TestClient.signedIn(ctx.app, 'canbo.a', PASSWORD);
    base = `/api/communes/${ctx.seed.communeA.id}`;
    policeId = (await officer.post(`${base}/units`, { name: 'Công an phường', kind: 'police' })).json().id;
    groupId = (
      await officer.post(`${base}/residential-groups`, { name: 'Tổ dân phố 3', kind: 'to_dan_pho' })
    ).json().id;
  });

  it('describes what the people list answers in the API docs', async () => {
    const docs = (await ctx.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const answer = docs.paths['/api/communes/{communeId}/people'].get.responses['200'];
    const page = answer.content['application/json'].schema;
    expect(Object.keys(page.properties)).toEqual(['items', 'total', 'page', 'pageSize']);
    expect(page.properties.items.items.properties).toMatchObject({
      fullName: { type: 'string', description: 'Họ và tên' },
      idNumber: { type: 'string' },
      unitName: expect.anything(),
      retiredOn: expect.anything(),
    });
  });

  describe('people: identification number (Decree 137/2015/NĐ-CP art. 7)', () => {
    it('creates a person whose number fits the gender and birth year', async () => {
      const response = await officer.post(`${base}/people`, aPerson({ unitId: policeId, serial: 11 }));
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        fullName: 'Nguyễn Văn An',
        unitName: 'Công an phường',
        retiredOn: null,
      });
    });

    it.each([
      ['08718800123', '«Số định danh cá nhân» phải gồm đúng 12 chữ số.'],
      ['003085000001', '«Số định danh cá nhân» có 3 chữ số đầu không phải mã tỉnh nơi đăng ký khai sinh.'],
      ['087185000001', '«Số định danh cá nhân» có chữ số thứ tư không khớp với giới tính.'],
      ['087086000001', '«Số định danh cá nhân» có chữ số thứ 4–6 không khớp với năm sinh.'],
    ])('refuses %s, naming the field', async (idNumber, message) => {
      const response = await officer.post(`${base}/people`, { ...aPerson(), idNumber });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields.idNumber).toBe(message);
    });

    it('refuses a number already held in the commune, naming its holder, but allows it in another commune', async () => {
      const taken = aPerson({ fullName: 'Trần Thị Lan', gender: 'female', serial: 12 });
      expect((await officer.post(`${base}/people`, taken)).statusCode).toBe(201);
      const again = await officer.post(`${base}/people`, { ...taken, fullName: 'Người Khác' });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.fields.idNumber).toBe(
        `Số định danh cá nhân ${taken.idNumber} đã có trong danh sách của xã, phường (Trần Thị Lan).`,
      );
      const officerB = await TestClient.signedIn(ctx.app, 'canbo.b', PASSWORD);
      expect((await officerB.post(`/api/communes/${ctx.seed.communeB.id}/people`, taken)).statusCode).toBe(
        201,
      );
    });
  });

  it('requires the fields the rules need, each named in Vietnamese', async () => {
    const response = await officer.post(`${base}/people`, { gender: 'male' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toMatchObject({
      fullName: '«Họ và tên» là bắt buộc.',
      birthDate: '«Ngày sinh» là bắt buộc.',
      idNumber: '«Số định danh cá nhân» là bắt buộc.',
      employmentCategory: '«Loại cán bộ» là bắt buộc.',
    });
  });

  it('refuses an end of service before its start', async () => {
    const response = await officer.post(`${base}/people`, {
      ...aPerson({ serial: 13 }),
      serviceEnd: '2009-01-01',
    });
    expect(response.json().error.fields.serviceEnd).toBe(
      '«Ngày kết thúc công tác» không được trước ngày bắt đầu công tác.',
    );
  });

  it('retires a person without deleting them: the record and its whole history stay', async () => {
    const person = (
      await officer.post(`${base}/people`, aPerson({ fullName: 'Lê Văn Nghỉ', serial: 14 }))
    ).json();
    await officer.put(`${base}/people/${person.id}`, {
      ...aPerson({ fullName: 'Lê Văn Nghỉ', serial: 14 }),
      position: 'Phó Trưởng Công an',
    });
    const retired = await officer.post(`${base}/people/${person.id}/retire`, {
      retiredOn: '2026-06-30',
      reason: 'Nghỉ hưu',
    });
    expect(retired.json()).toMatchObject({ retiredOn: '2026-06-30', position: 'Phó Trưởng Công an' });
    expect((await officer.get(`${base}/people/${person.id}`)).statusCode).toBe(200);

    const active = (await officer.get(`${base}/people?q=le van nghi`)).json();
    expect(active.total).toBe(0);
    const retiredList = (await officer.get(`${base}/people?q=le van nghi&status=retired`)).json();
    expect(retiredList.items.map((p: { id: string }) => p.id)).toEqual([person.id]);

    const history = (
      await officer.get(`/api/admin-units/${ctx.seed.communeA.id}/audit?entity=person&entityId=${person.id}`)
    ).json();
    expect(history.items.map((e: { action: string }) => e.action)).toEqual(['retire', 'update', 'create']);
    expect(history.items[1].changes).toEqual({
      position: { from: 'Trưởng Công an', to: 'Phó Trưởng Công an' },
    });
    expect(history.items[0].changes).toEqual({ retiredOn: '2026-06-30', reason: 'Nghỉ hưu' });

    expect(
      (await officer.post(`${base}/people/${person.id}/retire`, { retiredOn: '2026-07-01' })).json().error
        .code,
    ).toBe('ORG_ALREADY_RETIRED');
    expect((await officer.post(`${base}/people/${person.id}/reinstate`)).json().retiredOn).toBeNull();
  });

  it('keeps a unit with active people from being retired, and a person out of a retired unit', async () => {
    const unit = (
      await officer.post(`${base}/units`, { name: 'Hội Nông dân', kind: 'mass_organisation' })
    ).json();
    const person = (
      await officer.post(`${base}/people`, aPerson({ fullName: 'Lý Văn Nông', unitId: unit.id, serial: 15 }))
    ).json();
    const refused = await officer.post(`${base}/units/${unit.id}/retire`, { retiredOn: '2026-01-01' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe(
      'Đơn vị còn 1 người đang công tác và 0 đơn vị trực thuộc đang hoạt động; hãy chuyển hoặc cho thôi trước.',
    );
    await officer.put(
      `${base}/people/${person.id}`,
      aPerson({ fullName: 'Lý Văn Nông', unitId: policeId, serial: 15 }),
    );
    expect(
      (await officer.post(`${base}/units/${unit.id}/retire`, { retiredOn: '2026-01-01' })).statusCode,
    ).toBe(200);
    const moveBack = await officer.put(
      `${base}/people/${person.id}`,
      aPerson({ fullName: 'Lý Văn Nông', unitId: unit.id, serial: 15 }),
    );
    expect(moveBack.statusCode).toBe(400);
    expect(moveBack.json().error.fields.unitId).toBe(
      '«Hội Nông dân» đã thôi hoạt động; hãy chọn đơn vị hoặc tổ đang hoạt động.',
    );
  });

  it('refuses a unit as its own ancestor, and a duplicate active name', async () => {
    const parent = (
      await officer.post(`${base}/units`, { name: 'Ủy ban Mặt trận Tổ quốc', kind: 'fatherland_front' })
    ).json();
    const child = (
      await officer.post(`${base}/units`, {
        name: 'Ban Công tác Mặt trận',
        kind: 'fatherland_front',
        parentId: parent.id,
      })
    ).json();
    expect(child.parentName).toBe('Ủy ban Mặt trận Tổ quốc');
    const cycle = await officer.put(`${base}/units/${parent.id}`, { ...parent, parentId: child.id });
    expect(cycle.json().error.code).toBe('UNIT_PARENT_INVALID');
    const twin = await officer.post(`${base}/units`, {
      name: 'ỦY BAN MẶT TRẬN TỔ QUỐC',
      kind: 'fatherland_front',
    });
    expect(twin.statusCode).toBe(409);
    expect(twin.json().error.fields.name).toBe(
      'Đã có đơn vị tên «ỦY BAN MẶT TRẬN TỔ QUỐC» trong xã, phường.',
    );
  });

  it('counts a group’s households and residents, and refuses the same household twice', async () => {
    const household = { groupId, headName: 'Võ Thị Hạnh', address: 'Số 5, hẻm 2', memberCount: 5 };
    expect((await officer.post(`${base}/households`, household)).statusCode).toBe(201);
    const twin = await officer.post(`${base}/households`, {
      ...household,
      headName: 'VO THI HANH',
      memberCount: 3,
    });
    expect(twin.statusCode).toBe(409);
    expect(twin.json().error.code).toBe('HOUSEHOLD_TAKEN');
    const groups = (await officer.get(`${base}/residential-groups`)).json();
    expect(groups.find((g: { id: string }) => g.id === groupId)).toMatchObject({
      activeHouseholds: 1,
      residents: 5,
    });
  });

  it('finds records without diacritics or case: a person, a group, a household', async () => {
    const found = (await officer.get(`${base}/search?q=${encodeURIComponent('nguyen van an')}`)).json();
    expect(found.people.map((h: { title: string }) => h.title)).toContain('Nguyễn Văn An');
    const group = (await officer.get(`${base}/search?q=${encodeURIComponent('to dan pho 3')}`)).json();
    expect(group.groups).toEqual([expect.objectContaining({ title: 'Tổ dân phố 3', kind: 'group' })]);
    const household = (await officer.get(`${base}/search?q=${encodeURIComponent('VO THI')}`)).json();
    expect(household.households[0]).toMatchObject({ title: 'Võ Thị Hạnh' });
    // Commune B's Trần Thị Lan is not in A's results, only A's own.
    const lan = (await officer.get(`${base}/search?q=tran thi lan`)).json();
    expect(lan.people).toHaveLength(1);
  });

  it('pages and sorts people by given name, as Vietnamese lists do', async () => {
    for (const [i, fullName] of ['Đỗ Minh Yến', 'Phan Văn Bảo', 'Bùi Thị Ánh'].entries()) {
      await officer.post(`${base}/people`, aPerson({ fullName, serial: 30 + i }));
    }
    const page1 = (await officer.get(`${base}/people?pageSize=2&sort=fullName`)).json();
    expect(page1.items.map((p: { fullName: string }) => p.fullName)).toEqual([
      'Nguyễn Văn An',
      'Bùi Thị Ánh',
    ]);
    const desc = (await officer.get(`${base}/people?pageSize=1&sort=fullName&order=desc`)).json();
    expect(desc.items[0].fullName).toBe('Đỗ Minh Yến');
    expect(desc.total).toBe(page1.total);
  });

  it('lets a member read but not write, with identification numbers masked', async () => {
    const member = await TestClient.signedIn(ctx.app, 'thanhvien.a', PASSWORD);
    const list = (await member.get(`${base}/people?q=nguyen van an`)).json();
    expect(list.items[0].idNumber).toMatch(/^••••••••\d{4}$/);
    const write = await member.post(`${base}/people`, aPerson({ serial: 40 }));
    expect(write.statusCode).toBe(403);
    const full = (await officer.get(`${base}/people?q=nguyen van an`)).json();
    expect(full.items[0].idNumber).toBe(composeIdNumber('087', 'male', 1985, 11));
    const historyUrl = `/api/admin-units/${ctx.seed.communeA.id}/audit?entity=person&entityId=${full.items[0].id}`;
    // The history is the audit log, which a member may not read (see audit-routes.test.ts).
    expect((await member.get(historyUrl)).statusCode).toBe(403);
    expect((await officer.get(historyUrl)).json().items.at(-1).changes.idNumber).toBe(full.items[0].idNumber);
  });
});
