import * as z from 'zod';
import '../validation';
import { GradeBandsSchema, GradeBandsShape } from './grade-bands';
import { ScoringSheetSchema, ScoringSheetViewSchema } from './scoring-sheet';

/**
 * What the officer sets on the scoring sheet page: the criteria, the grade bands and the fewest
 * months for a proposal (a new sheet version when any of them changes), and the account that
 * scores the leaders in the chair's place.
 */
export const ScoringSettingsInputSchema = ScoringSheetSchema.safeExtend({
  ...GradeBandsShape,
  headScorerUserId: z.uuid().nullable().describe('Người chấm điểm thủ trưởng thay Chủ tịch'),
});
export type ScoringSettingsInput = z.infer<typeof ScoringSettingsInputSchema>;

/** One version of the commune's sheet: what a year is scored and graded on. Version 0 is the default sheet. */
export const ScoringSheetVersionSchema = ScoringSheetViewSchema.extend({
  ...GradeBandsSchema.shape,
  version: z.number().int().describe('Phiên bản phiếu chấm điểm'),
});
export type ScoringSheetVersion = z.infer<typeof ScoringSheetVersionSchema>;

/** The commune's settings as the API gives them; `isDefault` while the commune has not set its own sheet. */
export const ScoringSettingsViewSchema = ScoringSheetVersionSchema.extend({
  isDefault: z.boolean().describe('Đang dùng phiếu chấm điểm mặc định'),
  headScorer: z
    .object({ userId: z.string(), displayName: z.string() })
    .nullable()
    .describe('Người chấm điểm thủ trưởng thay Chủ tịch'),
});
export type ScoringSettingsView = z.infer<typeof ScoringSettingsViewSchema>;
