import { and, eq } from 'drizzle-orm';
import {
  canConfirmGrades,
  isDisciplinedInYear,
  scaleWithBands,
  scoreReadScope,
  summariseYearScores,
  type ScoredPerson,
  type YearGradeInput,
  type YearGradeRow,
  type YearGrades,
  type YearScoreSummary,
} from '@thidua/domain';
import type { Database } from '../../db/database';
import { yearGrades } from '../../db/schema';
import type { Actor } from '../../records/record-audit';
import type { CurrentUser } from '../../http/current-user';
import { disciplinePeriodsOf } from '../discipline/disciplines';
import { getYearOfCommune } from '../emulation-year/emulation-years';
import { lockOpenYear } from '../../records/open-year';
import { insertRecord, updateRecord } from '../../records/record-writes';
import { confirmedGradesOf, monthsOf } from './score-records';
import { findScoredPeople, getScoredPerson } from './scored-people';
import { sheetOfYear } from './scoring-sheet';

/** The grade rows of the given cadres: what their months propose, what was confirmed, discipline. */
async function gradeRows(
  db: Database,
  communeId: string,
  year: { id: string; year: number },
  persons: readonly ScoredPerson[],
): Promise<YearGradeRow[]> {
  const ids = persons.map((p) => p.personId);
  const [months, grades, disciplines, sheet] = await Promise.all([
    monthsOf(db, communeId, year.id, ids),
    confirmedGradesOf(db, communeId, year.id, ids),
    disciplinePeriodsOf(db, communeId, ids),
    sheetOfYear(db, communeId, year.id),
  ]);
  const scale = scaleWithBands(sheet);
  return persons.map((person) => ({
    ...person,
    ...summariseYearScores(months.get(person.personId)!, scale),
    confirmed: grades.get(person.personId) ?? null,
    disciplined: isDisciplinedInYear(disciplines.get(person.personId) ?? [], year.year),
  }));
}

/** The year's grades of the cadres the user may read. */
export async function findYearGrades(
  db: Database,
  user: CurrentUser,
  communeId: string,
  yearId: string,
): Promise<YearGrades> {
  const year = await getYearOfCommune(db, communeId, yearId);
  const persons = await findScoredPeople(db, communeId, year.year, scoreReadScope(user));
  return { canConfirm: canConfirmGrades(user.role), rows: await gradeRows(db, communeId, year, persons) };
}

type GradeValues = YearGradeInput & Pick<YearScoreSummary, 'proposedGrade' | 'average'>;

function insertGrade(
  tx: Database,
  actor: Actor,
  communeId: string,
  yearId: string,
  personId: string,
  values: GradeValues,
) {
  return insertRecord(
    tx,
    actor,
    'year_grade',
    communeId,
    { yearId, personId, ...values },
    {
      confirmedBy: actor.name,
    },
  );
}

/** Confirms one grade in the caller's transaction (the year already locked), storing the proposal beside it. */
async function confirmGrade(
  tx: Database,
  actor: Actor,
  communeId: string,
  yearId: string,
  personId: string,
  input: YearGradeInput,
): Promise<void> {
  const [months, sheet] = await Promise.all([
    monthsOf(tx, communeId, yearId, [personId]),
    sheetOfYear(tx, communeId, yearId),
  ]);
  const { proposedGrade, average } = summariseYearScores(months.get(personId)!, scaleWithBands(sheet));
  const values: GradeValues = { ...input, proposedGrade, average };
  const [before] = await tx
    .select()
    .from(yearGrades)
    .where(
      and(
        eq(yearGrades.communeId, communeId),
        eq(yearGrades.yearId, yearId),
        eq(yearGrades.personId, personId),
      ),
    )
    .for('update');
  if (before) {
    await updateRecord(tx, actor, 'year_grade', communeId, before, values, { confirmedBy: actor.name });
  } else {
    await insertGrade(tx, actor, communeId, yearId, personId, values);
  }
}

/** The officer confirms (or changes) one cadre's year-end grade. */
export async function confirmYearGrade(
  db: Database,
  actor: Actor,
  communeId: string,
  yearId: string,
  personId: string,
  input: YearGradeInput,
): Promise<YearGradeRow> {
  const [year, person] = await db.transaction(async (tx) => {
    const locked = await lockOpenYear(tx, communeId, yearId);
    const scored = await getScoredPerson(tx, communeId, personId);
    await confirmGrade(tx, actor, communeId, yearId, personId, input);
    return [locked, scored] as const;
  });
  const [row] = await gradeRows(db, communeId, year, [person]);
  return row!;
}

/** Confirms the proposal of every cadre who has one and no confirmed grade yet; answers how many. */
export async function confirmProposedGrades(
  db: Database,
  actor: Actor,
  communeId: string,
  yearId: string,
): Promise<{ confirmed: number }> {
  return db.transaction(async (tx) => {
    const year = await lockOpenYear(tx, communeId, yearId);
    const persons = await findScoredPeople(tx, communeId, year.year, { kind: 'commune' });
    const ids = persons.map((p) => p.personId);
    const [months, grades, sheet] = await Promise.all([
      monthsOf(tx, communeId, yearId, ids),
      confirmedGradesOf(tx, communeId, yearId, ids),
      sheetOfYear(tx, communeId, yearId),
    ]);
    const scale = scaleWithBands(sheet);
    let confirmed = 0;
    for (const personId of ids) {
      const { proposedGrade, average } = summariseYearScores(months.get(personId)!, scale);
      if (proposedGrade === null || grades.has(personId)) continue;
      await insertGrade(tx, actor, communeId, yearId, personId, {
        grade: proposedGrade,
        note: null,
        proposedGrade,
        average,
      });
      confirmed += 1;
    }
    return { confirmed };
  });
}
