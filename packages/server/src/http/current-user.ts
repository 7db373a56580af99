import type { AdminLevel, Role } from '@thidua/domain';

/** The signed-in user, as the session hook puts it on the request. */
export interface CurrentUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  adminUnit: { id: string; code: string; name: string; level: AdminLevel; parentId: string | null };
  /** The unit a unit head heads, and a member's own person record (see domain `writeScopeOf`). */
  unitId: string | null;
  personId: string | null;
}
