import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { achievedIn, consecutiveRun } from './consecutive-run';

describe('consecutiveRun («liên tục»: calendar years without a gap, legal-rules.md §4)', () => {
  it('counts back from the end year until a gap year breaks the run', () => {
    const run = consecutiveRun(achievedIn([2019, 2020, 2022, 2023, 2024]), 2024);
    expect(run).toEqual({ length: 3, years: [2022, 2023, 2024], brokenBy: 2021 });
  });

  it('is empty when the end year itself was not achieved', () => {
    expect(consecutiveRun(achievedIn([2022, 2023]), 2024)).toEqual({ length: 0, years: [], brokenBy: 2024 });
  });

  it('a year recorded as not achieved breaks it like a missing year', () => {
    const outcomes = [
      { year: 2022, achieved: true },
      { year: 2023, achieved: false },
      { year: 2024, achieved: true },
    ];
    expect(consecutiveRun(outcomes, 2024).years).toEqual([2024]);
  });

  it('does not count again years already used by an earlier award of the same kind', () => {
    const run = consecutiveRun(achievedIn([2020, 2021, 2022, 2023, 2024, 2025]), 2025, { startAfter: 2022 });
    expect(run).toEqual({ length: 3, years: [2023, 2024, 2025], brokenBy: null });
  });

  it('steps by the period of a multi-year title', () => {
    expect(consecutiveRun(achievedIn([2019, 2022, 2025]), 2025, { step: 3 }).length).toBe(3);
    expect(consecutiveRun(achievedIn([2019, 2021, 2025]), 2025, { step: 3 }).brokenBy).toBe(2022);
  });

  const yearsArb = fc.uniqueArray(fc.integer({ min: 2000, max: 2030 }), { maxLength: 31 });
  const endArb = fc.integer({ min: 2000, max: 2030 });

  it('property: the run is contiguous, achieved, ends at the end year, and the year before it is a gap', () => {
    fc.assert(
      fc.property(yearsArb, endArb, (years, end) => {
        const run = consecutiveRun(achievedIn(years), end);
        expect(run.length).toBe(run.years.length);
        run.years.forEach((y, i) => {
          expect(years).toContain(y);
          if (i > 0) expect(y).toBe(run.years[i - 1]! + 1);
        });
        if (run.length > 0) expect(run.years.at(-1)).toBe(end);
        expect(years).not.toContain(run.brokenBy);
        expect(run.brokenBy).toBe(end - run.length);
      }),
    );
  });

  it('property: removing any year inside the run cuts it to the years after that gap', () => {
    fc.assert(
      fc.property(yearsArb, endArb, fc.nat(), (years, end, pick) => {
        const run = consecutiveRun(achievedIn(years), end);
        fc.pre(run.length > 0);
        const gap = run.years[pick % run.length]!;
        const cut = consecutiveRun(achievedIn(years.filter((y) => y !== gap)), end);
        expect(cut.length).toBe(end - gap);
        expect(cut.brokenBy).toBe(gap);
      }),
    );
  });

  it('property: startAfter never lets the run reach back to or before it', () => {
    fc.assert(
      fc.property(yearsArb, endArb, endArb, (years, end, used) => {
        const run = consecutiveRun(achievedIn(years), end, { startAfter: used });
        expect(run.years.every((y) => y > used)).toBe(true);
        expect(run.length).toBeLessThanOrEqual(consecutiveRun(achievedIn(years), end).length);
      }),
    );
  });
});
