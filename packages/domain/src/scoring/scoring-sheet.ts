import * as z from 'zod';
// Loaded for its effect: zod speaks Vietnamese wherever these schemas are used.
import '../validation';
import { formatNumberVi } from '../format';
import { roundHalfUp } from '../emulation-year/indicators';
import { DEFAULT_SCORING_SCALE } from './year-grade';
import { nameText } from '../text-fields';

/**
 * The commune's monthly scoring sheet (phiếu chấm điểm): the criteria a cadre is scored on each
 * month and the most points each may give. The law leaves the sheet to the commune; the points of
 * the criteria add up to the scale's maximum (100), so a month's total reads on the grade bands.
 */
export const ScoringCriterionSchema = z.object({
  /** Stable key of the criterion: the points of a month are stored under it. */
  code: z.string().describe('Mã tiêu chí'),
  name: z.string().describe('Tên tiêu chí'),
  maxPoints: z.number().describe('Điểm tối đa'),
});
export type ScoringCriterion = z.infer<typeof ScoringCriterionSchema>;

/** A sheet as the API answers it (`ScoringSheetSchema` below checks one that is sent). */
export const ScoringSheetViewSchema = z.object({
  criteria: z.array(ScoringCriterionSchema).describe('Các tiêu chí'),
});
export type ScoringSheet = z.infer<typeof ScoringSheetViewSchema>;

/** The common 100-point sheet of «hằng tháng đánh giá chấm điểm cán bộ, công chức». */
export const DEFAULT_SCORING_SHEET: ScoringSheet = {
  criteria: [
    { code: 'chinh_tri_dao_duc', name: 'Phẩm chất chính trị, đạo đức, lối sống', maxPoints: 15 },
    { code: 'ky_luat_tac_phong', name: 'Ý thức tổ chức kỷ luật, tác phong, lề lối làm việc', maxPoints: 20 },
    { code: 'ket_qua_nhiem_vu', name: 'Kết quả thực hiện chức trách, nhiệm vụ được giao', maxPoints: 50 },
    {
      code: 'hoc_tap_phuc_vu',
      name: 'Tinh thần học tập, đổi mới sáng tạo; thái độ phục vụ Nhân dân',
      maxPoints: 15,
    },
  ],
};

/** Points are given in whole or half points (7; 7,5), as paper sheets are. */
export const isHalfStep = (value: number) => Number.isInteger(value * 2);
export const HALF_STEP_MESSAGE = 'phải chấm theo bước 0,5 điểm.';

/** The sum of points, exact for half points. */
export function sumPoints(values: readonly number[]): number {
  return roundHalfUp(
    values.reduce((sum, v) => sum + v, 0),
    1,
  );
}

const CriterionSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9_]{1,40}$/, 'chỉ gồm chữ thường không dấu, chữ số và dấu gạch dưới (tối đa 40 ký tự).')
    .describe('Mã tiêu chí'),
  name: nameText({ max: 300 }).describe('Tên tiêu chí'),
  maxPoints: z
    .number()
    .positive()
    .max(DEFAULT_SCORING_SCALE.maxPoints)
    .refine(isHalfStep, HALF_STEP_MESSAGE)
    .describe('Điểm tối đa'),
});

/**
 * A sheet the commune may use: at least one criterion, codes unique, each criterion worth some
 * points, and together exactly the scale's maximum.
 */
export const ScoringSheetSchema = z
  .object({
    criteria: z.array(CriterionSchema).min(1).max(20).describe('Các tiêu chí'),
  })
  .superRefine(({ criteria }, ctx) => {
    const seen = new Set<string>();
    criteria.forEach(({ code }, index) => {
      if (seen.has(code)) {
        ctx.addIssue({
          code: 'custom',
          path: ['criteria', index, 'code'],
          message: `trùng với một tiêu chí khác: «${code}».`,
        });
      }
      seen.add(code);
    });
    const total = sumPoints(criteria.map((c) => c.maxPoints));
    const required = DEFAULT_SCORING_SCALE.maxPoints;
    if (criteria.length > 0 && total !== required) {
      ctx.addIssue({
        code: 'custom',
        path: ['criteria'],
        message: `cộng lại được ${formatNumberVi(total)} điểm; tổng điểm tối đa phải bằng ${required} điểm.`,
      });
    }
  });
export type ScoringSheetInput = z.infer<typeof ScoringSheetSchema>;
