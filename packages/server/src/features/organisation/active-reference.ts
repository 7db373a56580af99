import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database';
import { residentialGroups, units } from '../../db/schema';
import { fieldError } from '../../http/app-error';

/**
 * A person's unit or a household's group must be an active record of the same commune. The
 * composite foreign key already forbids another commune's; this gives the user the reason.
 */
export async function checkActiveReference(
  tx: Database,
  communeId: string,
  field: 'unitId' | 'groupId',
  id: string | null,
): Promise<void> {
  if (!id) return;
  const table = field === 'unitId' ? units : residentialGroups;
  const [row] = await tx
    .select({ name: table.name, retiredOn: table.retiredOn })
    .from(table)
    .where(and(eq(table.communeId, communeId), eq(table.id, id)));
  if (!row) throw fieldError('NOT_FOUND', 400, field);
  if (row.retiredOn) throw fieldError('ORG_REFERENCE_RETIRED', 400, field, { name: row.name });
}
