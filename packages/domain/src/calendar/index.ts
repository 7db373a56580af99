/**
 * Calendar days, months and years as the commune counts them: ISO dates (yyyy-mm-dd), Vietnam's
 * today, dates typed the Vietnamese way, whole days between dates, a year's first and last day.
 * The ISO-date primitives live with the rule book (rules/dates.ts) and are named here too.
 */
export {
  dayAfter,
  dayBefore,
  isInForce,
  isIsoDate,
  isoDateOf,
  monthsServedInYear,
  periodsOverlap,
  yearOf,
  type IsoDate,
  type Period,
} from '../rules/dates';
export * from './calendar-year';
export * from './days-between';
export * from './iso-date-in-vietnam';
export * from './vietnamese-date';
