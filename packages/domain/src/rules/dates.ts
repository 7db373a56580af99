/**
 * Calendar dates as ISO strings 'YYYY-MM-DD'. They compare correctly as strings, and no clock or
 * time zone is involved: the caller always passes the date in.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written 'YYYY-MM-DD' (rejects 2025-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** A period of validity: from its first day to its last day, both included; `null` is open-ended. */
export interface Period {
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
}

export function isInForce(period: Period, date: IsoDate): boolean {
  return period.effectiveFrom <= date && (period.effectiveTo === null || date <= period.effectiveTo);
}

export function periodsOverlap(a: Period, b: Period): boolean {
  const aEndsBeforeB = a.effectiveTo !== null && a.effectiveTo < b.effectiveFrom;
  const bEndsBeforeA = b.effectiveTo !== null && b.effectiveTo < a.effectiveFrom;
  return !aEndsBeforeB && !bEndsBeforeA;
}

/** The previous calendar day: the last day before a rule that starts on `date`. */
export function dayBefore(date: IsoDate): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (d > 1) return isoDateOf(y, m, d - 1);
  if (m > 1) return isoDateOf(y, m - 1, daysInMonth(y, m - 1));
  return isoDateOf(y - 1, 12, 31);
}

/** The next calendar day: the first day after a rule that ends on `date`. */
export function dayAfter(date: IsoDate): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (d < daysInMonth(y, m)) return isoDateOf(y, m, d + 1);
  if (m < 12) return isoDateOf(y, m + 1, 1);
  return isoDateOf(y + 1, 1, 1);
}

/** Whole calendar months from `start` (inclusive) to the first day after `year` ends. */
export function monthsServedInYear(start: IsoDate, year: number): number {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  if (y > year) return 0;
  if (y < year) return 12;
  // Started on the first of month m: months m..12 are whole; any later day loses that month.
  return 12 - m + (d === 1 ? 1 : 0);
}

/** Year, month and day written 'YYYY-MM-DD' (not checked: see isIsoDate). */
export function isoDateOf(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
