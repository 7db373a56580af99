import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../validation';
import { RuleCaseSchema } from './nomination-input';

const example = {
  asOf: '2025-12-20',
  nominee: { kind: 'individual', isLeader: false, serviceStart: '2018-03-01' },
  history: [{ year: 2024, award: 'chien_si_thi_dua_co_so' }],
  yearRecords: [
    {
      year: 2025,
      grade: 'hoan_thanh_xuat_sac',
      disciplined: false,
      absentWorkingDays: 0,
      recognisedInitiatives: 1,
    },
  ],
  nomination: { year: 2025, award: 'chien_si_thi_dua_cap_tinh' },
};

describe('RuleCaseSchema (the case file of `thidua rules check`)', () => {
  it('accepts the example of the issue, with history and records defaulting to empty', () => {
    expect(RuleCaseSchema.parse(example).nomination.award).toBe('chien_si_thi_dua_cap_tinh');
    const { history: _h, yearRecords: _y, ...bare } = example;
    expect(RuleCaseSchema.parse(bare)).toMatchObject({ history: [], yearRecords: [] });
  });

  it('names the bad field in Vietnamese', () => {
    const bad = { ...example, nomination: { year: 2025, award: 'bang_khen_gia_dinh' } };
    const result = RuleCaseSchema.safeParse(bad);
    expect(result.success).toBe(false);
    const fields = fieldErrors(RuleCaseSchema, result.error!.issues);
    expect(fields['nomination.award']).toContain('«Danh hiệu, hình thức đề nghị (nomination.award)»');
  });

  it('refuses a decision date before the rule book and an unknown field', () => {
    expect(RuleCaseSchema.safeParse({ ...example, asOf: '2016-12-31' }).success).toBe(false);
    expect(RuleCaseSchema.safeParse({ ...example, nominee: { kind: 'individual', rank: 3 } }).success).toBe(
      false,
    );
  });
});
