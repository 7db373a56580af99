import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../validation';
import { lastScorableMonth, monthlyPointsSchema, totalOfPoints } from './scoring-points';
import { DEFAULT_SCORING_SHEET } from './scoring-sheet';

const schema = monthlyPointsSchema(DEFAULT_SCORING_SHEET);
const full = { chinh_tri_dao_duc: 15, ky_luat_tac_phong: 18.5, ket_qua_nhiem_vu: 45, hoc_tap_phuc_vu: 14 };
const errorsOf = (points: Record<string, unknown>) => {
  const result = schema.safeParse({ points });
  return result.success ? {} : fieldErrors(schema, result.error.issues);
};

describe('monthlyPointsSchema', () => {
  it('accepts every criterion from 0 up to its maximum in half points', () => {
    expect(errorsOf(full)).toEqual({});
    expect(errorsOf({ ...full, ket_qua_nhiem_vu: 0 })).toEqual({});
    expect(errorsOf({ ...full, ket_qua_nhiem_vu: 50 })).toEqual({});
  });

  it('names the criterion whose points exceed its maximum or fall below zero', () => {
    expect(errorsOf({ ...full, ket_qua_nhiem_vu: 50.5 })).toEqual({
      'points.ket_qua_nhiem_vu':
        '«Kết quả thực hiện chức trách, nhiệm vụ được giao» phải nhỏ hơn hoặc bằng 50.',
    });
    expect(errorsOf({ ...full, chinh_tri_dao_duc: -0.5 })).toEqual({
      'points.chinh_tri_dao_duc': '«Phẩm chất chính trị, đạo đức, lối sống» phải lớn hơn hoặc bằng 0.',
    });
  });

  it('names the criterion scored off the half step, and the one left out', () => {
    expect(errorsOf({ ...full, hoc_tap_phuc_vu: 12.3 })).toEqual({
      'points.hoc_tap_phuc_vu':
        '«Tinh thần học tập, đổi mới sáng tạo; thái độ phục vụ Nhân dân» phải chấm theo bước 0,5 điểm.',
    });
    const { ky_luat_tac_phong: _left, ...rest } = full;
    expect(errorsOf(rest)).toEqual({
      'points.ky_luat_tac_phong': '«Ý thức tổ chức kỷ luật, tác phong, lề lối làm việc» là bắt buộc.',
    });
  });

  it('refuses a criterion the sheet does not have', () => {
    expect(Object.values(errorsOf({ ...full, khac: 1 }))).toEqual([
      '«Điểm chấm» có trường không được phép: khac.',
    ]);
  });
});

describe('totalOfPoints', () => {
  it('adds the points of the sheet’s criteria, exactly in half points', () => {
    expect(totalOfPoints(DEFAULT_SCORING_SHEET, full)).toBe(92.5);
    expect(totalOfPoints({ criteria: [{ code: 'a', name: 'A', maxPoints: 100 }] }, { a: 0.5 })).toBe(0.5);
  });
});

describe('lastScorableMonth', () => {
  it('allows every month of a past year, none of a year to come', () => {
    expect(lastScorableMonth(2025, '2026-03-10')).toBe(12);
    expect(lastScorableMonth(2027, '2026-12-31')).toBe(0);
  });

  it('allows the current year up to the month that has begun', () => {
    expect(lastScorableMonth(2026, '2026-01-01')).toBe(1);
    expect(lastScorableMonth(2026, '2026-03-31')).toBe(3);
    expect(lastScorableMonth(2026, '2026-12-01')).toBe(12);
  });
});
