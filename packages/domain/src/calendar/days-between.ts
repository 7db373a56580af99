import type { IsoDate } from '../rules/dates';

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (negative when `to` is earlier), on the calendar alone. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const utc = (date: IsoDate) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}
