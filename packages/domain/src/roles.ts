/** The roles of SPEC §1. Province-wide roles read and write every commune of their province. */
export const ROLES = [
  'province_admin',
  'commune_officer',
  'chair',
  'council_member',
  'unit_head',
  'group_leader',
  'member',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  province_admin: 'Quản trị cấp tỉnh (Ban Thi đua – Khen thưởng)',
  commune_officer: 'Cán bộ thi đua – khen thưởng',
  chair: 'Chủ tịch UBND',
  council_member: 'Thành viên Hội đồng TĐKT',
  unit_head: 'Trưởng đơn vị',
  group_leader: 'Tổ trưởng tổ dân phố / Trưởng khóm, ấp, thôn',
  member: 'Cán bộ, công chức, người lao động',
};

export function isProvinceWide(role: Role): boolean {
  return role === 'province_admin';
}

/** Administrators create and disable accounts: the province for everyone, the officer for the commune. */
export function canManageUsers(role: Role): boolean {
  return role === 'province_admin' || role === 'commune_officer';
}

/** Which roles an administrator may give: a commune officer never creates province-wide accounts. */
export function assignableRoles(actor: Role): readonly Role[] {
  if (actor === 'province_admin') return ROLES;
  if (actor === 'commune_officer') return ROLES.filter((r) => !isProvinceWide(r));
  return [];
}

export function canEditCommuneProfile(role: Role): boolean {
  return role === 'province_admin' || role === 'commune_officer' || role === 'chair';
}

export function canManageCommunes(role: Role): boolean {
  return role === 'province_admin';
}

/** The province's rule settings (legal-rules.md §1, §6) are set by the province; its communes read them. */
export function canManageRuleSettings(role: Role): boolean {
  return role === 'province_admin';
}

/** Units, groups, people and households are kept by the commune's officer (and the province). */
export function canManageOrganisation(role: Role): boolean {
  return role === 'province_admin' || role === 'commune_officer';
}

/** Personal identification numbers are shown in full only to those who keep or sign the records. */
export function canSeeIdNumbers(role: Role): boolean {
  return canManageOrganisation(role) || role === 'chair';
}

/**
 * The audit log shows every change in full (colleagues' scores and grades included), so only those
 * who keep or sign the commune's records read it, until the log is filtered by what each role may see.
 */
export function canReadAuditLog(role: Role): boolean {
  return canManageOrganisation(role) || role === 'chair';
}

/** The year's theme, stages and indicators are kept by the officer; the chair also moves its stages. */
export function canManageEmulationYear(role: Role): boolean {
  return canManageOrganisation(role) || role === 'chair';
}

/**
 * Which of the year's personal and unit records (registrations, scores, achievements …) a user may
 * write: the officer every record of the commune, a unit head the unit and its people, anyone else
 * linked to their person record only their own (SPEC §1).
 */
export type WriteScope =
  | { kind: 'commune' }
  | { kind: 'unit'; unitId: string; personId: string | null }
  | { kind: 'self'; personId: string }
  | { kind: 'none' };

export interface ScopedUser {
  role: Role;
  /** The unit a unit head heads. */
  unitId: string | null;
  /** The user's own person record. */
  personId: string | null;
}

export function writeScopeOf(user: ScopedUser): WriteScope {
  if (canManageOrganisation(user.role)) return { kind: 'commune' };
  if (user.role === 'unit_head' && user.unitId) {
    return { kind: 'unit', unitId: user.unitId, personId: user.personId };
  }
  if (user.personId) return { kind: 'self', personId: user.personId };
  return { kind: 'none' };
}

/** Whom a record is about: a person (with the unit they work in) or a unit. */
export type RecordSubject = { personId: string; unitId: string | null } | { personId: null; unitId: string };

export function scopeCovers(scope: WriteScope, subject: RecordSubject): boolean {
  switch (scope.kind) {
    case 'commune':
      return true;
    case 'unit':
      return (
        subject.unitId === scope.unitId || (subject.personId !== null && subject.personId === scope.personId)
      );
    case 'self':
      return subject.personId === scope.personId;
    case 'none':
      return false;
  }
}
