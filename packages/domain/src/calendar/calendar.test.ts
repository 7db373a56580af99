import { describe, expect, it } from 'vitest';
import { firstDayOfYear, lastDayOfYear } from './calendar-year';
import { daysBetween } from './days-between';
import { isoDateInVietnamAt } from './iso-date-in-vietnam';

describe('isoDateInVietnamAt', () => {
  it("takes today's date in Vietnam (UTC+7), not in the server's zone", () => {
    expect(isoDateInVietnamAt(new Date('2026-03-31T16:59:59Z'))).toBe('2026-03-31');
    expect(isoDateInVietnamAt(new Date('2026-03-31T17:00:00Z'))).toBe('2026-04-01');
  });
});

describe('daysBetween', () => {
  it('counts calendar days, across a month, a leap day and a year', () => {
    expect(daysBetween('2026-03-31', '2026-04-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2026-01-10', '2026-01-10')).toBe(0);
    expect(daysBetween('2026-01-10', '2026-01-03')).toBe(-7);
  });
});

describe('firstDayOfYear and lastDayOfYear', () => {
  it('write the year with four digits', () => {
    expect(firstDayOfYear(2026)).toBe('2026-01-01');
    expect(lastDayOfYear(2026)).toBe('2026-12-31');
    expect(lastDayOfYear(999)).toBe('0999-12-31');
  });
});
