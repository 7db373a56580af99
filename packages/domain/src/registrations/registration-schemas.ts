import * as z from 'zod';
import { pageSchemaOf, PagingQuerySchema } from '../paging';
import { TITLE_IDS } from '../rules/ids';
// Loaded for its effect: zod speaks Vietnamese wherever these schemas are used.
import '../validation';
import { optionalId } from '../optional-fields';
import { onlySubjectId, requireSubjectId } from '../achievements/achievement-schemas';
import { freeText, searchText } from '../text-fields';
import { RegistrationWindowSchema } from './registration-window';
import { REGISTRATION_STATUSES, SUBJECT_TYPES, type SubjectType } from '../emulation-year/year-records';

const OptionalTitle = z
  .enum(TITLE_IDS)
  .nullish()
  .transform((v) => v ?? null);

const REGISTRATION_ID_FIELD = { person: 'personId', unit: 'unitId' } as const;

/** Whom a registration is for, as the form and the lists name it. */
export const REGISTRATION_SUBJECT_LABELS: Record<SubjectType, string> = {
  person: 'Cá nhân',
  unit: 'Đơn vị',
};

/** A person's or a unit's registration for one title of the year. */
export const RegistrationInputSchema = z
  .object({
    subjectType: z.enum(SUBJECT_TYPES).describe('Đăng ký cho'),
    personId: optionalId().describe('Cá nhân'),
    unitId: optionalId().describe('Đơn vị'),
    title: z.enum(TITLE_IDS).describe('Danh hiệu'),
  })
  .superRefine((input, ctx) => requireSubjectId(input, ctx, REGISTRATION_ID_FIELD))
  .transform((input) => onlySubjectId(input, REGISTRATION_ID_FIELD));
export type RegistrationInput = z.infer<typeof RegistrationInputSchema>;

/**
 * A whole unit at once: the unit's collective title, and one individual title for its active people
 * (all of them, or the chosen ones).
 */
export const BulkRegistrationInputSchema = z
  .object({
    unitId: z.uuid().describe('Đơn vị'),
    unitTitle: OptionalTitle.describe('Danh hiệu của tập thể'),
    personTitle: OptionalTitle.describe('Danh hiệu của cá nhân'),
    personIds: z
      .array(z.uuid())
      .min(1)
      .max(1000)
      .nullish()
      .transform((v) => v ?? null)
      .describe('Cá nhân được đăng ký'),
  })
  .superRefine((input, ctx) => {
    if (!input.unitTitle && !input.personTitle) {
      ctx.addIssue({
        code: 'custom',
        path: ['unitTitle'],
        message: 'hoặc «Danh hiệu của cá nhân» phải được chọn.',
      });
    }
    if (input.personIds && !input.personTitle) {
      ctx.addIssue({
        code: 'custom',
        path: ['personTitle'],
        message: 'là bắt buộc khi chọn cá nhân để đăng ký.',
      });
    }
  });
export type BulkRegistrationInput = z.infer<typeof BulkRegistrationInputSchema>;

export const RegistrationReturnSchema = z.object({
  reason: freeText({ max: 1000 }).describe('Lý do trả lại'),
});
export type RegistrationReturn = z.infer<typeof RegistrationReturnSchema>;

/** A returned registration sent again, possibly for another title. */
export const RegistrationResubmitSchema = z.object({
  title: z.enum(TITLE_IDS).optional().describe('Danh hiệu'),
});
export type RegistrationResubmit = z.infer<typeof RegistrationResubmitSchema>;

/** Who is in the list or the counts: one subject type, one person, or a unit (itself and its people). */
export const RegistrationFilterSchema = z.object({
  subjectType: z.enum(SUBJECT_TYPES).optional().describe('Đăng ký cho'),
  personId: z.uuid().optional().describe('Cá nhân'),
  /** The unit's own registrations and those of its people. */
  unitId: z.uuid().optional().describe('Đơn vị'),
});
export type RegistrationFilter = z.infer<typeof RegistrationFilterSchema>;

export const RegistrationListQuerySchema = PagingQuerySchema.extend(RegistrationFilterSchema.shape).extend({
  title: z.enum(TITLE_IDS).optional().describe('Danh hiệu'),
  /** One status, or `standing`: every registration not withdrawn. */
  status: z
    .enum([...REGISTRATION_STATUSES, 'standing'])
    .optional()
    .describe('Trạng thái'),
  q: searchText(100).optional().describe('Tìm theo tên'),
});
export type RegistrationListQuery = z.infer<typeof RegistrationListQuerySchema>;

