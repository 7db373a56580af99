import { canManageEmulationYear, formatDateVi } from '@thidua/domain';
import { useCurrentUser } from '../../auth/session';
import { useYearIsOpen } from '../../shell/year-scope';
import { ScopedLink } from '../../shell/links';
import { paths } from '../../shell/paths';

/**
 * Whether the user may launch movements, review them, keep pacts and attach their files: the
 * officer, the chair and the province, while the year is open. Others read.
 */
export function useCanKeepMovementsAndPacts(): boolean {
  const { role } = useCurrentUser();
  const isOpen = useYearIsOpen();
  return canManageEmulationYear(role) && isOpen;
}

/** «15/01/2026 – 31/12/2026», «Từ 15/01/2026», or a dash. */
export function periodText(startsOn: string | null, endsOn: string | null): string {
  if (startsOn && endsOn) return `${formatDateVi(startsOn)} – ${formatDateVi(endsOn)}`;
  if (startsOn) return `Từ ${formatDateVi(startsOn)}`;
  if (endsOn) return `Đến ${formatDateVi(endsOn)}`;
  return '—';
}

/** «Kế hoạch số 12/KH-UBND ngày 10/01/2026». */
export function planText(planNumber: string | null, planDate: string | null): string {
  if (!planNumber && !planDate) return 'Chưa ghi';
  return [planNumber && `Số ${planNumber}`, planDate && `ngày ${formatDateVi(planDate)}`]
    .filter(Boolean)
    .join(' ');
}

/** A link to a movement that keeps the year chosen in the address (`?nam=`). */
export function MovementLink({ id, children }: { id: string; children: string }) {
  return <ScopedLink to={paths.movement(id)}>{children}</ScopedLink>;
}
