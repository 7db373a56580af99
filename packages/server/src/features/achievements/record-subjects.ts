import { and, eq } from 'drizzle-orm';
import { scopeCovers, writeScopeOf, type RecordSubject } from '@thidua/domain';
import type { Database } from '../../db/database';
import { households, people, units } from '../../db/schema';
import { fieldError, forbidden } from '../../http/app-error';
import type { CurrentUser } from '../../http/current-user';

/** A field of the input naming a record of the commune, and its Vietnamese label for the message. */
export interface SubjectField {
  key: string;
  label: string;
}

const missing = (field: SubjectField) =>
  fieldError('ACHIEVEMENT_SUBJECT_NOT_FOUND', 400, field.key, { field: field.label });

/** The person (with the unit they work in), or a field error when the commune has no such person. */
export async function personSubject(
  db: Database,
  communeId: string,
  personId: string,
  field: SubjectField,
): Promise<RecordSubject> {
  const [person] = await db
    .select({ unitId: people.unitId })
    .from(people)
    .where(and(eq(people.communeId, communeId), eq(people.id, personId)));
  if (!person) throw missing(field);
  return { personId, unitId: person.unitId };
}

export async function unitSubject(
  db: Database,
  communeId: string,
  unitId: string,
  field: SubjectField,
): Promise<RecordSubject> {
  const [unit] = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.communeId, communeId), eq(units.id, unitId)));
  if (!unit) throw missing(field);
  return { personId: null, unitId };
}

export async function requireHousehold(
  db: Database,
  communeId: string,
  householdId: string,
  field: SubjectField,
): Promise<void> {
  const [household] = await db
    .select({ id: households.id })
    .from(households)
    .where(and(eq(households.communeId, communeId), eq(households.id, householdId)));
  if (!household) throw missing(field);
}

/** Refuses (403) a record the user may not write: see `writeScopeOf` (SPEC §1). */
export function requireScope(user: CurrentUser, subject: RecordSubject): void {
  if (!scopeCovers(writeScopeOf(user), subject)) throw forbidden();
}

/** Refuses (403) at once a user who may write no personal or unit record at all. */
export function requireSomeScope(user: CurrentUser): void {
  if (writeScopeOf(user).kind === 'none') throw forbidden();
}
