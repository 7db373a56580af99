import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { PASSWORD } from '../../test/fixtures';
import { seedOrganisation, type SeededOrganisation } from '../../test/organisation-fixtures';
import { useTestApp } from '../../test/test-app';
import { TestClient } from '../../test/test-client';
import { testDatabaseModes } from '../../test/test-database';
import { closeYear, openYear, signedInLinked } from '../emulation-year/emulation-year-fixtures';
import { seedAchievementYear, type AchievementCommune } from './achievement-fixtures';

const forPerson = (personId: string, overrides: Record<string, unknown> = {}) => ({
  subjectType: 'person',
  personId,
  title: 'Phá chuyên án ma túy',
  description: 'Bắt giữ 3 đối tượng, thu giữ tang vật',
  achievedOn: '2026-05-12',
  ...overrides,
});
const forUnit = (unitId: string, overrides: Record<string, unknown> = {}) => ({
  subjectType: 'unit',
  unitId,
  title: 'Dẫn đầu cụm thi đua',
  achievedOn: '2026-11-30',
  ...overrides,
});

describe.each(testDatabaseModes())('achievements on %s', (mode) => {
  const ctx = useTestApp(mode);
  let org: AchievementCommune;
  let officer: TestClient;
  let year: string;
  let achievements: string;
  let other: SeededOrganisation;

  beforeAll(async () => {
    ({ org, officer, yearPath: year } = await seedAchievementYear(ctx));
    other = await seedOrganisation(ctx.database.db, ctx.seed.communeB, 31);
    achievements = `${year}/achievements`;
  });

  describe('the officer', () => {
    it('records a person’s achievement with who they are and where they work, and its audit entry', async () => {
      const created = await officer.post(achievements, forPerson(org.policemanId, { unitId: org.officeId }));
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({
        year: 2026,
        subjectType: 'person',
        personId: org.policemanId,
        unitId: null,
        subjectName: 'Phạm Văn Dũng',
        subjectUnitId: org.policeId,
        subjectUnitName: 'Công an phường',
        title: 'Phá chuyên án ma túy',
        achievedOn: '2026-05-12',
      });
      const id = created.json().id;
      expect((await officer.get(`${achievements}/${id}`)).json().title).toBe('Phá chuyên án ma túy');
      const audit = await ctx.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entity, 'achievement'), eq(auditLog.entityId, id)));
      expect(audit).toMatchObject([{ action: 'create', actorName: 'Người dùng canbo.a (canbo.a)' }]);
    });

    it('records a unit’s achievement and edits it, the edit audited field by field', async () => {
      const created = await officer.post(achievements, forUnit(org.officeId));
      expect(created.json()).toMatchObject({
        subjectName: 'Văn phòng HĐND và UBND',
        subjectUnitId: org.officeId,
      });
      const id = created.json().id;
      const edited = await officer.put(
        `${achievements}/${id}`,
        forUnit(org.officeId, { title: 'Dẫn đầu khối' }),
      );
      expect(edited.statusCode).toBe(200);
      expect(edited.json().title).toBe('Dẫn đầu khối');
      const [update] = await ctx.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'update')));
      expect(update!.changes).toEqual({ title: { from: 'Dẫn đầu cụm thi đua', to: 'Dẫn đầu khối' } });
    });

    it('filters by subject type, person and unit (a unit’s own and its people’s), in pages', async () => {
      await officer.post(achievements, forPerson(org.clerkId, { title: 'Cải cách hành chính' }));
      const titles = async (query: string) =>
        (await officer.get(`${achievements}?${query}`)).json().items.map((a: { title: string }) => a.title);
      expect(await titles('subjectType=unit')).toEqual(['Dẫn đầu khối']);
      expect(await titles(`personId=${org.clerkId}`)).toEqual(['Cải cách hành chính']);
      expect((await titles(`unitId=${org.officeId}`)).sort()).toEqual([
        'Cải cách hành chính',
        'Dẫn đầu khối',
      ]);
      expect(await titles(`unitId=${org.policeId}`)).toEqual(['Phá chuyên án ma túy']);
      const page = (await officer.get(`${achievements}?pageSize=2&page=2`)).json();
      expect(page).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(page.items).toHaveLength(1);
    });
  });

  describe('validation', () => {
    it('names the missing person of a person’s achievement', async () => {
      const response = await officer.post(achievements, forPerson(org.clerkId, { personId: null }));
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields).toEqual({ personId: '«Cá nhân» là bắt buộc.' });
    });

    it('refuses a day outside the year, on the day’s field', async () => {
      const response = await officer.post(achievements, forPerson(org.clerkId, { achievedOn: '2025-12-31' }));
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields).toEqual({
        achievedOn: '«Ngày đạt» phải là một ngày trong năm thi đua 2026.',
      });
    });

    it('refuses a person or unit of another commune as if unknown', async () => {
      const person = await officer.post(achievements, forPerson(other.personId));
      expect(person.statusCode).toBe(400);
      expect(person.json().error.fields).toEqual({
        personId: '«Cá nhân»: không có trong danh sách của xã, phường.',
      });
      const unit = await officer.post(achievements, forUnit(other.unitId));
      expect(unit.json().error.fields).toEqual({
        unitId: '«Tập thể (đơn vị)»: không có trong danh sách của xã, phường.',
      });
    });

    it('answers 404 for a record asked under another year', async () => {
      const [first] = (await officer.get(achievements)).json().items;
      const otherYear = await openYear(officer, ctx.seed.communeA.id, 2027);
      expect((await officer.get(`${otherYear}/achievements/${first.id}`)).statusCode).toBe(404);
      const moved = await officer.put(`${otherYear}/achievements/${first.id}`, forUnit(org.officeId));
      expect(moved.statusCode).toBe(404);
    });
  });

  describe('who may write', () => {
    it('lets a member record their own achievement only', async () => {
      const member = await signedInLinked(ctx, 'member', 'thanhvien.canhan', { personId: org.clerkId });
      const own = await member.post(achievements, forPerson(org.clerkId, { title: 'Của tôi' }));
      expect(own.statusCode).toBe(201);
      expect((await member.put(`${achievements}/${own.json().id}`, forPerson(org.clerkId))).statusCode).toBe(
        200,
      );
      expect((await member.post(achievements, forPerson(org.policemanId))).statusCode).toBe(403);
      expect((await member.post(achievements, forUnit(org.officeId))).statusCode).toBe(403);
      const moved = await member.put(`${achievements}/${own.json().id}`, forPerson(org.policemanId));
      expect(moved.statusCode).toBe(403);
    });

    it('lets a unit head write the unit’s and its people’s achievements, not another unit’s', async () => {
      const head = await signedInLinked(ctx, 'unit_head', 'truong.congan', { unitId: org.policeId });
      expect((await head.post(achievements, forUnit(org.policeId))).statusCode).toBe(201);
      const own = await head.post(achievements, forPerson(org.policemanId));
      expect(own.statusCode).toBe(201);
      expect((await head.post(achievements, forUnit(org.officeId))).statusCode).toBe(403);
      expect((await head.post(achievements, forPerson(org.clerkId))).statusCode).toBe(403);
      const officers = (await officer.get(`${achievements}?personId=${org.clerkId}`)).json().items;
      const clerks = officers[0].id;
      expect((await head.put(`${achievements}/${clerks}`, forPerson(org.policemanId))).statusCode).toBe(403);
      expect((await head.put(`${achievements}/${own.json().id}`, forPerson(org.clerkId))).statusCode).toBe(
        403,
      );
    });

    it('refuses accounts linked to no person or unit, whatever their role', async () => {
      for (const role of ['member', 'chair', 'council_member', 'unit_head', 'group_leader'] as const) {
        const client = await signedInLinked(ctx, role, `khonglienket.${role.replace('_', '.')}`);
        const response = await client.post(achievements, forPerson(org.clerkId));
        expect(response.statusCode).toBe(403);
        expect(response.json().error.message).toBe('Bạn không có quyền thực hiện thao tác này.');
        expect((await client.get(achievements)).statusCode).toBe(200);
      }
    });

    it('lets the province administrator write like the officer', async () => {
      const province = await TestClient.signedIn(ctx.app, 'tinh.97', PASSWORD);
      expect((await province.post(achievements, forUnit(org.policeId))).statusCode).toBe(201);
    });
  });

  describe('a person’s and a unit’s record across the years', () => {
    it('gathers the person’s achievements of every year, newest year first', async () => {
      const year2027 = await officer.get(`/api/communes/${ctx.seed.communeA.id}/years`);
      const path2027 = `/api/communes/${ctx.seed.communeA.id}/years/${year2027.json()[0].id}`;
      await officer.post(
        `${path2027}/achievements`,
        forPerson(org.policemanId, { achievedOn: '2027-02-01' }),
      );
      const response = await officer.get(
        `/api/communes/${ctx.seed.communeA.id}/people/${org.policemanId}/achievements`,
      );
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.achievements.map((a: { year: number }) => a.year)).toEqual([2027, 2026, 2026]);
      expect(body).toMatchObject({ initiatives: [], exemplars: [] });
    });

    it('gathers the unit’s own achievements, not its people’s', async () => {
      const body = (
        await officer.get(`/api/communes/${ctx.seed.communeA.id}/units/${org.policeId}/achievements`)
      ).json();
      expect(body.achievements.map((a: { subjectType: string }) => a.subjectType)).toEqual(['unit', 'unit']);
    });

    it('answers 404 for a person or unit of another commune', async () => {
      const base = `/api/communes/${ctx.seed.communeA.id}`;
      expect((await officer.get(`${base}/people/${other.personId}/achievements`)).statusCode).toBe(404);
      expect((await officer.get(`${base}/units/${other.unitId}/achievements`)).statusCode).toBe(404);
    });
  });

  describe('a closed year', () => {
    it('keeps its achievements readable and refuses every change with YEAR_LOCKED', async () => {
      const path = await openYear(officer, ctx.seed.communeA.id, 2025);
      const created = await officer.post(
        `${path}/achievements`,
        forUnit(org.policeId, { achievedOn: '2025-06-01' }),
      );
      await closeYear(officer, path);
      const locked = await officer.post(
        `${path}/achievements`,
        forUnit(org.policeId, { achievedOn: '2025-06-02' }),
      );
      expect(locked.statusCode).toBe(409);
      expect(locked.json().error).toMatchObject({
        code: 'YEAR_LOCKED',
        message: 'Năm thi đua 2025 đã khóa sổ; số liệu của năm không được sửa nữa.',
      });
      const edit = await officer.put(
        `${path}/achievements/${created.json().id}`,
        forUnit(org.policeId, { achievedOn: '2025-06-01', title: 'Đổi' }),
      );
      expect(edit.statusCode).toBe(409);
      const read = await officer.get(`${path}/achievements/${created.json().id}`);
      expect(read.json().title).toBe('Dẫn đầu cụm thi đua');
    });
  });

  it('describes the page of achievements it answers in the API docs', async () => {
    const docs = (await ctx.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const answer =
      docs.paths['/api/communes/{communeId}/years/{yearId}/achievements'].get.responses['200'].content[
        'application/json'
      ].schema;
    expect(Object.keys(answer.properties)).toEqual(
      expect.arrayContaining(['items', 'total', 'page', 'pageSize']),
    );
  });
});
