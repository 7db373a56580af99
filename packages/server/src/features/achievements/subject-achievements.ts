import { and, eq } from 'drizzle-orm';
import type { SubjectAchievements } from '@thidua/domain';
import type { Database } from '../../db/database';
import { achievements, exemplars, initiatives, people, units } from '../../db/schema';
import { notFound } from '../../http/app-error';
import { listAchievements } from './achievements';
import { listExemplars } from './exemplars';
import { listInitiatives } from './initiatives';

/** A person's achievements, initiatives and exemplars across every year (404 for another commune's person). */
export async function getPersonAchievements(
  db: Database,
  communeId: string,
  personId: string,
): Promise<SubjectAchievements> {
  const [person] = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.communeId, communeId), eq(people.id, personId)));
  if (!person) throw notFound();
  const [achievementList, initiativeList, exemplarList] = await Promise.all([
    listAchievements(db, and(eq(achievements.communeId, communeId), eq(achievements.personId, personId))),
    listInitiatives(db, and(eq(initiatives.communeId, communeId), eq(initiatives.personId, personId))),
    listExemplars(db, and(eq(exemplars.communeId, communeId), eq(exemplars.personId, personId))),
  ]);
  return { achievements: achievementList, initiatives: initiativeList, exemplars: exemplarList };
}

/**
 * A unit's own achievements and exemplars across every year, with the initiatives of the people
 * working in it now (a unit has no initiatives of its own).
 */
export async function getUnitAchievements(
  db: Database,
  communeId: string,
  unitId: string,
): Promise<SubjectAchievements> {
  const [unit] = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.communeId, communeId), eq(units.id, unitId)));
  if (!unit) throw notFound();
  const [achievementList, initiativeList, exemplarList] = await Promise.all([
    listAchievements(db, and(eq(achievements.communeId, communeId), eq(achievements.unitId, unitId))),
    listInitiatives(db, and(eq(initiatives.communeId, communeId), eq(people.unitId, unitId))),
    listExemplars(db, and(eq(exemplars.communeId, communeId), eq(exemplars.unitId, unitId))),
  ]);
  return { achievements: achievementList, initiatives: initiativeList, exemplars: exemplarList };
}
