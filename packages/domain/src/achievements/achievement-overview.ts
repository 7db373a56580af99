import * as z from 'zod';
import { AchievementViewSchema } from './achievement-schemas';
import { ExemplarViewSchema } from './exemplar-schemas';
import { InitiativeViewSchema } from './initiative-schemas';

/**
 * A person's or a unit's record across the years, newest year first: what the title criteria and
 * the nomination dossiers look back on. For a unit, the initiatives are those of its people.
 */
export const SubjectAchievementsSchema = z.object({
  achievements: z.array(AchievementViewSchema).describe('Thành tích'),
  initiatives: z.array(InitiativeViewSchema).describe('Sáng kiến'),
  exemplars: z.array(ExemplarViewSchema).describe('Điển hình tiên tiến'),
});
export type SubjectAchievements = z.infer<typeof SubjectAchievementsSchema>;
