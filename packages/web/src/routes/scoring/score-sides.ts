import {
  canHeadScoreMonth,
  canSelfScore,
  headScoreRightOf,
  needsCorrectionReason,
  type HeadScorerSetting,
  type ScoredPerson,
  type ScoringUser,
} from '@thidua/domain';
import type { ScoreSide } from '../../api/scoring-hooks';

export interface MonthSides {
  /** The scores the user may give for the month, the head's score first (as the officer mostly corrects it). */
  sides: ScoreSide[];
  /** The head's score would be an officer's correction: the form asks for the reason. */
  correction: boolean;
}

/** What the user may score of one cadre's month: the same domain rules the server enforces. */
export function monthSidesFor(
  user: ScoringUser,
  person: ScoredPerson,
  setting: HeadScorerSetting,
  month: { headScore: number | null },
): MonthSides {
  const right = headScoreRightOf(user, person, setting);
  return {
    sides: [
      ...(canHeadScoreMonth(right, month) ? (['head'] as const) : []),
      ...(canSelfScore(user, person) ? (['self'] as const) : []),
    ],
    correction: needsCorrectionReason(right),
  };
}
