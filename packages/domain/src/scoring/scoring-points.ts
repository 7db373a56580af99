import * as z from 'zod';
import '../validation';
import { optionalText } from '../optional-fields';
import { HALF_STEP_MESSAGE, isHalfStep, sumPoints, type ScoringSheet } from './scoring-sheet';

/** A month's points, by criterion code. */
export const CriterionPointsSchema = z.record(z.string(), z.number());
export type CriterionPoints = z.infer<typeof CriterionPointsSchema>;

const Comment = optionalText(1000).describe('Nhận xét');
/** Why an officer changes a head's score someone else gave (see `needsCorrectionReason`). */
const Reason = optionalText(1000).describe('Lý do sửa điểm');

/**
 * What a scorer sends for one month: points by criterion code. Its shape only: the points are
 * checked against the commune's sheet by `monthlyPointsSchema`, which the route cannot know.
 */
export const MonthlyScoreInputSchema = z.object({
  points: z.record(z.string(), z.number()).describe('Điểm chấm'),
  comment: Comment,
  reason: Reason,
});
export type MonthlyScoreInput = z.infer<typeof MonthlyScoreInputSchema>;

/**
 * The points of one month against the sheet: every criterion present, each from 0 to its maximum
 * in half points, no criterion the sheet lacks. Errors name the criterion (its name is the field's label).
 */
export function monthlyPointsSchema(sheet: ScoringSheet) {
  const shape = Object.fromEntries(
    sheet.criteria.map((c) => [
      c.code,
      z.number().min(0).max(c.maxPoints).refine(isHalfStep, HALF_STEP_MESSAGE).describe(c.name),
    ]),
  );
  return z.object({ points: z.strictObject(shape).describe('Điểm chấm'), comment: Comment, reason: Reason });
}

/** The month's score: the sum of its points over the sheet's criteria. */
export function totalOfPoints(sheet: ScoringSheet, points: CriterionPoints): number {
  return sumPoints(sheet.criteria.map((c) => points[c.code] ?? 0));
}

/**
 * The last month of `year` that may be scored on `today` (yyyy-mm-dd): every month of a past year,
 * up to this month in the current year, none of a year to come. A month is scored once it has begun.
 */
export function lastScorableMonth(year: number, today: string): number {
  const [todayYear, todayMonth] = today.split('-').map(Number) as [number, number];
  if (year < todayYear) return 12;
  if (year > todayYear) return 0;
  return todayMonth;
}
