import { canManageEmulationYear } from '@thidua/domain';
import { useCurrentUser } from '../../auth/session';

/** Whether the user keeps the commune's years and targets (officer, chair, province); others read. */
export function useCanManageYear(): boolean {
  return canManageEmulationYear(useCurrentUser().role);
}
