import { and, asc, count, eq, ilike, isNull, ne, or } from 'drizzle-orm';
import {
  assignableRoles,
  canManageUsers,
  isProvinceWide,
  pageOffset,
  ROLE_LABELS,
  type Page,
  type PagingQuery,
  type Role,
  type UserCreateInput,
  type UserSummary,
  type UserUpdateInput,
} from '@thidua/domain';
import type { Database } from '../../db/database';
import { isUniqueViolation } from '../../db/errors';
import { adminUnits, people, units, users, type AdminUnitRow, type UserRow } from '../../db/schema';
import { AppError, fieldError, notFound } from '../../http/app-error';
import { withRole } from '../../http/request-user';
import { canAccessUnit, unitScope } from '../../records/unit-access';
import type { CurrentUser } from '../../http/current-user';
import { deleteUserSessions } from '../auth/sessions';
import { hashPassword } from '../auth/passwords';
import { recordAudit, type Actor } from '../../records/record-audit';

const summaryColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  adminUnitId: users.adminUnitId,
  adminUnitName: adminUnits.name,
  disabledAt: users.disabledAt,
  createdAt: users.createdAt,
  unitId: users.unitId,
  unitName: units.name,
  personId: users.personId,
  personName: people.fullName,
};

type SummaryRow = { [K in keyof typeof summaryColumns]: (typeof summaryColumns)[K]['_']['data'] | null };

const toSummary = (row: SummaryRow): UserSummary => ({
  id: row.id!,
  username: row.username!,
  displayName: row.displayName!,
  role: row.role!,
  adminUnitId: row.adminUnitId!,
  adminUnitName: row.adminUnitName!,
  isDisabled: row.disabledAt !== null,
  createdAt: row.createdAt!.toISOString(),
  unitId: row.unitId,
  unitName: row.unitName,
  personId: row.personId,
  personName: row.personName,
});

// The account's unit and person live in its commune (composite keys).
const linkedUnit = and(eq(units.communeId, users.adminUnitId), eq(units.id, users.unitId));
const linkedPerson = and(eq(people.communeId, users.adminUnitId), eq(people.id, users.personId));

export interface UserQuery extends PagingQuery {
  adminUnitId?: string | undefined;
  q?: string | undefined;
}

export async function findUsers(
  db: Database,
  viewer: CurrentUser,
  query: UserQuery,
): Promise<Page<UserSummary>> {
  const where = and(
    unitScope(viewer, users.adminUnitId, db),
    query.adminUnitId ? eq(users.adminUnitId, query.adminUnitId) : undefined,
    query.q ? or(ilike(users.username, `%${query.q}%`), ilike(users.displayName, `%${query.q}%`)) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select(summaryColumns)
      .from(users)
      .innerJoin(adminUnits, eq(adminUnits.id, users.adminUnitId))
      .leftJoin(units, linkedUnit)
      .leftJoin(people, linkedPerson)
      .where(where)
      .orderBy(asc(users.username))
      .limit(query.pageSize)
      .offset(pageOffset(query)),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { items: rows.map(toSummary), total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

/** One user the viewer may see, or 404. */
export async function getUser(
  db: Database,
  viewer: CurrentUser,
  userId: string,
): Promise<UserSummary & { row: UserRow }> {
  const [found] = await db
    .select({ ...summaryColumns, row: users, unitParentId: adminUnits.parentId })
    .from(users)
    .innerJoin(adminUnits, eq(adminUnits.id, users.adminUnitId))
    .leftJoin(units, linkedUnit)
    .leftJoin(people, linkedPerson)
    .where(eq(users.id, userId))
    .limit(1);
  if (!found || !canAccessUnit(viewer, { id: found.adminUnitId, parentId: found.unitParentId }))
    throw notFound();
  return { ...toSummary(found), row: found.row };
}

/** Province-wide roles belong to a province, every other role to a commune or ward. */
function assertRoleFitsUnit(role: Role, unit: AdminUnitRow): void {
  const label = ROLE_LABELS[role];
  if (isProvinceWide(role) && unit.level !== 'province')
    throw new AppError(
      'USER_ROLE_NEEDS_PROVINCE',
      400,
      { role: label },
      { role: `«Vai trò» ${label} chỉ dành cho cấp tỉnh.` },
    );
  if (!isProvinceWide(role) && unit.level === 'province')
    throw new AppError(
      'USER_ROLE_NEEDS_COMMUNE',
      400,
      { role: label },
      { role: `«Vai trò» ${label} phải thuộc một xã, phường.` },
    );
}

function assertMayAssign(actorRole: Role, role: Role): void {
  if (!assignableRoles(actorRole).includes(role))
    throw new AppError('USER_ROLE_NOT_ALLOWED', 403, { role: ROLE_LABELS[role] });
}

/** Creates an account. Used by the API (actor = an administrator) and by the CLI (actor = system). */
export async function createUser(
  db: Database,
  actor: Actor,
  unit: AdminUnitRow,
  input: UserCreateInput,
  actorRole: Role | 'system' = 'system',
): Promise<UserSummary> {
  if (actorRole !== 'system') assertMayAssign(actorRole, input.role);
  assertRoleFitsUnit(input.role, unit);
  const passwordHash = await hashPassword(input.password);
  try {
    const row = await db.transaction(async (tx) => {
      const [created] = await tx
        .insert(users)
        .values({
          adminUnitId: unit.id,
          username: input.username,
          displayName: input.displayName,
          role: input.role,
          passwordHash,
        })
        .returning();
      await recordAudit(tx, actor, {
        adminUnitId: unit.id,
        action: 'create',
        entity: 'user',
        entityId: created!.id,
        changes: { username: input.username, displayName: input.displayName, role: input.role },
      });
      return created!;
    });
    return toSummary({ ...row, adminUnitName: unit.name, unitName: null, personName: null });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError(
        'USER_USERNAME_TAKEN',
        409,
        { username: input.username },
        { username: `«Tên đăng nhập» ${input.username} đã được dùng.` },
      );
    }
    throw error;
  }
}

export async function updateUser(
  db: Database,
  actor: Actor,
  viewer: CurrentUser,
  userId: string,
  input: UserUpdateInput,
): Promise<UserSummary> {
  const current = await getUser(db, viewer, userId);
  withRole(viewer, canManageUsers); // after the lookup: an account out of sight is 404 first
  if (input.role && input.role !== current.role) {
    assertMayAssign(viewer.role, input.role);
    const [unit] = await db.select().from(adminUnits).where(eq(adminUnits.id, current.adminUnitId));
    assertRoleFitsUnit(input.role, unit!);
  }
  const { password, ...rest } = input;
  const set: Partial<UserRow> = { ...rest };
  const role = input.role ?? current.role;
  // A unit head's unit goes with the role: changing to another role unlinks it.
  if (role !== 'unit_head' && current.unitId && input.unitId === undefined) set.unitId = null;
  if (password) set.passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await assertLinksFit(tx, current, role, input);
    await tx.update(users).set(set).where(eq(users.id, userId));
    const changes: Record<string, unknown> = {};
    if (rest.displayName !== undefined)
      changes.displayName = { from: current.displayName, to: rest.displayName };
    if (rest.role !== undefined) changes.role = { from: current.role, to: rest.role };
    if (set.unitId !== undefined && set.unitId !== current.unitId)
      changes.unitId = { from: current.unitId, to: set.unitId };
    if (rest.personId !== undefined && rest.personId !== current.personId)
      changes.personId = { from: current.personId, to: rest.personId };
    if (password) changes.password = 'đã đổi';
    await recordAudit(tx, actor, {
      adminUnitId: current.adminUnitId,
      action: 'update',
      entity: 'user',
      entityId: userId,
      changes,
    });
    if (password) await deleteUserSessions(tx, userId);
  });
  return getUser(db, viewer, userId).then(({ row: _row, ...summary }) => summary);
}

