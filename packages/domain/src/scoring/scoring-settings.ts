import * as z from 'zod';
import '../validation';
import { GradeBandsShape, type GradeBands } from './grade-bands';
import { ScoringSheetSchema, type ScoringSheet } from './scoring-sheet';

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
export interface ScoringSheetVersion extends ScoringSheet, GradeBands {
  version: number;
}

/** The commune's settings as the API gives them; `isDefault` while the commune has not set its own sheet. */
export interface ScoringSettingsView extends ScoringSheetVersion {
  isDefault: boolean;
  headScorer: { userId: string; displayName: string } | null;
}
