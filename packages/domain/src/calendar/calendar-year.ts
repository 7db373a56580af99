import { isoDateOf, type IsoDate } from '../rules/dates';

/** 1 January of `year`: where a year's records, terms and periods begin. */
export function firstDayOfYear(year: number): IsoDate {
  return isoDateOf(year, 1, 1);
}

/** 31 December of `year`: where they end, and the day a year's titles are judged on. */
export function lastDayOfYear(year: number): IsoDate {
  return isoDateOf(year, 12, 31);
}
