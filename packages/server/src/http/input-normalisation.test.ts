import { describe, expect, it } from 'vitest';
import { formatDateVi } from '@thidua/domain';
import { testDatabaseModes } from '../test/test-database';
import { useDemoWard } from '../test/demo-ward';
import { aPerson } from '../test/organisation-fixtures';
import { aMovement } from '../features/movements/movement-fixtures';
import { todayInVietnam } from './today';

// "Nguyễn" as some keyboards and pasted PDFs give it: e, then the circumflex and tilde as marks.
const NGUYEN_DECOMPOSED = 'Nguye\u0302\u0303n';

describe.each(testDatabaseModes())('input normalisation through the API on %s', (mode) => {
  const ward = useDemoWard(mode);

  it('stores a name in NFC, so searching the name as usually typed finds it', async () => {
    const { officer, base } = ward;
    const created = await officer.post(`${base}/units`, {
      name: `Tổ công tác ${NGUYEN_DECOMPOSED} Huệ`,
      kind: 'other',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().name).toBe('Tổ công tác Nguyễn Huệ');
    const found = (await officer.get(`${base}/units`)).json() as { name: string }[];
    expect(found.map((u) => u.name)).toContain('Tổ công tác Nguyễn Huệ');
  });

  it('refuses a name of invisible characters, naming the field', async () => {
    const response = await ward.officer.post(`${ward.base}/people`, aPerson({ fullName: '\u200B\u200B' }));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.fullName).toBe(
      '«Họ và tên» chứa ký tự ẩn (ký tự độ rộng 0 hoặc ký tự đảo chiều chữ); hãy gõ lại.',
    );
  });

  it('reads no number from "0x10" in a query string or from true in a body', async () => {
    const listed = await ward.officer.get(`${ward.base}/people?pageSize=0x10`);
    expect(listed.statusCode).toBe(400);
    expect(listed.json().error.fields.pageSize).toBe('«Số dòng mỗi trang» sai kiểu dữ liệu, cần số.');
    const groups = (await ward.officer.get(`${ward.base}/residential-groups`)).json() as { id: string }[];
    const household = await ward.officer.post(`${ward.base}/households`, {
      groupId: groups[0]!.id,
      headName: 'Lê Văn Hộ',
      address: 'Số 9, đường Một',
      memberCount: true,
    });
    expect(household.statusCode).toBe(400);
    expect(household.json().error.fields.memberCount).toBe('«Số nhân khẩu» sai kiểu dữ liệu, cần số.');
  });

  it('refuses a birth date after today and a plan dated decades ahead', async () => {
    const person = await ward.officer.post(`${ward.base}/people`, aPerson({ birthDate: '2090-05-01' }));
    expect(person.statusCode).toBe(400);
    expect(person.json().error.fields.birthDate).toBe(
      `«Ngày sinh» không được sau ngày hôm nay (${formatDateVi(todayInVietnam())}).`,
    );
    const yearPath = `${ward.base}/years/${ward.yearId}`;
    const movement = await ward.officer.post(`${yearPath}/movements`, aMovement({ planDate: '2090-01-10' }));
    expect(movement.statusCode).toBe(400);
    expect(movement.json().error.fields.planDate).toMatch(
      /^«Ngày ban hành kế hoạch» không được sau ngày 31\/12\/\d{4}\.$/,
    );
  });

  it("keeps a year's registration deadline in or just before its year, on creation and on change", async () => {
    const created = await ward.officer.post(`${ward.base}/years`, {
      year: 2031,
      theme: 'Đoàn kết, sáng tạo',
      registrationDeadline: '1900-03-31',
    });
    expect(created.statusCode).toBe(400);
    expect(created.json().error.fields.registrationDeadline).toBe(
      '«Hạn đăng ký thi đua» phải trong năm 2031 hoặc năm trước (từ 01/01/2030 đến 31/12/2031).',
    );
    const yearPath = `${ward.base}/years/${ward.yearId}`;
    const before = (await ward.officer.get(yearPath)).json().registrationDeadline;
    const changed = await ward.officer.patch(yearPath, { registrationDeadline: '1900-01-01' });
    expect(changed.statusCode).toBe(400);
    expect(changed.json().error.fields.registrationDeadline).toBe(
      '«Hạn đăng ký thi đua» phải trong năm 2026 hoặc năm trước (từ 01/01/2025 đến 31/12/2026).',
    );
    expect((await ward.officer.get(yearPath)).json().registrationDeadline).toBe(before);
  });
});
