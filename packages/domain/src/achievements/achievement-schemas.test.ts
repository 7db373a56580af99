import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../validation';
import {
  AchievementInputSchema,
  AchievementListQuerySchema,
  canWriteAchievement,
  isDateInYear,
  recordSubjectOf,
} from './achievement-schemas';

const PERSON = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const UNIT = '0b5c4a5e-6f3d-4c8a-9a6e-1d2f3b4c5d6e';

const anAchievement = (overrides: Record<string, unknown> = {}) => ({
  subjectType: 'person',
  personId: PERSON,
  title: 'Bắt giữ đối tượng trộm cắp tài sản',
  description: 'Phối hợp bắt giữ 2 đối tượng',
  achievedOn: '2026-05-12',
  ...overrides,
});

function errorsOf(input: unknown) {
  const result = AchievementInputSchema.safeParse(input);
  return result.success ? {} : fieldErrors(AchievementInputSchema, result.error.issues);
}

describe('AchievementInputSchema', () => {
  it('keeps a person’s achievement with its person and no unit', () => {
    expect(AchievementInputSchema.parse(anAchievement({ unitId: UNIT }))).toEqual({
      subjectType: 'person',
      personId: PERSON,
      unitId: null,
      title: 'Bắt giữ đối tượng trộm cắp tài sản',
      description: 'Phối hợp bắt giữ 2 đối tượng',
      achievedOn: '2026-05-12',
    });
  });

  it('keeps a unit’s achievement with its unit and no person', () => {
    const parsed = AchievementInputSchema.parse(anAchievement({ subjectType: 'unit', unitId: UNIT }));
    expect(parsed).toMatchObject({ subjectType: 'unit', unitId: UNIT, personId: null });
  });

  it('names the missing person or unit the subject type asks for', () => {
    expect(errorsOf(anAchievement({ personId: null }))).toEqual({ personId: '«Cá nhân» là bắt buộc.' });
    expect(errorsOf(anAchievement({ subjectType: 'unit' }))).toEqual({
      unitId: '«Tập thể (đơn vị)» là bắt buộc.',
    });
  });

  it('names the field of a missing title, a bad day and an unknown subject type', () => {
    expect(errorsOf(anAchievement({ title: '  ' }))).toEqual({
      title: '«Thành tích» không được để trống.',
    });
    expect(errorsOf(anAchievement({ achievedOn: '12/05/2026' }))).toEqual({
      achievedOn: '«Ngày đạt» không đúng định dạng ngày (năm-tháng-ngày).',
    });
    expect(Object.keys(errorsOf(anAchievement({ subjectType: 'household' })))).toEqual(['subjectType']);
  });

  it('stores an empty description as none', () => {
    expect(AchievementInputSchema.parse(anAchievement({ description: '  ' })).description).toBeNull();
  });
});

describe('isDateInYear', () => {
  it('takes the first and last day of the year, not the days around it', () => {
    expect(isDateInYear('2026-01-01', 2026)).toBe(true);
    expect(isDateInYear('2026-12-31', 2026)).toBe(true);
    expect(isDateInYear('2025-12-31', 2026)).toBe(false);
    expect(isDateInYear('2027-01-01', 2026)).toBe(false);
  });
});

describe('AchievementListQuerySchema', () => {
  it('pages by default and accepts the subject filters', () => {
    expect(AchievementListQuerySchema.parse({ subjectType: 'unit', unitId: UNIT })).toEqual({
      page: 1,
      pageSize: 20,
      subjectType: 'unit',
      unitId: UNIT,
    });
  });
});

describe('recordSubjectOf', () => {
  it('gives a person with the unit they work in, or a unit', () => {
    expect(recordSubjectOf({ personId: PERSON, subjectUnitId: UNIT })).toEqual({
      personId: PERSON,
      unitId: UNIT,
    });
    expect(recordSubjectOf({ personId: PERSON, subjectUnitId: null })).toEqual({
      personId: PERSON,
      unitId: null,
    });
    expect(recordSubjectOf({ personId: null, subjectUnitId: UNIT })).toEqual({
      personId: null,
      unitId: UNIT,
    });
  });
});

describe('canWriteAchievement', () => {
  const OTHER_UNIT = '5a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
  const personal = { personId: PERSON, subjectUnitId: UNIT };
  const ofUnit = { personId: null, subjectUnitId: UNIT };

  it('lets the officer write any, a unit head the unit’s and its people’s, a member their own', () => {
    expect(canWriteAchievement({ role: 'commune_officer', unitId: null, personId: null }, ofUnit)).toBe(true);
    const head = { role: 'unit_head' as const, unitId: UNIT, personId: null };
    expect(canWriteAchievement(head, personal)).toBe(true);
    expect(canWriteAchievement(head, ofUnit)).toBe(true);
    expect(canWriteAchievement({ ...head, unitId: OTHER_UNIT }, personal)).toBe(false);
    const member = { role: 'member' as const, unitId: null, personId: PERSON };
    expect(canWriteAchievement(member, personal)).toBe(true);
    expect(canWriteAchievement(member, ofUnit)).toBe(false);
    expect(canWriteAchievement({ role: 'chair', unitId: null, personId: null }, personal)).toBe(false);
  });
});
