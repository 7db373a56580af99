import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as z from 'zod';
import {
  DisciplineInputSchema,
  EmulationYearInputSchema,
  fieldErrors,
  HouseholdInputSchema,
  IndicatorInputSchema,
  MovementInputSchema,
  PagingQuerySchema,
  PersonInputSchema,
  ResidentialGroupInputSchema,
  SearchQuerySchema,
  setValidationToday,
  UnitInputSchema,
  UserCreateInputSchema,
} from './index';

const errorsOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error(`expected a failure, got ${JSON.stringify(result.data)}`);
  return fieldErrors(schema, result.error.issues);
};

// "Nguyễn" typed with combining marks (as some keyboards and pasted PDFs give it): n, g, u, y,
// e + circumflex + tilde, n.
const NGUYEN_DECOMPOSED = 'Nguye\u0302\u0303n';
const aPerson = (overrides: Record<string, unknown> = {}) => ({
  fullName: 'Nguyễn Văn An',
  gender: 'male',
  birthDate: '1985-03-02',
  idNumber: '087085000001',
  employmentCategory: 'cong_chuc',
  ...overrides,
});

beforeAll(() => setValidationToday(() => '2026-12-04'));
afterAll(() => setValidationToday(null));

describe('names', () => {
  it('are stored in NFC, so one name typed two ways is one name', () => {
    expect(NGUYEN_DECOMPOSED).not.toBe('Nguyễn');
    const person = PersonInputSchema.parse(aPerson({ fullName: `${NGUYEN_DECOMPOSED} Văn An` }));
    expect(person.fullName).toBe('Nguyễn Văn An');
    expect(
      UnitInputSchema.parse({ name: ` Tr\u01B0\u01A1\u0300ng ${NGUYEN_DECOMPOSED} `, kind: 'school' }).name,
    ).toBe('Trường Nguyễn');
  });

  it.each([
    ['a zero-width space', 'Nguyễn\u200BVăn An'],
    ['a zero-width joiner', 'An\u200D'],
    ['a right-to-left override', 'Nguyễn \u202EnA năV'],
    ['a direction isolate', '\u2067Văn An\u2069'],
    ['a byte-order mark', '\uFEFFVăn An'],
  ])('refuse %s, naming the field', (_what, fullName) => {
    expect(errorsOf(PersonInputSchema, aPerson({ fullName })).fullName).toBe(
      '«Họ và tên» chứa ký tự ẩn (ký tự độ rộng 0 hoặc ký tự đảo chiều chữ); hãy gõ lại.',
    );
  });

  it.each([
    ['Hangul fillers', '\u3164\u3164'],
    ['punctuation only', '...'],
    ['ideographic spaces around a dash', '\u3000-\u3000'],
  ])('refuse a name of %s', (_what, name) => {
    expect(errorsOf(UnitInputSchema, { name, kind: 'police' }).name).toBe(
      '«Tên đơn vị» phải có ít nhất một chữ cái hoặc chữ số.',
    );
  });

  it('refuse a blank name and a name on two lines, but keep a group leader optional', () => {
    expect(errorsOf(UnitInputSchema, { name: ' \u00A0 ', kind: 'police' }).name).toBe(
      '«Tên đơn vị» không được để trống.',
    );
    expect(errorsOf(UnitInputSchema, { name: 'Công an\nphường', kind: 'police' }).name).toBe(
      '«Tên đơn vị» chỉ được viết trên một dòng.',
    );
    const group = { name: 'Tổ 1', kind: 'to_dan_pho' };
    expect(ResidentialGroupInputSchema.parse({ ...group, leaderName: '  ' }).leaderName).toBeNull();
    expect(errorsOf(ResidentialGroupInputSchema, { ...group, leaderName: '\u200B' }).leaderName).toMatch(
      /^«Tổ trưởng \/ Trưởng khóm, ấp» chứa ký tự ẩn/,
    );
  });

  it('refuse the same characters in an account holder name; free text keeps its line breaks', () => {
    const account = {
      username: 'nguyenan',
      displayName: 'An\u200B',
      role: 'member',
      adminUnitId: '6f1c1a43-8a3c-4a55-9d0e-0c4c1fb0d6a1',
      password: 'mat-khau-dai',
    };
    expect(errorsOf(UserCreateInputSchema, account).displayName).toMatch(/^«Họ và tên» chứa ký tự ẩn/);
    const discipline = {
      personId: '6f1c1a43-8a3c-4a55-9d0e-0c4c1fb0d6a1',
      form: 'khien_trach',
      decidedOn: '2026-03-01',
      reason: 'Vi phạm quy chế\nlàm việc',
    };
    expect(DisciplineInputSchema.parse(discipline).reason).toBe('Vi phạm quy chế\nlàm việc');
    expect(errorsOf(DisciplineInputSchema, { ...discipline, reason: 'a\u202Eb' }).reason).toMatch(
      /^«Lý do kỷ luật» chứa ký tự ẩn/,
    );
  });
});

describe('control characters and lone surrogates', () => {
  it.each([
    ['a NUL', 'Nguyễn\u0000An'],
    ['a lone high surrogate', 'An\uD800'],
    ['a lone low surrogate', '\uDC00An'],
    ['an escape', 'An\u001B[31m'],
  ])('are refused in a name with %s (a spreadsheet cell can carry one)', (_what, fullName) => {
    expect(errorsOf(PersonInputSchema, aPerson({ fullName })).fullName).toBe(
      '«Họ và tên» chứa ký tự không hợp lệ (ký tự điều khiển hoặc ký tự lỗi mã hóa).',
    );
  });

  it('leave a whole emoji, a tab and line breaks in free text alone', () => {
    const discipline = {
      personId: '6f1c1a43-8a3c-4a55-9d0e-0c4c1fb0d6a1',
      form: 'khien_trach',
      decidedOn: '2026-03-01',
      reason: 'Đi muộn\t3 lần 👍\r\nđã nhắc nhở',
    };
    expect(DisciplineInputSchema.parse(discipline).reason).toBe(discipline.reason);
  });
});

