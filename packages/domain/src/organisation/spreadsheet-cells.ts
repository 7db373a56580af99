import { foldForSearch } from './search-text';
import { parseVietnameseDate } from '../calendar/vietnamese-date';

/** A cell as the server hands it over: dates already as ISO yyyy-mm-dd text, formulas as their result. */
export type CellValue = string | number | boolean | null;

/** A value read from a cell, or the reason it could not be read (a predicate: "không phải …"). */
export type CellReading<T> = { value: T | null } | { problem: string };

export function isBlank(cell: CellValue): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

export function readText(cell: CellValue): CellReading<string> {
  return { value: isBlank(cell) ? null : String(cell).trim() };
}

/** Excel counts days from 1899-12-30 (its 1900 leap-year bug included), so serial 45658 is 2025-01-01. */
export function excelSerialToIsoDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  const days = Math.floor(serial) - 25569; // days from 1970-01-01
  // Civil-from-days (H. Hinnant), exact for the proleptic Gregorian calendar.
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return parseVietnameseDate(`${year}-${month}-${day}`);
}

export function readDate(cell: CellValue): CellReading<string> {
  if (isBlank(cell)) return { value: null };
  const iso = typeof cell === 'number' ? excelSerialToIsoDate(cell) : parseVietnameseDate(String(cell));
  return iso
    ? { value: iso }
    : { problem: 'không phải ngày hợp lệ, cần dạng ngày/tháng/năm (ví dụ 05/09/1985).' };
}

export function readInteger(cell: CellValue): CellReading<number> {
  if (isBlank(cell)) return { value: null };
  const n = typeof cell === 'number' ? cell : Number(String(cell).trim().replace(/\./g, ''));
  return Number.isInteger(n) ? { value: n } : { problem: 'phải là một số nguyên.' };
}

const YES = new Set(['co', 'x', 'true', '1', 'yes']);
const NO = new Set(['khong', 'false', '0', 'no']);

export function readYesNo(cell: CellValue): CellReading<boolean> {
  if (isBlank(cell)) return { value: null };
  if (typeof cell === 'boolean') return { value: cell };
  const text = foldForSearch(String(cell));
  if (YES.has(text)) return { value: true };
  if (NO.has(text)) return { value: false };
  return { problem: 'chỉ ghi «Có» hoặc «Không».' };
}

/** A label chosen from a list (matched without regard to case or diacritics), given back as its id. */
export function readChoice<Id extends string>(cell: CellValue, labels: Record<Id, string>): CellReading<Id> {
  if (isBlank(cell)) return { value: null };
  const wanted = foldForSearch(String(cell));
  const id = (Object.keys(labels) as Id[]).find((key) => foldForSearch(labels[key]) === wanted);
  return id
    ? { value: id }
    : { problem: `phải là một trong các giá trị: ${Object.values<string>(labels).join(', ')}.` };
}
