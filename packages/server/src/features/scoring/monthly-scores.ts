import { and, eq } from 'drizzle-orm';
import {
  canChangeSelfScoreAfterHead,
  canHeadScoreMonth,
  canSelfScore,
  fieldErrors,
  headScoreRefusal,
  headScoreRightOf,
  isDisciplinedInYear,
  lastScorableMonth,
  monthlyPointsSchema,
  needsCorrectionReason,
  scaleWithBands,
  scopeCovers,
  scoreReadScope,
  summariseFieldErrors,
  summariseYearScores,
  totalOfPoints,
  type CriterionPoints,
  type MonthlyScoreInput,
  type PersonScores,
  type ScoredPerson,
  type ScoreTable,
  type ScoreTableQuery,
  type YearSheet,
} from '@thidua/domain';
import type { Database } from '../../db/database';
import { monthlyScores } from '../../db/schema';
import { AppError, fieldError, forbidden } from '../../http/app-error';
import { actorOf } from '../../http/request-user';
import type { CurrentUser } from '../../http/current-user';
import { disciplinePeriodsOf } from '../discipline/disciplines';
import { getYearOfCommune } from '../emulation-year/emulation-years';
import { lockOpenYear } from '../../records/open-year';
import { insertRecord, updateRecord } from '../../records/record-writes';
import { confirmedGradesOf, monthsOf } from './score-records';
import { findScoredPeople, getScoredPerson } from './scored-people';
import { headScorerSetting, sheetOfYear } from './scoring-sheet';

/** The sheet version the year is scored on, its bands, and who scores the leaders: what the pages and rules read. */
async function yearSheetOf(db: Database, communeId: string, yearId: string): Promise<YearSheet> {
  const [{ version, criteria, thresholds, minimumMonths }, setting] = await Promise.all([
    sheetOfYear(db, communeId, yearId),
    headScorerSetting(db, communeId),
  ]);
  return {
    sheet: { criteria },
    sheetVersion: version,
    bands: { thresholds, minimumMonths },
    ...setting,
  };
}

/**
 * The month-by-month table of a year: the cadres the user may read (of one unit if asked), each
 * month with the self-score and the head's score. The page asks the domain what the user may score.
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
  const [yearSheet, months] = await Promise.all([
    yearSheetOf(db, communeId, yearId),
    monthsOf(
      db,
      communeId,
      yearId,
      persons.map((p) => p.personId),
    ),
  ]);
  const scale = scaleWithBands(yearSheet.bands);
  return {
    ...yearSheet,
    lastScorableMonth: lastScorableMonth(year.year, today),
    rows: persons.map((person) => {
      const all = months.get(person.personId)!;
      return {
        ...person,
        ...summariseYearScores(all, scale),
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
  const [yearSheet, months, grades, disciplines] = await Promise.all([
    yearSheetOf(db, communeId, yearId),
    monthsOf(db, communeId, yearId, [personId]),
    confirmedGradesOf(db, communeId, yearId, [personId]),
    disciplinePeriodsOf(db, communeId, [personId]),
  ]);
  const all = months.get(personId)!;
  return {
    ...yearSheet,
    person,
    lastScorableMonth: lastScorableMonth(year.year, today),
    months: all,
    summary: summariseYearScores(all, scaleWithBands(yearSheet.bands)),
    confirmed: grades.get(personId) ?? null,
    disciplined: isDisciplinedInYear(disciplines.get(personId) ?? [], year.year),
  };
}

export type ScoreSide = 'self' | 'head';

/** Stored points compare by value: the same points sent again change nothing and log nothing. */
function samePoints(a: CriterionPoints | null, b: CriterionPoints): boolean {
  if (!a) return false;
  const keys = Object.keys(b);
  return Object.keys(a).length === keys.length && keys.every((k) => a[k] === b[k]);
}

/** Refuses a head's score the user may not give, naming why when it helps (their own month; no score to correct). */
function refuseHeadScore(
  user: CurrentUser,
  person: ScoredPerson,
  right: ReturnType<typeof headScoreRightOf>,
  month: number,
  headScore: number | null,
): never {
  const code = headScoreRefusal(user, person, right, { headScore });
  if (code === 'SCORE_HEAD_NOT_YOURS') {
    const scorer = person.scoredByChair
      ? 'Chủ tịch UBND (hoặc người được phân công chấm thay)'
      : 'trưởng đơn vị';
    throw new AppError(code, 403, { month, person: person.fullName, scorer });
  }
  throw code ? new AppError(code, 403) : forbidden();
}

/**
 * Writes a month's self-score or head's score: points by criterion checked against the year's
 * sheet, the total computed, the sheet version kept beside them. A month that has not begun cannot
 * be scored; once the head has scored a month, its self-score stays as the head saw it (the officer
 * may still correct it). Who gives the head's score is `headScoreRightOf`; an officer's correction
 * of another's head's score needs a reason, kept on the month and in the audit.
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
    const right =
      side === 'head' ? headScoreRightOf(user, person, await headScorerSetting(tx, communeId)) : null;
    if (side === 'self' && !canSelfScore(user, person)) throw forbidden();
    if (side === 'head' && right === null) refuseHeadScore(user, person, right, month, null);
    const year = await lockOpenYear(tx, communeId, yearId);
    if (month > lastScorableMonth(year.year, today)) {
      throw new AppError('SCORE_MONTH_NOT_STARTED', 400, { month, year: year.year });
    }
    const sheet = await sheetOfYear(tx, communeId, yearId);
    const schema = monthlyPointsSchema(sheet);
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const fields = fieldErrors(schema, parsed.error.issues);
      throw new AppError('VALIDATION_FAILED', 400, { details: summariseFieldErrors(fields) }, fields);
    }
    const { points, comment, reason } = parsed.data;
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
    const headScore = before?.headScore ?? null;
    if (side === 'self' && headScore !== null && !canChangeSelfScoreAfterHead(user)) {
      throw new AppError('SCORE_SELF_AFTER_HEAD', 409, { month });
    }
    if (side === 'head') {
      if (!canHeadScoreMonth(right, { headScore })) refuseHeadScore(user, person, right, month, headScore);
      if (needsCorrectionReason(right) && reason === null) {
        throw fieldError('SCORE_CORRECTION_REASON_REQUIRED', 400, 'reason');
      }
    }
    const actor = actorOf(user);
    const values =
      side === 'self'
        ? { selfPoints: points, selfScore: total, sheetVersion: sheet.version }
        : {
            headPoints: points,
            headScore: total,
            comment,
            headScoredBy: actor.name,
            headCorrectionReason: needsCorrectionReason(right) ? reason : null,
            sheetVersion: sheet.version,
          };
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
