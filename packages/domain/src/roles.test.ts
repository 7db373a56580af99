import { describe, expect, it } from 'vitest';
import {
  assignableRoles,
  canManageUsers,
  canReadAuditLog,
  isProvinceWide,
  ROLE_LABELS,
  ROLES,
  scopeCovers,
  writeScopeOf,
} from './roles';

describe('roles (SPEC §1)', () => {
  it('has a Vietnamese label for every role', () => {
    expect(Object.keys(ROLE_LABELS).sort()).toEqual([...ROLES].sort());
  });

  it('makes only the province administrator province-wide', () => {
    expect(ROLES.filter(isProvinceWide)).toEqual(['province_admin']);
  });

  it('lets administrators manage accounts, and a commune officer give only commune roles', () => {
    expect(ROLES.filter(canManageUsers)).toEqual(['province_admin', 'commune_officer']);
    expect(assignableRoles('province_admin')).toEqual(ROLES);
    expect(assignableRoles('commune_officer')).not.toContain('province_admin');
    expect(assignableRoles('commune_officer')).toContain('chair');
    expect(assignableRoles('chair')).toEqual([]);
  });

  it('lets only the officer, the chair and the province read the audit log', () => {
    expect(ROLES.filter(canReadAuditLog)).toEqual(['province_admin', 'commune_officer', 'chair']);
  });

  describe("write scope of the year's records", () => {
    const ownPerson = { personId: 'p1', unitId: 'u1' };
    const colleague = { personId: 'p2', unitId: 'u1' };
    const otherUnitsPerson = { personId: 'p3', unitId: 'u2' };
    const theUnit = { personId: null, unitId: 'u1' };
    const covered = (user: Parameters<typeof writeScopeOf>[0]) =>
      [ownPerson, colleague, otherUnitsPerson, theUnit].map((s) => scopeCovers(writeScopeOf(user), s));

    it('lets the officer and the province write every record', () => {
      expect(covered({ role: 'commune_officer', unitId: null, personId: null })).toEqual([
        true,
        true,
        true,
        true,
      ]);
      expect(covered({ role: 'province_admin', unitId: null, personId: null })).toEqual([
        true,
        true,
        true,
        true,
      ]);
    });

    it("lets a unit head write the unit and its people, not another unit's", () => {
      expect(covered({ role: 'unit_head', unitId: 'u1', personId: null })).toEqual([true, true, false, true]);
    });

    it('lets a member, or any other role linked to a person, write only their own', () => {
      expect(covered({ role: 'member', unitId: null, personId: 'p1' })).toEqual([true, false, false, false]);
      expect(covered({ role: 'chair', unitId: null, personId: 'p1' })).toEqual([true, false, false, false]);
      expect(covered({ role: 'unit_head', unitId: null, personId: 'p1' })).toEqual([
        true,
        false,
        false,
        false,
      ]);
    });

    it('gives an account linked to nothing no record to write', () => {
      expect(covered({ role: 'member', unitId: null, personId: null })).toEqual([false, false, false, false]);
      expect(covered({ role: 'council_member', unitId: null, personId: null })).toEqual([
        false,
        false,
        false,
        false,
      ]);
    });
  });
});
