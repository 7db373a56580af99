import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { MAX_FILE_BYTES, type Role } from '@thidua/domain';
import { auditLog } from '../../db/schema';
import { testDatabaseModes } from '../../test/test-database';
import { useTestApp } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';
import { workbookOf } from '../../test/organisation-fixtures';
import { SYSTEM_ACTOR } from '../../records/record-audit';
import { createUnit } from '../organisation/units';
import { closeYear, openYear } from '../emulation-year/emulation-year-fixtures';
import {
  aMovement,
  aPact,
  aReview,
  clientsOfCommuneA,
  EXE,
  HTML,
  PDF,
  READERS,
  WRITERS,
} from '../movements/movement-fixtures';

const OCTET = 'application/octet-stream';

describe.each(testDatabaseModes())('files attached to movements, reviews and pacts on %s', (mode) => {
  const ctx = useTestApp(mode);
  let clients: Record<Role, TestClient>;
  let officer: TestClient;
  let files: string;
  const owner = { movement: '', review: '', pact: '' };
  let planId: string;

  /** The upload URL of a file for a record. */
  const uploadUrl = (ownerKind: string, ownerId: string, fileName: string) =>
    `${files}?owner=${ownerKind}&ownerId=${ownerId}&fileName=${encodeURIComponent(fileName)}`;
  const listUrl = (ownerKind: string, ownerId: string) => `${files}?owner=${ownerKind}&ownerId=${ownerId}`;

  beforeAll(async () => {
    const { communeA } = ctx.seed;
    files = `/api/communes/${communeA.id}/files`;
    clients = await clientsOfCommuneA(ctx, 'tep');
    officer = clients.commune_officer;
    const year = await openYear(officer, communeA.id, 2026);
    const movement = (await officer.post(`${year}/movements`, aMovement())).json();
    owner.movement = movement.id;
    const reviewed = await officer.post(`${year}/movements/${movement.id}/reviews`, aReview());
    owner.review = reviewed.json().reviews[0].id;
    const unit = await createUnit(ctx.database.db, SYSTEM_ACTOR, communeA.id, {
      name: 'Công đoàn cơ sở',
      kind: 'mass_organisation',
      parentId: null,
    });
    owner.pact = (await officer.post(`${year}/pacts`, aPact([unit.id]))).json().id;
  });

  it('stores a movement’s plan and serves it back as a download, never as a page', async () => {
    const name = 'C:\\Tài liệu\\Ke\u0302\u0301 hoa\u0323ch 12-KH-UBND.pdf';
    const uploaded = await officer.upload(uploadUrl('movement', owner.movement, name), PDF, OCTET);
    expect(uploaded.statusCode).toBe(201);
    expect(uploaded.json()).toMatchObject({
      owner: 'movement',
      ownerId: owner.movement,
      fileName: 'Kế hoạch 12-KH-UBND.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
      uploadedBy: 'Người dùng canbo.a (canbo.a)',
    });
    planId = uploaded.json().id;

    const download = await officer.get(`${files}/${planId}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    expect(download.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="Ke hoach 12-KH-UBND.pdf"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%2012-KH-UBND.pdf`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': 'sandbox',
    });

    const listed = await officer.get(listUrl('movement', owner.movement));
    expect(listed.json()).toEqual([uploaded.json()]);
  });

  it('takes the type from the content: an Excel file sent under any name and type is served as Excel', async () => {
    const workbook = await workbookOf([
      ['Chỉ tiêu', 'Kết quả'],
      ['Hộ thoát nghèo', 12],
    ]);
    const uploaded = await officer.upload(
      uploadUrl('pact', owner.pact, 'so-lieu'),
      workbook,
      'application/pdf',
    );
    expect(uploaded.statusCode).toBe(201);
    expect(uploaded.json()).toMatchObject({
      fileName: 'so-lieu.xlsx',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    const review = await officer.upload(
      uploadUrl('movement_review', owner.review, 'bao-cao.pdf'),
      PDF,
      OCTET,
    );
    expect(review.statusCode).toBe(201);
  });

  it.each([
    ['a program named .pdf', EXE],
    ['a web page named .pdf', HTML],
  ])('refuses %s with a Vietnamese reason', async (_what, bytes) => {
    const refused = await officer.upload(uploadUrl('movement', owner.movement, 'ke-hoach.pdf'), bytes, OCTET);
    expect(refused.statusCode).toBe(415);
    expect(refused.json().error).toMatchObject({
      code: 'FILE_TYPE_NOT_ALLOWED',
      message:
        'Tệp «ke-hoach.pdf» không thuộc loại được đính kèm. Chỉ nhận PDF, Word (.docx, .doc), Excel (.xlsx, .xls), OpenDocument (.odt, .ods), ảnh PNG, JPEG; loại tệp được xét theo nội dung, không theo phần đuôi tên tệp.',
    });
  });

  it('refuses an empty file and one over 10 MB, and takes one of exactly 10 MB', async () => {
    const empty = await officer.upload(
      uploadUrl('movement', owner.movement, 'rong.pdf'),
      Buffer.alloc(0),
      OCTET,
    );
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toBe('Tệp «rong.pdf» rỗng, không có nội dung.');

    const large = Buffer.alloc(MAX_FILE_BYTES + 1);
    PDF.copy(large);
    const tooLarge = await officer.upload(uploadUrl('movement', owner.movement, 'lon.pdf'), large, OCTET);
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().error).toMatchObject({
      code: 'FILE_TOO_LARGE',
      message: 'Tệp quá lớn: mỗi tệp đính kèm tối đa 10 MB. Hãy nén hoặc tách tệp rồi tải lên lại.',
    });

    const atLimit = await officer.upload(
      uploadUrl('movement', owner.movement, 'vua.pdf'),
      large.subarray(0, MAX_FILE_BYTES),
      OCTET,
    );
    expect(atLimit.statusCode).toBe(201);
    expect(atLimit.json().sizeBytes).toBe(MAX_FILE_BYTES);
    expect((await officer.request('DELETE', `${files}/${atLimit.json().id}`)).statusCode).toBe(204);
  });

  it('names what is wrong with the address, and finds no record the commune does not have', async () => {
    const wrong = await officer.upload(`${files}?owner=ho-so&ownerId=${owner.movement}`, PDF, OCTET);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toMatchObject({
      owner: expect.stringMatching(
        /^«Loại hồ sơ có tệp đính kèm» phải là một trong các giá trị: movement, movement_review, pact/,
      ),
      fileName: '«Tên tệp» là bắt buộc.',
    });
    const missing = await officer.upload(
      uploadUrl('movement', '00000000-0000-4000-8000-000000000000', 'a.pdf'),
      PDF,
      OCTET,
    );
    expect(missing.statusCode).toBe(404);
    expect((await officer.get(listUrl('pact', owner.movement))).statusCode).toBe(404);
  });

  it('still asks for the anti-forgery token on an upload', async () => {
    const forged = await officer.request('POST', uploadUrl('movement', owner.movement, 'a.pdf'), PDF, {
      contentType: OCTET,
      csrf: false,
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error.code).toBe('CSRF_INVALID');
  });

  it.each(WRITERS)('%s attaches files and removes them', async (role) => {
    const client = clients[role];
    const uploaded = await client.upload(uploadUrl('pact', owner.pact, `${role}.pdf`), PDF, OCTET);
    expect(uploaded.statusCode).toBe(201);
    expect((await client.request('DELETE', `${files}/${uploaded.json().id}`)).statusCode).toBe(204);
  });

  it.each(READERS)('%s lists and downloads files but may neither attach nor remove one', async (role) => {
    const client = clients[role];
    expect((await client.get(listUrl('movement', owner.movement))).json()).toHaveLength(1);
    expect((await client.get(`${files}/${planId}`)).statusCode).toBe(200);
    const upload = await client.upload(uploadUrl('movement', owner.movement, 'a.pdf'), PDF, OCTET);
    expect(upload.statusCode).toBe(403);
    expect(upload.json().error.message).toBe('Bạn không có quyền thực hiện thao tác này.');
    expect((await client.request('DELETE', `${files}/${planId}`)).statusCode).toBe(403);
  });

  it('removes a file, noting it on its record’s history', async () => {
    const uploaded = await officer.upload(uploadUrl('movement', owner.movement, 'tam.pdf'), PDF, OCTET);
    const id = uploaded.json().id;
    expect((await officer.request('DELETE', `${files}/${id}`)).statusCode).toBe(204);
    expect((await officer.get(`${files}/${id}`)).statusCode).toBe(404);
    expect((await officer.request('DELETE', `${files}/${id}`)).statusCode).toBe(404);
    const history = await ctx.database.db
      .select({ changes: auditLog.changes })
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'movement'), eq(auditLog.entityId, owner.movement)));
    expect(history.map((h) => h.changes)).toEqual(
      expect.arrayContaining([
        { fileName: { from: null, to: 'tam.pdf' } },
        { fileName: { from: 'tam.pdf', to: null } },
      ]),
    );
  });

  it('locks the files of a closed year and still serves them', async () => {
    const closing = await openYear(officer, ctx.seed.communeA.id, 2025);
    const movement = (
      await officer.post(`${closing}/movements`, aMovement({ startsOn: null, endsOn: null }))
    ).json();
    const plan = (
      await officer.upload(uploadUrl('movement', movement.id, 'ke-hoach.pdf'), PDF, OCTET)
    ).json();
    await closeYear(officer, closing);
    for (const locked of [
      await officer.upload(uploadUrl('movement', movement.id, 'them.pdf'), PDF, OCTET),
      await officer.request('DELETE', `${files}/${plan.id}`),
    ]) {
      expect(locked.statusCode).toBe(409);
      expect(locked.json().error.message).toBe(
        'Năm thi đua 2025 đã khóa sổ; số liệu của năm không được sửa nữa.',
      );
    }
    expect((await officer.get(`${files}/${plan.id}`)).statusCode).toBe(200);
    expect((await officer.get(`${closing}/movements/${movement.id}`)).json().files).toMatchObject([
      { fileName: 'ke-hoach.pdf' },
    ]);
  });

  it('describes the stored file it answers to an upload in the API docs', async () => {
    const docs = (await ctx.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const answer =
      docs.paths['/api/communes/{communeId}/files'].post.responses['201'].content['application/json'].schema;
    expect(Object.keys(answer.properties)).toEqual(
      expect.arrayContaining(['fileName', 'contentType', 'sizeBytes', 'uploadedBy']),
    );
  });
});
