import * as z from 'zod';
import { GRADES } from '../rules/ids';
import {
  averageScore,
  DEFAULT_SCORING_SCALE,
  headScores,
  proposeYearGrade,
  type MonthScore,
  type ScoringScale,
} from './year-grade';

/** A person's months in brief, as the month table and the grade list show them. */
export const YearScoreSummarySchema = z.object({
  /** Months the head has scored. */
  monthsScored: z.number().int().describe('Số tháng thủ trưởng đã chấm'),
  /** The average of the head's scores (one decimal), null before any month is scored. */
  average: z.number().nullable().describe('Điểm trung bình'),
  /** The grade the months propose, null while fewer months are scored than the scale asks. */
  proposedGrade: z.enum(GRADES).nullable().describe('Xếp loại đề xuất'),
  /** True when a weak month lowered «Hoàn thành xuất sắc» to «Hoàn thành tốt». */
  cappedByWeakMonth: z.boolean().describe('Bị hạ từ «Hoàn thành xuất sắc» vì có tháng dưới mức hoàn thành'),
});
export type YearScoreSummary = z.infer<typeof YearScoreSummarySchema>;

/** The year's months summed up: the proposal of `proposeYearGrade`, and the average even before it. */
export function summariseYearScores(
  months: readonly MonthScore[],
  scale: ScoringScale = DEFAULT_SCORING_SCALE,
): YearScoreSummary {
  const proposal = proposeYearGrade(months, scale);
  if (proposal.grade !== null) {
    const { grade, average, monthsScored, cappedByWeakMonth } = proposal;
    return { monthsScored, average, proposedGrade: grade, cappedByWeakMonth };
  }
  const scores = headScores(months);
  return {
    monthsScored: scores.length,
    average: scores.length ? averageScore(scores) : null,
    proposedGrade: null,
    cappedByWeakMonth: false,
  };
}
