import * as z from 'zod';
// Loaded for its effect: zod speaks Vietnamese wherever these builders are used.
import './validation';

/** What is wrong with a text, as the sentence after the field's label. */
export const TEXT_PROBLEM_TEXT = {
  unsafe: 'chứa ký tự không hợp lệ (ký tự điều khiển hoặc ký tự lỗi mã hóa).',
  hidden: 'chứa ký tự ẩn (ký tự độ rộng 0 hoặc ký tự đảo chiều chữ); hãy gõ lại.',
  multiline: 'chỉ được viết trên một dòng.',
  invisible: 'phải có ít nhất một chữ cái hoặc chữ số.',
} as const;

// NUL (PostgreSQL refuses it in text), the other control characters but tab and line breaks, and
// lone surrogates (no UTF-8 form: jsonb audit rows refuse them). None is ever typed on purpose.
const UNSAFE = /(?![\t\n\r])\p{Cc}|\p{Cs}/u;
// Embeddings, overrides and isolates reorder what is shown ("Trojan Source"); Vietnamese never needs them.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
// In a name any format character (zero-width space or joiner, direction mark, soft hyphen, BOM)
// makes two names that look the same differ, or a name that looks filled empty.
const FORMAT_CHARACTER = /\p{Cf}/u;
const LINE_BREAK = /[\n\r\u2028\u2029]/u;
// A letter or digit that shows: Hangul fillers are letters that render blank.
const VISIBLE = /(?![\u115F\u1160\u3164\uFFA0])[\p{L}\p{N}]/u;

/** True when the text holds a character no stored text may hold (NUL, other controls, lone surrogates). */
export function hasUnsafeCharacters(text: string): boolean {
  return UNSAFE.test(text);
}

interface TextLimits {
  max: number;
  /** Least length after trimming; 1 (not blank) unless told. */
  min?: number;
}

// Checks in order; the first failing one is the message the field shows (see `fieldErrors`).
const safeString = () =>
  z.string().refine((v) => !hasUnsafeCharacters(v), { error: TEXT_PROBLEM_TEXT.unsafe, abort: true });

/**
 * Free text (a theme, a reason, an address, a description): no control characters but line
 * breaks and tabs, no bidi controls, trimmed and stored in NFC so «Nguyễn» typed two ways is one text.
 */
export const freeText = ({ max, min = 1 }: TextLimits) =>
  safeString()
    .refine((v) => !BIDI_CONTROL.test(v), { error: TEXT_PROBLEM_TEXT.hidden, abort: true })
    .trim()
    .normalize('NFC')
    .min(min)
    .max(max);

/**
 * A name or title (of a person, unit, group, indicator, movement…): free text on one line, with no
 * invisible characters, and at least one letter or digit that shows.
 */
export const nameText = ({ max, min = 1 }: TextLimits) =>
  safeString()
    .refine((v) => !FORMAT_CHARACTER.test(v), { error: TEXT_PROBLEM_TEXT.hidden, abort: true })
    .refine((v) => !LINE_BREAK.test(v), { error: TEXT_PROBLEM_TEXT.multiline, abort: true })
    .trim()
    .normalize('NFC')
    .min(min)
    .refine((v) => v === '' || VISIBLE.test(v), { error: TEXT_PROBLEM_TEXT.invisible, abort: true })
    .max(max);

/** What a search box or list filter holds: safe characters, trimmed, NFC; blank is allowed. */
export const searchText = (max: number) => safeString().trim().normalize('NFC').max(max);

/** A password as typed: only unsafe characters are refused; never trimmed or normalised (the hash is of what was typed). */
export const secretText = ({ max, min = 1 }: TextLimits) => safeString().min(min).max(max);
