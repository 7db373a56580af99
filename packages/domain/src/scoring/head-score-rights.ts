import * as z from 'zod';
import { scopeCovers, writeScopeOf, type Role, type ScopedUser } from '../roles';

/**
 * Who gives a cadre's head's score («Thủ trưởng chấm»), the score their year grade is proposed
 * from. Nobody judges their own month. A cadre's head is the head of their unit; the leaders — the
 * commune's officer, the unit heads and the chair, recognised by the account linked to their person
 * record — are scored by the chair, or by the account the commune names in the chair's place (a
 * vice-chair). The officer (and the province) may correct a head's score someone else gave, with a
 * reason that the audit keeps; she does not give a first one.
 */

/** A person linked to an active account of one of these roles leads, and is scored by the chair. */
export const SCORED_BY_CHAIR_ROLES: readonly Role[] = ['commune_officer', 'unit_head', 'chair'];

/** The signed-in user as the scoring rules see them. */
export interface ScoringUser extends ScopedUser {
  /** The account's id: the commune may name it to score the leaders. */
  id: string;
}

/** A cadre whose month is scored. */
export const HeadScoreSubjectSchema = z.object({
  personId: z.string().describe('Mã định danh nhân sự'),
  unitId: z.string().nullable().describe('Đơn vị'),
  /** Linked to an officer's, a unit head's or the chair's account: scored by the chair (or the named account). */
  scoredByChair: z.boolean().describe('Do Chủ tịch (hoặc người được giao) chấm điểm thủ trưởng'),
});
export type HeadScoreSubject = z.infer<typeof HeadScoreSubjectSchema>;

/** The commune's setting: the account that scores the leaders besides the chair (a vice-chair), if named. */
export const HeadScorerSettingSchema = z.object({
  headScorerUserId: z.string().nullable().describe('Tài khoản chấm điểm thủ trưởng thay Chủ tịch'),
});
export type HeadScorerSetting = z.infer<typeof HeadScorerSettingSchema>;

/** What a user is to a cadre's head's score: the one who gives it, an officer who may correct it, or nothing. */
export type HeadScoreRight = 'head' | 'correction' | null;

export function headScoreRightOf(
  user: ScoringUser,
  subject: HeadScoreSubject,
  setting: HeadScorerSetting,
): HeadScoreRight {
  if (user.personId !== null && user.personId === subject.personId) return null;
  const scope = writeScopeOf(user);
  if (subject.scoredByChair) {
    if (user.role === 'chair' || (setting.headScorerUserId !== null && user.id === setting.headScorerUserId))
      return 'head';
  } else if (scope.kind === 'unit' && scopeCovers(scope, subject)) {
    return 'head';
  }
  return scope.kind === 'commune' ? 'correction' : null;
}

/** Whether the user may write this month's head's score: the head always, an officer only over a score already given. */
export function canHeadScoreMonth(right: HeadScoreRight, month: { headScore: number | null }): boolean {
  return right === 'head' || (right === 'correction' && month.headScore !== null);
}

/** An officer's correction of another's head's score must say why. */
export function needsCorrectionReason(right: HeadScoreRight): boolean {
  return right === 'correction';
}

/**
 * Why a head's score is refused, as a catalog code: `SCORE_HEAD_OWN_MONTH` for one's own month,
 * `SCORE_HEAD_NOT_YOURS` when an officer would give a first score; null when allowed or plainly
 * not the user's business (a 403).
 */
export function headScoreRefusal(
  user: ScoringUser,
  subject: HeadScoreSubject,
  right: HeadScoreRight,
  month: { headScore: number | null },
): 'SCORE_HEAD_OWN_MONTH' | 'SCORE_HEAD_NOT_YOURS' | null {
  if (canHeadScoreMonth(right, month)) return null;
  if (user.personId !== null && user.personId === subject.personId) return 'SCORE_HEAD_OWN_MONTH';
  return right === 'correction' ? 'SCORE_HEAD_NOT_YOURS' : null;
}
