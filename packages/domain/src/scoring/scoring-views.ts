import * as z from 'zod';
import '../validation';
import { optionalText } from '../optional-fields';
import { integerInput } from '../number-fields';
import { GRADES } from '../rules/ids';
import { GradeBandsSchema } from './grade-bands';
import { HeadScorerSettingSchema, HeadScoreSubjectSchema } from './head-score-rights';
import { CriterionPointsSchema } from './scoring-points';
import { ScoringSheetViewSchema } from './scoring-sheet';
import { YearScoreSummarySchema } from './scoring-summary';

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
export const ScoredPersonSchema = HeadScoreSubjectSchema.extend({
  fullName: z.string().describe('Họ và tên'),
  position: z.string().nullable().describe('Chức vụ'),
  unitName: z.string().nullable().describe('Tên đơn vị'),
});
export type ScoredPerson = z.infer<typeof ScoredPersonSchema>;

export const ScoreCellSchema = z.object({
  month: z.number().int().describe('Tháng'),
  selfScore: z.number().nullable().describe('Điểm tự chấm'),
  /** The unit head's score: the one the year's grade is proposed from. */
  headScore: z.number().nullable().describe('Điểm thủ trưởng chấm'),
});
export type ScoreCell = z.infer<typeof ScoreCellSchema>;

export const ScoreTableRowSchema = ScoredPersonSchema.extend({
  ...YearScoreSummarySchema.shape,
  months: z.array(ScoreCellSchema).describe('Điểm từng tháng'),
});
export type ScoreTableRow = z.infer<typeof ScoreTableRowSchema>;

/** The sheet a year is scored on: its version (the one frozen when the year closed) and its grade bands. */
export const YearSheetSchema = HeadScorerSettingSchema.extend({
  sheet: ScoringSheetViewSchema.describe('Phiếu chấm điểm của năm'),
  sheetVersion: z.number().int().describe('Phiên bản phiếu chấm điểm'),
  bands: GradeBandsSchema.describe('Các mức xếp loại của năm'),
});
export type YearSheet = z.infer<typeof YearSheetSchema>;

/** Months after this one have not begun and cannot be scored yet (0: none, 12: all). */
const LastScorableMonth = z
  .number()
  .int()
  .describe('Tháng cuối cùng đã có thể chấm điểm (0: chưa tháng nào)');

export const ScoreTableSchema = YearSheetSchema.extend({
  lastScorableMonth: LastScorableMonth,
  rows: z.array(ScoreTableRowSchema).describe('Các dòng của bảng điểm'),
});
export type ScoreTable = z.infer<typeof ScoreTableSchema>;

export const PersonMonthSchema = ScoreCellSchema.extend({
  selfPoints: CriterionPointsSchema.nullable().describe('Điểm tự chấm theo tiêu chí'),
  headPoints: CriterionPointsSchema.nullable().describe('Điểm thủ trưởng chấm theo tiêu chí'),
  /** Who gave the head's score (name and account). */
  headScoredBy: z.string().nullable().describe('Người chấm điểm thủ trưởng'),
  comment: z.string().nullable().describe('Nhận xét'),
  /** The officer's reason when she corrected a head's score someone else gave. */
  headCorrectionReason: z.string().nullable().describe('Lý do sửa điểm thủ trưởng'),
  /** The sheet version the month was last scored on (null: before versions were kept). */
  sheetVersion: z.number().int().nullable().describe('Phiên bản phiếu chấm điểm đã dùng'),
});
export type PersonMonth = z.infer<typeof PersonMonthSchema>;

/** The grade the officer confirmed, with what the months proposed when it was confirmed. */
export const ConfirmedGradeSchema = z.object({
  grade: z.enum(GRADES).describe('Xếp loại đã xác nhận'),
  proposedGrade: z.enum(GRADES).nullable().describe('Xếp loại đề xuất khi xác nhận'),
  average: z.number().nullable().describe('Điểm trung bình khi xác nhận'),
  note: z.string().nullable().describe('Ghi chú'),
  confirmedBy: z.string().describe('Người xác nhận'),
});
export type ConfirmedGrade = z.infer<typeof ConfirmedGradeSchema>;

const Disciplined = z.boolean().describe('Bị kỷ luật trong năm (không được danh hiệu)');

export const PersonScoresSchema = YearSheetSchema.extend({
  person: ScoredPersonSchema,
  lastScorableMonth: LastScorableMonth,
  months: z.array(PersonMonthSchema).describe('Điểm từng tháng'),
  summary: YearScoreSummarySchema,
  confirmed: ConfirmedGradeSchema.nullable(),
  disciplined: Disciplined,
});
export type PersonScores = z.infer<typeof PersonScoresSchema>;

export const YearGradeRowSchema = ScoredPersonSchema.extend({
  ...YearScoreSummarySchema.shape,
  confirmed: ConfirmedGradeSchema.nullable(),
  /** Disciplined in the year: no title, whatever the grade. */
  disciplined: Disciplined,
});
export type YearGradeRow = z.infer<typeof YearGradeRowSchema>;

export const YearGradesSchema = z.object({
  canConfirm: z.boolean().describe('Người dùng được xác nhận xếp loại'),
  rows: z.array(YearGradeRowSchema),
});
export type YearGrades = z.infer<typeof YearGradesSchema>;

/** The answer of «xác nhận mọi xếp loại đề xuất». */
export const ConfirmedCountSchema = z.object({
  confirmed: z.number().int().describe('Số xếp loại vừa được xác nhận'),
});
export type ConfirmedCount = z.infer<typeof ConfirmedCountSchema>;
