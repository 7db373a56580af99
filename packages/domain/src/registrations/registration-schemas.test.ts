import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { fieldErrors } from '../validation';
import {
  BulkRegistrationInputSchema,
  RegistrationInputSchema,
  RegistrationReturnSchema,
} from './registration-schemas';

const PERSON = '8f8a3a4e-4a4b-4c4d-8e8f-0a0b0c0d0e0f';
const UNIT = '1f8a3a4e-4a4b-4c4d-8e8f-0a0b0c0d0e0f';

const errorsOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a failure');
  return fieldErrors(schema, result.error.issues);
};

describe('RegistrationInputSchema', () => {
  it('keeps only the id the subject type names', () => {
    expect(
      RegistrationInputSchema.parse({
        subjectType: 'person',
        personId: PERSON,
        unitId: UNIT,
        title: 'lao_dong_tien_tien',
      }),
    ).toEqual({ subjectType: 'person', personId: PERSON, unitId: null, title: 'lao_dong_tien_tien' });
  });

  it('requires the unit for a unit’s registration, naming the field', () => {
    expect(
      errorsOf(RegistrationInputSchema, {
        subjectType: 'unit',
        personId: PERSON,
        title: 'lao_dong_tien_tien',
      }),
    ).toEqual({ unitId: '«Đơn vị» là bắt buộc.' });
  });

  it('requires a title of the catalog', () => {
    expect(errorsOf(RegistrationInputSchema, { subjectType: 'person', personId: PERSON })).toEqual({
      title: '«Danh hiệu» là bắt buộc.',
    });
    expect(
      Object.keys(
        errorsOf(RegistrationInputSchema, {
          subjectType: 'person',
          personId: PERSON,
          title: 'giay_khen_chu_tich_xa',
        }),
      ),
    ).toEqual(['title']);
  });
});

describe('BulkRegistrationInputSchema', () => {
  it('takes all active people when none are chosen', () => {
    expect(BulkRegistrationInputSchema.parse({ unitId: UNIT, personTitle: 'lao_dong_tien_tien' })).toEqual({
      unitId: UNIT,
      unitTitle: null,
      personTitle: 'lao_dong_tien_tien',
      personIds: null,
    });
  });

  it('needs at least one of the two titles', () => {
    expect(errorsOf(BulkRegistrationInputSchema, { unitId: UNIT })).toEqual({
      unitTitle: '«Danh hiệu của tập thể» hoặc «Danh hiệu của cá nhân» phải được chọn.',
    });
  });

  it('needs the individual title when people are chosen', () => {
    expect(
      errorsOf(BulkRegistrationInputSchema, {
        unitId: UNIT,
        unitTitle: 'tap_the_lao_dong_tien_tien',
        personIds: [PERSON],
      }),
    ).toEqual({ personTitle: '«Danh hiệu của cá nhân» là bắt buộc khi chọn cá nhân để đăng ký.' });
  });

  it('refuses an empty choice of people', () => {
    expect(
      Object.keys(
        errorsOf(BulkRegistrationInputSchema, {
          unitId: UNIT,
          personTitle: 'lao_dong_tien_tien',
          personIds: [],
        }),
      ),
    ).toEqual(['personIds']);
  });
});

describe('RegistrationReturnSchema', () => {
  it('requires a reason that is not blank', () => {
    expect(errorsOf(RegistrationReturnSchema, { reason: '   ' })).toEqual({
      reason: '«Lý do trả lại» không được để trống.',
    });
    expect(RegistrationReturnSchema.parse({ reason: ' Thiếu chữ ký ' })).toEqual({ reason: 'Thiếu chữ ký' });
  });
});
