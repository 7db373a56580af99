import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../validation';
import {
  canWriteInitiative,
  InitiativeInputSchema,
  InitiativeRecognitionSchema,
  isInitiativeRecognised,
} from './initiative-schemas';

const AUTHOR = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

function recognitionErrors(input: unknown) {
  const result = InitiativeRecognitionSchema.safeParse(input);
  return result.success ? {} : fieldErrors(InitiativeRecognitionSchema, result.error.issues);
}

describe('InitiativeInputSchema', () => {
  it('needs the author and the title; co-authors and summary are optional', () => {
    expect(InitiativeInputSchema.parse({ personId: AUTHOR, title: 'Số hóa hồ sơ một cửa' })).toEqual({
      personId: AUTHOR,
      coAuthors: null,
      title: 'Số hóa hồ sơ một cửa',
      summary: null,
    });
    const result = InitiativeInputSchema.safeParse({ title: '' });
    expect(result.success).toBe(false);
    expect(fieldErrors(InitiativeInputSchema, result.error!.issues)).toEqual({
      personId: '«Tác giả» là bắt buộc.',
      title: '«Tên sáng kiến» không được để trống.',
    });
  });
});

describe('InitiativeRecognitionSchema (Luật Thi đua, khen thưởng 2022, Điều 23)', () => {
  const full = { level: 'co_so', recognisedOn: '2026-10-20', decisionNumber: '125/QĐ-UBND' };

  it('takes level, day and decision number together', () => {
    expect(InitiativeRecognitionSchema.parse(full)).toEqual(full);
  });

  it('takes none of them: the initiative is not (or no longer) recognised', () => {
    expect(InitiativeRecognitionSchema.parse({})).toEqual({
      level: null,
      recognisedOn: null,
      decisionNumber: null,
    });
    expect(
      InitiativeRecognitionSchema.parse({ level: null, recognisedOn: null, decisionNumber: ' ' }),
    ).toEqual({
      level: null,
      recognisedOn: null,
      decisionNumber: null,
    });
  });

  it('names each missing part when only some are given', () => {
    const both =
      'chưa nhập: cấp công nhận, ngày công nhận và số quyết định phải có đủ cả ba, hoặc để trống cả ba.';
    expect(recognitionErrors({ level: 'tinh' })).toEqual({
      recognisedOn: `«Ngày công nhận» ${both}`,
      decisionNumber: `«Số quyết định công nhận» ${both}`,
    });
    expect(recognitionErrors({ ...full, decisionNumber: '' })).toEqual({
      decisionNumber: `«Số quyết định công nhận» ${both}`,
    });
  });

  it('refuses a level outside the catalog', () => {
    expect(Object.keys(recognitionErrors({ ...full, level: 'huyen' }))).toEqual(['level']);
  });
});

describe('isInitiativeRecognised', () => {
  it('is recognised once a level is recorded', () => {
    expect(isInitiativeRecognised({ level: 'co_so' })).toBe(true);
    expect(isInitiativeRecognised({ level: null })).toBe(false);
  });
});

describe('canWriteInitiative', () => {
  const UNIT = '0b5c4a5e-6f3d-4c8a-9a6e-1d2f3b4c5d6e';
  const filed = { personId: AUTHOR, authorUnitId: UNIT, level: null };
  const recognised = { ...filed, level: 'co_so' as const };
  const author = { role: 'member' as const, unitId: null, personId: AUTHOR };
  const head = { role: 'unit_head' as const, unitId: UNIT, personId: null };
  const officer = { role: 'commune_officer' as const, unitId: null, personId: null };

  it('lets the author, their unit head and the officer write a filed initiative', () => {
    expect([author, head, officer].map((user) => canWriteInitiative(user, filed))).toEqual([
      true,
      true,
      true,
    ]);
    expect(canWriteInitiative({ ...author, personId: UNIT }, filed)).toBe(false);
  });

  it('leaves a recognised initiative to the officer alone', () => {
    expect([author, head, officer].map((user) => canWriteInitiative(user, recognised))).toEqual([
      false,
      false,
      true,
    ]);
  });
});
