import * as z from 'zod';
import { pageSchemaOf, PagingQuerySchema } from '../paging';
// Loaded for its effect: zod speaks Vietnamese wherever these schemas are used.
import '../validation';
import { canManageOrganisation, scopeCovers, writeScopeOf, type ScopedUser } from '../roles';
import { optionalDate, optionalText } from '../optional-fields';
import { nameText } from '../text-fields';
import { YearRecordRefSchema } from './achievement-schemas';
import { INITIATIVE_LEVELS, type InitiativeLevel } from '../emulation-year/year-records';

/** Sáng kiến as its author files it; the council's recognition is recorded apart (below). */
export const InitiativeInputSchema = z.object({
  personId: z.uuid().describe('Tác giả'),
  coAuthors: optionalText(500).describe('Đồng tác giả'),
  title: nameText({ max: 300 }).describe('Tên sáng kiến'),
  summary: optionalText(4000).describe('Tóm tắt nội dung, hiệu quả'),
});
export type InitiativeInput = z.infer<typeof InitiativeInputSchema>;

const RECOGNITION_FIELDS = ['level', 'recognisedOn', 'decisionNumber'] as const;

/**
 * The recognition of an initiative by a council (Luật Thi đua, khen thưởng 2022, Điều 23: a
 * recognised initiative counts towards «Chiến sĩ thi đua cơ sở»): the level, the day and the
 * decision number go together, or all three are empty (recognition withdrawn or not yet given).
 */
export const InitiativeRecognitionSchema = z
  .object({
    level: z
      .enum(INITIATIVE_LEVELS)
      .nullish()
      .transform((v) => v ?? null)
      .describe('Cấp công nhận'),
    recognisedOn: optionalDate('document').describe('Ngày công nhận'),
    decisionNumber: optionalText(100).describe('Số quyết định công nhận'),
  })
  .superRefine((recognition, ctx) => {
    const given = RECOGNITION_FIELDS.filter((field) => recognition[field] !== null);
    if (given.length === 0 || given.length === RECOGNITION_FIELDS.length) return;
    for (const field of RECOGNITION_FIELDS.filter((f) => recognition[f] === null)) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message:
          'chưa nhập: cấp công nhận, ngày công nhận và số quyết định phải có đủ cả ba, hoặc để trống cả ba.',
      });
    }
  });
export type InitiativeRecognition = z.infer<typeof InitiativeRecognitionSchema>;

export const InitiativeListQuerySchema = PagingQuerySchema.extend({
  personId: z.uuid().optional().describe('Tác giả'),
  /** Initiatives whose author works in the unit. */
  unitId: z.uuid().optional().describe('Đơn vị'),
  recognised: z.enum(['yes', 'no']).optional().describe('Đã được công nhận'),
});
export type InitiativeListQuery = z.infer<typeof InitiativeListQuerySchema>;

export const InitiativeViewSchema = YearRecordRefSchema.extend({
  personId: z.string().describe('Tác giả'),
  authorName: z.string().describe('Họ và tên tác giả'),
  /** The author's unit, which decides who besides the author may edit the record. */
  authorUnitId: z.string().nullable().describe('Đơn vị của tác giả'),
  authorUnitName: z.string().nullable().describe('Tên đơn vị của tác giả'),
  coAuthors: z.string().nullable().describe('Đồng tác giả'),
  title: z.string().describe('Tên sáng kiến'),
  summary: z.string().nullable().describe('Tóm tắt nội dung, hiệu quả'),
  level: z.enum(INITIATIVE_LEVELS).nullable().describe('Cấp công nhận (chưa công nhận: null)'),
  recognisedOn: z.string().nullable().describe('Ngày công nhận'),
  decisionNumber: z.string().nullable().describe('Số quyết định công nhận'),
});
export type InitiativeView = z.infer<typeof InitiativeViewSchema>;

export const InitiativePageSchema = pageSchemaOf(InitiativeViewSchema);

export const isInitiativeRecognised = (initiative: { level: InitiativeLevel | null }) =>
  initiative.level !== null;

/**
 * Whether the user may change the initiative (and its files): the author, their unit head or the
 * officer; once recognised, the officer only (the council recognised that text).
 */
export function canWriteInitiative(
  user: ScopedUser,
  initiative: { personId: string; authorUnitId: string | null; level: InitiativeLevel | null },
): boolean {
  if (isInitiativeRecognised(initiative) && !canManageOrganisation(user.role)) return false;
  return scopeCovers(writeScopeOf(user), { personId: initiative.personId, unitId: initiative.authorUnitId });
}
