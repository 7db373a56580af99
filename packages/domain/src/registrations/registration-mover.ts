import {
  canManageOrganisation,
  scopeCovers,
  writeScopeOf,
  type RecordSubject,
  type ScopedUser,
} from '../roles';
import {
  isStoppedByDeadline,
  registrationActionsFor,
  type RegistrationAction,
  type RegistrationMover,
} from './registration-status';
import type { RegistrationStatus } from '../emulation-year/year-records';

/**
 * What a user is to a registration's subject (the server's checks and the page's buttons ask the
 * same): whether they keep the commune's records, and whether their write scope covers the subject.
 */
export function registrationMoverOf(user: ScopedUser, subject: RecordSubject): RegistrationMover {
  return {
    isOfficer: canManageOrganisation(user.role),
    ownsSubject: scopeCovers(writeScopeOf(user), subject),
  };
}

/** Whether the user may register someone now: they may write some subject, and the deadline does not stop them. */
export function canRegisterNow(user: ScopedUser, windowOpen: boolean): boolean {
  const mover = {
    isOfficer: canManageOrganisation(user.role),
    ownsSubject: writeScopeOf(user).kind !== 'none',
  };
  return mover.ownsSubject && !isStoppedByDeadline('create', mover, windowOpen);
}

/** The actions the user may take on a registration in this status today, the deadline considered, in button order. */
export function registrationActionsNow(
  status: RegistrationStatus,
  mover: RegistrationMover,
  windowOpen: boolean,
): RegistrationAction[] {
  return registrationActionsFor(status, mover).filter(
    (action) => !isStoppedByDeadline(action, mover, windowOpen),
  );
}
