import { formatDong } from './labels';

/** The exact reward before rounding, and the amount rounded up to a multiple of `unit`. */
export interface RoundedMoney {
  /** Coefficient × base salary in hundredths of a đồng: exact, whatever the coefficient. */
  unroundedHundredths: bigint;
  amount: bigint;
}

/**
 * coefficient × base salary, rounded up to the next multiple of `unit` đồng (legal-rules.md §7).
 * Coefficients are hundredths (0.15 → 15) and all arithmetic is on BigInt: no float ever rounds.
 */
export function roundedReward(coefficientHundredths: number, baseSalary: number, unit: number): RoundedMoney {
  for (const [name, value] of [
    ['coefficientHundredths', coefficientHundredths],
    ['baseSalary', baseSalary],
    ['unit', unit],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < 0 || (name === 'unit' && value === 0))
      throw new RangeError(`${name} must be a non-negative safe integer: ${value}`);
  }
  const unroundedHundredths = BigInt(coefficientHundredths) * BigInt(baseSalary);
  const unitHundredths = BigInt(unit) * 100n;
  const units = (unroundedHundredths + unitHundredths - 1n) / unitHundredths;
  return { unroundedHundredths, amount: units * BigInt(unit) };
}

/** 702000 or 208500,5: hundredths of a đồng written as đồng, dots between thousands. */
export function formatHundredthsAsDong(hundredths: bigint): string {
  const whole = formatDong(hundredths / 100n);
  const rest = hundredths % 100n;
  return rest === 0n ? whole : `${whole},${rest.toString().padStart(2, '0').replace(/0$/, '')}`;
}
