import { and, eq, inArray } from 'drizzle-orm';
import type { ConfirmedGrade, PersonMonth } from '@thidua/domain';
import type { Database } from '../../db/database';
import { monthlyScores, yearGrades } from '../../db/schema';

/** The reads the month table, one person's months and the grade list share. */

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** The twelve months of each of the given people in the year, unscored months empty. */
export async function monthsOf(
  db: Database,
  communeId: string,
  yearId: string,
  personIds: readonly string[],
): Promise<Map<string, PersonMonth[]>> {
  const rows = personIds.length
    ? await db
        .select({
          personId: monthlyScores.personId,
          month: monthlyScores.month,
          selfPoints: monthlyScores.selfPoints,
          selfScore: monthlyScores.selfScore,
          headPoints: monthlyScores.headPoints,
          headScore: monthlyScores.headScore,
          headScoredBy: monthlyScores.headScoredBy,
          comment: monthlyScores.comment,
          headCorrectionReason: monthlyScores.headCorrectionReason,
          sheetVersion: monthlyScores.sheetVersion,
        })
        .from(monthlyScores)
        .where(
          and(
            eq(monthlyScores.communeId, communeId),
            eq(monthlyScores.yearId, yearId),
            inArray(monthlyScores.personId, [...personIds]),
          ),
        )
    : [];
  const scored = new Map(rows.map(({ personId, ...month }) => [`${personId}:${month.month}`, month]));
  return new Map(
    personIds.map((personId) => [
      personId,
      MONTHS.map(
        (month) =>
          scored.get(`${personId}:${month}`) ?? {
            month,
            selfPoints: null,
            selfScore: null,
            headPoints: null,
            headScore: null,
            headScoredBy: null,
            comment: null,
            headCorrectionReason: null,
            sheetVersion: null,
          },
      ),
    ]),
  );
}

/** The grades the officer confirmed in the year, by person. */
export async function confirmedGradesOf(
  db: Database,
  communeId: string,
  yearId: string,
  personIds: readonly string[],
): Promise<Map<string, ConfirmedGrade>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .select({
      personId: yearGrades.personId,
      grade: yearGrades.grade,
      proposedGrade: yearGrades.proposedGrade,
      average: yearGrades.average,
      note: yearGrades.note,
      confirmedBy: yearGrades.confirmedBy,
    })
    .from(yearGrades)
    .where(
      and(
        eq(yearGrades.communeId, communeId),
        eq(yearGrades.yearId, yearId),
        inArray(yearGrades.personId, [...personIds]),
      ),
    );
  return new Map(rows.map(({ personId, ...grade }) => [personId, grade]));
}
