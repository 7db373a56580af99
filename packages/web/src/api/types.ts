import type { AdminLevel, CommuneLevel, Role } from '@thidua/domain';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface SessionAdminUnit {
  id: string;
  code: string;
  name: string;
  level: AdminLevel;
  parentId: string | null;
}

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  roleLabel: string;
  adminUnit: SessionAdminUnit;
}

export interface SessionResponse {
  user: SessionUser | null;
  csrfToken: string;
}

export interface AdminUnit extends SessionAdminUnit {
  address: string | null;
  isDemo: boolean;
  dissolvedOn: string | null;
}

export interface FormerUnit {
  code: string;
  name: string;
  level: AdminLevel;
  effectiveDate: string;
  legalBasis: string;
}

export interface AdminUnitDetail extends AdminUnit {
  province: { id: string; code: string; name: string } | null;
  mergedFrom: FormerUnit[];
}

export interface AdminUnitOverview {
  adminUnit: AdminUnit;
  counts: {
    activeUsers: number;
    disabledUsers: number;
    formerUnits: number;
    auditEventsLast30Days: number;
  };
  usersByRole: Partial<Record<Role, number>>;
  mergedFrom: FormerUnit[];
}

export interface UserSummary {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  adminUnitId: string;
  adminUnitName: string;
  isDisabled: boolean;
  createdAt: string;
}

export interface AuditEntry {
  id: string;
  actorName: string;
  action: string;
  entity: string;
  entityId: string | null;
  changes: Record<string, unknown> | null;
  createdAt: string;
}

export interface SetupInput {
  provinceCode: string;
  provinceName: string;
  username: string;
  displayName: string;
  password: string;
}

export interface CommuneCreateInput {
  code: string;
  name: string;
  level: CommuneLevel;
  address?: string;
  merger?: {
    effectiveDate: string;
    legalBasis: string;
    formerUnits: { code: string; name: string; level: CommuneLevel }[];
  };
}

export interface AdminUnitUpdateInput {
  name?: string;
  address?: string;
}

export interface UserCreateInput {
  username: string;
  displayName: string;
  role: Role;
  adminUnitId: string;
  password: string;
}

export interface UserUpdateInput {
  displayName?: string;
  role?: Role;
  password?: string;
}
