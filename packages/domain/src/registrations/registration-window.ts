import * as z from 'zod';
import { daysBetween } from '../calendar/days-between';
import type { IsoDate } from '../rules/dates';

export const RegistrationWindowSchema = z.object({
  /** Whether owners may still register and change their registrations. */
  open: z.boolean().describe('Còn trong hạn đăng ký'),
  /** Days one may still register, today and the deadline day included; null when no deadline is set. */
  daysLeft: z.number().int().nullable().describe('Số ngày còn lại để đăng ký (kể cả hôm nay và ngày hạn)'),
});
export type RegistrationWindow = z.infer<typeof RegistrationWindowSchema>;

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
