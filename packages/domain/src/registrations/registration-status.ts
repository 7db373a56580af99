import type { RegistrationStatus } from '../emulation-year/year-records';

/**
 * What may happen to a registration after it is submitted: the officer accepts it or returns it
 * with a reason; its owner submits a returned one again (completed) or withdraws it before it is
 * accepted. An accepted registration may still be returned by the officer when a problem is found.
 */
export const REGISTRATION_ACTIONS = ['return', 'accept', 'resubmit', 'withdraw'] as const;
export type RegistrationAction = (typeof REGISTRATION_ACTIONS)[number];

interface RegistrationMove {
  from: readonly RegistrationStatus[];
  to: RegistrationStatus;
  /** Who may make the move: the officer (and the province), or whoever may write the subject's records. */
  by: 'officer' | 'owner';
}

export const REGISTRATION_MOVES: Record<RegistrationAction, RegistrationMove> = {
  return: { from: ['submitted', 'accepted'], to: 'returned', by: 'officer' },
  accept: { from: ['submitted'], to: 'accepted', by: 'officer' },
  resubmit: { from: ['returned'], to: 'submitted', by: 'owner' },
  withdraw: { from: ['submitted', 'returned'], to: 'withdrawn', by: 'owner' },
};

/** The buttons' words. */
export const REGISTRATION_ACTION_LABELS: Record<RegistrationAction, string> = {
  return: 'Trả lại',
  accept: 'Duyệt',
  resubmit: 'Gửi lại',
  withdraw: 'Rút',
};

/** The user acting on a registration: whether they keep the commune's records, and whether their write scope covers its subject. */
export interface RegistrationMover {
  isOfficer: boolean;
  ownsSubject: boolean;
}

/** Whether the user's role may take this action at all, whatever the registration's status. */
export function mayActOnRegistration(action: RegistrationAction, mover: RegistrationMover): boolean {
  return REGISTRATION_MOVES[action].by === 'officer' ? mover.isOfficer : mover.ownsSubject;
}

/** Whether the user may take this action on a registration in this status. */
export function canMoveRegistration(
  status: RegistrationStatus,
  action: RegistrationAction,
  mover: RegistrationMover,
): boolean {
  return mayActOnRegistration(action, mover) && REGISTRATION_MOVES[action].from.includes(status);
}

/** The actions a user may take on a registration in this status, in button order. */
export function registrationActionsFor(
  status: RegistrationStatus,
  mover: RegistrationMover,
): RegistrationAction[] {
  return REGISTRATION_ACTIONS.filter((action) => canMoveRegistration(status, action, mover));
}

/**
 * Whether the deadline stops this user: once the window is closed only the officer registers or
 * changes registrations, except that an owner may still complete and send again what the officer
 * returned to them (the return itself asks for it).
 */
export function isStoppedByDeadline(
  action: RegistrationAction | 'create',
  mover: RegistrationMover,
  windowOpen: boolean,
): boolean {
  return !windowOpen && !mover.isOfficer && action !== 'resubmit';
}
