import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { MOVEMENT_CATALOG, movementFromTemplate, type Role } from '@thidua/domain';
import { auditLog } from '../../db/schema';
import { testDatabaseModes } from '../../test/test-database';
import { useTestApp } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';
import { closeYear, openYear } from '../emulation-year/emulation-year-fixtures';
import { aMovement, aReview, clientsOfCommuneA, READERS, WRITERS } from './movement-fixtures';

describe.each(testDatabaseModes())('movements of the year and their reviews on %s', (mode) => {
  const ctx = useTestApp(mode);
  let clients: Record<Role, TestClient>;
  let officer: TestClient;
  let year: string;
  let movementId: string;

  beforeAll(async () => {
    clients = await clientsOfCommuneA(ctx, 'phongtrao');
    officer = clients.commune_officer;
    year = await openYear(officer, ctx.seed.communeA.id, 2026);
  });

  it('takes part in a national movement picked from the catalog, with its plan', async () => {
    const template = MOVEMENT_CATALOG.find((m) => m.id === 'xa-hoi-hoc-tap')!;
    const created = await officer.post(`${year}/movements`, {
      ...movementFromTemplate(template),
      planNumber: '15/KH-UBND',
      planDate: '2026-01-12',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      name: 'Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023–2030',
      launchLevel: 'national',
      type: 'thematic',
      startsOn: '2023-01-01',
      endsOn: '2030-12-31',
      planNumber: '15/KH-UBND',
      planDate: '2026-01-12',
      reviewState: { interimCount: 0, finalOn: null },
      reviews: [],
      files: [],
    });
    movementId = created.json().id;
  });

  it('launches the ward’s own movement and lists the year’s movements in the order they started', async () => {
    const own = await officer.post(
      `${year}/movements`,
      aMovement({
        name: 'Thi đua thu ngân sách',
        launchLevel: 'commune',
        type: 'regular',
        startsOn: '2026-02-01',
      }),
    );
    expect(own.statusCode).toBe(201);
    const list = await officer.get(`${year}/movements`);
    expect(list.json().map((m: { name: string }) => m.name)).toEqual([
      'Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023–2030',
      'Thi đua thu ngân sách',
    ]);
  });

  it('refuses a period that ends before it starts, naming the end date', async () => {
    const wrong = await officer.post(
      `${year}/movements`,
      aMovement({ startsOn: '2026-03-01', endsOn: '2026-02-28' }),
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toEqual({ endsOn: '«Ngày kết thúc» phải từ ngày bắt đầu trở đi.' });
    const blank = await officer.post(`${year}/movements`, { launchLevel: 'province' });
    expect(blank.json().error.fields).toEqual({
      name: '«Tên phong trào» là bắt buộc.',
      type: '«Hình thức» là bắt buộc.',
    });
  });

  it('edits a movement and keeps the change in its history', async () => {
    const path = `${year}/movements/${movementId}`;
    const before = (await officer.get(path)).json();
    const {
      id: _id,
      yearId: _year,
      reviewState: _state,
      reviews: _reviews,
      files: _files,
      ...input
    } = before;
    const edited = await officer.put(path, { ...input, participants: 'Toàn thể Nhân dân phường' });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().participants).toBe('Toàn thể Nhân dân phường');
    const history = await ctx.database.db
      .select({ action: auditLog.action, changes: auditLog.changes })
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'movement'), eq(auditLog.entityId, movementId)));
    expect(history.map((h) => h.action).sort()).toEqual(['create', 'update']);
    expect(history.find((h) => h.action === 'update')!.changes).toEqual({
      participants: { from: null, to: 'Toàn thể Nhân dân phường' },
    });
  });

  it('records interim reviews and one final review, with their figures', async () => {
    const reviews = `${year}/movements/${movementId}/reviews`;
    expect((await officer.post(reviews, aReview())).statusCode).toBe(201);
    const final = await officer.post(
      reviews,
      aReview({
        kind: 'final',
        reviewedOn: '2026-12-15',
        figures: [{ label: 'Gia đình học tập', value: 1250, unit: 'hộ' }],
      }),
    );
    expect(final.statusCode).toBe(201);
    expect(final.json()).toMatchObject({
      reviewState: { interimCount: 1, finalOn: '2026-12-15' },
      reviews: [
        {
          kind: 'interim',
          reviewedOn: '2026-06-30',
          figures: [{ label: 'Khu dân cư văn hóa', value: 39, unit: 'khu' }],
        },
        {
          kind: 'final',
          reviewedOn: '2026-12-15',
          figures: [{ label: 'Gia đình học tập', value: 1250, unit: 'hộ' }],
        },
      ],
    });

    const second = await officer.post(reviews, aReview({ kind: 'final', reviewedOn: '2026-12-20' }));
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({
      code: 'MOVEMENT_FINAL_REVIEW_TAKEN',
      message:
        'Phong trào đã có báo cáo tổng kết ngày 15/12/2026; hãy sửa báo cáo đó thay vì thêm báo cáo tổng kết khác.',
      fields: { kind: expect.stringContaining('15/12/2026') },
    });

    const finalReview = final.json().reviews[1];
    const corrected = await officer.put(
      `${reviews}/${finalReview.id}`,
      aReview({ kind: 'final', reviewedOn: '2026-12-18' }),
    );
    expect(corrected.statusCode).toBe(200);
    expect(corrected.json().reviewState).toEqual({ interimCount: 1, finalOn: '2026-12-18' });
    const interim = final.json().reviews[0];
    const secondFinal = await officer.put(`${reviews}/${interim.id}`, aReview({ kind: 'final' }));
    expect(secondFinal.statusCode).toBe(409);
  });

  it('names a wrong figure by its row', async () => {
    const wrong = await officer.post(
      `${year}/movements/${movementId}/reviews`,
      aReview({ figures: [{ label: '', value: 3 }] }),
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toEqual({
      'figures.0.label': '«Nội dung số liệu» không được để trống.',
    });
  });

  it('finds no movement of another year under this year, and no year that the commune does not have', async () => {
    const other = await openYear(officer, ctx.seed.communeA.id, 2027);
    expect((await officer.get(`${other}/movements/${movementId}`)).statusCode).toBe(404);
    expect((await officer.put(`${other}/movements/${movementId}`, aMovement())).statusCode).toBe(404);
    expect((await officer.post(`${other}/movements/${movementId}/reviews`, aReview())).statusCode).toBe(404);
    const unknown = `/api/communes/${ctx.seed.communeA.id}/years/00000000-0000-4000-8000-000000000000/movements`;
    expect((await officer.get(unknown)).statusCode).toBe(404);
  });

  it.each(WRITERS)('%s launches, edits and reviews movements', async (role) => {
    const client = clients[role];
    const created = await client.post(`${year}/movements`, aMovement({ name: `Phong trào của ${role}` }));
    expect(created.statusCode).toBe(201);
    const path = `${year}/movements/${created.json().id}`;
    expect((await client.put(path, aMovement({ name: `Phong trào của ${role} (sửa)` }))).statusCode).toBe(
      200,
    );
    expect((await client.post(`${path}/reviews`, aReview())).statusCode).toBe(201);
  });

  it.each(READERS)('%s reads the movements but may not change them', async (role) => {
    const client = clients[role];
    expect((await client.get(`${year}/movements`)).statusCode).toBe(200);
    const path = `${year}/movements/${movementId}`;
    const movement = await client.get(path);
    expect(movement.statusCode).toBe(200);
    const review = movement.json().reviews[0];
    for (const refused of [
      await client.post(`${year}/movements`, aMovement()),
      await client.put(path, aMovement()),
      await client.post(`${path}/reviews`, aReview()),
      await client.put(`${path}/reviews/${review.id}`, aReview()),
    ]) {
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.message).toBe('Bạn không có quyền thực hiện thao tác này.');
    }
  });

  it('locks the movements of a closed year and still shows them', async () => {
    const closing = await openYear(officer, ctx.seed.communeA.id, 2025);
    const created = await officer.post(
      `${closing}/movements`,
      aMovement({ startsOn: '2025-01-01', endsOn: '2025-12-31' }),
    );
    const path = `${closing}/movements/${created.json().id}`;
    const review = (await officer.post(`${path}/reviews`, aReview({ reviewedOn: '2025-06-30' }))).json()
      .reviews[0];
    await closeYear(officer, closing);

    for (const locked of [
      await officer.post(`${closing}/movements`, aMovement()),
      await officer.put(path, aMovement({ name: 'Sửa sau khóa sổ' })),
      await officer.post(`${path}/reviews`, aReview({ kind: 'final' })),
      await officer.put(`${path}/reviews/${review.id}`, aReview({ results: 'Sửa sau khóa sổ' })),
    ]) {
      expect(locked.statusCode).toBe(409);
      expect(locked.json().error.message).toBe(
        'Năm thi đua 2025 đã khóa sổ; số liệu của năm không được sửa nữa.',
      );
    }
    const kept = await officer.get(path);
    expect(kept.statusCode).toBe(200);
    expect(kept.json()).toMatchObject({
      name: 'Cả nước chung sức xây dựng nông thôn mới',
      reviews: [{ results: aReview().results }],
    });
  });

  it('describes a movement’s answer in the API docs', async () => {
    const docs = await ctx.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(docs.statusCode).toBe(200);
    const route = docs.json().paths['/api/communes/{communeId}/years/{yearId}/movements/{id}'].get;
    const answer = route.responses['200'].content['application/json'].schema;
    expect(Object.keys(answer.properties)).toEqual(
      expect.arrayContaining(['launchLevel', 'reviewState', 'reviews', 'files']),
    );
  });
});
