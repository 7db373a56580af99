import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import {
  canReadAllDisciplines,
  closedYearCountedBy,
  formatDateVi,
  isDisciplinedInYear,
  isYearLocked,
  type DisciplineInput,
  type DisciplineListQuery,
  type DisciplinePeriod,
  type DisciplineView,
} from '@thidua/domain';
import type { Database } from '../../db/database';
import { disciplines, emulationYears, people, units } from '../../db/schema';
import { AppError, fieldError, forbidden, notFound } from '../../http/app-error';
import type { Actor } from '../../records/record-audit';
import type { CurrentUser } from '../../http/current-user';
import { personUnit } from '../organisation/people';
import { insertRecord, lockRecord, updateRecord } from '../../records/record-writes';

const disciplineColumns = {
  id: disciplines.id,
  personId: disciplines.personId,
  form: disciplines.form,
  decidedOn: disciplines.decidedOn,
  decisionNumber: disciplines.decisionNumber,
  reason: disciplines.reason,
  effectiveUntil: disciplines.effectiveUntil,
  personName: people.fullName,
  unitId: people.unitId,
  unitName: units.name,
};

function selectDisciplines(db: Database) {
  return db
    .select(disciplineColumns)
    .from(disciplines)
    .innerJoin(people, and(eq(people.communeId, disciplines.communeId), eq(people.id, disciplines.personId)))
    .leftJoin(units, personUnit)
    .$dynamic();
}

/**
 * The commune's discipline records, newest first: all of them for those who keep or decide on the
 * emulation work, a cadre's own for a cadre; nobody else reads them. With `year`: those that
 * count in that year (decided in it or in force during it).
 */
export async function findDisciplines(
  db: Database,
  user: CurrentUser,
  communeId: string,
  query: DisciplineListQuery,
): Promise<DisciplineView[]> {
  const readsAll = canReadAllDisciplines(user.role);
  if (!readsAll && !user.personId) throw forbidden();
  const own = readsAll ? null : user.personId;
  const rows = await selectDisciplines(db)
    .where(
      and(
        eq(disciplines.communeId, communeId),
        own ? eq(disciplines.personId, own) : undefined,
        query.personId ? eq(disciplines.personId, query.personId) : undefined,
      ),
    )
    .orderBy(desc(disciplines.decidedOn), asc(people.sortName));
  return query.year === undefined ? rows : rows.filter((r) => isDisciplinedInYear([r], query.year!));
}

async function getDiscipline(db: Database, communeId: string, id: string): Promise<DisciplineView> {
  const [row] = await selectDisciplines(db).where(
    and(eq(disciplines.communeId, communeId), eq(disciplines.id, id)),
  );
  if (!row) throw notFound();
  return row;
}

/** The person named in the form must be a cadre of the commune: another commune's id is not found (404), on the field. */
async function checkPerson(tx: Database, communeId: string, personId: string): Promise<void> {
  const [row] = await tx
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.communeId, communeId), eq(people.id, personId)));
  if (!row) throw fieldError('NOT_FOUND', 404, 'personId');
}

/**
 * Refuses a discipline that counts, or counted before this change, in a closed year: that year's
 * grade table is final (`closedYearCountedBy`). The commune's years are share-locked for the rest of
 * the transaction, so a year cannot close between this check and the write.
 */
async function checkNoClosedYear(
  tx: Database,
  communeId: string,
  periods: readonly DisciplinePeriod[],
): Promise<void> {
  const years = await tx
    .select({ year: emulationYears.year, status: emulationYears.status })
    .from(emulationYears)
    .where(eq(emulationYears.communeId, communeId))
    .for('share');
  const closed = years.filter((y) => isYearLocked(y.status)).map((y) => y.year);
  const counted = closedYearCountedBy(periods, closed);
  if (counted) {
    throw new AppError('DISCIPLINE_IN_CLOSED_YEAR', 409, {
      year: counted.year,
      date: formatDateVi(counted.decidedOn),
    });
  }
}

export async function createDiscipline(
  db: Database,
  actor: Actor,
  communeId: string,
  input: DisciplineInput,
): Promise<DisciplineView> {
  const id = await db.transaction(async (tx) => {
    await checkPerson(tx, communeId, input.personId);
    await checkNoClosedYear(tx, communeId, [input]);
    return insertRecord(tx, actor, 'discipline', communeId, input, {});
  });
  return getDiscipline(db, communeId, id);
}

export async function updateDiscipline(
  db: Database,
  actor: Actor,
  communeId: string,
  id: string,
  input: DisciplineInput,
): Promise<DisciplineView> {
  await db.transaction(async (tx) => {
    const before = await lockRecord(tx, 'discipline', communeId, id);
    await checkPerson(tx, communeId, input.personId);
    await checkNoClosedYear(tx, communeId, [input, before]);
    await updateRecord(tx, actor, 'discipline', communeId, before, input, {});
  });
  return getDiscipline(db, communeId, id);
}

/** The discipline periods of the given people, by person: what decides whether they count as disciplined in a year. */
export async function disciplinePeriodsOf(
  db: Database,
  communeId: string,
  personIds: readonly string[],
): Promise<Map<string, DisciplinePeriod[]>> {
  const byPerson = new Map<string, DisciplinePeriod[]>();
  if (personIds.length === 0) return byPerson;
  const rows = await db
    .select({
      personId: disciplines.personId,
      form: disciplines.form,
      decidedOn: disciplines.decidedOn,
      effectiveUntil: disciplines.effectiveUntil,
    })
    .from(disciplines)
    .where(and(eq(disciplines.communeId, communeId), inArray(disciplines.personId, [...personIds])));
  for (const { personId, ...period } of rows)
    byPerson.set(personId, [...(byPerson.get(personId) ?? []), period]);
  return byPerson;
}
