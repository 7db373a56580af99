import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { fieldErrors, summariseFieldErrors, vietnameseIssueMessage } from './validation';
import { UserCreateInputSchema } from './user-schemas';
import { CommuneCreateInputSchema } from './admin-unit-schemas';

const errorsOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a failure');
  return fieldErrors(schema, result.error.issues);
};

describe('fieldErrors', () => {
  it('names each field by its Vietnamese label', () => {
    expect(
      errorsOf(UserCreateInputSchema, {
        username: 'ab',
        displayName: 'X',
        role: 'member',
        adminUnitId: 'khong-phai-uuid',
        password: '12345678',
      }),
    ).toEqual({
      username:
        '«Tên đăng nhập» chỉ gồm chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới; dài 3–40 ký tự.',
      adminUnitId: '«Đơn vị hành chính» không đúng định dạng mã định danh.',
    });
  });

  it('labels fields inside arrays and nested objects', () => {
    const errors = errorsOf(CommuneCreateInputSchema, {
      code: '99001',
      name: 'Phường',
      level: 'ward',
      merger: {
        effectiveDate: '2025-07-01',
        legalBasis: 'NQ 1',
        formerUnits: [{ code: '99002', name: 'A', level: 'ward' }],
      },
    });
    expect(errors).toEqual({ 'merger.formerUnits.0.name': '«Tên đơn vị cũ» cần ít nhất 2 ký tự.' });
  });

  it('says a missing field is required and keeps one message per field', () => {
    const errors = errorsOf(z.object({ a: z.string().min(3).describe('Ô A') }), {});
    expect(errors).toEqual({ a: '«Ô A» là bắt buộc.' });
    expect(summariseFieldErrors(errors)).toBe('«Ô A» là bắt buộc.');
  });

  it('falls back to the path when a field has no label, and to «Dữ liệu» for the whole value', () => {
    expect(errorsOf(z.object({ b: z.number() }), { b: 'x' })).toEqual({ b: '«b» sai kiểu dữ liệu, cần số.' });
    expect(errorsOf(z.string(), 5)).toEqual({ _: '«Dữ liệu» sai kiểu dữ liệu, cần chuỗi ký tự.' });
  });
});

describe('vietnameseIssueMessage', () => {
  const message = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error!.issues[0]!.message;

  it.each([
    [z.number().min(1), 0, 'phải lớn hơn hoặc bằng 1.'],
    [z.number().max(100), 101, 'phải nhỏ hơn hoặc bằng 100.'],
    [z.number().gt(0), 0, 'phải lớn hơn 0.'],
    [z.string().max(3), 'abcd', 'chỉ được tối đa 3 ký tự.'],
    [z.string().min(1), '', 'không được để trống.'],
    [z.array(z.string()).min(2), ['a'], 'cần ít nhất 2 mục.'],
    [z.enum(['a', 'b']), 'c', 'phải là một trong các giá trị: a, b.'],
    [z.email(), 'x', 'không đúng định dạng địa chỉ thư điện tử.'],
    [z.iso.date(), '2025-02-30x', 'không đúng định dạng ngày (năm-tháng-ngày).'],
    [z.object({}).strict(), { x: 1 }, 'có trường không được phép: x.'],
    [z.number().multipleOf(5), 7, 'phải là bội số của 5.'],
  ] as const)('%#: %s', (schema, value, expected) => {
    expect(message(schema as z.ZodType, value)).toBe(expected);
  });

  it('has a Vietnamese fallback for any other issue', () => {
    expect(vietnameseIssueMessage({ code: 'custom', input: 1, path: [] } as never)).toBe('không hợp lệ.');
  });
});

describe('a missing choice', () => {
  it('reads as missing, not as a wrong value', () => {
    const schema = z.object({ kind: z.enum(['a', 'b']).describe('Loại') });
    const result = schema.safeParse({});
    expect(result.success).toBe(false);
    expect(fieldErrors(schema, result.error!.issues)).toEqual({ kind: '«Loại» là bắt buộc.' });
  });
});
