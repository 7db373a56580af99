import type { Grade } from '../rules/ids';
import {
  averageScore,
  DEFAULT_SCORING_SCALE,
  headScores,
  proposeYearGrade,
  type MonthScore,
  type ScoringScale,
} from './year-grade';

/** A person's months in brief, as the month table and the grade list show them. */
export interface YearScoreSummary {
  /** Months the head has scored. */
  monthsScored: number;
  /** The average of the head's scores (one decimal), null before any month is scored. */
  average: number | null;
  /** The grade the months propose, null while fewer months are scored than the scale asks. */
  proposedGrade: Grade | null;
  /** True when a weak month lowered «Hoàn thành xuất sắc» to «Hoàn thành tốt». */
  cappedByWeakMonth: boolean;
}

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
