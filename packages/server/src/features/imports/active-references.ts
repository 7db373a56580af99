import { and, asc, eq, isNull } from 'drizzle-orm';
import { compareNamesVi } from '@thidua/domain';
import type { Database } from '../../db/database';
import { residentialGroups, units } from '../../db/schema';

export interface NamedRecord {
  id: string;
  name: string;
}

/**
 * The commune's active units and residential groups, by name: what an Excel file may refer to.
 * The template's drop-down lists and the import's name lookups read the same list.
 */
export async function activeReferences(
  db: Database,
  communeId: string,
): Promise<{ units: NamedRecord[]; groups: NamedRecord[] }> {
  const [unitRows, groupRows] = await Promise.all([
    db
      .select({ id: units.id, name: units.name })
      .from(units)
      .where(and(eq(units.communeId, communeId), isNull(units.retiredOn)))
      .orderBy(asc(units.searchText)),
    db
      .select({ id: residentialGroups.id, name: residentialGroups.name })
      .from(residentialGroups)
      .where(and(eq(residentialGroups.communeId, communeId), isNull(residentialGroups.retiredOn))),
  ]);
  return { units: unitRows, groups: groupRows.sort((a, b) => compareNamesVi(a.name, b.name)) };
}
