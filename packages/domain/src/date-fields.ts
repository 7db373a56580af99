import * as z from 'zod';
import './validation';
import { formatDateVi } from './format';
import { firstDayOfYear, lastDayOfYear } from './calendar/calendar-year';

/** No date the software keeps lies outside these (a year 0001 or 9999 is a typing slip). */
export const DATE_MIN = '1900-01-01';
export const DATE_MAX = '2100-12-31';

/**
 * - `any`: within DATE_MIN…DATE_MAX (a period's start or end, a term's end);
 * - `past`: not after today (a birth date);
 * - `document`: not after the end of next year (a decision, plan or review may be dated ahead, not years ahead).
 */
export type DateWindow = 'any' | 'past' | 'document';

// The domain reads no clock: the server hands it today's date (in Vietnam) once at start. Without
// it (a form in the browser) the checks against today are left to the server.
let todayOf: (() => string) | null = null;

/** Tells the date checks how to learn today's date (yyyy-mm-dd); null forgets it. */
export function setValidationToday(today: (() => string) | null): void {
  todayOf = today;
}

/** The latest date a field of this window accepts today, or DATE_MAX when today is unknown. */
function latestDateOf(window: DateWindow): string {
  const today = todayOf?.();
  if (!today || window === 'any') return DATE_MAX;
  if (window === 'past') return today;
  return lastDayOfYear(Number(today.slice(0, 4)) + 1);
}

/** A calendar date (yyyy-mm-dd) within its window, with the bound it breaks named in Vietnamese. */
export const dateInput = (window: DateWindow = 'any') =>
  z.iso.date().superRefine((value, ctx) => {
    if (value < DATE_MIN) {
      ctx.addIssue({ code: 'custom', message: `không được trước ngày ${formatDateVi(DATE_MIN)}.` });
      return;
    }
    const latest = latestDateOf(window);
    if (value > latest) {
      ctx.addIssue({
        code: 'custom',
        message:
          window === 'past' && latest !== DATE_MAX
            ? `không được sau ngày hôm nay (${formatDateVi(latest)}).`
            : `không được sau ngày ${formatDateVi(latest)}.`,
      });
    }
  });

/**
 * A year's registration deadline lies in that year or the one before (registration opens ahead of
 * the year); the sentence to show, or null when it does.
 */
export function registrationDeadlineProblem(year: number, deadline: string): string | null {
  const from = firstDayOfYear(year - 1);
  const to = lastDayOfYear(year);
  if (deadline >= from && deadline <= to) return null;
  return `phải trong năm ${year} hoặc năm trước (từ ${formatDateVi(from)} đến ${formatDateVi(to)}).`;
}
