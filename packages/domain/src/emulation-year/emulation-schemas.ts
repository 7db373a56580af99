import * as z from 'zod';
// Loaded for its effect: zod speaks Vietnamese wherever these schemas are used.
import '../validation';
import { optionalDate, optionalId, optionalText } from '../optional-fields';
import { freeText, nameText } from '../text-fields';
import { integerInput, numberInput } from '../number-fields';
import { registrationDeadlineProblem } from '../date-fields';
import { INDICATOR_DIRECTIONS, IndicatorResultSchema } from './indicators';
import { YEAR_STATUSES } from './emulation-year';
import { PeriodTargetProgressSchema } from './period-target-progress';

export const INDICATOR_FIELDS = [
  'economy',
  'culture_society',
  'security_defence',
  'government',
  'party_building',
  'mass_organisations',
] as const;
export type IndicatorField = (typeof INDICATOR_FIELDS)[number];

/** The fields the summary reports group results by (SPEC §4). */
export const INDICATOR_FIELD_LABELS: Record<IndicatorField, string> = {
  economy: 'Kinh tế',
  culture_society: 'Văn hóa – xã hội',
  security_defence: 'Quốc phòng – an ninh',
  government: 'Xây dựng chính quyền',
  party_building: 'Xây dựng Đảng',
  mass_organisations: 'Mặt trận và các đoàn thể',
};

const RegistrationDeadline = optionalDate().describe('Hạn đăng ký thi đua');

export const EmulationYearInputSchema = z
  .object({
    year: integerInput({ min: 2000, max: 2100 }).describe('Năm'),
    theme: freeText({ max: 500 }).describe('Chủ đề thi đua'),
    registrationDeadline: RegistrationDeadline,
  })
  .superRefine(({ year, registrationDeadline }, ctx) => {
    const problem = registrationDeadline && registrationDeadlineProblem(year, registrationDeadline);
    if (problem) ctx.addIssue({ code: 'custom', path: ['registrationDeadline'], message: problem });
  });
export type EmulationYearInput = z.infer<typeof EmulationYearInputSchema>;

export const EmulationYearUpdateSchema = z
  .object({
    theme: freeText({ max: 500 }).optional().describe('Chủ đề thi đua'),
    status: z.enum(YEAR_STATUSES).optional().describe('Giai đoạn'),
    registrationDeadline: RegistrationDeadline.optional(),
  })
  .strict();
export type EmulationYearUpdate = z.infer<typeof EmulationYearUpdateSchema>;

const Figure = numberInput({ min: -1e12, max: 1e12 });

const OptionalFigure = Figure.nullish().transform((v) => v ?? null);

/** What an indicator of a year and a five-year target both say: what is measured and how it is judged. */
const indicatorDefinition = {
  name: nameText({ max: 300 }).describe('Tên chỉ tiêu'),
  unit: optionalText(50).describe('Đơn vị tính'),
  field: z.enum(INDICATOR_FIELDS).describe('Lĩnh vực'),
  direction: z.enum(INDICATOR_DIRECTIONS).describe('Cách đánh giá'),
  source: optionalText(300).describe('Nguồn số liệu'),
};

export const IndicatorInputSchema = z.object({
  ...indicatorDefinition,
  target: OptionalFigure.describe('Chỉ tiêu'),
  actual: OptionalFigure.describe('Thực hiện'),
  periodTargetId: optionalId().describe('Mục tiêu 5 năm'),
});
export type IndicatorInput = z.infer<typeof IndicatorInputSchema>;

/** A period target spans at most ten years (the usual one is five: 2026–2030). */
export const PERIOD_TARGET_MAX_YEARS = 10;

const PeriodYear = integerInput({ min: 2000, max: 2100 });

export const PeriodTargetInputSchema = z
  .object({
    fromYear: PeriodYear.describe('Từ năm'),
    toYear: PeriodYear.describe('Đến năm'),
    ...indicatorDefinition,
    // Not coerced: a missing figure must be refused, not read as 0.
    target: z.number().min(-1e12).max(1e12).describe('Mục tiêu'),
  })
  .superRefine((input, ctx) => {
    const span = input.toYear - input.fromYear;
    if (span < 0) {
      ctx.addIssue({ code: 'custom', path: ['toYear'], message: 'không được trước «Từ năm».' });
    } else if (span >= PERIOD_TARGET_MAX_YEARS) {
      ctx.addIssue({
        code: 'custom',
        path: ['toYear'],
        message: `cách «Từ năm» tối đa ${PERIOD_TARGET_MAX_YEARS - 1} năm (giai đoạn dài nhất ${PERIOD_TARGET_MAX_YEARS} năm).`,
      });
    }
  });
