// The API's shapes live in @thidua/domain, shared with the server; the UI's names for them:
export type {
  AdminUnitDetail,
  AdminUnitOverview,
  AdminUnitRef as SessionAdminUnit,
  AdminUnitSummary as AdminUnit,
  AuditEntry,
  CommuneCreateInput,
  CommuneUpdateInput as AdminUnitUpdateInput,
  FormerUnit,
  Page,
  SessionResponse,
  SessionUser,
  SetupInput,
  UserCreateInput,
  UserSummary,
  UserUpdateInput,
} from '@thidua/domain';
