import { isIsoDate, isoDateOf } from '../rules/dates';

/**
 * Reads a date typed the Vietnamese way (dd/mm/yyyy, also with '-' or '.') or as ISO yyyy-mm-dd,
 * and returns it as ISO yyyy-mm-dd; null when it is not a real calendar day.
 */
export function parseVietnameseDate(text: string): string | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : vi
      ? [Number(vi[3]), Number(vi[2]), Number(vi[1])]
      : [NaN, NaN, NaN];
  if (!(year >= 1900 && year <= 2100)) return null;
  const date = isoDateOf(year, month, day);
  return isIsoDate(date) ? date : null;
}
