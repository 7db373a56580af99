import * as z from 'zod';
import '../validation';
import { isHalfStep, HALF_STEP_MESSAGE } from './scoring-sheet';
import { DEFAULT_SCORING_SCALE, type ScoringScale } from './year-grade';

/**
 * The commune's grade bands and the fewest months scored before a grade is proposed: the law leaves
 * them to the commune, so they are a setting kept with the scoring sheet (and frozen with it when a
 * year closes). The default is the common 90 / 70 / 50 and 6 months.
 */
export const GradeBandsSchema = z.object({
  thresholds: z
    .object({
      hoan_thanh_xuat_sac: z.number().describe('Mức «Hoàn thành xuất sắc nhiệm vụ» từ'),
      hoan_thanh_tot: z.number().describe('Mức «Hoàn thành tốt nhiệm vụ» từ'),
      hoan_thanh: z.number().describe('Mức «Hoàn thành nhiệm vụ» từ'),
    })
    .describe('Các mức xếp loại'),
  minimumMonths: z.number().int().describe('Số tháng chấm điểm tối thiểu'),
});
export type GradeBands = z.infer<typeof GradeBandsSchema>;

export const DEFAULT_GRADE_BANDS: GradeBands = {
  thresholds: DEFAULT_SCORING_SCALE.thresholds,
  minimumMonths: DEFAULT_SCORING_SCALE.minimumMonths,
};

/** The scale a year's grades are proposed on: the common 100-point scale with the commune's bands. */
export function scaleWithBands(bands: GradeBands): ScoringScale {
  return { ...DEFAULT_SCORING_SCALE, thresholds: bands.thresholds, minimumMonths: bands.minimumMonths };
}

const band = (label: string) =>
  z
    .number()
    .positive()
    .max(DEFAULT_SCORING_SCALE.maxPoints)
    .refine(isHalfStep, HALF_STEP_MESSAGE)
    .describe(label);

/** Each band above the next: «Hoàn thành xuất sắc» > «Hoàn thành tốt» > «Hoàn thành». */
export const GradeBandsShape = {
  thresholds: z
    .object({
      hoan_thanh_xuat_sac: band('Mức «Hoàn thành xuất sắc nhiệm vụ» từ'),
      hoan_thanh_tot: band('Mức «Hoàn thành tốt nhiệm vụ» từ'),
      hoan_thanh: band('Mức «Hoàn thành nhiệm vụ» từ'),
    })
    .refine((t) => t.hoan_thanh_tot < t.hoan_thanh_xuat_sac, {
      path: ['hoan_thanh_tot'],
      message: 'phải thấp hơn mức «Hoàn thành xuất sắc nhiệm vụ».',
    })
    .refine((t) => t.hoan_thanh < t.hoan_thanh_tot, {
      path: ['hoan_thanh'],
      message: 'phải thấp hơn mức «Hoàn thành tốt nhiệm vụ».',
    })
    .describe('Các mức xếp loại'),
  minimumMonths: z.number().int().min(1).max(12).describe('Số tháng chấm điểm tối thiểu'),
};
