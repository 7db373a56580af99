import * as z from 'zod';
import { EMPLOYMENT_CATEGORIES, GENDERS, GROUP_KINDS, UNIT_KINDS } from './organisation';

/** What the organisation API answers with; built by the server, read by the web UI. */

const RetiredOnSchema = z.string().nullable().describe('Ngày thôi (trống khi còn hoạt động)');

export const UnitSummarySchema = z.object({
  id: z.string(),
  name: z.string().describe('Tên đơn vị'),
  kind: z.enum(UNIT_KINDS).describe('Loại đơn vị'),
  parentId: z.string().nullable().describe('Đơn vị cấp trên'),
  parentName: z.string().nullable().describe('Tên đơn vị cấp trên'),
  retiredOn: RetiredOnSchema,
  activePeople: z.number().int().describe('Số người đang công tác'),
});
export type UnitSummary = z.infer<typeof UnitSummarySchema>;

export const ResidentialGroupSummarySchema = z.object({
  id: z.string(),
  name: z.string().describe('Tên khóm, ấp, thôn, tổ dân phố'),
  kind: z.enum(GROUP_KINDS).describe('Loại'),
  leaderName: z.string().nullable().describe('Tổ trưởng / Trưởng khóm, ấp'),
  leaderPhone: z.string().nullable().describe('Số điện thoại tổ trưởng'),
  retiredOn: RetiredOnSchema,
  activeHouseholds: z.number().int().describe('Số hộ đang hoạt động'),
  residents: z.number().int().describe('Số nhân khẩu'),
});
export type ResidentialGroupSummary = z.infer<typeof ResidentialGroupSummarySchema>;

export const PersonSummarySchema = z.object({
  id: z.string(),
  fullName: z.string().describe('Họ và tên'),
  gender: z.enum(GENDERS).describe('Giới tính'),
  birthDate: z.string().describe('Ngày sinh'),
  /** Shown in full only to roles that manage records; others see the last four digits. */
  idNumber: z
    .string()
    .describe('Số định danh cá nhân (chỉ người quản lý hồ sơ thấy đủ, người khác thấy 4 số cuối)'),
  position: z.string().nullable().describe('Chức vụ'),
  unitId: z.string().nullable().describe('Đơn vị'),
  unitName: z.string().nullable().describe('Tên đơn vị'),
  employmentCategory: z.enum(EMPLOYMENT_CATEGORIES).describe('Loại cán bộ'),
  isLeader: z.boolean().describe('Giữ chức vụ lãnh đạo, quản lý'),
  serviceStart: z.string().nullable().describe('Ngày bắt đầu công tác'),
  serviceEnd: z.string().nullable().describe('Ngày kết thúc công tác'),
  retiredOn: RetiredOnSchema,
});
export type PersonSummary = z.infer<typeof PersonSummarySchema>;

export const HouseholdSummarySchema = z.object({
  id: z.string(),
  groupId: z.string().describe('Khóm, ấp, thôn, tổ dân phố'),
  groupName: z.string().describe('Tên khóm, ấp, thôn, tổ dân phố'),
  headName: z.string().describe('Họ tên chủ hộ'),
  address: z.string().describe('Địa chỉ'),
  memberCount: z.number().int().describe('Số nhân khẩu'),
  retiredOn: RetiredOnSchema,
});
export type HouseholdSummary = z.infer<typeof HouseholdSummarySchema>;

export const SEARCH_HIT_KINDS = ['person', 'household', 'group', 'unit'] as const;
export type SearchHitKind = (typeof SEARCH_HIT_KINDS)[number];

export const SearchHitSchema = z.object({
  kind: z.enum(SEARCH_HIT_KINDS).describe('Loại kết quả'),
  id: z.string(),
  title: z.string().describe('Tên'),
  detail: z.string().describe('Thông tin thêm'),
  retiredOn: RetiredOnSchema,
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const SearchResultsSchema = z.object({
  query: z.string().describe('Nội dung đã tìm'),
  people: z.array(SearchHitSchema),
  households: z.array(SearchHitSchema),
  groups: z.array(SearchHitSchema),
  units: z.array(SearchHitSchema),
});
export type SearchResults = z.infer<typeof SearchResultsSchema>;

export const IMPORT_KINDS = ['people', 'households'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const ImportProblemSchema = z.object({
  /** The spreadsheet's own row number, as Excel shows it. */
  row: z.number().int().describe('Dòng (như Excel hiển thị)'),
  column: z.string().nullable().describe('Cột'),
  message: z.string().describe('Lỗi'),
});
export type ImportProblem = z.infer<typeof ImportProblemSchema>;

export const ImportOutcomeSchema = z.object({
  created: z.number().int().describe('Số bản ghi thêm mới'),
  updated: z.number().int().describe('Số bản ghi cập nhật'),
  unchanged: z.number().int().describe('Số bản ghi không đổi'),
});
export type ImportOutcome = z.infer<typeof ImportOutcomeSchema>;

export const IMPORT_STATUSES = ['reading', 'validating', 'writing', 'done', 'invalid', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const ImportJobSchema = z.object({
  id: z.string().describe('Mã lượt nhập'),
  kind: z.enum(IMPORT_KINDS).describe('Loại danh sách'),
  fileName: z.string().describe('Tên tệp'),
  dryRun: z.boolean().describe('Chỉ kiểm tra, không ghi'),
  status: z.enum(IMPORT_STATUSES).describe('Trạng thái'),
  rowsRead: z.number().int().describe('Số dòng đã đọc'),
  rowsTotal: z.number().int().nullable().describe('Tổng số dòng'),
  rowsWritten: z.number().int().describe('Số dòng đã ghi'),
  problems: z.array(ImportProblemSchema).describe('Các lỗi tìm thấy'),
  problemCount: z.number().int().describe('Tổng số lỗi'),
  outcome: ImportOutcomeSchema.nullable().describe('Kết quả ghi'),
  /** A Vietnamese sentence when the whole file failed (unreadable, wrong columns, server error). */
  failure: z.string().nullable().describe('Lý do cả tệp không nhập được'),
  startedAt: z.string().describe('Bắt đầu lúc'),
  finishedAt: z.string().nullable().describe('Kết thúc lúc'),
});
export type ImportJob = z.infer<typeof ImportJobSchema>;
