import * as z from 'zod';

/**
 * Form fields that may be left empty. Absent, null and (for text) blank all arrive as null, so a
 * cleared field is stored as null, never as '' or a missing key.
 */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || null);

export const optionalId = () =>
  z
    .uuid()
    .nullish()
    .transform((v) => v ?? null);

export const optionalDate = () =>
  z.iso
    .date()
    .nullish()
    .transform((v) => v ?? null);
