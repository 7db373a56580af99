import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayAfter, dayBefore, isInForce, isIsoDate, monthsServedInYear } from './dates';

describe('ISO dates', () => {
  it('accepts real days only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
  });

  it('steps across months and years', () => {
    expect(dayBefore('2024-01-01')).toBe('2023-12-31');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
    expect(dayAfter('2023-12-31')).toBe('2024-01-01');
    expect(dayAfter('2025-06-30')).toBe('2025-07-01');
  });

  it('dayAfter undoes dayBefore on every day', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (d) => {
          const date = d.toISOString().slice(0, 10);
          expect(dayAfter(dayBefore(date))).toBe(date);
          expect(dayBefore(date) < date).toBe(true);
        },
      ),
    );
  });

  it('a period includes its first and last day, and an open end has none', () => {
    const period = { effectiveFrom: '2024-01-01', effectiveTo: '2025-06-30' };
    expect(isInForce(period, '2023-12-31')).toBe(false);
    expect(isInForce(period, '2024-01-01')).toBe(true);
    expect(isInForce(period, '2025-06-30')).toBe(true);
    expect(isInForce(period, '2025-07-01')).toBe(false);
    expect(isInForce({ effectiveFrom: '2025-07-01', effectiveTo: null }, '2099-01-01')).toBe(true);
  });

  it('counts whole months served before the year ends', () => {
    expect(monthsServedInYear('2025-03-01', 2025)).toBe(10);
    expect(monthsServedInYear('2025-03-02', 2025)).toBe(9);
    expect(monthsServedInYear('2025-07-01', 2025)).toBe(6);
    expect(monthsServedInYear('2024-11-15', 2025)).toBe(12);
    expect(monthsServedInYear('2026-01-01', 2025)).toBe(0);
  });
});
