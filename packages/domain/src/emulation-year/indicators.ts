import * as z from 'zod';
import { formatNumberVi } from '../format';

/**
 * A key indicator of the year (chỉ tiêu) and its verdict, as the summary reports state them:
 * "(3) Đào tạo nghề 267/250 lao động đạt 106,8% … (vượt)"; "Đạt 10/12 chỉ tiêu". Some indicators
 * are better when lower (the malnutrition rate), some must be reached exactly.
 */
export const INDICATOR_DIRECTIONS = ['higher', 'lower', 'exact'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

export const INDICATOR_DIRECTION_LABELS: Record<IndicatorDirection, string> = {
  higher: 'Càng cao càng tốt',
  lower: 'Càng thấp càng tốt',
  exact: 'Đạt đúng chỉ tiêu',
};

/** `vuot` exceeded, `dat` met, `chua_dat` not met, `chua_danh_gia` target or actual not known yet. */
export const INDICATOR_VERDICTS = ['vuot', 'dat', 'chua_dat', 'chua_danh_gia'] as const;
export type IndicatorVerdict = (typeof INDICATOR_VERDICTS)[number];

export const INDICATOR_VERDICT_LABELS: Record<IndicatorVerdict, string> = {
  vuot: 'vượt',
  dat: 'đạt',
  chua_dat: 'chưa đạt',
  chua_danh_gia: 'chưa đánh giá',
};

export interface IndicatorFigures {
  direction: IndicatorDirection;
  target: number | null;
  actual: number | null;
}

export const IndicatorResultSchema = z.object({
  verdict: z.enum(INDICATOR_VERDICTS).describe('Đánh giá (vượt, đạt, chưa đạt, chưa đánh giá)'),
  /** Actual against target in percent, one decimal (for "lower is better", target against actual); null when it has no meaning. */
  percent: z.number().nullable().describe('Tỷ lệ thực hiện so với chỉ tiêu (%)'),
  /** "106,8%", or null. */
  percentText: z.string().nullable().describe('Tỷ lệ để hiển thị, ví dụ «106,8%»'),
});
export type IndicatorResult = z.infer<typeof IndicatorResultSchema>;

/**
 * The verdict and the percent of one indicator. Higher: above the target exceeds it, equal meets
 * it. Lower: below exceeds, equal meets. Exact: only equal meets. A zero target gives no percent
 * (nothing to divide by) but still a verdict; a missing figure gives "chưa đánh giá".
 */
export function evaluateIndicator({ direction, target, actual }: IndicatorFigures): IndicatorResult {
  if (target === null || actual === null || !Number.isFinite(target) || !Number.isFinite(actual)) {
    return { verdict: 'chua_danh_gia', percent: null, percentText: null };
  }
  const verdict = verdictOf(direction, target, actual);
  const percent = percentOf(direction, target, actual);
  return { verdict, percent, percentText: percent === null ? null : `${formatNumberVi(percent, 1)}%` };
}

function verdictOf(direction: IndicatorDirection, target: number, actual: number): IndicatorVerdict {
  const comparison = Math.sign(compareDecimals(actual, target));
  if (comparison === 0) return 'dat';
  if (direction === 'exact') return 'chua_dat';
  const better = direction === 'higher' ? comparison > 0 : comparison < 0;
  return better ? 'vuot' : 'chua_dat';
}

function percentOf(direction: IndicatorDirection, target: number, actual: number): number | null {
  const [numerator, denominator] = direction === 'lower' ? [target, actual] : [actual, target];
  if (denominator === 0) return null;
  return roundHalfUp((numerator / denominator) * 100, 1);
}

/** Figures typed as decimals (8,5 %) compare as the user wrote them, not as binary fractions. */
function compareDecimals(a: number, b: number): number {
  return roundHalfUp(a, 9) - roundHalfUp(b, 9);
}

/** Half away from zero on the decimal digits: 106,75 → 106,8 (binary floats would give 106,7). */
export function roundHalfUp(value: number, decimals: number): number {
  const shifted = Number(`${Math.abs(value)}e${decimals}`);
  const rounded = Math.round(shifted);
  return Math.sign(value) * Number(`${rounded}e-${decimals}`);
}

export interface IndicatorSummary {
  met: number;
  evaluated: number;
  total: number;
  /** "Đạt 10/12 chỉ tiêu" (met = đạt or vượt, over all indicators of the year). */
  text: string;
}

export function summariseIndicators(results: readonly Pick<IndicatorResult, 'verdict'>[]): IndicatorSummary {
  const met = results.filter((r) => r.verdict === 'dat' || r.verdict === 'vuot').length;
  const evaluated = results.filter((r) => r.verdict !== 'chua_danh_gia').length;
  return { met, evaluated, total: results.length, text: `Đạt ${met}/${results.length} chỉ tiêu` };
}
