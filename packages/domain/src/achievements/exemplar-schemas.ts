import * as z from 'zod';
import { pageSchemaOf, PagingQuerySchema } from '../paging';
// Loaded for its effect: zod speaks Vietnamese wherever these schemas are used.
import '../validation';
import { optionalId } from '../optional-fields';
import { onlySubjectId, requireSubjectId, YearRecordRefSchema } from './achievement-schemas';
import { ExemplarProgressSchema } from './exemplar-stages';
import {
  EXEMPLAR_STAGES,
  EXEMPLAR_SUBJECT_TYPES,
  type ExemplarSubjectType,
} from '../emulation-year/year-records';
import { freeText } from '../text-fields';
import { dateInput } from '../date-fields';

const EXEMPLAR_ID_FIELD = { person: 'personId', unit: 'unitId', household: 'householdId' } as const;

export const EXEMPLAR_SUBJECT_TYPE_LABELS: Record<ExemplarSubjectType, string> = {
  person: 'Cá nhân',
  unit: 'Tập thể (đơn vị)',
  household: 'Hộ gia đình',
};

/** A newly found exemplar: who it is, what makes it exemplary, and the day it was discovered. */
export const ExemplarInputSchema = z
  .object({
    subjectType: z.enum(EXEMPLAR_SUBJECT_TYPES).describe('Điển hình là'),
    personId: optionalId().describe('Cá nhân'),
    unitId: optionalId().describe('Tập thể (đơn vị)'),
    householdId: optionalId().describe('Hộ gia đình'),
    description: freeText({ max: 4000 }).describe('Nội dung điển hình'),
    discoveredOn: dateInput('document').describe('Ngày phát hiện'),
  })
  .superRefine((input, ctx) => requireSubjectId(input, ctx, EXEMPLAR_ID_FIELD))
  .transform((input) => onlySubjectId(input, EXEMPLAR_ID_FIELD));
export type ExemplarInput = z.infer<typeof ExemplarInputSchema>;

/** «Chuyển giai đoạn»: the stage reached and its day. */
export const ExemplarAdvanceSchema = z.object({
  stage: z.enum(EXEMPLAR_STAGES).describe('Giai đoạn'),
  date: dateInput('document').describe('Ngày'),
});
export type ExemplarAdvance = z.infer<typeof ExemplarAdvanceSchema>;

export const ExemplarListQuerySchema = PagingQuerySchema.extend({
  subjectType: z.enum(EXEMPLAR_SUBJECT_TYPES).optional().describe('Điển hình là'),
  stage: z.enum(EXEMPLAR_STAGES).optional().describe('Giai đoạn'),
});
export type ExemplarListQuery = z.infer<typeof ExemplarListQuerySchema>;

export const ExemplarViewSchema = YearRecordRefSchema.extend({
  ...ExemplarProgressSchema.shape,
  subjectType: z.enum(EXEMPLAR_SUBJECT_TYPES).describe('Điển hình là'),
  personId: z.string().nullable().describe('Cá nhân'),
  unitId: z.string().nullable().describe('Tập thể (đơn vị)'),
  householdId: z.string().nullable().describe('Hộ gia đình'),
  /** The person's or unit's name; for a household «Hộ ông/bà …, Tổ dân phố …». */
  subjectName: z.string().describe('Tên cá nhân, tập thể hoặc hộ gia đình'),
  description: z.string().describe('Nội dung điển hình'),
});
export type ExemplarView = z.infer<typeof ExemplarViewSchema>;

export const ExemplarPageSchema = pageSchemaOf(ExemplarViewSchema);
