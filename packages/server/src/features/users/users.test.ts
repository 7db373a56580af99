import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { testDatabaseModes } from '../../test/test-database';
import { useTestApp } from '../../test/test-app';
import { TestClient } from '../../test/test-client';
import { PASSWORD } from '../../test/fixtures';
import { auditLog } from '../../db/schema';
import { seedOrganisation, type SeededOrganisation } from '../../test/organisation-fixtures';

describe.each(testDatabaseModes())('accounts on %s', (mode) => {
  const ctx = useTestApp(mode);
  const newUser = (over: Record<string, unknown> = {}) => ({
    username: 'chutich.a',
    displayName: 'Trần Văn Chủ',
    role: 'chair',
    adminUnitId: ctx.seed.communeA.id,
    password: 'mat-khau-moi-1',
    ...over,
  });

  it('lets the commune officer create an account in the commune, recorded in the audit log', async () => {
    const officer = await TestClient.signedIn(ctx.app, 'canbo.a', PASSWORD);
    const response = await officer.post('/api/users', newUser());
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      username: 'chutich.a',
      role: 'chair',
      adminUnitName: 'Phường Thử A',
      isDisabled: false,
    });
    const audit = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'user'), eq(auditLog.entityId, response.json().id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', actorName: 'Người dùng canbo.a (canbo.a)' });
    expect(JSON.stringify(audit[0]!.changes)).not.toContain('mat-khau');
    expect((await TestClient.signedIn(ctx.app, 'chutich.a', 'mat-khau-moi-1')).csrfToken).not.toBe('');
  });

  it('refuses a username already taken, naming it', async () => {
    const officer = await TestClient.signedIn(ctx.app, 'canbo.a', PASSWORD);
    const response = await officer.post('/api/users', newUser({ username: 'canbo.b' }));
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      code: 'USER_USERNAME_TAKEN',
      message: 'Tên đăng nhập «canbo.b» đã được dùng.',
    });
  });

  it('does not let a commune officer create a province-wide account', async () => {
    const officer = await TestClient.signedIn(ctx.app, 'canbo.a', PASSWORD);
    const response = await officer.post(
      '/api/users',
      newUser({ username: 'gia.tinh', role: 'province_admin' }),
    );
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('USER_ROLE_NOT_ALLOWED');
  });

  it('does not give a commune role to an account of the province', async () => {
    const admin = await TestClient.signedIn(ctx.app, 'tinh.97', PASSWORD);
    const response = await admin.post(
      '/api/users',
      newUser({ username: 'lac.cho', adminUnitId: ctx.seed.province.id, role: 'member' }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('USER_ROLE_NEEDS_COMMUNE');
  });

  it('refuses account management to a member', async () => {
    const member = await TestClient.signedIn(ctx.app, 'thanhvien.a', PASSWORD);
    expect((await member.get('/api/users')).statusCode).toBe(403);
    expect((await member.post('/api/users', newUser({ username: 'khac' }))).statusCode).toBe(403);
  });

  it('disables an account: its sessions end and it cannot sign in; enabling restores it', async () => {
    const officer = await TestClient.signedIn(ctx.app, 'canbo.a', PASSWORD);
    const member = await TestClient.signedIn(ctx.app, 'thanhvien.a', PASSWORD);
    const id = ctx.seed.users.memberA.id;
    const disabled = await officer.post(`/api/users/${id}/disable`);
    expect(disabled.json().isDisabled).toBe(true);
    expect((await member.get('/api/auth/session')).json().user).toBeNull();
    const again = await new TestClient(ctx.app).signIn('thanhvien.a', PASSWORD, '10.1.0.1');
    expect(again.statusCode).toBe(403);
    expect(again.json().error.code).toBe('AUTH_ACCOUNT_DISABLED');
    expect((await officer.post(`/api/users/${id}/enable`)).json().isDisabled).toBe(false);
    expect((await new TestClient(ctx.app).signIn('thanhvien.a', PASSWORD, '10.1.0.2')).statusCode).toBe(200);
  });

  it('does not let an administrator disable their own account', async () => {
    const officer = await TestClient.signedIn(ctx.app, 'canbo.a', PASSWORD);
    const response = await officer.post(`/api/users/${ctx.seed.users.officerA.id}/disable`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe('Không thể tự khóa tài khoản của chính mình.');
  });

  it('resets a password: old sessions end, the new password works', async () => {
    const officer = await TestClient.signedIn(ctx.app, 'canbo.a', PASSWORD);
    const created = (await officer.post('/api/users', newUser({ username: 'doi.mk' }))).json();
    const session = await TestClient.signedIn(ctx.app, 'doi.mk', 'mat-khau-moi-1');
    const updated = await officer.patch(`/api/users/${created.id}`, {
      password: 'mat-khau-thu-hai',
      displayName: 'Tên Mới',
    });
    expect(updated.json().displayName).toBe('Tên Mới');
    expect((await session.get('/api/auth/session')).json().user).toBeNull();
    expect((await new TestClient(ctx.app).signIn('doi.mk', 'mat-khau-thu-hai')).statusCode).toBe(200);
  });

  describe('links to a unit and a person', () => {
    let orgA: SeededOrganisation;
    let orgB: SeededOrganisation;
    beforeAll(async () => {
      orgA = await seedOrganisation(ctx.database.db, ctx.seed.communeA, 21);
      orgB = await seedOrganisation(ctx.database.db, ctx.seed.communeB, 23);
    });

    it('links a unit head to a unit and a person; the session and the list show them', async () => {
      const org = orgA;
      const officer = await TestClient.signedIn(ctx.app, 'canbo.a', PASSWORD);
      const created = (
        await officer.post('/api/users', newUser({ username: 'truong.ca', role: 'unit_head' }))
      ).json();
      const linked = await officer.patch(`/api/users/${created.id}`, {
        unitId: org.unitId,
        personId: org.personId,
      });
      expect(linked.statusCode).toBe(200);
      expect(linked.json()).toMatchObject({
        unitId: org.unitId,
        unitName: 'Công an',
        personId: org.personId,
      });
      const session = await TestClient.signedIn(ctx.app, 'truong.ca', 'mat-khau-moi-1');
      expect((await session.get('/api/auth/session')).json().user).toMatchObject({
        unitId: org.unitId,
        personId: org.personId,
      });

      // Another role loses the unit with the role; the person stays.
      const member = await officer.patch(`/api/users/${created.id}`, { role: 'member' });
      expect(member.json()).toMatchObject({ unitId: null, personId: org.personId });
    });

    it("refuses a unit for another role, another commune's records, and a person already linked", async () => {
      const officer = await TestClient.signedIn(ctx.app, 'canbo.a', PASSWORD);
      const memberId = ctx.seed.users.memberA.id;

      const unitForMember = await officer.patch(`/api/users/${memberId}`, { unitId: orgA.unitId });
      expect(unitForMember.statusCode).toBe(400);
      expect(unitForMember.json().error.fields.unitId).toBe(
        'Chỉ tài khoản có vai trò «Trưởng đơn vị» mới được gắn với một đơn vị phụ trách.',
      );

      const foreignPerson = await officer.patch(`/api/users/${memberId}`, { personId: orgB.personId });
      expect(foreignPerson.statusCode).toBe(400);
      expect(foreignPerson.json().error.fields.personId).toMatch(/^«Hồ sơ cán bộ»: không có bản ghi/);

      // The first test gave orgA's person to «truong.ca».
      const taken = await officer.patch(`/api/users/${memberId}`, { personId: orgA.personId });
      expect(taken.statusCode).toBe(409);
      expect(taken.json().error.message).toMatch(/đã gắn với tài khoản «truong\.ca»/);
      const unlinked = await officer.patch(`/api/users/${memberId}`, { personId: null });
      expect(unlinked.json().personId).toBeNull();
    });
  });

  it('describes an account in the API docs', async () => {
    const docs = (await new TestClient(ctx.app).get('/api/docs/json')).json();
    const account = docs.paths['/api/users/{id}'].get.responses['200'].content['application/json'].schema;
    expect(Object.keys(account.properties)).toEqual(
      expect.arrayContaining([
        'username',
        'displayName',
        'role',
        'adminUnitName',
        'isDisabled',
        'personName',
      ]),
    );
    const page = docs.paths['/api/users'].get.responses['200'].content['application/json'].schema;
    expect(Object.keys(page.properties.items.items.properties)).toContain('unitName');
  });
});
