import { describe, expect, it } from 'vitest';
import type { RegistrationStatus } from '../emulation-year/year-records';
import {
  canMoveRegistration,
  isStoppedByDeadline,
  mayActOnRegistration,
  registrationActionsFor,
  type RegistrationMover,
} from './registration-status';

const officer: RegistrationMover = { isOfficer: true, ownsSubject: true };
const owner: RegistrationMover = { isOfficer: false, ownsSubject: true };
const stranger: RegistrationMover = { isOfficer: false, ownsSubject: false };

describe('canMoveRegistration', () => {
  it('lets the officer accept or return a submitted registration, and not its owner', () => {
    expect(canMoveRegistration('submitted', 'accept', officer)).toBe(true);
    expect(canMoveRegistration('submitted', 'return', officer)).toBe(true);
    expect(canMoveRegistration('submitted', 'accept', owner)).toBe(false);
    expect(canMoveRegistration('submitted', 'return', owner)).toBe(false);
  });

  it('sends a returned registration back to its owner, who submits it again', () => {
    expect(canMoveRegistration('returned', 'resubmit', owner)).toBe(true);
    expect(canMoveRegistration('returned', 'resubmit', stranger)).toBe(false);
    expect(canMoveRegistration('returned', 'accept', officer)).toBe(false);
    expect(canMoveRegistration('submitted', 'resubmit', owner)).toBe(false);
  });

  it('lets the owner withdraw before acceptance, not after', () => {
    expect(canMoveRegistration('submitted', 'withdraw', owner)).toBe(true);
    expect(canMoveRegistration('returned', 'withdraw', owner)).toBe(true);
    expect(canMoveRegistration('accepted', 'withdraw', owner)).toBe(false);
    expect(canMoveRegistration('accepted', 'withdraw', officer)).toBe(false);
  });

  it('lets the officer return an accepted registration when a problem is found', () => {
    expect(canMoveRegistration('accepted', 'return', officer)).toBe(true);
    expect(canMoveRegistration('accepted', 'accept', officer)).toBe(false);
  });

  it('moves a withdrawn registration no more', () => {
    const withdrawn: RegistrationStatus = 'withdrawn';
    expect(registrationActionsFor(withdrawn, officer)).toEqual([]);
  });
});

describe('registrationActionsFor', () => {
  it('offers each user only the buttons they may press', () => {
    expect(registrationActionsFor('submitted', officer)).toEqual(['return', 'accept', 'withdraw']);
    expect(registrationActionsFor('submitted', owner)).toEqual(['withdraw']);
    expect(registrationActionsFor('returned', owner)).toEqual(['resubmit', 'withdraw']);
    expect(registrationActionsFor('submitted', stranger)).toEqual([]);
  });
});

describe('mayActOnRegistration', () => {
  it('tells a role that may never act from a status that does not allow it', () => {
    expect(mayActOnRegistration('accept', owner)).toBe(false);
    expect(mayActOnRegistration('accept', officer)).toBe(true);
    expect(mayActOnRegistration('withdraw', stranger)).toBe(false);
  });
});

describe('isStoppedByDeadline', () => {
  it('stops owners after the deadline, not the officer', () => {
    expect(isStoppedByDeadline('create', owner, false)).toBe(true);
    expect(isStoppedByDeadline('withdraw', owner, false)).toBe(true);
    expect(isStoppedByDeadline('create', officer, false)).toBe(false);
  });

  it('stops nobody while the window is open', () => {
    expect(isStoppedByDeadline('create', owner, true)).toBe(false);
  });

  it('still lets an owner send again what the officer returned', () => {
    expect(isStoppedByDeadline('resubmit', owner, false)).toBe(false);
  });
});
