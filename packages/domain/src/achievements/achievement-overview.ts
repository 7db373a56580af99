import type { AchievementView } from './achievement-schemas';
import type { ExemplarView } from './exemplar-schemas';
import type { InitiativeView } from './initiative-schemas';

/**
 * A person's or a unit's record across the years, newest year first: what the title criteria and
 * the nomination dossiers look back on. For a unit, the initiatives are those of its people.
 */
export interface SubjectAchievements {
  achievements: AchievementView[];
  initiatives: InitiativeView[];
  exemplars: ExemplarView[];
}
