import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORING_SCALE, gradeForScore, proposeYearGrade, type MonthScore } from './year-grade';

const months = (...headScores: (number | null)[]): MonthScore[] =>
  headScores.map((headScore, i) => ({ month: i + 1, selfScore: 95, headScore }));

describe('gradeForScore (default 100-point scale)', () => {
  it.each([
    [100, 'hoan_thanh_xuat_sac'],
    [90, 'hoan_thanh_xuat_sac'],
    [89.9, 'hoan_thanh_tot'],
    [70, 'hoan_thanh_tot'],
    [69.9, 'hoan_thanh'],
    [50, 'hoan_thanh'],
    [49.9, 'khong_hoan_thanh'],
    [0, 'khong_hoan_thanh'],
  ] as const)('%d points → %s', (score, grade) => {
    expect(gradeForScore(score)).toBe(grade);
  });
});

describe('proposeYearGrade', () => {
  it('averages the head’s scores of the year and places the average in the bands', () => {
    expect(proposeYearGrade(months(92, 95, 88, 90, 91, 93, 89, 94, 90, 92, 95, 91))).toEqual({
      grade: 'hoan_thanh_xuat_sac',
      average: 91.7,
      monthsScored: 12,
      cappedByWeakMonth: false,
    });
    expect(proposeYearGrade(months(75, 80, 72, 78, 70, 74)).grade).toBe('hoan_thanh_tot');
  });

  it('counts only months the head has scored; a self-score alone does not count', () => {
    const result = proposeYearGrade(months(90, null, 90, null, 90, 90, 90, 90));
    expect(result).toMatchObject({ grade: 'hoan_thanh_xuat_sac', monthsScored: 6 });
  });

  it('proposes nothing with fewer scored months than the minimum, and says how many there are', () => {
    expect(proposeYearGrade(months(95, 95, 95, 95, 95))).toEqual({
      grade: null,
      reason: 'too_few_months',
      monthsScored: 5,
      minimumMonths: 6,
    });
    expect(proposeYearGrade(months(95, 95, 95, 95, 95, 95)).grade).toBe('hoan_thanh_xuat_sac');
  });

  it('keeps a year with a month below «Hoàn thành» from «Hoàn thành xuất sắc», unless the commune turns that off', () => {
    const year = months(100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 45);
    expect(proposeYearGrade(year)).toMatchObject({
      grade: 'hoan_thanh_tot',
      average: 95.4,
      cappedByWeakMonth: true,
    });
    expect(
      proposeYearGrade(year, { ...DEFAULT_SCORING_SCALE, excellentNeedsEveryMonthCompleted: false }).grade,
    ).toBe('hoan_thanh_xuat_sac');
  });

  it('uses the commune’s own bands', () => {
    const scale = {
      ...DEFAULT_SCORING_SCALE,
      thresholds: { hoan_thanh_xuat_sac: 95, hoan_thanh_tot: 80, hoan_thanh: 60 },
    };
    expect(proposeYearGrade(months(92, 92, 92, 92, 92, 92), scale).grade).toBe('hoan_thanh_tot');
    expect(proposeYearGrade(months(55, 58, 59, 57, 56, 54), scale).grade).toBe('khong_hoan_thanh');
  });
});
