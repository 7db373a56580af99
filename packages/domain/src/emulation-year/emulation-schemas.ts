import * as z from 'zod';
// Loaded for its effect: zod speaks Vietnamese wherever these schemas are used.
import '../validation';
import { optionalDate, optionalId, optionalText } from '../optional-fields';
import { freeText, nameText } from '../text-fields';
import { integerInput, numberInput } from '../number-fields';
import { registrationDeadlineProblem } from '../date-fields';
import { INDICATOR_DIRECTIONS, type IndicatorResult } from './indicators';
import { YEAR_STATUSES, type YearStatus } from './emulation-year';
import type { PeriodTargetProgress } from './period-target-progress';

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

export interface EmulationYearSummary {
  id: string;
  year: number;
  theme: string;
  status: YearStatus;
  registrationDeadline: string | null;
}

export interface IndicatorView extends IndicatorInput, IndicatorResult {
  id: string;
  position: number;
}

export interface EmulationYearDetail extends EmulationYearSummary {
  indicators: IndicatorView[];
  /** "Đạt 10/12 chỉ tiêu". */
  indicatorSummary: string;
}

/** A yearly indicator that follows a five-year target, with its own verdict against the year's target. */
export interface PeriodTargetIndicator extends IndicatorResult {
  id: string;
  yearId: string;
  year: number;
  name: string;
  target: number | null;
  actual: number | null;
}

export interface PeriodTargetView extends Omit<PeriodTargetInput, 'target'> {
  id: string;
  /** The API requires it; the table allows a target without a figure. */
  target: number | null;
  position: number;
  /** The yearly indicators linked to it, by year. */
  indicators: PeriodTargetIndicator[];
  progress: PeriodTargetProgress;
}
