import * as z from 'zod';
// Loaded for its effect: zod speaks Vietnamese wherever these schemas are used.
import '../validation';
import { INDICATOR_DIRECTIONS, type IndicatorResult } from './indicators';
import { YEAR_STATUSES, type YearStatus } from './emulation-year';

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

const RegistrationDeadline = z.iso
  .date()
  .nullish()
  .transform((v) => v ?? null)
  .describe('Hạn đăng ký thi đua');

export const EmulationYearInputSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).describe('Năm'),
  theme: z.string().trim().min(1).max(500).describe('Chủ đề thi đua'),
  registrationDeadline: RegistrationDeadline,
});
export type EmulationYearInput = z.infer<typeof EmulationYearInputSchema>;

export const EmulationYearUpdateSchema = z
  .object({
    theme: z.string().trim().min(1).max(500).optional().describe('Chủ đề thi đua'),
    status: z.enum(YEAR_STATUSES).optional().describe('Giai đoạn'),
    registrationDeadline: RegistrationDeadline.optional(),
  })
  .strict();
export type EmulationYearUpdate = z.infer<typeof EmulationYearUpdateSchema>;

const Figure = z.coerce.number().min(-1e12).max(1e12);

export const IndicatorInputSchema = z.object({
  name: z.string().trim().min(1).max(300).describe('Tên chỉ tiêu'),
  unit: z
    .string()
    .trim()
    .max(50)
    .nullish()
    .transform((v) => v || null)
    .describe('Đơn vị tính'),
  field: z.enum(INDICATOR_FIELDS).describe('Lĩnh vực'),
  direction: z.enum(INDICATOR_DIRECTIONS).describe('Cách đánh giá'),
  target: Figure.nullish()
    .transform((v) => v ?? null)
    .describe('Chỉ tiêu'),
  actual: Figure.nullish()
    .transform((v) => v ?? null)
    .describe('Thực hiện'),
  source: z
    .string()
    .trim()
    .max(300)
    .nullish()
    .transform((v) => v || null)
    .describe('Nguồn số liệu'),
});
export type IndicatorInput = z.infer<typeof IndicatorInputSchema>;

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
