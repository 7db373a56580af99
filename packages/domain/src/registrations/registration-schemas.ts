import * as z from 'zod';
import { PagingQuerySchema } from '../paging';
import { TITLE_IDS, type TitleId } from '../rules/ids';
// Loaded for its effect: zod speaks Vietnamese wherever these schemas are used.
import '../validation';
import { optionalId } from '../optional-fields';
import { onlySubjectId, requireSubjectId, type YearRecordRef } from '../achievements/achievement-schemas';
import { freeText, searchText } from '../text-fields';
import type { RegistrationWindow } from './registration-window';
import {
  REGISTRATION_STATUSES,
  SUBJECT_TYPES,
  type RegistrationStatus,
  type SubjectType,
} from '../emulation-year/year-records';

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
export interface RegistrationView extends YearRecordRef {
  subjectType: SubjectType;
  personId: string | null;
  unitId: string | null;
  /** The person's full name, or the unit's name. */
  subjectName: string;
  /** The unit a person works in (for a unit: itself), which decides who may change the registration. */
  subjectUnitId: string | null;
  subjectUnitName: string | null;
  title: TitleId;
  titleLabel: string;
  status: RegistrationStatus;
  /** Why the officer returned it, while it waits for its owner. */
  returnReason: string | null;
  createdAt: string;
  updatedAt: string;
}

/** «The list per title»: how many registrations a title has, in each status. */
export interface RegistrationTitleCount {
  title: TitleId;
  titleLabel: string;
  /** Registrations that stand (every status but withdrawn). */
  total: number;
  byStatus: Record<RegistrationStatus, number>;
}

/** One step of a registration's history. */
export interface RegistrationEventView {
  id: string;
  status: RegistrationStatus;
  reason: string | null;
  actorName: string;
  createdAt: string;
}

/** Whom the signed-in user registers for: their own person, and the unit a unit head heads. */
export interface RegistrationSubjectRef {
  subjectType: SubjectType;
  id: string;
  name: string;
  /** Whether it has a registration that stands (not withdrawn) in the year. */
  registered: boolean;
}

/** GET …/registrations/mine: the signed-in user's registration status for a year. */
export interface MyRegistrations extends RegistrationWindow {
  year: number;
  deadline: string | null;
  subjects: RegistrationSubjectRef[];
  registrations: RegistrationView[];
  /** Every subject the user registers for has registered (true when there is none). */
  hasRegistered: boolean;
}

export interface BulkRegistrationResult {
  /** The registrations made. */
  created: RegistrationView[];
  /** Names of those who already held that title's registration, left as they were. */
  alreadyRegistered: string[];
}
