import { beforeAll, describe, expect, it } from 'vitest';
import { dayAfter, dayBefore } from '@thidua/domain';
import { testDatabaseModes } from '../../test/test-database';
import { useTestApp } from '../../test/test-app';
import { TestClient } from '../../test/test-client';
import { signedInLinked } from '../emulation-year/emulation-year-fixtures';
import {
  aPersonRegistration,
  aUnitRegistration,
  seedRegistrationYear,
  type RegistrationWorld,
} from './registration-fixtures';
import { todayInVietnam } from '../../http/today';

interface Row {
  id: string;
  subjectName: string;
  subjectUnitName: string | null;
  title: string;
  titleLabel: string;
  status: string;
  returnReason: string | null;
}

describe.each(testDatabaseModes())('title registrations of a year on %s', (mode) => {
  const ctx = useTestApp(mode);
  let officer: TestClient;
  let w: RegistrationWorld;
  let years: string;
  let base: string;

  const register = (client: TestClient, body: Record<string, unknown>) => client.post(base, body);
  const list = async (client: TestClient, query = '') =>
    (await client.get(`${base}${query}`)).json() as { items: Row[]; total: number };

  beforeAll(async () => {
    ({ officer, w, base } = await seedRegistrationYear(ctx, 'Đoàn kết, đổi mới'));
    years = `/api/communes/${w.communeId}/years`;
  });

  it('registers a unit and a person, and lists them with names, unit, title and status', async () => {
    expect((await register(officer, aUnitRegistration(w.women))).statusCode).toBe(201);
    const created = await register(officer, aPersonRegistration(w.hoa));
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      subjectType: 'person',
      subjectName: 'Lê Thị Hoa',
      subjectUnitName: 'Hội Liên hiệp Phụ nữ',
      title: 'lao_dong_tien_tien',
      titleLabel: 'Lao động tiên tiến',
      status: 'submitted',
      year: 2026,
    });
    const { items } = await list(officer);
    expect(items.map((r) => [r.subjectName, r.subjectUnitName, r.titleLabel, r.status])).toEqual([
      ['Lê Thị Hoa', 'Hội Liên hiệp Phụ nữ', 'Lao động tiên tiến', 'submitted'],
      ['Hội Liên hiệp Phụ nữ', 'Hội Liên hiệp Phụ nữ', 'Tập thể lao động tiên tiến', 'submitted'],
    ]);
  });

  it('keeps the history of each registration and an audit entry of each write', async () => {
    const [registration] = (await list(officer, '?subjectType=unit')).items;
    const history = await officer.get(`${base}/${registration!.id}/history`);
    expect(history.json()).toEqual([
      expect.objectContaining({
        status: 'submitted',
        reason: null,
        actorName: expect.stringContaining('canbo.a'),
      }),
    ]);
    const audit = await officer.get(
      `/api/admin-units/${w.communeId}/audit?entity=registration&entityId=${registration!.id}`,
    );
    expect(audit.json().items).toEqual([
      expect.objectContaining({ action: 'create', entity: 'registration' }),
    ]);
  });

  it('refuses a title the subject may not register, naming the subject and the title', async () => {
    const asUnit = await register(officer, aUnitRegistration(w.women, 'lao_dong_tien_tien'));
    expect(asUnit.statusCode).toBe(400);
    expect(asUnit.json().error.fields.title).toMatch(
      /^«Hội Liên hiệp Phụ nữ» không đăng ký được danh hiệu «Lao động tiên tiến»\. Danh hiệu có thể đăng ký: «Tập thể lao động tiên tiến», «Tập thể lao động xuất sắc»/,
    );
    const policeman = await register(officer, aPersonRegistration(w.dung));
    expect(policeman.statusCode).toBe(400);
    expect(policeman.json().error.message).toContain(
      '«Nguyễn Văn Dũng» không đăng ký được danh hiệu «Lao động tiên tiến»',
    );
    expect(policeman.json().error.message).toContain('«Chiến sĩ tiên tiến»');
    expect((await register(officer, aPersonRegistration(w.dung, 'chien_si_tien_tien'))).statusCode).toBe(201);
  });

  it('refuses a second registration of the same title, and allows it again once withdrawn', async () => {
    const twice = await register(officer, aPersonRegistration(w.hoa));
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.fields.title).toBe(
      '«Lê Thị Hoa» đã đăng ký danh hiệu «Lao động tiên tiến» trong năm 2026.',
    );
    const hoa = (await list(officer, `?personId=${w.hoa}`)).items[0]!;
    expect((await officer.post(`${base}/${hoa.id}/withdraw`)).json().status).toBe('withdrawn');
    expect((await register(officer, aPersonRegistration(w.hoa))).statusCode).toBe(201);
    expect((await list(officer, `?personId=${w.hoa}`)).items.map((r) => r.status).sort()).toEqual([
      'submitted',
      'withdrawn',
    ]);
  });

  it('validates the input and names the field', async () => {
    const missing = await register(officer, { subjectType: 'person', title: 'lao_dong_tien_tien' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields).toEqual({ personId: '«Cá nhân» là bắt buộc.' });
    const noTitle = await register(officer, { subjectType: 'unit', unitId: w.women });
    expect(noTitle.json().error.fields).toEqual({ title: '«Danh hiệu» là bắt buộc.' });
    const stranger = await register(officer, aPersonRegistration('00000000-0000-4000-8000-000000000000'));
    expect(stranger.statusCode).toBe(404);
  });

  it('refuses retired people and units', async () => {
    await officer.post(`/api/communes/${w.communeId}/people/${w.lan}/retire`, {
      retiredOn: '2026-01-15',
      reason: 'Nghỉ hưu',
    });
    const retired = await register(officer, aPersonRegistration(w.lan));
    expect(retired.statusCode).toBe(400);
    expect(retired.json().error.fields.personId).toBe(
      '«Phạm Thị Lan» đã thôi công tác, hoạt động; không đăng ký thi đua được nữa.',
    );
  });

  it('returns with a reason, lets the owner complete it for another title, then accepts; the history keeps every step', async () => {
    const member = await signedInLinked(ctx, 'member', 'thanhvien.mai', { personId: w.mai });
    const created = await register(member, aPersonRegistration(w.mai));
    expect(created.statusCode).toBe(201);
    const id = created.json().id;

    const noReason = await officer.post(`${base}/${id}/return`, { reason: '  ' });
    expect(noReason.json().error.fields).toEqual({ reason: '«Lý do trả lại» không được để trống.' });
    expect((await member.post(`${base}/${id}/return`, { reason: 'Tự trả' })).statusCode).toBe(403);
    const returned = await officer.post(`${base}/${id}/return`, { reason: 'Bổ sung bản tự đánh giá' });
    expect(returned.json()).toMatchObject({ status: 'returned', returnReason: 'Bổ sung bản tự đánh giá' });
    expect((await list(member, `?status=returned&personId=${w.mai}`)).items[0]!.returnReason).toBe(
      'Bổ sung bản tự đánh giá',
    );
    expect((await officer.post(`${base}/${id}/accept`)).statusCode).toBe(409);

    const resent = await member.post(`${base}/${id}/resubmit`, { title: 'chien_si_thi_dua_co_so' });
    expect(resent.json()).toMatchObject({
      status: 'submitted',
      title: 'chien_si_thi_dua_co_so',
      returnReason: null,
    });
    const accepted = await officer.post(`${base}/${id}/accept`);
    expect(accepted.json().status).toBe('accepted');
    const late = await member.post(`${base}/${id}/withdraw`);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toBe('Không thể rút đăng ký đang ở trạng thái «Đã duyệt».');

    const history = (await officer.get(`${base}/${id}/history`)).json();
    expect(history.map((e: { status: string; reason: string | null }) => [e.status, e.reason])).toEqual([
      ['submitted', null],
      ['returned', 'Bổ sung bản tự đánh giá'],
      ['submitted', null],
      ['accepted', null],
    ]);
    expect(history[2].actorName).toContain('thanhvien.mai');
    const audit = await officer.get(
      `/api/admin-units/${w.communeId}/audit?entity=registration&entityId=${id}`,
    );
    expect(audit.json().total).toBe(4);
  });

  it('registers a whole unit: its collective title and one title for all its active people', async () => {
    const bulk = await officer.post(`${base}/bulk`, {
      unitId: w.women,
      unitTitle: 'tap_the_lao_dong_tien_tien',
      personTitle: 'lao_dong_tien_tien',
    });
    expect(bulk.statusCode).toBe(201);
    // The unit and Hoa hold theirs already, Lan is retired: only Mai is new.
    expect(bulk.json().created.map((r: Row) => r.subjectName)).toEqual(['Trần Thị Mai']);
    expect(bulk.json().alreadyRegistered).toEqual(['Hội Liên hiệp Phụ nữ', 'Lê Thị Hoa']);

    const chosen = await officer.post(`${base}/bulk`, {
      unitId: w.police,
      personTitle: 'chien_si_thi_dua_co_so',
      personIds: [w.dung],
    });
    expect(chosen.json().created.map((r: Row) => r.subjectName)).toEqual(['Nguyễn Văn Dũng']);
    const outsider = await officer.post(`${base}/bulk`, {
      unitId: w.police,
      personTitle: 'chien_si_tien_tien',
      personIds: [w.hoa],
    });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json().error.fields.personIds).toBe(
      '1 người được chọn không phải nhân sự đang công tác của «Công an phường».',
    );
    const wrongTitle = await officer.post(`${base}/bulk`, {
      unitId: w.police,
      personTitle: 'lao_dong_tien_tien',
    });
    expect(wrongTitle.json().error.fields.personTitle).toContain(
      '«Cá nhân của Công an phường» không đăng ký được danh hiệu «Lao động tiên tiến»',
    );
  });

  it('counts the registrations per title and status, and filters the list', async () => {
    const summary = (await officer.get(`${base}/summary`)).json();
    const lđtt = summary.find((s: { title: string }) => s.title === 'lao_dong_tien_tien');
    expect(lđtt).toMatchObject({
      titleLabel: 'Lao động tiên tiến',
      total: 2,
      byStatus: { submitted: 2, returned: 0, accepted: 0, withdrawn: 1 },
    });
    expect(summary.map((s: { title: string }) => s.title)).toEqual([
      'lao_dong_tien_tien',
      'chien_si_tien_tien',
      'chien_si_thi_dua_co_so',
      'tap_the_lao_dong_tien_tien',
    ]);
    const ofWomen = (await officer.get(`${base}/summary?unitId=${w.women}&subjectType=person`)).json();
    expect(ofWomen.map((s: { title: string; total: number }) => [s.title, s.total])).toEqual([
      ['lao_dong_tien_tien', 2],
      ['chien_si_thi_dua_co_so', 1],
    ]);

    expect((await list(officer, '?title=lao_dong_tien_tien&status=submitted')).total).toBe(2);
    expect((await list(officer, '?title=lao_dong_tien_tien&status=standing')).total).toBe(2);
    expect((await list(officer, '?title=lao_dong_tien_tien')).total).toBe(3);
    expect((await list(officer, `?unitId=${w.police}`)).items.map((r) => r.subjectName)).toEqual([
      'Nguyễn Văn Dũng',
      'Nguyễn Văn Dũng',
    ]);
    expect((await list(officer, '?q=hoa')).items.map((r) => r.subjectName)).toEqual([
      'Lê Thị Hoa',
      'Lê Thị Hoa',
    ]);
    expect((await list(officer, '?q=phu nu&subjectType=unit')).items.map((r) => r.titleLabel)).toEqual([
      'Tập thể lao động tiên tiến',
    ]);
    const paged = await list(officer, '?pageSize=2&page=2');
    expect(paged.items).toHaveLength(2);
    expect(paged.total).toBe(7);
  });

  it('lists a person’s registrations across years', async () => {
    const next = await officer.post(years, { year: 2027, theme: 'Năm sau' });
    await officer.post(`${years}/${next.json().id}/registrations`, aPersonRegistration(w.hoa));
    const across = await officer.get(`/api/communes/${w.communeId}/registrations?personId=${w.hoa}`);
    const items: { year: number; status: string }[] = across.json().items;
    expect(items.map((r) => r.year)).toEqual([2027, 2026, 2026]);
    expect(items.map((r) => r.status).sort()).toEqual(['submitted', 'submitted', 'withdrawn']);
  });

  it('after the deadline lets only the officer register and change; an owner may still send back what was returned', async () => {
    const yearPath = base.replace(/\/registrations$/, '');
    const member = await signedInLinked(ctx, 'member', 'thanhvien.hoa', { personId: w.hoa });
    const returned = await register(member, aPersonRegistration(w.hoa, 'chien_si_thi_dua_co_so'));
    await officer.post(`${base}/${returned.json().id}/return`, { reason: 'Thiếu minh chứng' });

    const today = todayInVietnam();
    const yesterday = dayBefore(today);
    await officer.patch(yearPath, { registrationDeadline: yesterday });
    const mine = (await member.get(`${base}/mine`)).json();
    expect(mine).toMatchObject({ open: false, daysLeft: 0, deadline: yesterday, hasRegistered: true });

    const late = await register(member, aPersonRegistration(w.hoa, 'chien_si_thi_dua_cap_tinh'));
    expect(late.statusCode).toBe(403);
    const [y, m, d] = yesterday.split('-');
    expect(late.json().error.message).toBe(
      `Đã hết hạn đăng ký thi đua năm 2026 (hạn cuối ${d}/${m}/${y}); chỉ cán bộ thi đua – khen thưởng được đăng ký hoặc sửa đăng ký.`,
    );
    const standing = (await list(member, `?personId=${w.hoa}&status=submitted`)).items[0]!;
    expect((await member.post(`${base}/${standing.id}/withdraw`)).statusCode).toBe(403);
    expect((await member.post(`${base}/${returned.json().id}/resubmit`, {})).json().status).toBe('submitted');
    expect(
      (await register(officer, aPersonRegistration(w.hoa, 'chien_si_thi_dua_cap_tinh'))).statusCode,
    ).toBe(201);

    await officer.patch(yearPath, { registrationDeadline: today });
    expect((await member.get(`${base}/mine`)).json()).toMatchObject({ open: true, daysLeft: 1 });
    await officer.patch(yearPath, { registrationDeadline: dayAfter(dayAfter(today)) });
    expect((await member.get(`${base}/mine`)).json()).toMatchObject({ open: true, daysLeft: 3 });
    await officer.patch(yearPath, { registrationDeadline: null });
    expect((await member.get(`${base}/mine`)).json()).toMatchObject({
      open: true,
      daysLeft: null,
      deadline: null,
    });
  });

  it('tells a user who has not registered yet, and shows a unit head the unit’s registrations', async () => {
    const fresh = await signedInLinked(ctx, 'member', 'thanhvien.dung', { personId: w.dung });
    const next = await officer.post(years, { year: 2028, theme: 'Năm mới' });
    const nextBase = `${years}/${next.json().id}/registrations`;
    expect((await fresh.get(`${nextBase}/mine`)).json()).toMatchObject({
      year: 2028,
      hasRegistered: false,
      subjects: [{ subjectType: 'person', id: w.dung, name: 'Nguyễn Văn Dũng', registered: false }],
      registrations: [],
    });
    await fresh.post(nextBase, aPersonRegistration(w.dung, 'chien_si_tien_tien'));
    expect((await fresh.get(`${nextBase}/mine`)).json().hasRegistered).toBe(true);

    const head = await signedInLinked(ctx, 'unit_head', 'truong.phunu', { unitId: w.women });
    const headMine = (await head.get(`${nextBase}/mine`)).json();
    expect(headMine.subjects).toEqual([
      { subjectType: 'unit', id: w.women, name: 'Hội Liên hiệp Phụ nữ', registered: false },
    ]);
    expect(headMine.hasRegistered).toBe(false);
    const officerMine = (await officer.get(`${nextBase}/mine`)).json();
    expect(officerMine).toMatchObject({ subjects: [], hasRegistered: true });
  });

  it('locks a closed year: no registration or change, reading still works', async () => {
    const closed = await officer.post(years, { year: 2024, theme: 'Năm cũ' });
    const closedYear = `${years}/${closed.json().id}`;
    const closedBase = `${closedYear}/registrations`;
    const made = await officer.post(closedBase, aPersonRegistration(w.hoa));
    for (const status of ['running', 'reviewing', 'closed']) await officer.patch(closedYear, { status });

    const locked = await officer.post(closedBase, aPersonRegistration(w.mai));
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.message).toBe(
      'Năm thi đua 2024 đã khóa sổ; số liệu của năm không được sửa nữa.',
    );
    expect((await officer.post(`${closedBase}/${made.json().id}/accept`)).statusCode).toBe(409);
    expect((await officer.post(`${closedBase}/${made.json().id}/withdraw`)).statusCode).toBe(409);
    expect(
      (await officer.post(`${closedBase}/bulk`, { unitId: w.women, unitTitle: 'tap_the_lao_dong_tien_tien' }))
        .statusCode,
    ).toBe(409);
    expect((await officer.get(closedBase)).json().items.map((r: Row) => r.status)).toEqual(['submitted']);
  });

  it('answers 404 for a registration under another year’s address', async () => {
    const other = await officer.post(years, { year: 2029, theme: 'Khác' });
    const [any] = (await list(officer)).items;
    const wrong = `${years}/${other.json().id}/registrations/${any!.id}`;
    expect((await officer.get(`${wrong}/history`)).statusCode).toBe(404);
    expect((await officer.post(`${wrong}/accept`)).statusCode).toBe(404);
  });

  it('describes the user’s own registrations in the API docs', async () => {
    const docs = await ctx.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(docs.statusCode).toBe(200);
    const route = docs.json().paths['/api/communes/{communeId}/years/{yearId}/registrations/mine'].get;
    const answer = route.responses['200'].content['application/json'].schema;
    expect(Object.keys(answer.properties)).toEqual(
      expect.arrayContaining(['daysLeft', 'subjects', 'registrations', 'hasRegistered']),
    );
  });
});
