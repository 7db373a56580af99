import { isYearLocked, type EmulationYearSummary } from '@thidua/domain';

/** The year to show first: the one in the address (`?nam=2025`), else the newest still open, else the newest. */
export function pickYear(years: EmulationYearSummary[], wanted: string | null = null) {
  return (
    years.find((y) => String(y.year) === wanted) ??
    years.find((y) => !isYearLocked(y.status)) ??
    years[0] ??
    null
  );
}
