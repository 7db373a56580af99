import {
  canManageOrganisation,
  scopeCovers,
  writeScopeOf,
  type Role,
  type ScopedUser,
  type WriteScope,
} from '../roles';

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

/**
 * The head's score is given by the head of the person's unit, or by the officer. A unit head does
 * not score their own month: the officer does (nobody judges their own work).
 */
export function canHeadScore(
  user: ScopedUser,
  subject: { personId: string; unitId: string | null },
): boolean {
  const scope = writeScopeOf(user);
  if (scope.kind === 'commune') return true;
  if (scope.kind !== 'unit' || subject.personId === user.personId) return false;
  return scopeCovers(scope, subject);
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
