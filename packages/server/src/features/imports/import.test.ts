import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeIdNumber, PEOPLE_SHEET, type CellValue } from '@thidua/domain';
import { auditLog, households, people } from '../../db/schema';
import { testDatabaseModes } from '../../test/test-database';
import { useTestApp } from '../../test/test-app';
import { TestClient } from '../../test/test-client';
import { PASSWORD } from '../../test/fixtures';
import { rowsOfWorkbook, workbookOf } from '../../test/organisation-fixtures';
import { SYSTEM_ACTOR } from '../../records/record-audit';
import { importSpreadsheet } from './import-spreadsheet';

const HEADER = ['STT', ...PEOPLE_SHEET.columns.map((c) => c.header)];
const id = (gender: 'male' | 'female', year: number, serial: number) =>
  composeIdNumber('079', gender, year, serial);
// STT, Họ và tên, Giới tính, Ngày sinh, Số định danh, Chức vụ, Đơn vị, Loại cán bộ, Lãnh đạo, Bắt đầu, Kết thúc
const GOOD: CellValue[][] = [
  [
    1,
    'Nguyễn Thị Hòa',
    'Nữ',
    '15/02/1990',
    id('female', 1990, 1),
    'Chủ tịch Hội',
    'Hội Liên hiệp Phụ nữ',
    'Cán bộ',
    'Có',
    '01/01/2015',
    null,
  ],
  [
    2,
    'Trần Văn Minh',
    'Nam',
    '03/11/1982',
    id('male', 1982, 2),
    'Công chức Tư pháp – Hộ tịch',
    null,
    'Công chức',
    'Không',
    '15/08/2008',
    null,
  ],
  [
    3,
    'Lê Thị Thu',
    'Nữ',
    '21/07/1995',
    id('female', 1995, 3),
    'Nhân viên y tế',
    null,
    'Viên chức',
    'Không',
    '01/03/2019',
    null,
  ],
];

