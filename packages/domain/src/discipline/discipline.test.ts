import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../validation';
import { DisciplineInputSchema, isDisciplinedInYear, type DisciplinePeriod } from './discipline';

const aDiscipline = (overrides: Partial<DisciplinePeriod> = {}): DisciplinePeriod => ({
  form: 'khien_trach',
  decidedOn: '2025-05-10',
  effectiveUntil: null,
  ...overrides,
});

describe('isDisciplinedInYear (disqualifier.discipline: Nghị định 98/2023, Điều 4)', () => {
  it('counts a discipline decided in the year, from its first to its last day', () => {
    expect(isDisciplinedInYear([aDiscipline({ decidedOn: '2025-01-01' })], 2025)).toBe(true);
    expect(isDisciplinedInYear([aDiscipline({ decidedOn: '2025-12-31' })], 2025)).toBe(true);
    expect(isDisciplinedInYear([aDiscipline({ decidedOn: '2024-12-31' })], 2025)).toBe(false);
    expect(isDisciplinedInYear([aDiscipline({ decidedOn: '2026-01-01' })], 2025)).toBe(false);
  });

  it('counts a discipline decided earlier while it is still in force during the year', () => {
    const lastYear = aDiscipline({ decidedOn: '2024-06-01', effectiveUntil: '2025-01-01' });
    expect(isDisciplinedInYear([lastYear], 2025)).toBe(true);
    expect(isDisciplinedInYear([{ ...lastYear, effectiveUntil: '2024-12-31' }], 2025)).toBe(false);
  });

  it('counts a discipline without an end date in its own year only', () => {
    const undated = aDiscipline({ decidedOn: '2024-06-01' });
    expect(isDisciplinedInYear([undated], 2024)).toBe(true);
    expect(isDisciplinedInYear([undated], 2025)).toBe(false);
  });

  it('looks at every record, and is false with none', () => {
    expect(isDisciplinedInYear([], 2025)).toBe(false);
    expect(isDisciplinedInYear([aDiscipline({ decidedOn: '2020-01-01' }), aDiscipline()], 2025)).toBe(true);
  });

  it('counts only forms from `atLeast` up (a unit’s members «từ cảnh cáo trở lên», Luật 2022 Điều 28)', () => {
    expect(isDisciplinedInYear([aDiscipline({ form: 'khien_trach' })], 2025, 'canh_cao')).toBe(false);
    expect(isDisciplinedInYear([aDiscipline({ form: 'canh_cao' })], 2025, 'canh_cao')).toBe(true);
    expect(isDisciplinedInYear([aDiscipline({ form: 'cach_chuc' })], 2025, 'canh_cao')).toBe(true);
  });
});

describe('DisciplineInputSchema', () => {
  const valid = {
    personId: '4f8a2b0e-5d1c-4e2a-9b3f-1a2b3c4d5e6f',
    form: 'canh_cao',
    decidedOn: '2025-03-01',
    decisionNumber: ' 12/QĐ-UBND ',
    reason: 'Vi phạm quy chế làm việc',
    effectiveUntil: '2026-03-01',
  };
  const errorsOf = (input: unknown) => {
    const result = DisciplineInputSchema.safeParse(input);
    return result.success ? {} : fieldErrors(DisciplineInputSchema, result.error.issues);
  };

  it('accepts a decision and trims its number; the number and end date may be left out', () => {
    expect(DisciplineInputSchema.parse(valid).decisionNumber).toBe('12/QĐ-UBND');
    const bare = DisciplineInputSchema.parse({ ...valid, decisionNumber: '', effectiveUntil: undefined });
    expect(bare).toMatchObject({ decisionNumber: null, effectiveUntil: null });
  });

  it('refuses an end date before the decision, on the end date, and accepts the same day', () => {
    expect(errorsOf({ ...valid, effectiveUntil: '2025-02-28' })).toEqual({
      effectiveUntil: '«Hiệu lực đến ngày» không được trước ngày quyết định.',
    });
    expect(errorsOf({ ...valid, effectiveUntil: '2025-03-01' })).toEqual({});
  });

  it('names the missing reason and an unknown form', () => {
    expect(errorsOf({ ...valid, reason: '' })).toEqual({ reason: '«Lý do kỷ luật» không được để trống.' });
    expect(errorsOf({ ...valid, form: 'phat_tien' }).form).toMatch(/^«Hình thức kỷ luật» phải là một trong/);
  });
});
