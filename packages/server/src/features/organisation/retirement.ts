import { and, eq, sql } from 'drizzle-orm';
import type { RetireInput } from '@thidua/domain';
import type { Database } from '../../db/database';
import { people } from '../../db/schema';
import { AppError } from '../../http/app-error';
import { recordAudit, type Actor } from '../../records/record-audit';
import { lockRecord, ORGANISATION_TABLES, type OrganisationEntity } from '../../records/record-writes';

/**
 * Marks a record as no longer active (or active again), keeping its row and so its history: what it
 * took part in stays attached to it. `check` runs inside the transaction before the change, on the
 * locked record (e.g. a unit must have no active members).
 */
export async function setRetired<E extends OrganisationEntity>(
  db: Database,
  actor: Actor,
  entity: E,
  communeId: string,
  id: string,
  change: RetireInput | null,
  check?: (tx: Database, row: (typeof ORGANISATION_TABLES)[E]['$inferSelect']) => Promise<void>,
): Promise<void> {
  const table = ORGANISATION_TABLES[entity as OrganisationEntity];
  await db.transaction(async (tx) => {
    const row = await lockRecord(tx, entity, communeId, id);
    if (change && row.retiredOn) throw new AppError('ORG_ALREADY_RETIRED', 409);
    if (!change && !row.retiredOn) throw new AppError('ORG_NOT_RETIRED', 409);
    if (check) await check(tx, row);
    const values: Record<string, unknown> = { retiredOn: change?.retiredOn ?? null, updatedAt: sql`now()` };
    if (table === people) values.retireReason = change?.reason ?? null;
    await tx
      .update(table)
      .set(values)
      .where(and(eq(table.communeId, communeId), eq(table.id, id)));
    await recordAudit(tx, actor, {
      adminUnitId: communeId,
      action: change ? 'retire' : 'reinstate',
      entity,
      entityId: id,
      changes: change ? { retiredOn: change.retiredOn, reason: change.reason ?? null } : null,
    });
  });
}
