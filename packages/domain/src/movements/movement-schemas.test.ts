import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../validation';
import { MovementInputSchema, MovementReviewInputSchema } from './movement-schemas';
import { movementReviewStatusText } from './movement-review-status';

const aMovement = (overrides: Record<string, unknown> = {}) => ({
  name: 'Cả nước chung sức xây dựng nông thôn mới',
  launchLevel: 'national',
  type: 'thematic',
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  ...overrides,
});

function errorsOf(schema: typeof MovementInputSchema | typeof MovementReviewInputSchema, input: unknown) {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return fieldErrors(schema, result.error!.issues);
}

describe('MovementInputSchema', () => {
  it('takes a movement with only its name, level and type, blanks as null', () => {
    expect(
      MovementInputSchema.parse({
        name: '  Thi đua thu ngân sách ',
        launchLevel: 'commune',
        type: 'regular',
        planNumber: '',
      }),
    ).toEqual({
      name: 'Thi đua thu ngân sách',
      launchLevel: 'commune',
      type: 'regular',
      startsOn: null,
      endsOn: null,
      participants: null,
      criteria: null,
      planNumber: null,
      planDate: null,
    });
  });

  it('accepts a period of one day and refuses one that ends before it starts, on the end date', () => {
    expect(MovementInputSchema.safeParse(aMovement({ endsOn: '2026-01-01' })).success).toBe(true);
    expect(errorsOf(MovementInputSchema, aMovement({ endsOn: '2025-12-31' }))).toEqual({
      endsOn: '«Ngày kết thúc» phải từ ngày bắt đầu trở đi.',
    });
  });

  it('names each field in Vietnamese when it is missing or wrong', () => {
    expect(errorsOf(MovementInputSchema, { name: ' ', launchLevel: 'xa', planDate: '31/12/2026' })).toEqual({
      name: '«Tên phong trào» không được để trống.',
      launchLevel: '«Cấp phát động» phải là một trong các giá trị: national, province, commune.',
      type: '«Hình thức» là bắt buộc.',
      planDate: '«Ngày ban hành kế hoạch» không đúng định dạng ngày (năm-tháng-ngày).',
    });
  });
});

describe('MovementReviewInputSchema', () => {
  it('takes a review with its figures, a figure’s unit optional', () => {
    const review = MovementReviewInputSchema.parse({
      kind: 'interim',
      reviewedOn: '2026-06-30',
      results: 'Có 39/39 khu dân cư đạt danh hiệu «Khu dân cư văn hóa».',
      figures: [
        { label: 'Khu dân cư văn hóa', value: 39, unit: 'khu' },
        { label: 'Tỷ lệ hộ nghèo', value: 1.2 },
      ],
    });
    expect(review.figures).toEqual([
      { label: 'Khu dân cư văn hóa', value: 39, unit: 'khu' },
      { label: 'Tỷ lệ hộ nghèo', value: 1.2, unit: null },
    ]);
    expect(MovementReviewInputSchema.parse({ ...review, figures: undefined }).figures).toEqual([]);
  });

  it('names the figure field that is wrong, by its row', () => {
    expect(
      errorsOf(MovementReviewInputSchema, {
        kind: 'final',
        reviewedOn: '2026-12-15',
        results: 'Kết quả',
        figures: [{ label: 'Hộ thoát nghèo', value: '12' }],
      }),
    ).toEqual({ 'figures.0.value': '«Số liệu» sai kiểu dữ liệu, cần số.' });
  });
});

describe('movementReviewStatusText', () => {
  it.each([
    [{ interimCount: 0, finalOn: null }, 'Chưa sơ kết, tổng kết'],
    [{ interimCount: 1, finalOn: null }, 'Đã sơ kết'],
    [{ interimCount: 2, finalOn: null }, 'Đã sơ kết 2 lần'],
    [{ interimCount: 2, finalOn: '2026-12-15' }, 'Đã tổng kết ngày 15/12/2026'],
  ])('%o reads «%s»', (state, text) => {
    expect(movementReviewStatusText(state)).toBe(text);
  });
});
