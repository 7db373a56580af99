import { GRADES, type Grade } from '../rules/ids';
import { roundHalfUp } from '../emulation-year/indicators';

/**
 * The commune's monthly scoring scale ("hằng tháng đánh giá chấm điểm cán bộ, công chức, làm cơ
 * sở đánh giá thi đua cuối năm"). The law leaves the sheet and its bands to the commune: this is
 * a setting, and the default below is the common 100-point sheet.
 */
export interface ScoringScale {
  maxPoints: number;
  /** The lowest average for each grade; below `hoan_thanh` is `khong_hoan_thanh`. */
  thresholds: { hoan_thanh_xuat_sac: number; hoan_thanh_tot: number; hoan_thanh: number };
  /** Fewer months scored than this and no grade is proposed (the titles need 6 months of service). */
  minimumMonths: number;
  /** A month below the `hoan_thanh` band keeps the year from «Hoàn thành xuất sắc». */
  excellentNeedsEveryMonthCompleted: boolean;
}

export const DEFAULT_SCORING_SCALE: ScoringScale = {
  maxPoints: 100,
  thresholds: { hoan_thanh_xuat_sac: 90, hoan_thanh_tot: 70, hoan_thanh: 50 },
  minimumMonths: 6,
  excellentNeedsEveryMonthCompleted: true,
};

export interface MonthScore {
  month: number;
  selfScore: number | null;
  /** The unit head's score: the one that counts; a self-score alone is not yet a score. */
  headScore: number | null;
}

export type GradeProposal =
  | {
      grade: Grade;
      average: number;
      monthsScored: number;
      /** True when a weak month lowered «Hoàn thành xuất sắc» to «Hoàn thành tốt». */
      cappedByWeakMonth: boolean;
    }
  | { grade: null; reason: 'too_few_months'; monthsScored: number; minimumMonths: number };

/** The grade a month's (or the year's average) score falls in. */
export function gradeForScore(score: number, scale: ScoringScale = DEFAULT_SCORING_SCALE): Grade {
  const { thresholds } = scale;
  if (score >= thresholds.hoan_thanh_xuat_sac) return 'hoan_thanh_xuat_sac';
  if (score >= thresholds.hoan_thanh_tot) return 'hoan_thanh_tot';
  if (score >= thresholds.hoan_thanh) return 'hoan_thanh';
  return 'khong_hoan_thanh';
}

/** The head's scores of the months scored: a self-score alone is not yet a score. */
export function headScores(months: readonly MonthScore[]): number[] {
  return months.flatMap((m) => (m.headScore === null ? [] : [m.headScore]));
}

/** The average of some scores, one decimal (at least one score). */
export function averageScore(scores: readonly number[]): number {
  return roundHalfUp(scores.reduce((sum, s) => sum + s, 0) / scores.length, 1);
}

/**
 * The year-end grade proposed from the months the head has scored: the average (one decimal)
 * placed in the scale's bands. The officer confirms or changes it; the proposal only suggests.
 */
export function proposeYearGrade(
  months: readonly MonthScore[],
  scale: ScoringScale = DEFAULT_SCORING_SCALE,
): GradeProposal {
  const scores = headScores(months);
  if (scores.length < scale.minimumMonths) {
    return {
      grade: null,
      reason: 'too_few_months',
      monthsScored: scores.length,
      minimumMonths: scale.minimumMonths,
    };
  }
  const average = averageScore(scores);
  const byAverage = gradeForScore(average, scale);
  const weakMonth = scores.some((s) => s < scale.thresholds.hoan_thanh);
  const cappedByWeakMonth =
    byAverage === 'hoan_thanh_xuat_sac' && weakMonth && scale.excellentNeedsEveryMonthCompleted;
  return {
    grade: cappedByWeakMonth ? GRADES[1] : byAverage,
    average,
    monthsScored: scores.length,
    cappedByWeakMonth,
  };
}
