import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/database';
import { notFound } from '../http/app-error';
import { recordAudit, type Actor } from './record-audit';
import { RECORD_TABLES, type RecordEntity } from '../db/tables';
import { changedFields } from './record-changes';

export { ORGANISATION_TABLES, type OrganisationEntity, type RecordEntity } from '../db/tables';

/** The columns of an entity's table, as written (the commune comes from the scope). */
export type RecordValues<E extends RecordEntity> = Partial<
  Omit<(typeof RECORD_TABLES)[E]['$inferInsert'], 'communeId'>
>;
/** A row of an entity's table, as read. */
export type RecordRow<E extends RecordEntity> = (typeof RECORD_TABLES)[E]['$inferSelect'];

/**
 * Inserts one record with its audit entry, in the caller's transaction. `derived`
 * holds the columns computed from the input (search text, sort keys), kept out of the audit.
 */
export async function insertRecord<E extends RecordEntity>(
  tx: Database,
  actor: Actor,
  entity: E,
  communeId: string,
  input: RecordValues<E>,
  derived: RecordValues<E>,
): Promise<string> {
  // The signature ties the values to the entity's table; drizzle cannot follow a generic table.
  const table = RECORD_TABLES[entity] as typeof RECORD_TABLES.unit;
  const [row] = await tx
    .insert(table)
    .values({ communeId, ...input, ...derived } as typeof table.$inferInsert)
    .returning({ id: table.id });
  await recordAudit(tx, actor, {
    adminUnitId: communeId,
    action: 'create',
    entity,
    entityId: row!.id,
    changes: input,
  });
  return row!.id;
}

/** Locks a record for the rest of the transaction, or 404 when the commune has no such record. */
export async function lockRecord<E extends RecordEntity>(
  tx: Database,
  entity: E,
  communeId: string,
  id: string,
): Promise<RecordRow<E>> {
  const table = RECORD_TABLES[entity];
  const [row] = await tx
    .select()
    .from(table as typeof RECORD_TABLES.unit)
    .where(and(eq(table.communeId, communeId), eq(table.id, id)))
    .for('update');
  if (!row) throw notFound();
  return row as RecordRow<E>;
}

/** Writes the changed fields and an audit entry naming them; writes nothing when nothing changed. */
export async function updateRecord<E extends RecordEntity>(
  tx: Database,
  actor: Actor,
  entity: E,
  communeId: string,
  before: RecordRow<E>,
  input: RecordValues<E>,
  derived: RecordValues<E>,
): Promise<void> {
  const changes = changedFields(before, input);
  if (Object.keys(changes).length === 0) return;
  const table = RECORD_TABLES[entity];
  await tx
    .update(table)
    .set({ ...input, ...derived, updatedAt: sql`now()` })
    .where(and(eq(table.communeId, communeId), eq(table.id, before.id)));
  await recordAudit(tx, actor, {
    adminUnitId: communeId,
    action: 'update',
    entity,
    entityId: before.id,
    changes,
  });
}

/** Deletes a locked record, keeping its last values in the audit entry. */
export async function deleteRecord<E extends RecordEntity>(
  tx: Database,
  actor: Actor,
  entity: E,
  communeId: string,
  before: RecordRow<E>,
): Promise<void> {
  const table = RECORD_TABLES[entity];
  await tx.delete(table).where(and(eq(table.communeId, communeId), eq(table.id, before.id)));
  const { id, communeId: _commune, createdAt: _created, updatedAt: _updated, ...values } = before;
  await recordAudit(tx, actor, {
    adminUnitId: communeId,
    action: 'delete',
    entity,
    entityId: id,
    changes: values,
  });
}
