import { and, eq } from 'drizzle-orm';
import {
  canHeadScore,
  canSelfScore,
  fieldErrors,
  isDisciplinedInYear,
  lastScorableMonth,
  monthlyPointsSchema,
  scopeCovers,
  scoreReadScope,
  summariseFieldErrors,
  summariseYearScores,
  totalOfPoints,
  writeScopeOf,
  type CriterionPoints,
  type MonthlyScoreInput,
  type PersonScores,
  type ScoreTable,
  type ScoreTableQuery,
  type ScoringSheet,
} from '@thidua/domain';
import type { Database } from '../../db/database';
import { monthlyScores } from '../../db/schema';
import { AppError, forbidden } from '../../http/app-error';
import { actorOf } from '../../http/request-user';
import type { CurrentUser } from '../../http/current-user';
import { disciplinePeriodsOf } from '../discipline/disciplines';
import { getYearOfCommune } from '../emulation-year/emulation-years';
import { lockOpenYear } from '../../records/open-year';
import { insertRecord, updateRecord } from '../../records/record-writes';
import { confirmedGradesOf, monthsOf } from './score-records';
import { findScoredPeople, getScoredPerson } from './scored-people';
import { getScoringSheet } from './scoring-sheet';

const sheetOnly = ({ criteria }: ScoringSheet): ScoringSheet => ({ criteria });

/**
 * The month-by-month table of a year: the cadres the user may read (of one unit if asked), each
 * month with the self-score and the head's score, and what the user may score for each.
 */
export async function findScoreTable(
  db: Database,
  user: CurrentUser,
  communeId: string,
  yearId: string,
  query: ScoreTableQuery,
  today: string,
): Promise<ScoreTable> {
  const year = await getYearOfCommune(db, communeId, yearId);
  const persons = await findScoredPeople(db, communeId, year.year, scoreReadScope(user), query.unitId);
  const [sheet, months] = await Promise.all([
    getScoringSheet(db, communeId),
    monthsOf(
      db,
      communeId,
      yearId,
      persons.map((p) => p.personId),
    ),
  ]);
  return {
    sheet: sheetOnly(sheet),
    lastScorableMonth: lastScorableMonth(year.year, today),
    rows: persons.map((person) => {
      const all = months.get(person.personId)!;
      return {
        ...person,
        ...summariseYearScores(all),
        canSelfScore: canSelfScore(user, person),
        canHeadScore: canHeadScore(user, person),
        months: all
          .filter((m) => query.month === undefined || m.month === query.month)
          .map(({ month, selfScore, headScore }) => ({ month, selfScore, headScore })),
      };
    }),
  };
}

/** One person's year: each month's points by criterion, the proposal, the confirmed grade, discipline. */
export async function getPersonScores(
  db: Database,
  user: CurrentUser,
  communeId: string,
  yearId: string,
  personId: string,
  today: string,
): Promise<PersonScores> {
  const year = await getYearOfCommune(db, communeId, yearId);
  const person = await getScoredPerson(db, communeId, personId);
  if (!scopeCovers(scoreReadScope(user), person)) throw forbidden();
  const [sheet, months, grades, disciplines] = await Promise.all([
    getScoringSheet(db, communeId),
    monthsOf(db, communeId, yearId, [personId]),
    confirmedGradesOf(db, communeId, yearId, [personId]),
    disciplinePeriodsOf(db, communeId, [personId]),
  ]);
  const all = months.get(personId)!;
  return {
    person,
    sheet: sheetOnly(sheet),
    lastScorableMonth: lastScorableMonth(year.year, today),
    months: all,
    summary: summariseYearScores(all),
    confirmed: grades.get(personId) ?? null,
    disciplined: isDisciplinedInYear(disciplines.get(personId) ?? [], year.year),
    canSelfScore: canSelfScore(user, person),
    canHeadScore: canHeadScore(user, person),
  };
}

export type ScoreSide = 'self' | 'head';

/** Stored points compare by value: the same points sent again change nothing and log nothing. */
function samePoints(a: CriterionPoints | null, b: CriterionPoints): boolean {
  if (!a) return false;
  const keys = Object.keys(b);
  return Object.keys(a).length === keys.length && keys.every((k) => a[k] === b[k]);
}

function checkMayScore(
  user: CurrentUser,
  side: ScoreSide,
  person: { personId: string; unitId: string | null },
) {
  if (side === 'self' ? canSelfScore(user, person) : canHeadScore(user, person)) return;
  const ownMonthAsHead = side === 'head' && user.role === 'unit_head' && user.personId === person.personId;
  throw ownMonthAsHead ? new AppError('SCORE_HEAD_OWN_MONTH', 403) : forbidden();
}

/**
 * Writes a month's self-score or head's score: points by criterion checked against the commune's
 * sheet, the total computed. A month that has not begun cannot be scored; once the head has scored
 * a month, its self-score stays as the head saw it (the officer may still correct it).
 */
export async function saveMonthlyScore(
  db: Database,
  user: CurrentUser,
  communeId: string,
  target: { yearId: string; personId: string; month: number; side: ScoreSide },
  input: MonthlyScoreInput,
  today: string,
): Promise<PersonScores> {
  const { yearId, personId, month, side } = target;
  await db.transaction(async (tx) => {
    const person = await getScoredPerson(tx, communeId, personId);
    checkMayScore(user, side, person);
    const year = await lockOpenYear(tx, communeId, yearId);
    if (month > lastScorableMonth(year.year, today)) {
      throw new AppError('SCORE_MONTH_NOT_STARTED', 400, { month, year: year.year });
    }
    const sheet = await getScoringSheet(tx, communeId);
    const schema = monthlyPointsSchema(sheet);
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const fields = fieldErrors(schema, parsed.error.issues);
      throw new AppError('VALIDATION_FAILED', 400, { details: summariseFieldErrors(fields) }, fields);
    }
    const { points, comment } = parsed.data;
    const total = totalOfPoints(sheet, points);
    const [before] = await tx
      .select()
      .from(monthlyScores)
      .where(
        and(
          eq(monthlyScores.communeId, communeId),
          eq(monthlyScores.yearId, yearId),
          eq(monthlyScores.personId, personId),
          eq(monthlyScores.month, month),
        ),
      )
      .for('update');
    if (side === 'self' && before?.headScore != null && writeScopeOf(user).kind !== 'commune') {
      throw new AppError('SCORE_SELF_AFTER_HEAD', 409, { month });
    }
    const actor = actorOf(user);
    const values =
      side === 'self'
        ? { selfPoints: points, selfScore: total }
        : { headPoints: points, headScore: total, comment, headScoredBy: actor.name };
    if (!before) {
      await insertRecord(tx, actor, 'monthly_score', communeId, { yearId, personId, month, ...values }, {});
      return;
    }
    const storedPoints = side === 'self' ? before.selfPoints : before.headPoints;
    const changed = samePoints(storedPoints, points)
      ? Object.fromEntries(Object.entries(values).filter(([key]) => !key.endsWith('Points')))
      : values;
    await updateRecord(tx, actor, 'monthly_score', communeId, before, changed, {});
  });
  return getPersonScores(db, user, communeId, yearId, personId, today);
}
