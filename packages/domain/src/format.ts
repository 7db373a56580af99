/** Vietnamese display formats: dates dd/mm/yyyy, numbers 1.234,5. */
const numberFormats = new Map<number, Intl.NumberFormat>();

export function formatNumberVi(value: number, maximumFractionDigits = 1): string {
  let format = numberFormats.get(maximumFractionDigits);
  if (!format) {
    format = new Intl.NumberFormat('vi-VN', { maximumFractionDigits });
    numberFormats.set(maximumFractionDigits, format);
  }
  return format.format(value);
}

/** Accepts an ISO date or timestamp string or a Date; the calendar day is taken in Vietnam's time zone. */
export function formatDateVi(value: string | Date): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return `${d}/${m}/${y}`;
  }
  const date = typeof value === 'string' ? new Date(value) : value;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')}/${get('month')}/${get('year')}`;
}

export function formatDateTimeVi(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date);
  return `${time} ${formatDateVi(date)}`;
}

const viNameCollator = new Intl.Collator('vi', { numeric: true });

/** Vietnamese alphabetical order with numbers by value: «Tổ dân phố 2» before «Tổ dân phố 10». */
export function compareNamesVi(a: string, b: string): number {
  return viNameCollator.compare(a, b);
}
