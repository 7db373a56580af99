import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../validation';
import { DEFAULT_SCORING_SHEET, ScoringSheetSchema, sumPoints } from './scoring-sheet';
import { DEFAULT_SCORING_SCALE } from './year-grade';

const errorsOf = (input: unknown) => {
  const result = ScoringSheetSchema.safeParse(input);
  return result.success ? {} : fieldErrors(ScoringSheetSchema, result.error.issues);
};

const sheet = (...maxPoints: number[]) => ({
  criteria: maxPoints.map((max, i) => ({
    code: `tieu_chi_${i + 1}`,
    name: `Tiêu chí ${i + 1}`,
    maxPoints: max,
  })),
});

describe('DEFAULT_SCORING_SHEET', () => {
  it('is a valid sheet worth the scale’s 100 points, the results of assigned tasks weighing most', () => {
    expect(ScoringSheetSchema.safeParse(DEFAULT_SCORING_SHEET).success).toBe(true);
    expect(sumPoints(DEFAULT_SCORING_SHEET.criteria.map((c) => c.maxPoints))).toBe(
      DEFAULT_SCORING_SCALE.maxPoints,
    );
    const heaviest = [...DEFAULT_SCORING_SHEET.criteria].sort((a, b) => b.maxPoints - a.maxPoints)[0];
    expect(heaviest?.name).toBe('Kết quả thực hiện chức trách, nhiệm vụ được giao');
  });
});

describe('ScoringSheetSchema', () => {
  it('accepts criteria in half points adding up to exactly 100', () => {
    expect(errorsOf(sheet(30.5, 69.5))).toEqual({});
    expect(errorsOf(sheet(100))).toEqual({});
  });

  it('refuses a total other than 100, saying what it adds up to', () => {
    expect(errorsOf(sheet(50, 49.5))).toEqual({
      criteria: '«Các tiêu chí» cộng lại được 99,5 điểm; tổng điểm tối đa phải bằng 100 điểm.',
    });
    expect(errorsOf(sheet(50, 50.5)).criteria).toMatch(/cộng lại được 100,5 điểm/);
  });

  it('refuses a repeated code on the repeated criterion', () => {
    const input = sheet(50, 50);
    input.criteria[1]!.code = 'tieu_chi_1';
    expect(errorsOf(input)).toEqual({
      'criteria.1.code': '«Mã tiêu chí» trùng với một tiêu chí khác: «tieu_chi_1».',
    });
  });

  it('refuses zero or negative points, points off the half step, and bad codes', () => {
    expect(errorsOf(sheet(0, 100))['criteria.0.maxPoints']).toBe('«Điểm tối đa» phải lớn hơn 0.');
    expect(errorsOf(sheet(-5, 105))['criteria.0.maxPoints']).toBe('«Điểm tối đa» phải lớn hơn 0.');
    expect(errorsOf(sheet(33.3, 66.7))['criteria.0.maxPoints']).toBe(
      '«Điểm tối đa» phải chấm theo bước 0,5 điểm.',
    );
    const input = sheet(100);
    input.criteria[0]!.code = 'Tiêu chí';
    expect(errorsOf(input)['criteria.0.code']).toMatch(/^«Mã tiêu chí» chỉ gồm chữ thường không dấu/);
  });

  it('refuses an empty sheet and a criterion without a name', () => {
    expect(errorsOf({ criteria: [] })).toEqual({ criteria: '«Các tiêu chí» cần ít nhất 1 mục.' });
    const input = sheet(100);
    input.criteria[0]!.name = ' ';
    expect(errorsOf(input)['criteria.0.name']).toBe('«Tên tiêu chí» không được để trống.');
  });
});
