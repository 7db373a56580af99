import * as z from 'zod';
import './validation';

// A number as a person types it: digits, an optional sign and decimal point. Not "0x10", "1e3",
// "Infinity" or " ", which JavaScript's Number() would also read.
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Query strings and forms send numbers as text: read plain decimals, leave anything else to be refused. */
function readDecimal(value: unknown): unknown {
  return typeof value === 'string' && DECIMAL.test(value.trim()) ? Number(value) : value;
}

interface Bounds {
  min?: number;
  max?: number;
}

function bounded(schema: z.ZodNumber, { min, max }: Bounds): z.ZodNumber {
  const floored = min === undefined ? schema : schema.min(min);
  return max === undefined ? floored : floored.max(max);
}

/**
 * A number from JSON or from text: 12 and "12" are 12; true, [3], "0x10" and "1e3" are refused
 * (z.coerce.number() would read them as 1, 3, 16 and 1000).
 */
export const numberInput = (bounds: Bounds = {}) => z.preprocess(readDecimal, bounded(z.number(), bounds));

/** A whole number, read like `numberInput`. */
export const integerInput = (bounds: Bounds = {}) => z.preprocess(readDecimal, bounded(z.int(), bounds));
