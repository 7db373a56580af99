import * as z from 'zod';
import { freeText, nameText } from './text-fields';
import { dateInput, type DateWindow } from './date-fields';

/**
 * Form fields that may be left empty. Absent, null and (for text) blank all arrive as null, so a
 * cleared field is stored as null, never as '' or a missing key.
 */
export const optionalText = (max: number) =>
  freeText({ max, min: 0 })
    .nullish()
    .transform((v) => v || null);

/** A name that may be left empty (a group's leader): checked like every name when given. */
export const optionalName = (max: number) =>
  nameText({ max, min: 0 })
    .nullish()
    .transform((v) => v || null);

export const optionalId = () =>
  z
    .uuid()
    .nullish()
    .transform((v) => v ?? null);

export const optionalDate = (window?: DateWindow) =>
  dateInput(window)
    .nullish()
    .transform((v) => v ?? null);
