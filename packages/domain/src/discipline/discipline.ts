import * as z from 'zod';
import '../validation';
import { firstDayOfYear, lastDayOfYear } from '../calendar/calendar-year';
import { optionalDate, optionalText } from '../optional-fields';
import { DISCIPLINE_FORMS, type DisciplineForm } from '../emulation-year/year-records';
import { freeText } from '../text-fields';
import { integerInput } from '../number-fields';
import { dateInput } from '../date-fields';

/** A disciplinary decision (kỷ luật) about a cadre, as the officer records it. */
export const DisciplineInputSchema = z
  .object({
    personId: z.uuid().describe('Người bị kỷ luật'),
    form: z.enum(DISCIPLINE_FORMS).describe('Hình thức kỷ luật'),
    decidedOn: dateInput('document').describe('Ngày quyết định'),
    decisionNumber: optionalText(100).describe('Số quyết định'),
    reason: freeText({ max: 2000 }).describe('Lý do kỷ luật'),
    effectiveUntil: optionalDate().describe('Hiệu lực đến ngày'),
  })
  .refine((d) => d.effectiveUntil === null || d.effectiveUntil >= d.decidedOn, {
    path: ['effectiveUntil'],
    message: 'không được trước ngày quyết định.',
  });
export type DisciplineInput = z.infer<typeof DisciplineInputSchema>;

export const DisciplineListQuerySchema = z.object({
  personId: z.uuid().optional().describe('Người bị kỷ luật'),
  year: integerInput({ min: 2000, max: 2100 }).optional().describe('Năm'),
});
export type DisciplineListQuery = z.infer<typeof DisciplineListQuerySchema>;

export const DisciplineViewSchema = z.object({
  id: z.string().describe('Mã định danh quyết định kỷ luật'),
  personId: z.string().describe('Người bị kỷ luật'),
  personName: z.string().describe('Họ và tên người bị kỷ luật'),
  unitId: z.string().nullable().describe('Đơn vị'),
  unitName: z.string().nullable().describe('Tên đơn vị'),
  form: z.enum(DISCIPLINE_FORMS).describe('Hình thức kỷ luật'),
  decidedOn: z.string().describe('Ngày quyết định'),
  decisionNumber: z.string().nullable().describe('Số quyết định'),
  reason: z.string().describe('Lý do kỷ luật'),
  effectiveUntil: z.string().nullable().describe('Hiệu lực đến ngày'),
});
export type DisciplineView = z.infer<typeof DisciplineViewSchema>;

/** The dates that place a discipline in time. */
export type DisciplinePeriod = Pick<DisciplineInput, 'form' | 'decidedOn' | 'effectiveUntil'>;

/** True when `form` is `atLeast` or heavier (the forms are listed from the lightest). */
export function isDisciplineAtLeast(form: DisciplineForm, atLeast: DisciplineForm): boolean {
  return DISCIPLINE_FORMS.indexOf(form) >= DISCIPLINE_FORMS.indexOf(atLeast);
}

/**
 * Whether a person counts as disciplined in `year`: a discipline of `atLeast` form (by default
 * any, from khiển trách) decided in the year, or decided earlier and still in force during it.
 * A person disciplined in the year holds no title (disqualifier.discipline: Nghị định 98/2023,
 * Điều 4; Nghị định 152/2025, Điều 4); a unit with a member disciplined from cảnh cáo up is no
 * «Tập thể lao động tiên tiến» (criterion.tap_the_lao_dong_tien_tien.no_discipline). Without an
 * end date a discipline counts in the year it was decided only.
 */
export function isDisciplinedInYear(
  records: readonly DisciplinePeriod[],
  year: number,
  atLeast: DisciplineForm = 'khien_trach',
): boolean {
  const start = firstDayOfYear(year);
  const end = lastDayOfYear(year);
  return records.some(
    (r) =>
      isDisciplineAtLeast(r.form, atLeast) &&
      r.decidedOn <= end &&
      (r.decidedOn >= start || (r.effectiveUntil !== null && r.effectiveUntil >= start)),
  );
}
