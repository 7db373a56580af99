import { describe, expect, it } from 'vitest';
import type { EmulationYearSummary, YearStatus } from '@thidua/domain';
import { pickYear } from './pick-year';

const aYear = (year: number, status: YearStatus): EmulationYearSummary => ({
  id: `y${year}`,
  year,
  theme: `Năm ${year}`,
  status,
  registrationDeadline: null,
});

// Newest first, as the API lists them.
const years = [aYear(2027, 'closed'), aYear(2026, 'running'), aYear(2025, 'closed')];

describe('pickYear', () => {
  it('takes the year named in the address', () => {
    expect(pickYear(years, '2025')?.id).toBe('y2025');
  });

  it('without one, or with a year the commune does not have, takes the newest open year', () => {
    expect(pickYear(years)?.id).toBe('y2026');
    expect(pickYear(years, '1999')?.id).toBe('y2026');
  });

  it('takes the newest year when every year is closed', () => {
    expect(pickYear([aYear(2025, 'closed'), aYear(2024, 'closed')])?.id).toBe('y2025');
  });

  it('gives null when the commune has no year', () => {
    expect(pickYear([], '2025')).toBeNull();
  });
});
