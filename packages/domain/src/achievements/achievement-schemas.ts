import * as z from 'zod';
import { pageSchemaOf, PagingQuerySchema } from '../paging';
import { scopeCovers, writeScopeOf, type RecordSubject, type ScopedUser } from '../roles';
// Loaded for its effect: zod speaks Vietnamese wherever these schemas are used.
import '../validation';
import { optionalId, optionalText } from '../optional-fields';
import { SUBJECT_TYPES } from '../emulation-year/year-records';
import { nameText } from '../text-fields';
import { dateInput } from '../date-fields';

/**
 * Whom a record is about, given as a type and one id: the id the type names is required, the
 * others are cleared (a unit's achievement carries no person).
 */
export function requireSubjectId<T extends { subjectType: string }>(
  record: T,
  ctx: z.core.$RefinementCtx<T>,
  idField: Record<string, keyof T & string>,
) {
  const field = idField[record.subjectType];
  if (field && !record[field]) {
    ctx.addIssue({ code: 'custom', path: [field], message: 'là bắt buộc.' });
  }
}

/** Keeps only the id the subject type names. */
export function onlySubjectId<T extends { subjectType: string }>(
  record: T,
  idField: Record<string, keyof T & string>,
): T {
  const kept = idField[record.subjectType];
  const cleared = Object.fromEntries(
    Object.values(idField)
      .filter((field) => field !== kept)
      .map((field) => [field, null]),
  );
  return { ...record, ...cleared };
}

const ACHIEVEMENT_ID_FIELD = { person: 'personId', unit: 'unitId' } as const;

/** Thành tích of a person or a unit in the year, with the day it was achieved. */
export const AchievementInputSchema = z
  .object({
    subjectType: z.enum(SUBJECT_TYPES).describe('Thành tích của'),
    personId: optionalId().describe('Cá nhân'),
    unitId: optionalId().describe('Tập thể (đơn vị)'),
    title: nameText({ max: 300 }).describe('Thành tích'),
    description: optionalText(4000).describe('Nội dung chi tiết'),
    achievedOn: dateInput('document').describe('Ngày đạt'),
  })
  .superRefine((input, ctx) => requireSubjectId(input, ctx, ACHIEVEMENT_ID_FIELD))
  .transform((input) => onlySubjectId(input, ACHIEVEMENT_ID_FIELD));
export type AchievementInput = z.infer<typeof AchievementInputSchema>;

/** An ISO date (yyyy-mm-dd) that falls in the given calendar year: a year's records happen in it. */
export function isDateInYear(date: string, year: number): boolean {
  return Number(date.slice(0, 4)) === year;
}

export const AchievementListQuerySchema = PagingQuerySchema.extend({
  subjectType: z.enum(SUBJECT_TYPES).optional().describe('Thành tích của'),
  personId: z.uuid().optional().describe('Cá nhân'),
  /** The unit's own achievements and those of its people. */
  unitId: z.uuid().optional().describe('Đơn vị'),
});
export type AchievementListQuery = z.infer<typeof AchievementListQuerySchema>;

/** Where a record sits in the year: the API answers every record with its year. */
export const YearRecordRefSchema = z.object({
  id: z.string().describe('Mã định danh'),
  yearId: z.string().describe('Mã định danh năm thi đua'),
  year: z.number().int().describe('Năm'),
});
export type YearRecordRef = z.infer<typeof YearRecordRefSchema>;

export const AchievementViewSchema = YearRecordRefSchema.extend({
  subjectType: z.enum(SUBJECT_TYPES).describe('Thành tích của'),
  personId: z.string().nullable().describe('Cá nhân'),
  unitId: z.string().nullable().describe('Tập thể (đơn vị)'),
  /** The person's full name, or the unit's name. */
  subjectName: z.string().describe('Tên cá nhân hoặc tập thể'),
  /** The unit a person works in (for a unit: itself), which decides who may edit the record. */
  subjectUnitId: z.string().nullable().describe('Đơn vị của cá nhân (hoặc chính tập thể)'),
  subjectUnitName: z.string().nullable().describe('Tên đơn vị'),
  title: z.string().describe('Thành tích'),
  description: z.string().nullable().describe('Nội dung chi tiết'),
  /** Required of every new achievement; the table allows none for records brought in from elsewhere. */
  achievedOn: z.string().nullable().describe('Ngày đạt'),
});
export type AchievementView = z.infer<typeof AchievementViewSchema>;

export const AchievementPageSchema = pageSchemaOf(AchievementViewSchema);

/** The subject in the terms of `scopeCovers`: a person with the unit they work in, or a unit. */
export function recordSubjectOf(record: {
  personId: string | null;
  subjectUnitId: string | null;
}): RecordSubject {
  if (record.personId) return { personId: record.personId, unitId: record.subjectUnitId };
  if (!record.subjectUnitId) throw new Error('a record is about a person or a unit');
  return { personId: null, unitId: record.subjectUnitId };
}

/** Whether the user may change the achievement (and its evidence files): see `writeScopeOf`. */
export function canWriteAchievement(
  user: ScopedUser,
  achievement: { personId: string | null; subjectUnitId: string | null },
): boolean {
  return scopeCovers(writeScopeOf(user), recordSubjectOf(achievement));
}
