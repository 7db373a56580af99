import { describe, expect, it } from 'vitest';
import { periodTargetProgress, type PeriodTargetFigures } from './period-target-progress';

/** "Đến năm 2030, tỷ lệ dân số tham gia bảo hiểm y tế đạt 98,0%" (five-year report 2021–2025, II.(9)). */
const healthInsurance: PeriodTargetFigures = {
  fromYear: 2026,
  toYear: 2030,
  direction: 'higher',
  target: 98,
};

describe('periodTargetProgress', () => {
  it('has no verdict before any year has its actual', () => {
    expect(periodTargetProgress(healthInsurance, [{ year: 2026, actual: null }])).toEqual({
      verdict: 'chua_danh_gia',
      percent: null,
      percentText: null,
      latestYear: null,
      latestActual: null,
      final: false,
      yearsMet: 0,
      years: [],
    });
  });

  it('judges the latest actual against the target, provisionally while the period runs', () => {
    const progress = periodTargetProgress(healthInsurance, [
      { year: 2027, actual: 96.5 },
      { year: 2026, actual: 95 },
    ]);
    expect(progress).toMatchObject({
      verdict: 'chua_dat',
      percentText: '98,5%',
      latestYear: 2027,
      latestActual: 96.5,
      final: false,
    });
    expect(progress.years.map((y) => [y.year, y.verdict])).toEqual([
      [2026, 'chua_dat'],
      [2027, 'chua_dat'],
    ]);
  });

  it('is final once the period’s last year has its figure', () => {
    const progress = periodTargetProgress(healthInsurance, [
      { year: 2029, actual: 97.9 },
      { year: 2030, actual: 98 },
    ]);
    expect(progress).toMatchObject({ verdict: 'dat', percentText: '100%', latestYear: 2030, final: true });
  });

  it('counts the years that reached the target (for "hằng năm đạt …" targets)', () => {
    const everyYear = { fromYear: 2026, toYear: 2030, direction: 'higher', target: 100 } as const;
    const progress = periodTargetProgress(everyYear, [
      { year: 2026, actual: 100 },
      { year: 2027, actual: 99 },
      { year: 2028, actual: 101 },
    ]);
    expect(progress.yearsMet).toBe(2);
    expect(progress.verdict).toBe('vuot');
  });

  it('applies the lower-is-better rule: a poverty rate under the target exceeds it', () => {
    const poverty = { fromYear: 2026, toYear: 2030, direction: 'lower', target: 1 } as const;
    expect(periodTargetProgress(poverty, [{ year: 2028, actual: 0.8 }])).toMatchObject({
      verdict: 'vuot',
      percentText: '125%',
    });
    expect(periodTargetProgress(poverty, [{ year: 2028, actual: 1.2 }]).verdict).toBe('chua_dat');
  });

  it('ignores years outside the period and years without an actual', () => {
    const progress = periodTargetProgress(healthInsurance, [
      { year: 2025, actual: 99 },
      { year: 2026, actual: 97 },
      { year: 2027, actual: null },
      { year: 2031, actual: 99 },
    ]);
    expect(progress).toMatchObject({ latestYear: 2026, latestActual: 97, verdict: 'chua_dat' });
    expect(progress.years).toHaveLength(1);
  });

  it('takes the period’s first and last years as inside it', () => {
    const years = periodTargetProgress(healthInsurance, [
      { year: 2026, actual: 1 },
      { year: 2030, actual: 2 },
    ]).years.map((y) => y.year);
    expect(years).toEqual([2026, 2030]);
  });

  it('has a verdict but no percent for a zero target', () => {
    const zeroCrime = { fromYear: 2026, toYear: 2030, direction: 'lower', target: 0 } as const;
    expect(periodTargetProgress(zeroCrime, [{ year: 2026, actual: 0 }])).toMatchObject({
      verdict: 'dat',
      percent: null,
    });
  });

  it('refuses two actuals for one year (one indicator per year follows a target)', () => {
    expect(() =>
      periodTargetProgress(healthInsurance, [
        { year: 2026, actual: 1 },
        { year: 2026, actual: 2 },
      ]),
    ).toThrow(RangeError);
  });
});
