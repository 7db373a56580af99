/** One year's outcome: achieved the title (or the grade) or not. A missing year is a gap. */
export interface YearOutcome {
  year: number;
  achieved: boolean;
}

export interface ConsecutiveRun {
  /** How many achievements the run holds. */
  length: number;
  /** The years of the run, oldest first. */
  years: number[];
  /** The year that broke the run (not achieved, or missing), or null when nothing earlier could count. */
  brokenBy: number | null;
}

export interface RunOptions {
  /** Distance between two achievements of the run: 1 for yearly titles, 3 for a three-year title. */
  step?: number;
  /** Years up to this one were already used for an award of the same kind and do not count again. */
  startAfter?: number;
}

/**
 * The run of consecutive achievements ending in `endYear`, counted back until a gap year. It is the
 * rule of «liên tục» for titles (Luật Thi đua, khen thưởng 2022 Điều 21–23, 73–74) and for the
 * cultural ratings' runs of 3 and 5 years (Nghị định 86/2023).
 */
export function consecutiveRun(
  outcomes: Iterable<YearOutcome>,
  endYear: number,
  options: RunOptions = {},
): ConsecutiveRun {
  const step = options.step ?? 1;
  if (!Number.isInteger(step) || step < 1) throw new RangeError(`step must be a positive integer: ${step}`);
  const floor = options.startAfter ?? Number.NEGATIVE_INFINITY;
  const achieved = new Set<number>();
  for (const outcome of outcomes) if (outcome.achieved) achieved.add(outcome.year);

  const years: number[] = [];
  let year = endYear;
  while (year > floor && achieved.has(year)) {
    years.push(year);
    year -= step;
  }
  return { length: years.length, years: years.reverse(), brokenBy: year > floor ? year : null };
}

/** The outcomes of the years holding one award, from a list of `{ year }` entries. */
export function achievedIn(years: Iterable<number>): YearOutcome[] {
  return Array.from(years, (year) => ({ year, achieved: true }));
}
