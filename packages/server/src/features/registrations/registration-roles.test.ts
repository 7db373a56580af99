import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseModes } from '../../test/test-database';
import { useTestApp } from '../../test/test-app';
import { TestClient } from '../../test/test-client';
import { PASSWORD } from '../../test/fixtures';
import { signedInAs, signedInLinked } from '../emulation-year/emulation-year-fixtures';
import {
  aPersonRegistration,
  aUnitRegistration,
  seedRegistrationYear,
  type RegistrationWorld,
} from './registration-fixtures';

/**
 * Who may register and move registrations (SPEC §1, domain `writeScopeOf`): the officer and the
 * province every subject; a unit head the unit and its people; a user linked to a person only that
 * person; the others nobody. Only the officer and the province accept or return.
 */
describe.each(testDatabaseModes())('who may register titles on %s', (mode) => {
  const ctx = useTestApp(mode);
  let officer: TestClient;
  let w: RegistrationWorld;
  let base: string;

  /** A fresh registration made by the officer, to act on. */
  const made = async (body: Record<string, unknown>) => (await officer.post(base, body)).json().id as string;
  const clear = async (id: string) => officer.post(`${base}/${id}/withdraw`);

  beforeAll(async () => {
    ({ officer, w, base } = await seedRegistrationYear(ctx, 'Chủ đề'));
  });

  it.each(['officer', 'province admin'] as const)(
    'the %s registers any person or unit, accepts and returns',
    async (who) => {
      const client =
        who === 'officer'
          ? officer
          : await TestClient.signedIn(ctx.app, ctx.seed.users.provinceAdmin.username, PASSWORD);
      const ofPerson = await client.post(base, aPersonRegistration(w.mai));
      expect(ofPerson.statusCode).toBe(201);
      const ofUnit = await client.post(base, aUnitRegistration(w.police));
      expect(ofUnit.statusCode).toBe(201);
      expect((await client.post(`${base}/${ofPerson.json().id}/accept`)).json().status).toBe('accepted');
      const returned = await client.post(`${base}/${ofUnit.json().id}/return`, { reason: 'Xem lại' });
      expect(returned.json().status).toBe('returned');
      expect((await client.post(`${base}/${ofUnit.json().id}/resubmit`, {})).json().status).toBe('submitted');
      const bulk = await client.post(`${base}/bulk`, {
        unitId: w.women,
        personTitle: 'chien_si_thi_dua_co_so',
      });
      expect(bulk.statusCode).toBe(201);
      for (const id of [ofUnit.json().id, ...bulk.json().created.map((r: { id: string }) => r.id)])
        await clear(id);
      await client.post(`${base}/${ofPerson.json().id}/return`, { reason: 'Dọn' });
      await clear(ofPerson.json().id);
    },
  );

  it('a unit head registers the unit and its people, nothing else, and neither accepts nor returns', async () => {
    const head = await signedInLinked(ctx, 'unit_head', 'truong.phunu', { unitId: w.women });
    const own = await head.post(base, aUnitRegistration(w.women));
    expect(own.statusCode).toBe(201);
    const ofMember = await head.post(base, aPersonRegistration(w.hoa));
    expect(ofMember.statusCode).toBe(201);
    expect((await head.post(base, aUnitRegistration(w.police))).statusCode).toBe(403);
    expect((await head.post(base, aPersonRegistration(w.dung, 'chien_si_tien_tien'))).statusCode).toBe(403);
    expect((await head.post(`${base}/${own.json().id}/accept`)).statusCode).toBe(403);
    expect((await head.post(`${base}/${own.json().id}/return`, { reason: 'Tự trả' })).statusCode).toBe(403);

    const bulk = await head.post(`${base}/bulk`, { unitId: w.women, personTitle: 'chien_si_thi_dua_co_so' });
    expect(bulk.statusCode).toBe(201);
    expect(
      (await head.post(`${base}/bulk`, { unitId: w.police, unitTitle: 'tap_the_lao_dong_tien_tien' }))
        .statusCode,
    ).toBe(403);

    const police = await made(aPersonRegistration(w.dung, 'chien_si_tien_tien'));
    expect((await head.post(`${base}/${police}/withdraw`)).statusCode).toBe(403);
    expect((await head.post(`${base}/${ofMember.json().id}/withdraw`)).json().status).toBe('withdrawn');
    for (const id of [own.json().id, police, ...bulk.json().created.map((r: { id: string }) => r.id)])
      await clear(id);
  });

  it('a member linked to a person registers that person only, and withdraws or resubmits only their own', async () => {
    const member = await signedInLinked(ctx, 'member', 'thanhvien.hoa', { personId: w.hoa });
    const own = await member.post(base, aPersonRegistration(w.hoa));
    expect(own.statusCode).toBe(201);
    expect((await member.post(base, aPersonRegistration(w.mai))).statusCode).toBe(403);
    expect((await member.post(base, aUnitRegistration(w.women))).statusCode).toBe(403);
    expect(
      (await member.post(`${base}/bulk`, { unitId: w.women, personTitle: 'lao_dong_tien_tien' })).statusCode,
    ).toBe(403);
    expect((await member.post(`${base}/${own.json().id}/accept`)).statusCode).toBe(403);

    const others = await made(aPersonRegistration(w.mai));
    await officer.post(`${base}/${others}/return`, { reason: 'Bổ sung' });
    expect((await member.post(`${base}/${others}/resubmit`, {})).statusCode).toBe(403);
    expect((await member.post(`${base}/${others}/withdraw`)).statusCode).toBe(403);
    expect((await member.post(`${base}/${own.json().id}/withdraw`)).json().status).toBe('withdrawn');
    await clear(others);
  });

  it('a chair linked to a person registers that person, but accepts nothing', async () => {
    const chair = await signedInLinked(ctx, 'chair', 'chutich.lienket', { personId: w.mai });
    const own = await chair.post(base, aPersonRegistration(w.mai));
    expect(own.statusCode).toBe(201);
    expect((await chair.post(`${base}/${own.json().id}/accept`)).statusCode).toBe(403);
    expect((await chair.post(base, aPersonRegistration(w.hoa))).statusCode).toBe(403);
    await clear(own.json().id);
  });

  it.each(['chair', 'council_member', 'group_leader', 'member'] as const)(
    'a %s linked to nobody reads the registrations and writes none',
    async (role) => {
      const client =
        role === 'member'
          ? await TestClient.signedIn(ctx.app, ctx.seed.users.memberA.username, PASSWORD)
          : await signedInAs(ctx, ctx.seed.communeA, role, `khong.lienket.${role.replace('_', '.')}`);
      const target = await made(aPersonRegistration(w.hoa, 'chien_si_thi_dua_co_so'));
      expect((await client.get(base)).statusCode).toBe(200);
      expect((await client.get(`${base}/summary`)).statusCode).toBe(200);
      expect((await client.get(`${base}/${target}/history`)).statusCode).toBe(200);
      expect((await client.get(`${base}/mine`)).json()).toMatchObject({ subjects: [], hasRegistered: true });
      expect((await client.post(base, aPersonRegistration(w.hoa))).statusCode).toBe(403);
      expect(
        (await client.post(`${base}/bulk`, { unitId: w.women, unitTitle: 'tap_the_lao_dong_tien_tien' }))
          .statusCode,
      ).toBe(403);
      for (const action of ['accept', 'withdraw'])
        expect((await client.post(`${base}/${target}/${action}`)).statusCode).toBe(403);
      expect((await client.post(`${base}/${target}/return`, { reason: 'Không được' })).statusCode).toBe(403);
      expect((await client.post(`${base}/${target}/resubmit`, {})).statusCode).toBe(403);
      await clear(target);
    },
  );
});
