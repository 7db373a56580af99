import * as z from 'zod';
import { PagingQuerySchema } from '../paging';
// Loaded for its effect: zod speaks Vietnamese wherever these schemas are used.
import '../validation';
import { optionalDate, optionalId, optionalName, optionalText } from '../optional-fields';
import { freeText, nameText, searchText } from '../text-fields';
import { integerInput } from '../number-fields';
import { dateInput } from '../date-fields';
import { ID_NUMBER_PROBLEM_TEXT, idNumberProblem } from './identification-number';
import { EMPLOYMENT_CATEGORIES, GENDERS, GROUP_KINDS, UNIT_KINDS } from './organisation';

const NameSchema = nameText({ max: 150 });
const PersonNameSchema = nameText({ max: 120 });

export const UnitInputSchema = z.object({
  name: NameSchema.describe('Tên đơn vị'),
  kind: z.enum(UNIT_KINDS).describe('Loại đơn vị'),
  parentId: optionalId().describe('Đơn vị cấp trên'),
});
export type UnitInput = z.infer<typeof UnitInputSchema>;

export const ResidentialGroupInputSchema = z.object({
  name: NameSchema.describe('Tên khóm, ấp, thôn, tổ dân phố'),
  kind: z.enum(GROUP_KINDS).describe('Loại'),
  leaderName: optionalName(120).describe('Tổ trưởng / Trưởng khóm, ấp'),
  leaderPhone: z
    .string()
    .trim()
    .regex(/^(\+84|0)\d{9,10}$/, { error: 'không đúng số điện thoại (10 chữ số, bắt đầu bằng 0).' })
    .nullish()
    .or(z.literal(''))
    .transform((v) => (v ? v : null))
    .describe('Số điện thoại tổ trưởng'),
});
export type ResidentialGroupInput = z.infer<typeof ResidentialGroupInputSchema>;

export const IdNumberSchema = z
  .string()
  .trim()
  .regex(/^\d{12}$/, { error: ID_NUMBER_PROBLEM_TEXT.format })
  .describe('Số định danh cá nhân');

export const PersonInputSchema = z
  .object({
    fullName: PersonNameSchema.describe('Họ và tên'),
    gender: z.enum(GENDERS).describe('Giới tính'),
    birthDate: dateInput('past').describe('Ngày sinh'),
    idNumber: IdNumberSchema,
    position: optionalText(150).describe('Chức vụ'),
    unitId: optionalId().describe('Đơn vị'),
    employmentCategory: z.enum(EMPLOYMENT_CATEGORIES).describe('Loại cán bộ'),
    isLeader: z.boolean().default(false).describe('Giữ chức vụ lãnh đạo, quản lý'),
    serviceStart: optionalDate().describe('Ngày bắt đầu công tác'),
    serviceEnd: optionalDate().describe('Ngày kết thúc công tác'),
  })
  .superRefine((person, ctx) => {
    const problem = idNumberProblem(person.idNumber, {
      gender: person.gender,
      birthYear: Number(person.birthDate.slice(0, 4)),
    });
    if (problem && problem !== 'format') {
      ctx.addIssue({ code: 'custom', path: ['idNumber'], message: ID_NUMBER_PROBLEM_TEXT[problem] });
    }
    if (person.serviceStart && person.serviceStart <= person.birthDate) {
      ctx.addIssue({ code: 'custom', path: ['serviceStart'], message: 'phải sau ngày sinh.' });
    }
    if (person.serviceStart && person.serviceEnd && person.serviceEnd < person.serviceStart) {
      ctx.addIssue({
        code: 'custom',
        path: ['serviceEnd'],
        message: 'không được trước ngày bắt đầu công tác.',
      });
    }
  });
export type PersonInput = z.infer<typeof PersonInputSchema>;

export const HOUSEHOLD_MAX_MEMBERS = 50;

export const HouseholdInputSchema = z.object({
  groupId: z.uuid().describe('Khóm, ấp, thôn, tổ dân phố'),
  headName: PersonNameSchema.describe('Họ tên chủ hộ'),
  address: freeText({ max: 250 }).describe('Địa chỉ'),
  memberCount: integerInput({ min: 1, max: HOUSEHOLD_MAX_MEMBERS }).describe('Số nhân khẩu'),
});
export type HouseholdInput = z.infer<typeof HouseholdInputSchema>;

export const RetireInputSchema = z.object({
  retiredOn: dateInput('document').describe('Ngày thôi'),
  reason: freeText({ min: 0, max: 300 }).optional().describe('Lý do'),
});
export type RetireInput = z.infer<typeof RetireInputSchema>;

const SortOrderSchema = z.enum(['asc', 'desc']).default('asc').describe('Chiều sắp xếp');
const SearchText = searchText(100).optional().describe('Tìm (không cần gõ dấu)');
const StatusSchema = z.enum(['active', 'retired', 'all']).default('active').describe('Trạng thái');

export const PersonListQuerySchema = PagingQuerySchema.extend({
  q: SearchText,
  unitId: z.uuid().optional().describe('Đơn vị'),
  employmentCategory: z.enum(EMPLOYMENT_CATEGORIES).optional().describe('Loại cán bộ'),
  status: StatusSchema,
  sort: z
    .enum(['fullName', 'birthDate', 'unit', 'serviceStart'])
    .default('fullName')
    .describe('Sắp xếp theo'),
  order: SortOrderSchema,
});
export type PersonListQuery = z.infer<typeof PersonListQuerySchema>;

export const HouseholdListQuerySchema = PagingQuerySchema.extend({
  q: SearchText,
  groupId: z.uuid().optional().describe('Khóm, ấp, thôn, tổ dân phố'),
  status: StatusSchema,
  sort: z.enum(['headName', 'address', 'group', 'memberCount']).default('headName').describe('Sắp xếp theo'),
  order: SortOrderSchema,
});
export type HouseholdListQuery = z.infer<typeof HouseholdListQuerySchema>;

export const OrgListQuerySchema = z.object({
  status: StatusSchema,
});

export const SearchQuerySchema = z.object({
  q: searchText(100).min(1).describe('Nội dung tìm'),
  limit: integerInput({ min: 1, max: 50 }).default(10).describe('Số kết quả mỗi loại'),
});