describe.each(testDatabaseModes())('Excel import of people on %s', (mode) => {
  const ctx = useTestApp(mode);
  let officer: TestClient;
  let base: string;

  beforeAll(async () => {
    officer = await TestClient.signedIn(ctx.app, 'canbo.a', PASSWORD);
    base = `/api/communes/${ctx.seed.communeA.id}`;
    await officer.post(`${base}/units`, { name: 'Hội Liên hiệp Phụ nữ', kind: 'mass_organisation' });
  });

  async function importFile(file: Buffer, options: { dryRun?: boolean; kind?: string } = {}) {
    const started = await officer.upload(
      `${base}/imports/${options.kind ?? 'people'}?dryRun=${options.dryRun ?? false}&fileName=danh-sach.xlsx`,
      file,
    );
    expect(started.statusCode).toBe(202);
    // The job runs in the background; poll it like the page does.
    for (;;) {
      const job = (await officer.get(`${base}/imports/${started.json().id}`)).json();
      if (job.finishedAt) return job;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  const peopleOfA = () =>
    ctx.database.db.select().from(people).where(eq(people.communeId, ctx.seed.communeA.id));
  const auditOfA = () =>
    ctx.database.db.select().from(auditLog).where(eq(auditLog.adminUnitId, ctx.seed.communeA.id));

  it('describes an import job in the API docs', async () => {
    const docs = (await ctx.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const answer = docs.paths['/api/communes/{communeId}/imports/{jobId}'].get.responses['200'];
    expect(answer.content['application/json'].schema.properties).toMatchObject({
      status: { enum: ['reading', 'validating', 'writing', 'done', 'invalid', 'failed'] },
      rowsRead: { type: 'integer' },
      problems: { type: 'array' },
      finishedAt: expect.anything(),
    });
  });

  it('reports every problem of every row with its row and column, and writes nothing', async () => {
    const rows = GOOD.map((r) => [...r]);
    rows[0]![3] = '31/02/1990'; // Excel row 3
    rows[1]![4] = '12345'; // row 4
    rows[1]![7] = 'Bộ đội';
    rows[2]![6] = 'Đơn vị không có'; // row 5
    const [peopleBefore, auditBefore] = [await peopleOfA(), await auditOfA()];
    const job = await importFile(await workbookOf([['Danh sách nhân sự'], HEADER, ...rows]));
    expect(job.status).toBe('invalid');
    expect(job.problems.map((p: { row: number; column: string }) => [p.row, p.column])).toEqual([
      [3, 'Ngày sinh'],
      [4, 'Số định danh cá nhân'],
      [4, 'Loại cán bộ'],
      [5, 'Đơn vị'],
    ]);
    expect(job.problems[0].message).toBe(
      'Dòng 3, cột «Ngày sinh»: không phải ngày hợp lệ, cần dạng ngày/tháng/năm (ví dụ 05/09/1985).',
    );
    expect(job.problemCount).toBe(4);
    expect(await peopleOfA()).toEqual(peopleBefore);
    expect(await auditOfA()).toEqual(auditBefore);
  });

  it('checks a dry run fully but writes nothing', async () => {
    const job = await importFile(await workbookOf([HEADER, ...GOOD]), { dryRun: true });
    expect(job).toMatchObject({ status: 'done', outcome: { created: 3, updated: 0, unchanged: 0 } });
    expect(await peopleOfA()).toHaveLength(0);
  });

  it('imports the corrected file, with an audit entry per person and one for the import', async () => {
    const job = await importFile(await workbookOf([HEADER, ...GOOD]));
    expect(job).toMatchObject({
      status: 'done',
      rowsRead: 3,
      rowsWritten: 3,
      outcome: { created: 3, updated: 0, unchanged: 0 },
    });
    const stored = await peopleOfA();
    expect(stored.map((p) => p.fullName).sort()).toEqual(['Lê Thị Thu', 'Nguyễn Thị Hòa', 'Trần Văn Minh']);
    const hoa = stored.find((p) => p.fullName === 'Nguyễn Thị Hòa')!;
    expect(hoa).toMatchObject({
      gender: 'female',
      birthDate: '1990-02-15',
      isLeader: true,
      serviceStart: '2015-01-01',
    });
    const audit = await auditOfA();
    expect(audit.filter((e) => e.entity === 'person' && e.action === 'import')).toHaveLength(3);
    expect(audit.find((e) => e.entity === 'import')?.changes).toMatchObject({
      kind: 'people',
      created: 3,
      fileName: 'danh-sach.xlsx',
    });
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await peopleOfA();
    const job = await importFile(await workbookOf([HEADER, ...GOOD]));
    expect(job.outcome).toEqual({ created: 0, updated: 0, unchanged: 3 });
    const after = await peopleOfA();
    const byId = (rows: typeof before) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(after)).toEqual(byId(before));
  });

  it('updates a person matched by identification number, and the change shows in their history', async () => {
    const rows = GOOD.map((r) => [...r]);
    rows[1]![5] = 'Phó Chủ tịch UBND';
    const job = await importFile(await workbookOf([HEADER, ...rows]));
    expect(job.outcome).toEqual({ created: 0, updated: 1, unchanged: 2 });
    const [minh] = await ctx.database.db
      .select()
      .from(people)
      .where(and(eq(people.communeId, ctx.seed.communeA.id), eq(people.idNumber, String(GOOD[1]![4]))));
    expect(minh!.position).toBe('Phó Chủ tịch UBND');
    const history = (
      await officer.get(`/api/admin-units/${ctx.seed.communeA.id}/audit?entity=person&entityId=${minh!.id}`)
    ).json();
    expect(history.items[0]).toMatchObject({
      action: 'import',
      changes: { position: { from: 'Công chức Tư pháp – Hộ tịch', to: 'Phó Chủ tịch UBND' } },
    });
  });

  it('gives back an export that imports unchanged, in the template’s columns', async () => {
    const exported = await officer.get(`${base}/spreadsheets/people/export`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toMatch(
      /^attachment; filename="nhan-su-97001-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    const rows = await rowsOfWorkbook(exported.rawPayload);
    expect(rows[2]).toEqual([
      'STT',
      'Họ và tên *',
      'Giới tính *',
      'Ngày sinh *',
      'Số định danh cá nhân *',
      'Chức vụ',
      'Đơn vị',
      'Loại cán bộ *',
      'Lãnh đạo, quản lý',
      'Ngày bắt đầu công tác',
      'Ngày kết thúc công tác',
    ]);
    expect(rows).toHaveLength(3 + 3);
    const job = await importFile(exported.rawPayload);
    expect(job.outcome).toEqual({ created: 0, updated: 0, unchanged: 3 });
  });

  it('offers a template whose example row is never imported', async () => {
    const template = await officer.get(`${base}/spreadsheets/people/template`);
    const rows = await rowsOfWorkbook(template.rawPayload);
    expect(rows[3]?.[0]).toBe('Ví dụ');
    expect(rows[3]?.[6]).toBe('Hội Liên hiệp Phụ nữ');
    const job = await importFile(template.rawPayload);
    expect(job).toMatchObject({ status: 'failed', failure: 'Tệp không có dòng dữ liệu nào để nhập.' });
  });

  it('names the missing columns, and refuses a file that is not a workbook', async () => {
    const missing = await importFile(
      await workbookOf([
        ['STT', 'Họ và tên', 'Giới tính'],
        [1, 'A', 'Nam'],
      ]),
    );
    expect(missing.status).toBe('invalid');
    expect(missing.problems[0].message).toMatch(
      /^Dòng 1 \(dòng tiêu đề\) thiếu cột «Ngày sinh», «Số định danh cá nhân»/,
    );
    const garbage = await importFile(Buffer.from('Họ và tên,Ngày sinh\nA,1/1/1990'));
    expect(garbage).toMatchObject({
      status: 'failed',
      failure: 'Không đọc được tệp: cần tệp Excel (.xlsx) có trang «Nhân sự».',
    });
  });

  it('imports households by group name and matches them again by group, head and address', async () => {
    const group = (await officer.post(`${base}/residential-groups`, { name: 'Khóm 4', kind: 'khom' })).json();
    const header = ['STT', 'Khóm, ấp, thôn, tổ dân phố', 'Họ tên chủ hộ', 'Địa chỉ', 'Số nhân khẩu'];
    const rows = [
      [1, 'khom 4', 'Đặng Văn Tư', 'Số 3, đường Hai Bà Trưng', 4],
      [2, 'Khóm 4', 'Mai Thị Năm', 'Số 7, đường Hai Bà Trưng', 2],
      [3, 'Khóm 9', 'Tạ Văn Sáu', 'Số 9', 3],
    ];
    const wrong = await importFile(await workbookOf([header, ...rows], 'Hộ gia đình'), {
      kind: 'households',
    });
    expect(wrong.problems.map((p: { message: string }) => p.message)).toEqual([
      'Dòng 4, cột «Khóm, ấp, thôn, tổ dân phố»: không có khóm, ấp, thôn, tổ dân phố «Khóm 9» trong xã, phường (xem danh mục).',
    ]);
    const good = await importFile(await workbookOf([header, ...rows.slice(0, 2)], 'Hộ gia đình'), {
      kind: 'households',
    });
    expect(good.outcome).toEqual({ created: 2, updated: 0, unchanged: 0 });
    rows[1]![4] = 3;
    rows[0]![2] = 'ĐẶNG VĂN TƯ';
    const again = await importFile(await workbookOf([header, ...rows.slice(0, 2)], 'Hộ gia đình'), {
      kind: 'households',
    });
    expect(again.outcome).toEqual({ created: 0, updated: 2, unchanged: 0 });
    const stored = await ctx.database.db.select().from(households).where(eq(households.groupId, group.id));
    expect(stored.map((h) => [h.headName, h.memberCount]).sort()).toEqual([
      ['Mai Thị Năm', 3],
      ['ĐẶNG VĂN TƯ', 4],
    ]);
  });

  it('refuses imports to those who do not keep the records', async () => {
    const member = await TestClient.signedIn(ctx.app, 'thanhvien.a', PASSWORD);
    const response = await member.upload(`${base}/imports/people`, await workbookOf([HEADER, ...GOOD]));
    expect(response.statusCode).toBe(403);
  });

  it('refuses a file over the row limit before writing anything', async () => {
    const before = await peopleOfA();
    const rows = GOOD.map((r) => [...r]);
    const run = importSpreadsheet(
      ctx.database.db,
      SYSTEM_ACTOR,
      ctx.seed.communeA.id,
      'people',
      await workbookOf([HEADER, ...rows]),
      {
        dryRun: false,
        importId: crypto.randomUUID(),
        fileName: 'lon.xlsx',
        maxRows: 2,
      },
    );
    await expect(run).rejects.toMatchObject({ code: 'IMPORT_TOO_MANY_ROWS', params: { max: 2 } });
    expect(await peopleOfA()).toEqual(before);
  });
});
