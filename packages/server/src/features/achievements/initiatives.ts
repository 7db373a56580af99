import { and, count, desc, eq, isNotNull, isNull, type SQL } from 'drizzle-orm';
import {
  canManageOrganisation,
  isInitiativeRecognised,
  pageOffset,
  type InitiativeInput,
  type InitiativeListQuery,
  type InitiativeRecognition,
  type InitiativeView,
  type Page,
} from '@thidua/domain';
import type { Database } from '../../db/database';
import { emulationYears, initiatives, people, units } from '../../db/schema';
import { AppError, notFound } from '../../http/app-error';
import { actorOf } from '../../http/request-user';
import type { CurrentUser } from '../../http/current-user';
import { getYearOfCommune } from '../emulation-year/emulation-years';
import { lockOpenYear, lockOpenYearRecord } from '../../records/open-year';
import { insertRecord, updateRecord } from '../../records/record-writes';
import { personSubject, requireScope, requireSomeScope } from './record-subjects';

const AUTHOR = { key: 'personId', label: 'Tác giả' };

/** Initiatives with their year, their author and the author's unit. */
function selectInitiatives(db: Database) {
  return db
    .select({
      id: initiatives.id,
      yearId: initiatives.yearId,
      year: emulationYears.year,
      personId: initiatives.personId,
      authorName: people.fullName,
      authorUnitId: people.unitId,
      authorUnitName: units.name,
      coAuthors: initiatives.coAuthors,
      title: initiatives.title,
      summary: initiatives.summary,
      level: initiatives.level,
      recognisedOn: initiatives.recognisedOn,
      decisionNumber: initiatives.decisionNumber,
    })
    .from(initiatives)
    .innerJoin(
      emulationYears,
      and(eq(emulationYears.communeId, initiatives.communeId), eq(emulationYears.id, initiatives.yearId)),
    )
    .innerJoin(people, and(eq(people.communeId, initiatives.communeId), eq(people.id, initiatives.personId)))
    .leftJoin(units, and(eq(units.communeId, people.communeId), eq(units.id, people.unitId)))
    .$dynamic();
}

const newestFirst = [desc(initiatives.createdAt), desc(initiatives.id)];

export async function findInitiatives(
  db: Database,
  communeId: string,
  yearId: string,
  query: InitiativeListQuery,
): Promise<Page<InitiativeView>> {
  await getYearOfCommune(db, communeId, yearId);
  const where = and(
    eq(initiatives.communeId, communeId),
    eq(initiatives.yearId, yearId),
    query.personId ? eq(initiatives.personId, query.personId) : undefined,
    query.unitId ? eq(people.unitId, query.unitId) : undefined,
    query.recognised === 'yes' ? isNotNull(initiatives.level) : undefined,
    query.recognised === 'no' ? isNull(initiatives.level) : undefined,
  );
  const [items, [total]] = await Promise.all([
    selectInitiatives(db)
      .where(where)
      .orderBy(...newestFirst)
      .limit(query.pageSize)
      .offset(pageOffset(query)),
    db
      .select({ n: count() })
      .from(initiatives)
      .innerJoin(
        people,
        and(eq(people.communeId, initiatives.communeId), eq(people.id, initiatives.personId)),
      )
      .where(where),
  ]);
  return { items, total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

export async function getInitiative(
  db: Database,
  communeId: string,
  yearId: string,
  id: string,
): Promise<InitiativeView> {
  const [row] = await selectInitiatives(db).where(
    and(eq(initiatives.communeId, communeId), eq(initiatives.yearId, yearId), eq(initiatives.id, id)),
  );
  if (!row) throw notFound();
  return row;
}

/** Every initiative matching `where`, across years, newest first. */
export async function listInitiatives(db: Database, where: SQL | undefined): Promise<InitiativeView[]> {
  return selectInitiatives(db)
    .where(where)
    .orderBy(desc(emulationYears.year), ...newestFirst);
}

/** Filed by the author, or for them by their unit head or the officer. */
export async function createInitiative(
  db: Database,
  user: CurrentUser,
  communeId: string,
  yearId: string,
  input: InitiativeInput,
): Promise<InitiativeView> {
  const id = await db.transaction(async (tx) => {
    await lockOpenYear(tx, communeId, yearId);
    requireSomeScope(user); // after the year: an outsider's year is 404 first
    requireScope(user, await personSubject(tx, communeId, input.personId, AUTHOR));
    return insertRecord(tx, actorOf(user), 'initiative', communeId, input, { yearId });
  });
  return getInitiative(db, communeId, yearId, id);
}

/**
 * Rewrites what the author filed. Once a council has recognised the initiative, only the officer
 * may change it: the recognition was given to that text.
 */
export async function updateInitiative(
  db: Database,
  user: CurrentUser,
  communeId: string,
  yearId: string,
  id: string,
  input: InitiativeInput,
): Promise<InitiativeView> {
  await db.transaction(async (tx) => {
    const { record: before } = await lockOpenYearRecord(tx, 'initiative', communeId, yearId, id);
    requireSomeScope(user); // after the year: an outsider's year is 404 first
    requireScope(user, await personSubject(tx, communeId, before.personId, AUTHOR));
    if (isInitiativeRecognised(before) && !canManageOrganisation(user.role)) {
      throw new AppError('INITIATIVE_RECOGNISED_LOCKED', 409);
    }
    requireScope(user, await personSubject(tx, communeId, input.personId, AUTHOR));
    await updateRecord(tx, actorOf(user), 'initiative', communeId, before, input, {});
  });
  return getInitiative(db, communeId, yearId, id);
}

/** Records (or, with all three empty, withdraws) the council's recognition. The route admits the officer only. */
export async function recogniseInitiative(
  db: Database,
  user: CurrentUser,
  communeId: string,
  yearId: string,
  id: string,
  recognition: InitiativeRecognition,
): Promise<InitiativeView> {
  await db.transaction(async (tx) => {
    const { record: before } = await lockOpenYearRecord(tx, 'initiative', communeId, yearId, id);
    await updateRecord(tx, actorOf(user), 'initiative', communeId, before, recognition, {});
  });
  return getInitiative(db, communeId, yearId, id);
}
