import { isDisciplinedInYear, type DisciplinePeriod } from './discipline';

/**
 * The first closed year that one of these discipline periods counts in (decided in it, or in force
 * during it), or null. A closed year's grade table is final: a discipline that would count in it is
 * neither recorded nor changed afterwards (a title already conferred is revoked by a decision of its
 * own, not by editing the year).
 */
export function closedYearCountedBy(
  periods: readonly DisciplinePeriod[],
  closedYears: readonly number[],
): { year: number; decidedOn: string } | null {
  for (const year of [...closedYears].sort((a, b) => a - b)) {
    const counted = periods.find((period) => isDisciplinedInYear([period], year));
    if (counted) return { year, decidedOn: counted.decidedOn };
  }
  return null;
}