export type PeriodTargetInput = z.infer<typeof PeriodTargetInputSchema>;

/** The year's indicators in the order they are listed (every indicator of the year, each once). */
export const IndicatorOrderSchema = z.object({
  ids: z.array(z.uuid()).min(1).max(500).describe('Thứ tự chỉ tiêu'),
});
export type IndicatorOrder = z.infer<typeof IndicatorOrderSchema>;

export const EmulationYearSummarySchema = z.object({
  id: z.string().describe('Mã định danh năm thi đua'),
  year: z.number().int().describe('Năm'),
  theme: z.string().describe('Chủ đề thi đua'),
  status: z.enum(YEAR_STATUSES).describe('Giai đoạn'),
  registrationDeadline: z.string().nullable().describe('Hạn đăng ký thi đua'),
});
export type EmulationYearSummary = z.infer<typeof EmulationYearSummarySchema>;

/** What an indicator or a five-year target says, as the API answers it. */
const indicatorDefinitionView = {
  name: z.string().describe('Tên chỉ tiêu'),
  unit: z.string().nullable().describe('Đơn vị tính'),
  field: z.enum(INDICATOR_FIELDS).describe('Lĩnh vực'),
  direction: z.enum(INDICATOR_DIRECTIONS).describe('Cách đánh giá'),
  source: z.string().nullable().describe('Nguồn số liệu'),
};

export const IndicatorViewSchema = IndicatorResultSchema.extend({
  id: z.string().describe('Mã định danh chỉ tiêu'),
  position: z.number().int().describe('Thứ tự'),
  ...indicatorDefinitionView,
  target: z.number().nullable().describe('Chỉ tiêu'),
  actual: z.number().nullable().describe('Thực hiện'),
  periodTargetId: z.string().nullable().describe('Mục tiêu 5 năm'),
});
export type IndicatorView = z.infer<typeof IndicatorViewSchema>;

export const EmulationYearDetailSchema = EmulationYearSummarySchema.extend({
  indicators: z.array(IndicatorViewSchema).describe('Các chỉ tiêu của năm'),
  /** "Đạt 10/12 chỉ tiêu". */
  indicatorSummary: z.string().describe('Kết quả chung, ví dụ «Đạt 10/12 chỉ tiêu»'),
});
export type EmulationYearDetail = z.infer<typeof EmulationYearDetailSchema>;

/** A yearly indicator that follows a five-year target, with its own verdict against the year's target. */
export const PeriodTargetIndicatorSchema = IndicatorResultSchema.extend({
  id: z.string().describe('Mã định danh chỉ tiêu năm'),
  yearId: z.string().describe('Mã định danh năm thi đua'),
  year: z.number().int().describe('Năm'),
  name: z.string().describe('Tên chỉ tiêu năm'),
  target: z.number().nullable().describe('Chỉ tiêu của năm'),
  actual: z.number().nullable().describe('Thực hiện'),
});
export type PeriodTargetIndicator = z.infer<typeof PeriodTargetIndicatorSchema>;

export const PeriodTargetViewSchema = z.object({
  id: z.string().describe('Mã định danh mục tiêu'),
  fromYear: z.number().int().describe('Từ năm'),
  toYear: z.number().int().describe('Đến năm'),
  ...indicatorDefinitionView,
  /** The API requires it; the table allows a target without a figure. */
  target: z.number().nullable().describe('Mục tiêu'),
  position: z.number().int().describe('Thứ tự'),
  /** The yearly indicators linked to it, by year. */
  indicators: z.array(PeriodTargetIndicatorSchema).describe('Các chỉ tiêu năm theo dõi mục tiêu'),
  progress: PeriodTargetProgressSchema.describe('Tiến độ thực hiện'),
});
export type PeriodTargetView = z.infer<typeof PeriodTargetViewSchema>;
