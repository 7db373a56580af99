import { describe, expect, it } from 'vitest';
import { assignableRoles, canManageUsers, isProvinceWide, ROLE_LABELS, ROLES } from './roles';

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
});
