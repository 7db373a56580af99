import { and, count, desc, eq, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  isDateInYear,
  pageOffset,
  type AchievementInput,
  type AchievementListQuery,
  type AchievementView,
  type Page,
  type RecordSubject,
} from '@thidua/domain';
import type { Database } from '../../db/database';
import { achievements, emulationYears, people, units } from '../../db/schema';
import { fieldError, notFound } from '../../http/app-error';
import { actorOf } from '../../http/request-user';
import type { CurrentUser } from '../../http/current-user';
import { getYearOfCommune } from '../emulation-year/emulation-years';
import { lockOpenYear, lockOpenYearRecord } from '../../records/open-year';
import { insertRecord, updateRecord } from '../../records/record-writes';
import { personSubject, requireScope, requireSomeScope, unitSubject } from './record-subjects';

const personUnits = alias(units, 'person_units');

/** Achievements with their year and the names of whom they are about (same commune, composite keys). */
function selectAchievements(db: Database) {
  return db
    .select({
      id: achievements.id,
      yearId: achievements.yearId,
      year: emulationYears.year,
      subjectType: achievements.subjectType,
      personId: achievements.personId,
      unitId: achievements.unitId,
      personName: people.fullName,
      unitName: units.name,
      personUnitId: people.unitId,
      personUnitName: personUnits.name,
      title: achievements.title,
      description: achievements.description,
      achievedOn: achievements.achievedOn,
    })
    .from(achievements)
    .innerJoin(
      emulationYears,
      and(eq(emulationYears.communeId, achievements.communeId), eq(emulationYears.id, achievements.yearId)),
    )
    .leftJoin(people, and(eq(people.communeId, achievements.communeId), eq(people.id, achievements.personId)))
    .leftJoin(units, and(eq(units.communeId, achievements.communeId), eq(units.id, achievements.unitId)))
    .leftJoin(
      personUnits,
      and(eq(personUnits.communeId, people.communeId), eq(personUnits.id, people.unitId)),
    )
    .$dynamic();
}

type AchievementRow = Awaited<ReturnType<ReturnType<typeof selectAchievements>['execute']>>[number];

function toView(row: AchievementRow): AchievementView {
  const isPerson = row.subjectType === 'person';
  return {
    id: row.id,
    yearId: row.yearId,
    year: row.year,
    subjectType: row.subjectType,
    personId: row.personId,
    unitId: row.unitId,
    subjectName: (isPerson ? row.personName : row.unitName) ?? '',
    subjectUnitId: isPerson ? row.personUnitId : row.unitId,
    subjectUnitName: isPerson ? row.personUnitName : row.unitName,
    title: row.title,
    description: row.description,
    achievedOn: row.achievedOn,
  };
}

const newestFirst = [desc(achievements.achievedOn), desc(achievements.createdAt), desc(achievements.id)];

export async function findAchievements(
  db: Database,
  communeId: string,
  yearId: string,
  query: AchievementListQuery,
): Promise<Page<AchievementView>> {
  await getYearOfCommune(db, communeId, yearId);
  const where = and(
    eq(achievements.communeId, communeId),
    eq(achievements.yearId, yearId),
    query.subjectType ? eq(achievements.subjectType, query.subjectType) : undefined,
    query.personId ? eq(achievements.personId, query.personId) : undefined,
    // A unit's list holds its own achievements and those of the people working in it.
    query.unitId ? or(eq(achievements.unitId, query.unitId), eq(people.unitId, query.unitId)) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    selectAchievements(db)
      .where(where)
      .orderBy(...newestFirst)
      .limit(query.pageSize)
      .offset(pageOffset(query)),
    db
      .select({ n: count() })
      .from(achievements)
      .leftJoin(
        people,
        and(eq(people.communeId, achievements.communeId), eq(people.id, achievements.personId)),
      )
      .where(where),
  ]);
  return { items: rows.map(toView), total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

export async function getAchievement(
  db: Database,
  communeId: string,
  yearId: string,
  id: string,
): Promise<AchievementView> {
  const [row] = await selectAchievements(db).where(
    and(eq(achievements.communeId, communeId), eq(achievements.yearId, yearId), eq(achievements.id, id)),
  );
  if (!row) throw notFound();
  return toView(row);
}

/** Every achievement matching `where`, across years, newest first (a person's or unit's record). */
export async function listAchievements(db: Database, where: SQL | undefined): Promise<AchievementView[]> {
  const rows = await selectAchievements(db)
    .where(where)
    .orderBy(desc(emulationYears.year), ...newestFirst);
  return rows.map(toView);
}

/** The subject of the input, checked to be the commune's and within what the user may write. */
async function checkedSubject(
  tx: Database,
  user: CurrentUser,
  communeId: string,
  year: number,
  input: AchievementInput,
): Promise<RecordSubject> {
  if (!isDateInYear(input.achievedOn, year)) {
    throw fieldError('ACHIEVEMENT_DATE_OUTSIDE_YEAR', 400, 'achievedOn', { field: 'Ngày đạt', year });
  }
  const subject =
    input.subjectType === 'person'
      ? await personSubject(tx, communeId, input.personId!, { key: 'personId', label: 'Cá nhân' })
      : await unitSubject(tx, communeId, input.unitId!, { key: 'unitId', label: 'Tập thể (đơn vị)' });
  requireScope(user, subject);
  return subject;
}

export async function createAchievement(
  db: Database,
  user: CurrentUser,
  communeId: string,
  yearId: string,
  input: AchievementInput,
): Promise<AchievementView> {
  const id = await db.transaction(async (tx) => {
    const year = await lockOpenYear(tx, communeId, yearId);
    requireSomeScope(user); // after the year: an outsider's year is 404 first
    await checkedSubject(tx, user, communeId, year.year, input);
    return insertRecord(tx, actorOf(user), 'achievement', communeId, input, { yearId });
  });
  return getAchievement(db, communeId, yearId, id);
}

/** Rewrites an achievement: the user must be allowed both the record as it was and as it becomes. */
export async function updateAchievement(
  db: Database,
  user: CurrentUser,
  communeId: string,
  yearId: string,
  id: string,
  input: AchievementInput,
): Promise<AchievementView> {
  await db.transaction(async (tx) => {
    const { year, record: before } = await lockOpenYearRecord(tx, 'achievement', communeId, yearId, id);
    requireSomeScope(user); // after the year: an outsider's year is 404 first
    requireScope(
      user,
      before.personId
        ? await personSubject(tx, communeId, before.personId, { key: 'personId', label: 'Cá nhân' })
        : { personId: null, unitId: before.unitId! },
    );
    await checkedSubject(tx, user, communeId, year.year, input);
    await updateRecord(tx, actorOf(user), 'achievement', communeId, before, input, {});
  });
  return getAchievement(db, communeId, yearId, id);
}
