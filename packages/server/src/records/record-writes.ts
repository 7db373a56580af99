import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/database';
import {
  achievements,
  disciplines,
  emulationYears,
  exemplars,
  households,
  indicators,
  initiatives,
  monthlyScores,
  movementReviews,
  movements,
  pacts,
  people,
  periodTargets,
  registrations,
  residentialGroups,
  units,
  yearGrades,
} from '../db/schema';
import { notFound } from '../http/app-error';
import { recordAudit, type Actor } from './record-audit';
import { changedFields } from './record-changes';

export const ORGANISATION_TABLES = {
  unit: units,
  residential_group: residentialGroups,
  person: people,
  household: households,
} as const;
export type OrganisationEntity = keyof typeof ORGANISATION_TABLES;

/** Every commune-keyed table whose records are written one by one with an audit entry. */
const RECORD_TABLES = {
  ...ORGANISATION_TABLES,
  emulation_year: emulationYears,
  indicator: indicators,
  period_target: periodTargets,
  movement: movements,
  movement_review: movementReviews,
  pact: pacts,
  registration: registrations,
  monthly_score: monthlyScores,
  year_grade: yearGrades,
  discipline: disciplines,
  achievement: achievements,
  initiative: initiatives,
  exemplar: exemplars,
} as const;
export type RecordEntity = keyof typeof RECORD_TABLES;

/**
 * Inserts one record with its audit entry, in the caller's transaction. `derived`
 * holds the columns computed from the input (search text, sort keys), kept out of the audit.
 */
export async function insertRecord(
  tx: Database,
  actor: Actor,
  entity: RecordEntity,
  communeId: string,
  input: Record<string, unknown>,
  derived: Record<string, unknown>,
): Promise<string> {
  const table = RECORD_TABLES[entity];
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
): Promise<(typeof RECORD_TABLES)[E]['$inferSelect']> {
  const table = RECORD_TABLES[entity];
  const [row] = await tx
    .select()
    .from(table as typeof units)
    .where(and(eq(table.communeId, communeId), eq(table.id, id)))
    .for('update');
  if (!row) throw notFound();
  return row as (typeof RECORD_TABLES)[E]['$inferSelect'];
}

/** Writes the changed fields and an audit entry naming them; writes nothing when nothing changed. */
export async function updateRecord(
  tx: Database,
  actor: Actor,
  entity: RecordEntity,
  communeId: string,
  before: Record<string, unknown> & { id: string },
  input: Record<string, unknown>,
  derived: Record<string, unknown>,
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
export async function deleteRecord(
  tx: Database,
  actor: Actor,
  entity: RecordEntity,
  communeId: string,
  before: Record<string, unknown> & { id: string },
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
