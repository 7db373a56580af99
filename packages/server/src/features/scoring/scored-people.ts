import { and, asc, eq, gte, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { firstDayOfYear, SCORED_BY_CHAIR_ROLES, type ScoredPerson, type WriteScope } from '@thidua/domain';
import type { Database } from '../../db/database';
import { people, units, users } from '../../db/schema';
import { forbidden, notFound } from '../../http/app-error';
import { personUnit } from '../organisation/people';

/** The person's own account is a leader's (officer, unit head, chair): the chair gives their head's score. */
const scoredByChair = sql<boolean>`exists (${sql`select 1 from ${users} where ${and(
  eq(users.adminUnitId, people.communeId),
  eq(users.personId, people.id),
  inArray(users.role, [...SCORED_BY_CHAIR_ROLES]),
  isNull(users.disabledAt),
)}`})`.mapWith(Boolean);

const scoredPersonColumns = {
  personId: people.id,
  fullName: people.fullName,
  position: people.position,
  unitId: people.unitId,
  unitName: units.name,
  scoredByChair,
};

function scopeCondition(scope: WriteScope): SQL | undefined {
  switch (scope.kind) {
    case 'commune':
      return undefined;
    case 'unit':
      return scope.personId
        ? or(eq(people.unitId, scope.unitId), eq(people.id, scope.personId))
        : eq(people.unitId, scope.unitId);
    case 'self':
      return eq(people.id, scope.personId);
    case 'none':
      throw forbidden();
  }
}

/**
 * The cadres scored in `year` that a read scope reaches (optionally of one unit), in Vietnamese
 * name order: everyone not retired before the year began.
 */
export async function findScoredPeople(
  db: Database,
  communeId: string,
  year: number,
  scope: WriteScope,
  unitId?: string,
): Promise<ScoredPerson[]> {
  return db
    .select(scoredPersonColumns)
    .from(people)
    .leftJoin(units, personUnit)
    .where(
      and(
        eq(people.communeId, communeId),
        or(isNull(people.retiredOn), gte(people.retiredOn, firstDayOfYear(year))),
        unitId ? eq(people.unitId, unitId) : undefined,
        scopeCondition(scope),
      ),
    )
    .orderBy(asc(people.sortName), asc(people.id));
}

/** One person of the commune, or 404. */
export async function getScoredPerson(
  db: Database,
  communeId: string,
  personId: string,
): Promise<ScoredPerson> {
  const [person] = await db
    .select(scoredPersonColumns)
    .from(people)
    .leftJoin(units, personUnit)
    .where(and(eq(people.communeId, communeId), eq(people.id, personId)));
  if (!person) throw notFound();
  return person;
}
