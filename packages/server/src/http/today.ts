import { isoDateInVietnamAt } from '@thidua/domain';

/** Today's date (yyyy-mm-dd) in Vietnam, where registration deadlines and scoring months run. */
export function todayInVietnam(now: Date = new Date()): string {
  return isoDateInVietnamAt(now);
}
