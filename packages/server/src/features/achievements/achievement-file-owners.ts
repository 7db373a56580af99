import { and, eq } from 'drizzle-orm';
import { canWriteAchievement, canWriteInitiative } from '@thidua/domain';
import { achievements, initiatives, people } from '../../db/schema';
import { notFound } from '../../http/app-error';
import type { FindFileOwner } from '../files/file-owner';

/** Evidence of an achievement: attached by whoever may write the achievement. */
export const achievementFileOwner: FindFileOwner = async (db, user, communeId, id) => {
  const [row] = await db
    .select({
      yearId: achievements.yearId,
      personId: achievements.personId,
      unitId: achievements.unitId,
      personUnitId: people.unitId,
    })
    .from(achievements)
    .leftJoin(people, and(eq(people.communeId, achievements.communeId), eq(people.id, achievements.personId)))
    .where(and(eq(achievements.communeId, communeId), eq(achievements.id, id)));
  if (!row) throw notFound();
  const subjectUnitId = row.personId ? row.personUnitId : row.unitId;
  return {
    yearId: row.yearId,
    canWrite: canWriteAchievement(user, { personId: row.personId, subjectUnitId }),
  };
};

/** The initiative's text and supporting documents: by whoever may write the initiative. */
export const initiativeFileOwner: FindFileOwner = async (db, user, communeId, id) => {
  const [row] = await db
    .select({
      yearId: initiatives.yearId,
      personId: initiatives.personId,
      authorUnitId: people.unitId,
      level: initiatives.level,
    })
    .from(initiatives)
    .innerJoin(people, and(eq(people.communeId, initiatives.communeId), eq(people.id, initiatives.personId)))
    .where(and(eq(initiatives.communeId, communeId), eq(initiatives.id, id)));
  if (!row) throw notFound();
  return { yearId: row.yearId, canWrite: canWriteInitiative(user, row) };
};
