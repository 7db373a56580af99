import { canManageOrganisation, isCommuneLevel } from '@thidua/domain';
import type { Database } from '../../db/database';
import type { AdminUnitRow } from '../../db/schema';
import { forbidden, notFound } from '../../http/app-error';
import { getAccessibleUnit } from '../../http/tenancy';
import type { CurrentUser } from '../auth/sessions';

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

/** As above, and the user keeps the commune's organisation records. */
export async function getManagedCommune(
  db: Database,
  user: CurrentUser,
  communeId: string,
): Promise<AdminUnitRow> {
  const commune = await getAccessibleCommune(db, user, communeId);
  if (!canManageOrganisation(user.role)) throw forbidden();
  return commune;
}
