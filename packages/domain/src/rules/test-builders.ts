import type { AwardId, Grade } from './ids';
import type { HistoryEntry, NominationCase, YearRecord } from './nomination-input';

/** Builders for test cases: a civilian who joined long ago, with clean yearly records. */
export function aYearRecord(year: number, overrides: Partial<YearRecord> = {}): YearRecord {
  return {
    year,
    grade: 'hoan_thanh_tot',
    disciplined: false,
    absentWorkingDays: 0,
    recognisedInitiatives: 0,
    acceptedResearch: 0,
    underReview: false,
    ...overrides,
  };
}

export function titles(award: AwardId, ...years: number[]): HistoryEntry[] {
  return years.map((year) => ({ year, award }));
}

export function grades(grade: Grade, ...years: number[]): YearRecord[] {
  return years.map((year) => aYearRecord(year, { grade }));
}

export function aCase(
  award: AwardId,
  year: number,
  overrides: Partial<Omit<NominationCase, 'nomination'>> & {
    nomination?: Partial<NominationCase['nomination']>;
  } = {},
): NominationCase {
  return {
    nominee: overrides.nominee ?? { kind: 'individual', serviceStart: '2010-01-01' },
    history: overrides.history ?? [],
    yearRecords: overrides.yearRecords ?? [aYearRecord(year)],
    nomination: { year, award, ...overrides.nomination },
  };
}

/** A collective unit's year with `members` members, all clean unless told otherwise. */
export function aUnitYear(year: number, members: number, overrides: Partial<YearRecord> = {}): YearRecord {
  return {
    year,
    grade: 'hoan_thanh_xuat_sac',
    underReview: false,
    members,
    membersLaoDongTienTien: members,
    membersCompletingTasks: members,
    membersChienSiThiDuaCoSo: 1,
    membersDisciplinedCanhCaoOrAbove: 0,
    ...overrides,
  };
}
