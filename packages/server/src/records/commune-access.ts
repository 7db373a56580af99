import { canManageOrganisation, isCommuneLevel, type Role } from '@thidua/domain';
import type { Database } from '../db/database';
import type { AdminUnitRow } from '../db/schema';
import { forbidden, notFound } from '../http/app-error';
import { getAccessibleUnit } from './unit-access';
import type { CurrentUser } from '../http/current-user';

/** The commune named in the URL, if the user may see it; a province or another commune is 404. */
export async function getAccessibleCommune(
  db: Database,
  user: CurrentUser,
  communeId: string,
): Promise<AdminUnitRow> {
  const unit = await getAccessibleUnit(db, user, communeId);
  if (!isCommuneLevel(unit.level)) throw notFound();
  return unit;
}

/** As above, and the user's role may change what is asked (by default: the organisation records). */
export async function getManagedCommune(
  db: Database,
  user: CurrentUser,
  communeId: string,
  canManage: (role: Role) => boolean = canManageOrganisation,
): Promise<AdminUnitRow> {
  const commune = await getAccessibleCommune(db, user, communeId);
  if (!canManage(user.role)) throw forbidden();
  return commune;
}
