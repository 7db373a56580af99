import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../validation';
import { ExemplarAdvanceSchema, ExemplarInputSchema } from './exemplar-schemas';

const HOUSEHOLD = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const PERSON = '0b5c4a5e-6f3d-4c8a-9a6e-1d2f3b4c5d6e';

function errorsOf(input: unknown) {
  const result = ExemplarInputSchema.safeParse(input);
  return result.success ? {} : fieldErrors(ExemplarInputSchema, result.error.issues);
}

describe('ExemplarInputSchema', () => {
  const aHousehold = {
    subjectType: 'household',
    householdId: HOUSEHOLD,
    personId: PERSON,
    description: 'Hộ làm kinh tế giỏi, giúp 3 hộ thoát nghèo',
    discoveredOn: '2026-03-02',
  };

  it('keeps only the id its subject type names', () => {
    expect(ExemplarInputSchema.parse(aHousehold)).toEqual({
      subjectType: 'household',
      personId: null,
      unitId: null,
      householdId: HOUSEHOLD,
      description: 'Hộ làm kinh tế giỏi, giúp 3 hộ thoát nghèo',
      discoveredOn: '2026-03-02',
    });
  });

  it('names the id the subject type asks for when it is missing', () => {
    expect(errorsOf({ ...aHousehold, householdId: null })).toEqual({
      householdId: '«Hộ gia đình» là bắt buộc.',
    });
    expect(errorsOf({ ...aHousehold, subjectType: 'unit' })).toEqual({
      unitId: '«Tập thể (đơn vị)» là bắt buộc.',
    });
  });

  it('needs what makes it exemplary and the day it was discovered', () => {
    expect(errorsOf({ ...aHousehold, description: '', discoveredOn: undefined })).toEqual({
      description: '«Nội dung điển hình» không được để trống.',
      discoveredOn: '«Ngày phát hiện» là bắt buộc.',
    });
  });
});

describe('ExemplarAdvanceSchema', () => {
  it('takes a stage of the four and a day', () => {
    expect(ExemplarAdvanceSchema.parse({ stage: 'nurtured', date: '2026-04-01' })).toEqual({
      stage: 'nurtured',
      date: '2026-04-01',
    });
    const result = ExemplarAdvanceSchema.safeParse({ stage: 'celebrated', date: null });
    expect(Object.keys(fieldErrors(ExemplarAdvanceSchema, result.error!.issues))).toEqual(['stage', 'date']);
  });
});
