/** Percentile with linear interpolation between the closest ranks (p in 0..100). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new RangeError('percentile of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const below = sorted[Math.floor(rank)]!;
  const above = sorted[Math.ceil(rank)]!;
  return below + (above - below) * (rank - Math.floor(rank));
}

export interface Spread {
  runs: number;
  min: number;
  median: number;
  max: number;
}

export function spread(values: readonly number[]): Spread {
  return {
    runs: values.length,
    min: percentile(values, 0),
    median: percentile(values, 50),
    max: percentile(values, 100),
  };
}

/** How many times `numerator` is `denominator`; NaN when there is nothing to compare with. */
export function ratio(numerator: number, denominator: number): number {
  return denominator > 0 ? numerator / denominator : Number.NaN;
}

/** Keeps `digits` significant digits, for ratios that may be far below 1. */
export function significant(value: number, digits = 3): number {
  return Number.isFinite(value) ? Number(value.toPrecision(digits)) : value;
}

export function round(value: number, digits = 1): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
