import type { IsoDate } from '../rules/dates';

export interface RegistrationWindow {
  /** Whether owners may still register and change their registrations. */
  open: boolean;
  /** Days one may still register, today and the deadline day included; null when no deadline is set. */
  daysLeft: number | null;
}

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (negative when `to` is earlier), on the calendar alone. */
function daysBetween(from: IsoDate, to: IsoDate): number {
  const utc = (date: IsoDate) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/**
 * The registration window of a year on `today`: open through the deadline day itself (on that day
 * one day is left); after it only the officer registers or changes registrations. A year without a
 * deadline stays open.
 */
export function registrationWindow(deadline: IsoDate | null, today: IsoDate): RegistrationWindow {
  if (deadline === null) return { open: true, daysLeft: null };
  const daysLeft = Math.max(0, daysBetween(today, deadline) + 1);
  return { open: daysLeft > 0, daysLeft };
}
