import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../validation';
import { IndicatorInputSchema, IndicatorOrderSchema, PeriodTargetInputSchema } from './emulation-schemas';

const target = {
  fromYear: 2026,
  toYear: 2030,
  name: 'Tỷ lệ dân số tham gia bảo hiểm y tế',
  unit: '%',
  field: 'culture_society',
  direction: 'higher',
  target: 98,
};

function errorsOf(input: unknown) {
  const result = PeriodTargetInputSchema.safeParse(input);
  return result.success ? {} : fieldErrors(PeriodTargetInputSchema, result.error.issues);
}

describe('PeriodTargetInputSchema', () => {
  it('accepts a five-year period and leaves a blank source empty', () => {
    expect(PeriodTargetInputSchema.parse({ ...target, source: ' ' })).toEqual({ ...target, source: null });
  });

  it.each([
    [2026, 2026],
    [2026, 2035],
  ])('accepts a period from %d to %d (one to ten years)', (fromYear, toYear) => {
    expect(errorsOf({ ...target, fromYear, toYear })).toEqual({});
  });

  it('refuses a period longer than ten years, naming the field', () => {
    expect(errorsOf({ ...target, toYear: 2036 })).toEqual({
      toYear: '«Đến năm» cách «Từ năm» tối đa 9 năm (giai đoạn dài nhất 10 năm).',
    });
  });

  it('refuses a period that ends before it begins', () => {
    expect(errorsOf({ ...target, toYear: 2025 })).toEqual({
      toYear: '«Đến năm» không được trước «Từ năm».',
    });
  });

  it('requires the target figure', () => {
    expect(errorsOf({ ...target, target: undefined })).toEqual({ target: '«Mục tiêu» là bắt buộc.' });
  });
});

describe('IndicatorInputSchema', () => {
  const indicator = { name: 'Đào tạo nghề', field: 'economy', direction: 'higher' };

  it('links no five-year target unless one is given', () => {
    expect(IndicatorInputSchema.parse(indicator).periodTargetId).toBeNull();
  });

  it('takes a five-year target by its id', () => {
    const id = '3f1c2a9e-4b7d-4c1e-9a2b-8d6e5f4a3b2c';
    expect(IndicatorInputSchema.parse({ ...indicator, periodTargetId: id }).periodTargetId).toBe(id);
  });
});

describe('IndicatorOrderSchema', () => {
  it('refuses an empty order', () => {
    expect(IndicatorOrderSchema.safeParse({ ids: [] }).success).toBe(false);
  });
});
