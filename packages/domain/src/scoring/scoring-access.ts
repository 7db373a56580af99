import { canManageOrganisation, writeScopeOf, type Role, type ScopedUser, type WriteScope } from '../roles';

/**
 * Who reads and writes the monthly scores, the year grades and the discipline records. Built on
 * the write scopes of roles.ts: the officer keeps everything, a unit head the unit's people, a
 * cadre their own month.
 */

/** Those who keep or decide on the emulation work read every cadre's scores and grades. */
export function canReadAllScores(role: Role): boolean {
  return canManageOrganisation(role) || role === 'chair' || role === 'council_member';
}

/** Whose scores a user reads: everyone's for the readers above, else what they may write. */
export function scoreReadScope(user: ScopedUser): WriteScope {
  return canReadAllScores(user.role) ? { kind: 'commune' } : writeScopeOf(user);
}

/** The self-score is the person's own; the officer may enter it from the paper sheet. */
export function canSelfScore(user: ScopedUser, subject: { personId: string }): boolean {
  return (
    writeScopeOf(user).kind === 'commune' || (user.personId !== null && user.personId === subject.personId)
  );
}

/** Once the head has scored a month, its self-score stays as the head saw it: only the officer still corrects it. */
export function canChangeSelfScoreAfterHead(user: ScopedUser): boolean {
  return writeScopeOf(user).kind === 'commune';
}

/** The sheet, the grade bands and who scores the leaders are set by the officer (and the province). */
export function canEditScoringSettings(role: Role): boolean {
  return canManageOrganisation(role);
}

/** The year-end grade is confirmed by the officer (and the province). */
export function canConfirmGrades(role: Role): boolean {
  return canManageOrganisation(role);
}

/** Discipline records are kept by the officer; the council and the chair read them (they block titles). */
export function canManageDisciplines(role: Role): boolean {
  return canManageOrganisation(role);
}

export function canReadAllDisciplines(role: Role): boolean {
  return canReadAllScores(role);
}
