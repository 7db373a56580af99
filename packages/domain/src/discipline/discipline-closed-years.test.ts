import { describe, expect, it } from 'vitest';
import { closedYearCountedBy } from './discipline-closed-years';

const period = (decidedOn: string, effectiveUntil: string | null = null) =>
  ({ form: 'khien_trach', decidedOn, effectiveUntil }) as const;

describe('closedYearCountedBy (disqualifier.discipline: a closed year’s grades are final)', () => {
  it('finds a decision dated in a closed year', () => {
    expect(closedYearCountedBy([period('2025-08-01')], [2024, 2025])).toEqual({
      year: 2025,
      decidedOn: '2025-08-01',
    });
  });

  it('finds an earlier decision whose term reaches into a closed year', () => {
    expect(closedYearCountedBy([period('2024-10-01', '2025-03-31')], [2025])).toEqual({
      year: 2025,
      decidedOn: '2024-10-01',
    });
  });

  it('lets through a decision that counts in open years only, on both sides of the boundary', () => {
    expect(closedYearCountedBy([period('2026-01-01', '2027-01-01')], [2025])).toBeNull();
    expect(closedYearCountedBy([period('2025-12-31')], [2026])).toBeNull();
    expect(closedYearCountedBy([period('2025-12-31')], [2025])).not.toBeNull();
  });
});
