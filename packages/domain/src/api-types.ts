import type { AdminLevel } from './admin-units';
import type { Role } from './roles';

/** The shapes the API answers with, shared by the server (which builds them) and the web UI. */

export interface AdminUnitRef {
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
  adminUnit: AdminUnitRef;
  /** The unit a unit head heads, and a member's own person record, when the account is linked. */
  unitId: string | null;
  personId: string | null;
}

export interface SessionResponse {
  user: SessionUser | null;
  csrfToken: string;
}

export interface AdminUnitSummary extends AdminUnitRef {
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

export interface AdminUnitDetail extends AdminUnitSummary {
  province: { id: string; code: string; name: string } | null;
  mergedFrom: FormerUnit[];
}

export interface AdminUnitOverview {
  adminUnit: AdminUnitSummary;
  counts: { activeUsers: number; disabledUsers: number; formerUnits: number; auditEventsLast30Days: number };
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
  /** A unit head's unit, and the person record the account belongs to. */
  unitId: string | null;
  unitName: string | null;
  personId: string | null;
  personName: string | null;
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