/** One registration as the API answers it. */
export const RegistrationViewSchema = z.object({
  id: z.string().describe('Mã định danh đăng ký'),
  yearId: z.string().describe('Mã định danh năm thi đua'),
  year: z.number().int().describe('Năm'),
  subjectType: z.enum(SUBJECT_TYPES).describe('Đăng ký cho'),
  personId: z.string().nullable().describe('Cá nhân'),
  unitId: z.string().nullable().describe('Đơn vị'),
  /** The person's full name, or the unit's name. */
  subjectName: z.string().describe('Họ tên cá nhân hoặc tên đơn vị'),
  /** The unit a person works in (for a unit: itself), which decides who may change the registration. */
  subjectUnitId: z.string().nullable().describe('Đơn vị công tác (với đơn vị: chính đơn vị)'),
  subjectUnitName: z.string().nullable().describe('Tên đơn vị công tác'),
  title: z.enum(TITLE_IDS).describe('Danh hiệu'),
  titleLabel: z.string().describe('Tên danh hiệu'),
  status: z.enum(REGISTRATION_STATUSES).describe('Trạng thái'),
  /** Why the officer returned it, while it waits for its owner. */
  returnReason: z.string().nullable().describe('Lý do trả lại'),
  createdAt: z.string().describe('Thời điểm đăng ký'),
  updatedAt: z.string().describe('Thời điểm cập nhật'),
});
export type RegistrationView = z.infer<typeof RegistrationViewSchema>;

export const RegistrationPageSchema = pageSchemaOf(RegistrationViewSchema);

/** «The list per title»: how many registrations a title has, in each status. */
export const RegistrationTitleCountSchema = z.object({
  title: z.enum(TITLE_IDS).describe('Danh hiệu'),
  titleLabel: z.string().describe('Tên danh hiệu'),
  /** Registrations that stand (every status but withdrawn). */
  total: z.number().int().describe('Số đăng ký (trừ đăng ký đã rút)'),
  byStatus: z.record(z.enum(REGISTRATION_STATUSES), z.number().int()).describe('Số đăng ký theo trạng thái'),
});
export type RegistrationTitleCount = z.infer<typeof RegistrationTitleCountSchema>;

/** One step of a registration's history. */
export const RegistrationEventViewSchema = z.object({
  id: z.string().describe('Mã định danh lần chuyển trạng thái'),
  status: z.enum(REGISTRATION_STATUSES).describe('Trạng thái mới'),
  reason: z.string().nullable().describe('Lý do'),
  actorName: z.string().describe('Người thực hiện'),
  createdAt: z.string().describe('Thời điểm'),
});
export type RegistrationEventView = z.infer<typeof RegistrationEventViewSchema>;

/** Whom the signed-in user registers for: their own person, and the unit a unit head heads. */
export const RegistrationSubjectRefSchema = z.object({
  subjectType: z.enum(SUBJECT_TYPES).describe('Cá nhân hay đơn vị'),
  id: z.string().describe('Mã định danh cá nhân hoặc đơn vị'),
  name: z.string().describe('Họ tên hoặc tên đơn vị'),
  /** Whether it has a registration that stands (not withdrawn) in the year. */
  registered: z.boolean().describe('Đã có đăng ký (chưa rút) trong năm'),
});
export type RegistrationSubjectRef = z.infer<typeof RegistrationSubjectRefSchema>;

/** GET …/registrations/mine: the signed-in user's registration status for a year. */
export const MyRegistrationsSchema = RegistrationWindowSchema.extend({
  year: z.number().int().describe('Năm'),
  deadline: z.string().nullable().describe('Hạn đăng ký thi đua'),
  subjects: z.array(RegistrationSubjectRefSchema).describe('Cá nhân, đơn vị mà người dùng đăng ký cho'),
  registrations: z.array(RegistrationViewSchema).describe('Các đăng ký của họ'),
  /** Every subject the user registers for has registered (true when there is none). */
  hasRegistered: z.boolean().describe('Mọi cá nhân, đơn vị đã đăng ký'),
});
export type MyRegistrations = z.infer<typeof MyRegistrationsSchema>;

export const BulkRegistrationResultSchema = z.object({
  /** The registrations made. */
  created: z.array(RegistrationViewSchema).describe('Các đăng ký đã tạo'),
  /** Names of those who already held that title's registration, left as they were. */
  alreadyRegistered: z
    .array(z.string())
    .describe('Những người, đơn vị đã có đăng ký danh hiệu này (giữ nguyên)'),
});
export type BulkRegistrationResult = z.infer<typeof BulkRegistrationResultSchema>;
