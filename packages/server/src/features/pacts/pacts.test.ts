import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Role } from '@thidua/domain';
import { auditLog, users } from '../../db/schema';
import { testDatabaseModes } from '../../test/test-database';
import { useTestApp } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';
import { SYSTEM_ACTOR } from '../../records/record-audit';
import { createUnit } from '../organisation/units';
import { closeYear, openYear } from '../emulation-year/emulation-year-fixtures';
import { aPact, clientsOfCommuneA, READERS, WRITERS } from '../movements/movement-fixtures';

describe.each(testDatabaseModes())('pacts of the year on %s', (mode) => {
  const ctx = useTestApp(mode);
  let clients: Record<Role, TestClient>;
  let officer: TestClient;
  let year: string;
  const unit = { union: '', women: '', youth: '', retired: '', ofB: '' };
  let pactId: string;
  const retire = async (unitId: string) => {
    const retired = await officer.post(`/api/communes/${ctx.seed.communeA.id}/units/${unitId}/retire`, {
      retiredOn: '2026-01-01',
    });
    expect(retired.statusCode).toBe(200);
  };

  beforeAll(async () => {
    const db = ctx.database.db;
    const { communeA, communeB } = ctx.seed;
    const add = async (communeId: string, name: string) =>
      (await createUnit(db, SYSTEM_ACTOR, communeId, { name, kind: 'mass_organisation', parentId: null })).id;
    unit.union = await add(communeA.id, 'Công đoàn cơ sở');
    unit.women = await add(communeA.id, 'Hội Liên hiệp Phụ nữ');
    unit.youth = await add(communeA.id, 'Đoàn Thanh niên');
    unit.retired = await add(communeA.id, 'Hội Nông dân');
    unit.ofB = await add(communeB.id, 'Công đoàn xã B');
    clients = await clientsOfCommuneA(ctx, 'giaouoc');
    officer = clients.commune_officer;
    // A unit head whose unit signs: heading a party gives no right to change the pact.
    await db.update(users).set({ unitId: unit.union }).where(eq(users.username, 'giaouoc.unit.head'));
    year = await openYear(officer, communeA.id, 2026);
  });

  it('records a pact of the chair with the unions, each party with its signatory and commitments', async () => {
    const created = await officer.post(`${year}/pacts`, aPact([unit.women, unit.union]));
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      name: 'Giao ước thi đua năm 2026',
      signedOn: '2026-01-20',
      chairSignatory: 'Nguyễn Văn Chủ Tịch',
      parties: [
        {
          unitId: unit.union,
          unitName: 'Công đoàn cơ sở',
          signatory: 'Người ký 2',
          commitments: 'Cam kết 2',
        },
        {
          unitId: unit.women,
          unitName: 'Hội Liên hiệp Phụ nữ',
          signatory: 'Người ký 1',
          commitments: 'Cam kết 1',
        },
      ],
      files: [],
    });
    pactId = created.json().id;
    const list = await officer.get(`${year}/pacts`);
    expect(list.json()).toHaveLength(1);
    expect(list.json()[0].parties).toHaveLength(2);
  });

  it('replaces the parties when the pact is saved, and keeps both lists in its history', async () => {
    const path = `${year}/pacts/${pactId}`;
    const saved = await officer.put(
      path,
      aPact([unit.union, unit.youth], { name: 'Giao ước thi đua 2026 (bổ sung)' }),
    );
    expect(saved.statusCode).toBe(200);
    expect(saved.json().parties.map((p: { unitName: string }) => p.unitName)).toEqual([
      'Công đoàn cơ sở',
      'Đoàn Thanh niên',
    ]);
    const history = await ctx.database.db
      .select({ action: auditLog.action, changes: auditLog.changes })
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'pact'), eq(auditLog.entityId, pactId)));
    expect(history.filter((h) => h.action === 'update').map((h) => h.changes)).toEqual(
      expect.arrayContaining([
        { name: { from: 'Giao ước thi đua năm 2026', to: 'Giao ước thi đua 2026 (bổ sung)' } },
        {
          parties: {
            from: [
              { unit: 'Công đoàn cơ sở', signatory: 'Người ký 2', commitments: 'Cam kết 2' },
              { unit: 'Hội Liên hiệp Phụ nữ', signatory: 'Người ký 1', commitments: 'Cam kết 1' },
            ],
            to: [
              { unit: 'Công đoàn cơ sở', signatory: 'Người ký 1', commitments: 'Cam kết 1' },
              { unit: 'Đoàn Thanh niên', signatory: 'Người ký 2', commitments: 'Cam kết 2' },
            ],
          },
        },
      ]),
    );
    const again = await officer.put(
      path,
      aPact([unit.youth, unit.union].reverse(), { name: 'Giao ước thi đua 2026 (bổ sung)' }),
    );
    expect(again.statusCode).toBe(200);
    const entries = await ctx.database.db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'pact'), eq(auditLog.entityId, pactId)));
    expect(entries).toHaveLength(history.length);
  });

  it('needs at least one party, each unit once', async () => {
    const none = await officer.post(`${year}/pacts`, aPact([]));
    expect(none.statusCode).toBe(400);
    expect(none.json().error.fields).toEqual({ parties: '«Các đơn vị ký kết» cần ít nhất 1 mục.' });
    const twice = await officer.post(`${year}/pacts`, aPact([unit.union, unit.union]));
    expect(twice.json().error.fields).toEqual({
      'parties.1.unitId': '«Đơn vị ký kết» bị trùng: mỗi đơn vị chỉ ký một lần trong một giao ước.',
    });
  });

  it('refuses another commune’s unit and a retired one, and changes nothing', async () => {
    const path = `${year}/pacts/${pactId}`;
    const foreign = await officer.put(path, aPact([unit.union, unit.ofB], { name: 'Không được lưu' }));
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error).toMatchObject({
      code: 'PACT_UNIT_NOT_FOUND',
      fields: {
        'parties.1.unitId': 'Đơn vị ký kết không có trong danh sách cơ quan, đơn vị của xã, phường.',
      },
    });
    await retire(unit.retired);
    const retired = await officer.put(path, aPact([unit.retired], { name: 'Không được lưu' }));
    expect(retired.json().error.fields).toEqual({
      'parties.0.unitId': '«Hội Nông dân» đã thôi hoạt động; hãy chọn đơn vị hoặc tổ đang hoạt động.',
    });
    expect((await officer.get(path)).json().name).toBe('Giao ước thi đua 2026 (bổ sung)');
  });

  it('keeps a party whose unit retired after signing', async () => {
    const created = await officer.post(`${year}/pacts`, aPact([unit.youth], { name: 'Giao ước với Đoàn' }));
    const path = `${year}/pacts/${created.json().id}`;
    await retire(unit.youth);
    const saved = await officer.put(path, aPact([unit.youth], { name: 'Giao ước với Đoàn (sửa)' }));
    expect(saved.statusCode).toBe(200);
  });

  it.each(WRITERS)('%s records and edits pacts', async (role) => {
    const client = clients[role];
    const created = await client.post(`${year}/pacts`, aPact([unit.women], { name: `Giao ước của ${role}` }));
    expect(created.statusCode).toBe(201);
    const saved = await client.put(`${year}/pacts/${created.json().id}`, aPact([unit.women, unit.union]));
    expect(saved.statusCode).toBe(200);
  });

  it.each(READERS)('%s reads the pacts but may not change them', async (role) => {
    const client = clients[role];
    expect((await client.get(`${year}/pacts`)).statusCode).toBe(200);
    expect((await client.get(`${year}/pacts/${pactId}`)).statusCode).toBe(200);
    expect((await client.post(`${year}/pacts`, aPact([unit.union]))).statusCode).toBe(403);
    expect((await client.put(`${year}/pacts/${pactId}`, aPact([unit.union]))).statusCode).toBe(403);
  });

  it('finds no pact of another year, and locks the pacts of a closed year', async () => {
    const closing = await openYear(officer, ctx.seed.communeA.id, 2025);
    expect((await officer.get(`${closing}/pacts/${pactId}`)).statusCode).toBe(404);
    const created = await officer.post(`${closing}/pacts`, aPact([unit.union], { signedOn: '2025-01-15' }));
    await closeYear(officer, closing);
    const path = `${closing}/pacts/${created.json().id}`;
    for (const locked of [
      await officer.post(`${closing}/pacts`, aPact([unit.union])),
      await officer.put(path, aPact([unit.union, unit.women])),
    ]) {
      expect(locked.statusCode).toBe(409);
      expect(locked.json().error.code).toBe('YEAR_LOCKED');
    }
    expect((await officer.get(path)).json().parties).toHaveLength(1);
  });

  it('describes a pact’s answer in the API docs', async () => {
    const docs = await ctx.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(docs.statusCode).toBe(200);
    const route = docs.json().paths['/api/communes/{communeId}/years/{yearId}/pacts/{id}'].get;
    const answer = route.responses['200'].content['application/json'].schema;
    expect(Object.keys(answer.properties)).toEqual(expect.arrayContaining(['signedOn', 'parties', 'files']));
  });
});