describe('numbers', () => {
  it.each([
    ['"0x10"', '0x10', 'sai kiểu dữ liệu, cần số.'],
    ['"1e1"', '1e1', 'sai kiểu dữ liệu, cần số.'],
    ['true', true, 'sai kiểu dữ liệu, cần số.'],
    ['[3]', [3], 'sai kiểu dữ liệu, cần số.'],
  ])('are not read from %s', (_what, memberCount, message) => {
    const household = {
      groupId: '6f1c1a43-8a3c-4a55-9d0e-0c4c1fb0d6a1',
      headName: 'Lê Văn Hộ',
      address: 'Số 1',
      memberCount,
    };
    expect(errorsOf(HouseholdInputSchema, household).memberCount).toBe(`«Số nhân khẩu» ${message}`);
  });

  it('are read from plain digits in a query string, never from a blank', () => {
    expect(PagingQuerySchema.parse({ page: '2', pageSize: ' 50 ' })).toEqual({ page: 2, pageSize: 50 });
    expect(PagingQuerySchema.parse({})).toEqual({ page: 1, pageSize: 20 });
    expect(errorsOf(PagingQuerySchema, { page: '' }).page).toBe('«Trang» sai kiểu dữ liệu, cần số.');
    expect(errorsOf(PagingQuerySchema, { pageSize: '0x10' }).pageSize).toBe(
      '«Số dòng mỗi trang» sai kiểu dữ liệu, cần số.',
    );
    expect(errorsOf(SearchQuerySchema, { q: 'an', limit: 'Infinity' }).limit).toBe(
      '«Số kết quả mỗi loại» sai kiểu dữ liệu, cần số.',
    );
  });

  it('keep decimals for figures, and refuse true where a figure is wanted', () => {
    const indicator = { name: 'Đào tạo nghề', field: 'economy', direction: 'higher' };
    expect(IndicatorInputSchema.parse({ ...indicator, target: '267.5' }).target).toBe(267.5);
    expect(IndicatorInputSchema.parse({ ...indicator, target: null }).target).toBeNull();
    expect(errorsOf(IndicatorInputSchema, { ...indicator, target: '' }).target).toBe(
      '«Chỉ tiêu» sai kiểu dữ liệu, cần số.',
    );
    expect(errorsOf(IndicatorInputSchema, { ...indicator, actual: true }).actual).toBe(
      '«Thực hiện» sai kiểu dữ liệu, cần số.',
    );
  });
});

describe('dates', () => {
  it('refuse a birth date after today, and one before 1900', () => {
    expect(errorsOf(PersonInputSchema, aPerson({ birthDate: '2090-01-01' })).birthDate).toBe(
      '«Ngày sinh» không được sau ngày hôm nay (04/12/2026).',
    );
    expect(errorsOf(PersonInputSchema, aPerson({ birthDate: '1899-12-31' })).birthDate).toBe(
      '«Ngày sinh» không được trước ngày 01/01/1900.',
    );
    expect(PersonInputSchema.safeParse(aPerson({ birthDate: '1985-03-02' })).success).toBe(true);
  });

  it("keep a year's registration deadline in that year or the one before", () => {
    const year = { year: 2031, theme: 'Đoàn kết, sáng tạo' };
    expect(errorsOf(EmulationYearInputSchema, { ...year, registrationDeadline: '1900-03-31' })).toEqual({
      registrationDeadline:
        '«Hạn đăng ký thi đua» phải trong năm 2031 hoặc năm trước (từ 01/01/2030 đến 31/12/2031).',
    });
    expect(
      errorsOf(EmulationYearInputSchema, { ...year, registrationDeadline: '2032-01-01' }),
    ).toHaveProperty('registrationDeadline');
    for (const registrationDeadline of ['2030-01-01', '2031-03-31', '2031-12-31'])
      expect(EmulationYearInputSchema.safeParse({ ...year, registrationDeadline }).success).toBe(true);
  });

  it('refuse a document dated years ahead, but allow one dated into next year', () => {
    const movement = { name: 'Phong trào', launchLevel: 'commune', type: 'regular' };
    expect(errorsOf(MovementInputSchema, { ...movement, planDate: '2090-01-10' }).planDate).toBe(
      '«Ngày ban hành kế hoạch» không được sau ngày 31/12/2027.',
    );
    expect(MovementInputSchema.safeParse({ ...movement, planDate: '2027-01-10' }).success).toBe(true);
    const discipline = {
      personId: '6f1c1a43-8a3c-4a55-9d0e-0c4c1fb0d6a1',
      form: 'khien_trach',
      reason: 'Vi phạm',
    };
    expect(errorsOf(DisciplineInputSchema, { ...discipline, decidedOn: '0001-01-01' }).decidedOn).toBe(
      '«Ngày quyết định» không được trước ngày 01/01/1900.',
    );
  });

  it('leave the bounds against today to the server when no one told them today', () => {
    setValidationToday(null);
    const movement = { name: 'Phong trào', launchLevel: 'commune', type: 'regular' };
    expect(MovementInputSchema.safeParse({ ...movement, planDate: '2090-01-10' }).success).toBe(true);
    expect(errorsOf(PersonInputSchema, aPerson({ birthDate: '2101-01-01' })).birthDate).toBe(
      '«Ngày sinh» không được sau ngày 31/12/2100.',
    );
    setValidationToday(() => '2026-12-04');
  });
});
