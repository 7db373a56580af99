import * as z from 'zod';
import {
  evaluateIndicator,
  IndicatorResultSchema,
  summariseIndicators,
  type IndicatorDirection,
} from './indicators';

/**
 * Where a five-year target (mục tiêu giai đoạn, e.g. 2026–2030) stands, from the actuals of the
 * yearly indicators that follow it.
 *
 * A five-year target is read as a level to reach: the five-year reports state them so ("Đến năm
 * 2030, tỷ lệ dân số tham gia bảo hiểm y tế đạt 98,0%", "Duy trì chỉ tiêu gia đình văn hóa đạt
 * 96,0%"). So the latest year's actual is judged against the target with the yearly verdict rules
 * (higher / lower / exact), and stays provisional until the period's last year has its figure.
 * Each year is also judged against the target, which answers the "hằng năm đạt …" targets. A total
 * over the period ("đào tạo nghề 1.250 lao động trong 5 năm") is followed by giving each yearly
 * indicator the running total since the period began (lũy kế), so the latest figure is the total.
 */
export interface PeriodTargetFigures {
  fromYear: number;
  toYear: number;
  direction: IndicatorDirection;
  target: number | null;
}

export interface YearActual {
  year: number;
  actual: number | null;
}

/** One year's actual against the five-year target. */
export const PeriodTargetYearSchema = IndicatorResultSchema.extend({
  year: z.number().int().describe('Năm'),
  actual: z.number().describe('Thực hiện'),
});
export type PeriodTargetYear = z.infer<typeof PeriodTargetYearSchema>;

export const PeriodTargetProgressSchema = IndicatorResultSchema.extend({
  /** The latest year of the period with an actual (the verdict is about its figure), or null before any. */
  latestYear: z.number().int().nullable().describe('Năm gần nhất có số thực hiện'),
  latestActual: z.number().nullable().describe('Số thực hiện của năm gần nhất'),
  /** The period's last year has its figure: the verdict is final, not provisional (tạm tính). */
  final: z.boolean().describe('Đã có số của năm cuối giai đoạn (không còn tạm tính)'),
  /** How many years' actuals reached the five-year target. */
  yearsMet: z.number().int().describe('Số năm đạt mục tiêu'),
  /** The years of the period that have an actual, in order. */
  years: z.array(PeriodTargetYearSchema).describe('Kết quả từng năm'),
});
export type PeriodTargetProgress = z.infer<typeof PeriodTargetProgressSchema>;

/**
 * The progress of a five-year target: the latest actual within the period against the target
 * (verdict and percent as `evaluateIndicator` gives them), each year's actual against it, and
 * whether the period is complete. Years outside the period and missing actuals are ignored.
 * Each year may appear once (one indicator per year follows a target).
 */
export function periodTargetProgress(
  target: PeriodTargetFigures,
  actuals: readonly YearActual[],
): PeriodTargetProgress {
  const inPeriod = actuals
    .filter(
      (a): a is { year: number; actual: number } =>
        a.year >= target.fromYear &&
        a.year <= target.toYear &&
        a.actual !== null &&
        Number.isFinite(a.actual),
    )
    .sort((a, b) => a.year - b.year);
  if (new Set(inPeriod.map((a) => a.year)).size !== inPeriod.length) {
    throw new RangeError('periodTargetProgress: one actual per year');
  }
  const judge = (actual: number | null) =>
    evaluateIndicator({ direction: target.direction, target: target.target, actual });
  const years = inPeriod.map(({ year, actual }) => ({ year, actual, ...judge(actual) }));
  const latest = years.at(-1) ?? null;
  return {
    ...judge(latest?.actual ?? null),
    latestYear: latest?.year ?? null,
    latestActual: latest?.actual ?? null,
    final: latest?.year === target.toYear,
    yearsMet: summariseIndicators(years).met,
    years,
  };
}
