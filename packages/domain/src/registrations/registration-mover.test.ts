import { describe, expect, it } from 'vitest';
import type { Role, ScopedUser } from '../roles';
import { canRegisterNow, registrationActionsNow, registrationMoverOf } from './registration-mover';

const user = (role: Role, links: Partial<ScopedUser> = {}): ScopedUser => ({
  role,
  unitId: null,
  personId: null,
  ...links,
});
const head = user('unit_head', { unitId: 'unit-1', personId: 'head-person' });
const member = user('member', { personId: 'me' });

describe('registrationMoverOf', () => {
  it('says whether the user keeps the records and whether they may write the subject', () => {
    expect(registrationMoverOf(user('commune_officer'), { personId: 'x', unitId: null })).toEqual({
      isOfficer: true,
      ownsSubject: true,
    });
    expect(registrationMoverOf(head, { personId: null, unitId: 'unit-1' })).toEqual({
      isOfficer: false,
      ownsSubject: true,
    });
    expect(registrationMoverOf(member, { personId: 'other', unitId: 'unit-1' }).ownsSubject).toBe(false);
  });
});

describe('canRegisterNow', () => {
  it('lets owners register while the window is open, only the officer after it', () => {
    expect(canRegisterNow(member, true)).toBe(true);
    expect(canRegisterNow(member, false)).toBe(false);
    expect(canRegisterNow(head, false)).toBe(false);
    expect(canRegisterNow(user('commune_officer'), false)).toBe(true);
    expect(canRegisterNow(user('group_leader'), true)).toBe(false);
  });
});

describe('registrationActionsNow', () => {
  const owner = { isOfficer: false, ownsSubject: true };
  it('leaves an owner only the resubmission of a returned registration after the deadline', () => {
    expect(registrationActionsNow('returned', owner, true)).toEqual(['resubmit', 'withdraw']);
    expect(registrationActionsNow('returned', owner, false)).toEqual(['resubmit']);
    expect(registrationActionsNow('submitted', { isOfficer: true, ownsSubject: true }, false)).toEqual([
      'return',
      'accept',
      'withdraw',
    ]);
  });
});
