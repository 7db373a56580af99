/**
 * The 12-digit personal identification number (số định danh cá nhân, printed on the citizen
 * identity card) as Decree 137/2015/NĐ-CP art. 7 and Circular 59/2021/TT-BCA art. 7 lay it out:
 * 3 digits for the province of birth registration, 1 for gender and century of birth, 2 for the
 * year of birth, 6 random. Checking the structure catches most typing slips at entry.
 */
export const ID_NUMBER_PATTERN = /^\d{12}$/;

/** Province codes of the identification number (Circular 07/2016/TT-BCA, appendix). */
const BIRTH_PROVINCE_CODES = new Set(
  (
    '001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 036 ' +
    '037 038 040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074 075 ' +
    '077 079 080 082 083 084 086 087 089 091 092 093 094 095 096'
  ).split(' '),
);

export type IdNumberGender = 'male' | 'female';

export type IdNumberProblem = 'format' | 'province' | 'gender' | 'birth_year';

/** The century digit counts from 1900 in pairs (0/1 → 1900s, 2/3 → 2000s, …; 8/9 → 1800s). */
function centuryOf(digit: number): number {
  return digit >= 8 ? 1800 : 1900 + Math.floor(digit / 2) * 100;
}

/** What is wrong with `value` for a person of that gender and birth year, or null when it fits. */
export function idNumberProblem(
  value: string,
  person: { gender?: IdNumberGender | undefined; birthYear?: number | undefined } = {},
): IdNumberProblem | null {
  if (!ID_NUMBER_PATTERN.test(value)) return 'format';
  if (!BIRTH_PROVINCE_CODES.has(value.slice(0, 3))) return 'province';
  const genderDigit = Number(value[3]);
  if (person.gender && (genderDigit % 2 === 0 ? 'male' : 'female') !== person.gender) return 'gender';
  const year = centuryOf(genderDigit) + Number(value.slice(4, 6));
  if (person.birthYear !== undefined && year !== person.birthYear) return 'birth_year';
  return null;
}

export const ID_NUMBER_PROBLEM_TEXT: Record<IdNumberProblem, string> = {
  format: 'phải gồm đúng 12 chữ số.',
  province: 'có 3 chữ số đầu không phải mã tỉnh nơi đăng ký khai sinh.',
  gender: 'có chữ số thứ tư không khớp với giới tính.',
  birth_year: 'có chữ số thứ 4–6 không khớp với năm sinh.',
};

/** Builds a well-formed number (for demo and test data): province code, gender, birth year, serial. */
export function composeIdNumber(
  provinceCode: string,
  gender: IdNumberGender,
  birthYear: number,
  serial: number,
): string {
  const centuryDigit = birthYear < 1900 ? 8 : Math.floor((birthYear - 1900) / 100) * 2;
  const genderDigit = centuryDigit + (gender === 'female' ? 1 : 0);
  return `${provinceCode}${genderDigit}${String(birthYear % 100).padStart(2, '0')}${String(serial % 1_000_000).padStart(6, '0')}`;
}

/** What roles that do not keep the records see of a number: its last four digits. */
export function maskedIdNumber(value: string): string {
  return `••••••••${value.slice(-4)}`;
}

/** The same masking inside an audit entry's changes (`idNumber` as a value or as `{ from, to }`). */
export function maskIdNumberChanges(changes: Record<string, unknown>): Record<string, unknown> {
  const value = changes.idNumber;
  if (value === undefined || value === null) return changes;
  const mask = (v: unknown) => (typeof v === 'string' ? maskedIdNumber(v) : v);
  const masked =
    typeof value === 'object' && 'from' in value && 'to' in value
      ? { from: mask(value.from), to: mask(value.to) }
      : mask(value);
  return { ...changes, idNumber: masked };
}