/**
 * A unit link is for unit heads only; both links name an active record of the account's own
 * commune, and a person belongs to one account at most.
 */
async function assertLinksFit(
  tx: Database,
  current: UserSummary,
  role: Role,
  input: UserUpdateInput,
): Promise<void> {
  if (input.unitId) {
    if (role !== 'unit_head') throw fieldError('USER_UNIT_LINK_NEEDS_UNIT_HEAD', 400, 'unitId');
    const [unit] = await tx
      .select({ id: units.id })
      .from(units)
      .where(
        and(eq(units.communeId, current.adminUnitId), eq(units.id, input.unitId), isNull(units.retiredOn)),
      );
    if (!unit) throw fieldError('USER_LINK_NOT_FOUND', 400, 'unitId', { field: 'Đơn vị phụ trách' });
  }
  if (input.personId) {
    const [person] = await tx
      .select({ fullName: people.fullName })
      .from(people)
      .where(
        and(
          eq(people.communeId, current.adminUnitId),
          eq(people.id, input.personId),
          isNull(people.retiredOn),
        ),
      );
    if (!person) throw fieldError('USER_LINK_NOT_FOUND', 400, 'personId', { field: 'Hồ sơ cán bộ' });
    const [holder] = await tx
      .select({ username: users.username })
      .from(users)
      .where(and(eq(users.personId, input.personId), ne(users.id, current.id)));
    if (holder) {
      throw fieldError('USER_PERSON_TAKEN', 409, 'personId', {
        name: person.fullName,
        username: holder.username,
      });
    }
  }
}

/** Disabling signs the user out everywhere; the account and its history stay. */
export async function setUserDisabled(
  db: Database,
  actor: Actor,
  viewer: CurrentUser,
  userId: string,
  disabled: boolean,
): Promise<UserSummary> {
  const current = await getUser(db, viewer, userId);
  withRole(viewer, canManageUsers); // after the lookup: an account out of sight is 404 first
  if (disabled && userId === viewer.id) throw new AppError('USER_CANNOT_DISABLE_SELF', 400);
  assertMayAssign(viewer.role, current.role);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ disabledAt: disabled ? new Date() : null })
      .where(eq(users.id, userId));
    if (disabled) await deleteUserSessions(tx, userId);
    await recordAudit(tx, actor, {
      adminUnitId: current.adminUnitId,
      action: disabled ? 'disable' : 'enable',
      entity: 'user',
      entityId: userId,
    });
  });
  return getUser(db, viewer, userId).then(({ row: _row, ...summary }) => summary);
}
