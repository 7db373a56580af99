import * as z from 'zod';
import { ADMIN_LEVELS } from './admin-units';
import { RoleSchema } from './user-schemas';

/** The shapes the API answers with, shared by the server (which builds them) and the web UI. */

const IdSchema = z.uuid().describe('Mã định danh');
const AdminLevelSchema = z.enum(ADMIN_LEVELS).describe('Cấp hành chính');

export const AdminUnitRefSchema = z.object({
  id: IdSchema,
  code: z.string().describe('Mã đơn vị hành chính'),
  name: z.string().describe('Tên đơn vị hành chính'),
  level: AdminLevelSchema,
  parentId: z.uuid().nullable().describe('Tỉnh trực thuộc (null với cấp tỉnh)'),
});
export type AdminUnitRef = z.infer<typeof AdminUnitRefSchema>;

export const SessionUserSchema = z.object({
  id: IdSchema,
  username: z.string().describe('Tên đăng nhập'),
  displayName: z.string().describe('Họ và tên'),
  role: RoleSchema,
  roleLabel: z.string().describe('Tên vai trò'),
  adminUnit: AdminUnitRefSchema.describe('Đơn vị hành chính của tài khoản'),
  /** The unit a unit head heads, and a member's own person record, when the account is linked. */
  unitId: z.uuid().nullable().describe('Đơn vị phụ trách (trưởng đơn vị)'),
  personId: z.uuid().nullable().describe('Hồ sơ cán bộ của tài khoản'),
});
export type SessionUser = z.infer<typeof SessionUserSchema>;

export const SessionResponseSchema = z.object({
  user: SessionUserSchema.nullable().describe('Người đang đăng nhập (null khi chưa đăng nhập)'),
  csrfToken: z.string().describe('Mã chống giả mạo yêu cầu, gửi trong tiêu đề x-csrf-token'),
});
export type SessionResponse = z.infer<typeof SessionResponseSchema>;

export const SetupStatusSchema = z.object({
  needsSetup: z.boolean().describe('Hệ thống chưa có tài khoản nào'),
});
export type SetupStatus = z.infer<typeof SetupStatusSchema>;

export const SetupResultSchema = z.object({ ok: z.literal(true) });
export type SetupResult = z.infer<typeof SetupResultSchema>;

export const AdminUnitSummarySchema = AdminUnitRefSchema.extend({
  address: z.string().nullable().describe('Địa chỉ trụ sở'),
  isDemo: z.boolean().describe('Đơn vị trình diễn'),
  dissolvedOn: z.string().nullable().describe('Ngày giải thể (sáp nhập vào đơn vị khác)'),
});
export type AdminUnitSummary = z.infer<typeof AdminUnitSummarySchema>;

export const FormerUnitSchema = z.object({
  code: z.string().describe('Mã đơn vị cũ'),
  name: z.string().describe('Tên đơn vị cũ'),
  level: AdminLevelSchema,
  effectiveDate: z.string().describe('Ngày sáp nhập có hiệu lực'),
  legalBasis: z.string().describe('Văn bản sáp nhập'),
});
export type FormerUnit = z.infer<typeof FormerUnitSchema>;

export const AdminUnitDetailSchema = AdminUnitSummarySchema.extend({
  province: z
    .object({ id: IdSchema, code: z.string(), name: z.string() })
    .nullable()
    .describe('Tỉnh trực thuộc'),
  mergedFrom: z.array(FormerUnitSchema).describe('Các đơn vị đã sáp nhập vào'),
});
export type AdminUnitDetail = z.infer<typeof AdminUnitDetailSchema>;

const CountSchema = z.number().int();

export const AdminUnitOverviewSchema = z.object({
  adminUnit: AdminUnitSummarySchema,
  counts: z.object({
    activeUsers: CountSchema.describe('Tài khoản đang hoạt động'),
    disabledUsers: CountSchema.describe('Tài khoản bị khóa'),
    formerUnits: CountSchema.describe('Đơn vị đã sáp nhập vào'),
    auditEventsLast30Days: CountSchema.describe('Thao tác trong 30 ngày qua'),
  }),
  usersByRole: z.partialRecord(RoleSchema, CountSchema).describe('Tài khoản đang hoạt động theo vai trò'),
  mergedFrom: z.array(FormerUnitSchema).describe('Các đơn vị đã sáp nhập vào'),
});
export type AdminUnitOverview = z.infer<typeof AdminUnitOverviewSchema>;

export const UserSummarySchema = z.object({
  id: IdSchema,
  username: z.string().describe('Tên đăng nhập'),
  displayName: z.string().describe('Họ và tên'),
  role: RoleSchema,
  adminUnitId: z.uuid().describe('Đơn vị hành chính'),
  adminUnitName: z.string().describe('Tên đơn vị hành chính'),
  isDisabled: z.boolean().describe('Tài khoản bị khóa'),
  createdAt: z.string().describe('Thời điểm tạo'),
  /** A unit head's unit, and the person record the account belongs to. */
  unitId: z.uuid().nullable().describe('Đơn vị phụ trách (trưởng đơn vị)'),
  unitName: z.string().nullable().describe('Tên đơn vị phụ trách'),
  personId: z.uuid().nullable().describe('Hồ sơ cán bộ'),
  personName: z.string().nullable().describe('Họ tên trong hồ sơ cán bộ'),
});
export type UserSummary = z.infer<typeof UserSummarySchema>;

export const AuditEntrySchema = z.object({
  id: IdSchema,
  actorName: z.string().describe('Người thao tác'),
  action: z.string().describe('Thao tác'),
  entity: z.string().describe('Loại bản ghi'),
  entityId: z.string().nullable().describe('Mã bản ghi'),
  changes: z.record(z.string(), z.unknown()).nullable().describe('Các thay đổi'),
  createdAt: z.string().describe('Thời điểm'),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
