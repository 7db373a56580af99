import { eq, inArray, or, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { isProvinceWide } from '@thidua/domain';
import type { Database } from '../db/database';
import { adminUnits, type AdminUnitRow } from '../db/schema';
import { notFound } from '../http/app-error';
import type { CurrentUser } from '../http/current-user';

/**
 * A commune's user sees only that commune; a province-wide user sees the province and its communes.
 * Whatever is outside answers 404, so an outsider cannot even learn that it exists.
 */
export function canAccessUnit(user: CurrentUser, unit: Pick<AdminUnitRow, 'id' | 'parentId'>): boolean {
  if (unit.id === user.adminUnit.id) return true;
  return isProvinceWide(user.role) && unit.parentId === user.adminUnit.id;
}

export async function getAccessibleUnit(
  db: Database,
  user: CurrentUser,
  unitId: string,
): Promise<AdminUnitRow> {
  const [unit] = await db.select().from(adminUnits).where(eq(adminUnits.id, unitId)).limit(1);
  if (!unit || !canAccessUnit(user, unit)) throw notFound();
  return unit;
}

/** A WHERE condition restricting `column` (an admin unit id) to what the user may see. */
export function unitScope(user: CurrentUser, column: PgColumn, db: Database): SQL {
  if (!isProvinceWide(user.role)) return eq(column, user.adminUnit.id);
  const children = db
    .select({ id: adminUnits.id })
    .from(adminUnits)
    .where(eq(adminUnits.parentId, user.adminUnit.id));
  return or(eq(column, user.adminUnit.id), inArray(column, children))!;
}
