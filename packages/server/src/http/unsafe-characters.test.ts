import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseModes } from '../test/test-database';
import { firstId, useDemoWard } from '../test/demo-ward';
import { TestClient } from '../test/test-client';
import { aMovement } from '../features/movements/movement-fixtures';
import { anIndicator } from '../features/emulation-year/emulation-year-fixtures';

const NUL = '\u0000';
const LONE_SURROGATE = '\uD800';
const REFUSED = 'chứa ký tự không hợp lệ (ký tự điều khiển hoặc ký tự lỗi mã hóa).';

interface Ids {
  unit: string;
  group: string;
  person: string;
  household: string;
  user: string;
  registration: string;
}

interface Case {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  url: (base: string, yearPath: string, ids: Ids) => string;
  body?: (ids: Ids) => Record<string, unknown>;
  field: string;
  label: string;
}

// Each pair answered 500 (the database refused the text) or stored a NUL before the fix.
const CASES: Case[] = [
  { name: 'search', method: 'GET', url: (b) => `${b}/search?q=a%00b`, field: 'q', label: 'Nội dung tìm' },
  {
    name: 'people list filter',
    method: 'GET',
    url: (b) => `${b}/people?q=an%00`,
    field: 'q',
    label: 'Tìm (không cần gõ dấu)',
  },
  {
    name: 'household list filter',
    method: 'GET',
    url: (b) => `${b}/households?q=%00`,
    field: 'q',
    label: 'Tìm (không cần gõ dấu)',
  },
  {
    name: 'registration list filter',
    method: 'GET',
    url: (b) => `${b}/registrations?q=x%00y`,
    field: 'q',
    label: 'Tìm theo tên',
  },
  {
    name: 'user list filter',
    method: 'GET',
    url: () => `/api/users?q=%00`,
    field: 'q',
    label: 'Tìm theo tên đăng nhập hoặc họ tên',
  },
  {
    name: 'unit create',
    method: 'POST',
    url: (b) => `${b}/units`,
    body: () => ({ name: `Tổ${NUL}`, kind: 'police' }),
    field: 'name',
    label: 'Tên đơn vị',
  },
  {
    name: 'unit update',
    method: 'PUT',
    url: (b, _y, ids) => `${b}/units/${ids.unit}`,
    body: () => ({ name: `Công an ${LONE_SURROGATE}`, kind: 'police' }),
    field: 'name',
    label: 'Tên đơn vị',
  },
  {
    name: 'group create',
    method: 'POST',
    url: (b) => `${b}/residential-groups`,
    body: () => ({ name: 'Tổ 9', kind: 'to_dan_pho', leaderName: `Lê${LONE_SURROGATE}` }),
    field: 'leaderName',
    label: 'Tổ trưởng / Trưởng khóm, ấp',
  },
  {
    name: 'group update',
    method: 'PUT',
    url: (b, _y, ids) => `${b}/residential-groups/${ids.group}`,
    body: () => ({ name: `Khóm${NUL}`, kind: 'khom' }),
    field: 'name',
    label: 'Tên khóm, ấp, thôn, tổ dân phố',
  },
  {
    name: 'person update',
    method: 'PUT',
    url: (b, _y, ids) => `${b}/people/${ids.person}`,
    body: () => ({
      fullName: `Nguyễn${NUL}An`,
      gender: 'male',
      birthDate: '1985-01-01',
      idNumber: '087085000001',
      employmentCategory: 'cong_chuc',
    }),
    field: 'fullName',
    label: 'Họ và tên',
  },
  {
    name: 'household update',
    method: 'PUT',
    url: (b, _y, ids) => `${b}/households/${ids.household}`,
    body: (ids) => ({
      groupId: ids.group,
      headName: 'Lê Văn Hộ',
      address: `Số 1${LONE_SURROGATE}`,
      memberCount: 3,
    }),
    field: 'address',
    label: 'Địa chỉ',
  },
  {
    name: 'user update',
    method: 'PATCH',
    url: (_b, _y, ids) => `/api/users/${ids.user}`,
    body: () => ({ displayName: `Trần${LONE_SURROGATE}` }),
    field: 'displayName',
    label: 'Họ và tên',
  },
  {
    name: 'password change',
    method: 'PATCH',
    url: (_b, _y, ids) => `/api/users/${ids.user}`,
    body: () => ({ password: `mat-khau${NUL}moi` }),
    field: 'password',
    label: 'Mật khẩu',
  },
  {
    name: 'year create',
    method: 'POST',
    url: (b) => `${b}/years`,
    body: () => ({ year: 2027, theme: `Thi đua${NUL}` }),
    field: 'theme',
    label: 'Chủ đề thi đua',
  },
  {
    name: 'year update',
    method: 'PATCH',
    url: (_b, y) => y,
    body: () => ({ theme: `Đoàn kết ${LONE_SURROGATE}` }),
    field: 'theme',
    label: 'Chủ đề thi đua',
  },
  {
    name: 'indicator create',
    method: 'POST',
    url: (_b, y) => `${y}/indicators`,
    body: () => anIndicator({ name: `Đào tạo${NUL}nghề` }),
    field: 'name',
    label: 'Tên chỉ tiêu',
  },
  {
    name: 'movement create',
    method: 'POST',
    url: (_b, y) => `${y}/movements`,
    body: () => aMovement({ name: `Phong trào ${LONE_SURROGATE}` }),
    field: 'name',
    label: 'Tên phong trào',
  },
  {
    name: 'registration return reason',
    method: 'POST',
    url: (_b, y, ids) => `${y}/registrations/${ids.registration}/return`,
    body: () => ({ reason: `Thiếu${NUL}` }),
    field: 'reason',
    label: 'Lý do trả lại',
  },
];

describe.each(testDatabaseModes())('NUL bytes and lone surrogates on %s', (mode) => {
  const ward = useDemoWard(mode);
  let yearPath: string;
  let ids: Ids;

  beforeAll(async () => {
    const { officer, base } = ward;
    yearPath = `${base}/years/${ward.yearId}`;
    ids = {
      unit: await firstId(officer, `${base}/units`),
      group: await firstId(officer, `${base}/residential-groups`),
      person: await firstId(officer, `${base}/people?pageSize=1`),
      household: await firstId(officer, `${base}/households?pageSize=1`),
      user: await firstId(officer, '/api/users?q=thanhvien'),
      registration: await firstId(officer, `${yearPath}/registrations?status=submitted&pageSize=1`),
    };
  });

  it.each(CASES)('$name answers 400 naming «$label»', async ({ method, url, body, field, label }) => {
    const response = await ward.officer.request(method, url(ward.base, yearPath, ids), body?.(ids));
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { [field]: `«${label}» ${REFUSED}` },
    });
  });

  it.each([
    ['username', { username: `canbo${NUL}`, password: 'demo1234' }, 'Tên đăng nhập'],
    ['password', { username: 'canbo', password: `demo${LONE_SURROGATE}1234` }, 'Mật khẩu'],
  ])('login with a bad %s answers 400 naming the field', async (field, credentials, label) => {
    const response = await new TestClient(ward.app).request('POST', '/api/auth/login', credentials);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[field]).toBe(`«${label}» ${REFUSED}`);
  });

  it('refuses a bad character in a key as well as in a value', async () => {
    const response = await ward.officer.post(`${ward.base}/units`, {
      name: 'Đoàn',
      kind: 'police',
      [`x${NUL}`]: 1,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('VALIDATION_FAILED');
  });
});
