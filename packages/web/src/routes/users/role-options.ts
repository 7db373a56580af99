import { assignableRoles, ROLE_LABELS, type Role } from '@thidua/domain';

/** The roles an administrator may give, as select options; `keep` stays listed even if not assignable. */
export function roleOptions(actorRole: Role, keep?: Role) {
  const roles = assignableRoles(actorRole);
  const listed = keep && !roles.includes(keep) ? [...roles, keep] : roles;
  return listed.map((role) => ({ value: role, label: ROLE_LABELS[role], disabled: !roles.includes(role) }));
}
