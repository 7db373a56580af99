import * as z from 'zod';
import '../validation';
import { optionalText } from '../optional-fields';
import { integerInput } from '../number-fields';
import { GRADES, type Grade } from '../rules/ids';
import type { GradeBands } from './grade-bands';
import type { HeadScorerSetting, HeadScoreSubject } from './head-score-rights';
import type { CriterionPoints } from './scoring-points';
import type { ScoringSheet } from './scoring-sheet';
import type { YearScoreSummary } from './scoring-summary';

/** What the API answers about monthly scores and year grades, and what it is sent. */

export const ScoreTableQuerySchema = z.object({
  unitId: z.uuid().optional().describe('Đơn vị'),
  month: integerInput({ min: 1, max: 12 }).optional().describe('Tháng'),
});
export type ScoreTableQuery = z.infer<typeof ScoreTableQuerySchema>;

export const YearGradeInputSchema = z.object({
  grade: z.enum(GRADES).describe('Xếp loại'),
  note: optionalText(1000).describe('Ghi chú'),
});
export type YearGradeInput = z.infer<typeof YearGradeInputSchema>;

/**
 * A cadre as the scoring pages list them, with what decides who gives their head's score: the page
 * asks `headScoreRightOf` / `canSelfScore` with it, as the server does.
 */
export interface ScoredPerson extends HeadScoreSubject {
  fullName: string;
  position: string | null;
  unitName: string | null;
}

export interface ScoreCell {
  month: number;
  selfScore: number | null;
  /** The unit head's score: the one the year's grade is proposed from. */
  headScore: number | null;
}

export interface ScoreTableRow extends ScoredPerson, YearScoreSummary {
  months: ScoreCell[];
}

/** The sheet a year is scored on: its version (the one frozen when the year closed) and its grade bands. */
export interface YearSheet extends HeadScorerSetting {
  sheet: ScoringSheet;
  sheetVersion: number;
  bands: GradeBands;
}

export interface ScoreTable extends YearSheet {
  /** Months after this one have not begun and cannot be scored yet (0: none, 12: all). */
  lastScorableMonth: number;
  rows: ScoreTableRow[];
}

export interface PersonMonth extends ScoreCell {
  selfPoints: CriterionPoints | null;
  headPoints: CriterionPoints | null;
  /** Who gave the head's score (name and account). */
  headScoredBy: string | null;
  comment: string | null;
  /** The officer's reason when she corrected a head's score someone else gave. */
  headCorrectionReason: string | null;
  /** The sheet version the month was last scored on (null: before versions were kept). */
  sheetVersion: number | null;
}

/** The grade the officer confirmed, with what the months proposed when it was confirmed. */
export interface ConfirmedGrade {
  grade: Grade;
  proposedGrade: Grade | null;
  average: number | null;
  note: string | null;
  confirmedBy: string;
}

export interface PersonScores extends YearSheet {
  person: ScoredPerson;
  lastScorableMonth: number;
  months: PersonMonth[];
  summary: YearScoreSummary;
  confirmed: ConfirmedGrade | null;
  disciplined: boolean;
}

export interface YearGradeRow extends ScoredPerson, YearScoreSummary {
  confirmed: ConfirmedGrade | null;
  /** Disciplined in the year: no title, whatever the grade. */
  disciplined: boolean;
}

export interface YearGrades {
  canConfirm: boolean;
  rows: YearGradeRow[];
}
