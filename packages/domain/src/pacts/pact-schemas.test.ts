import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../validation';
import { PactInputSchema } from './pact-schemas';

const [unionId, womenId] = ['0b7b1c8e-5a52-4d6e-9a53-6c1e0a4f2b11', '5f0c2d3e-8b1a-4c7d-9e6f-1a2b3c4d5e6f'];

const aPact = (overrides: Record<string, unknown> = {}) => ({
  name: 'Giao ước thi đua năm 2026',
  signedOn: '2026-01-20',
  chairSignatory: 'Nguyễn Văn Chủ',
  commitments: 'Hoàn thành xuất sắc nhiệm vụ năm 2026.',
  parties: [
    { unitId: unionId, signatory: 'Trần Thị Công Đoàn', commitments: '100% đoàn viên đăng ký thi đua.' },
    { unitId: womenId, signatory: 'Lê Thị Phụ Nữ' },
  ],
  ...overrides,
});

function errorsOf(input: unknown) {
  const result = PactInputSchema.safeParse(input);
  expect(result.success).toBe(false);
  return fieldErrors(PactInputSchema, result.error!.issues);
}

describe('PactInputSchema', () => {
  it('takes a pact with its parties, a party’s own commitments optional', () => {
    expect(PactInputSchema.parse(aPact()).parties[1]).toEqual({
      unitId: womenId,
      signatory: 'Lê Thị Phụ Nữ',
      commitments: null,
    });
  });

  it('needs at least one party', () => {
    expect(errorsOf(aPact({ parties: [] }))).toEqual({ parties: '«Các đơn vị ký kết» cần ít nhất 1 mục.' });
  });

  it('refuses a unit that signs twice, on the second signature', () => {
    const twice = aPact({
      parties: [
        { unitId: unionId, signatory: 'A' },
        { unitId: womenId, signatory: 'B' },
        { unitId: unionId, signatory: 'C' },
      ],
    });
    expect(errorsOf(twice)).toEqual({
      'parties.2.unitId': '«Đơn vị ký kết» bị trùng: mỗi đơn vị chỉ ký một lần trong một giao ước.',
    });
  });

  it('names the missing fields in Vietnamese', () => {
    expect(errorsOf({ parties: [{ unitId: 'khong-phai', signatory: '' }] })).toEqual({
      name: '«Tên giao ước» là bắt buộc.',
      signedOn: '«Ngày ký» là bắt buộc.',
      chairSignatory: '«Chủ tịch UBND ký» là bắt buộc.',
      commitments: '«Nội dung giao ước» là bắt buộc.',
      'parties.0.unitId': '«Đơn vị ký kết» không đúng định dạng mã định danh.',
      'parties.0.signatory': '«Người ký thay mặt đơn vị» không được để trống.',
    });
  });
});
