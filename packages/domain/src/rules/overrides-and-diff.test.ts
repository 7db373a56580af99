import { describe, expect, it } from 'vitest';
import { diffRuleSets } from './diff';
import { evaluateNomination } from './evaluate-nomination';
import { NATIONAL_RULES } from './rule-book';
import { validateOverrides, type RuleOverride } from './overrides';
import { awardsForSubject, ruleSetAsOf } from './rule-set';
import { aCase } from './test-builders';

const provinceDoc = { document: 'Quyết định 05/2025/QĐ-UBND tỉnh Minh Họa', article: 'Điều 6' };

const extraCriterion: RuleOverride = {
  id: 'criterion.lao_dong_tien_tien.province_detail',
  table: 'criterion',
  award: 'lao_dong_tien_tien',
  criterion: { kind: 'judgement', text: 'Hoàn thành 100% chỉ tiêu được giao theo kế hoạch của tỉnh' },
  effectiveFrom: '2025-07-01',
  effectiveTo: null,
  source: provinceDoc,
  certainty: 'local',
  scope: { province: '99' },
};

describe('overrides: settings the law leaves to the province or commune', () => {
  it('a province adds a detailed criterion from its own document; other provinces keep the national table', () => {
    const input = aCase('lao_dong_tien_tien', 2025);
    const here = evaluateNomination(
      input,
      ruleSetAsOf('2025-12-20', { overrides: [extraCriterion], scope: { province: '99' } }),
    );
    const elsewhere = evaluateNomination(
      input,
      ruleSetAsOf('2025-12-20', { overrides: [extraCriterion], scope: { province: '01' } }),
    );
    expect(here.checks.find((c) => c.ruleId === extraCriterion.id)?.citation.document).toBe(
      provinceDoc.document,
    );
    expect(elsewhere.checks.some((c) => c.ruleId === extraCriterion.id)).toBe(false);
  });

  it('is dated: before its first day the national rows apply', () => {
    const ruleSet = ruleSetAsOf('2025-06-30', { overrides: [extraCriterion], scope: { province: '99' } });
    expect(ruleSet.rows.some((row) => row.id === extraCriterion.id)).toBe(false);
  });

  it('a commune row beats the province row, which beats the national one', () => {
    const vote = (share: number, commune?: string): RuleOverride => ({
      id: 'vote.council_default',
      table: 'vote',
      awards: null,
      quorum: { base: 'members', comparison: 'at_least', share: { num: 2, den: 3 } },
      threshold: { base: 'members', comparison: 'at_least', share: { num: share, den: 100 } },
      effectiveFrom: '2025-01-01',
      effectiveTo: null,
      source: provinceDoc,
      certainty: 'local',
      scope: commune ? { province: '99', commune } : { province: '99' },
    });
    const overrides = [vote(60), vote(75, '99001')];
    const share = (scope: { province: string; commune?: string }) =>
      ruleSetAsOf('2025-12-20', { overrides, scope }).votes.find((v) => v.awards === null)!.threshold.share
        .num;
    expect(share({ province: '99', commune: '99001' })).toBe(75);
    expect(share({ province: '99', commune: '99002' })).toBe(60);
    expect(share({ province: '01' })).toBe(50);
  });

  it('cannot replace what the law fixes ([V] rows), nor invent a countable criterion', () => {
    const baseSalary = {
      ...NATIONAL_RULES.find((r) => r.id === 'base_salary' && r.effectiveTo === null)!,
      amount: 3_000_000,
    };
    const forged = {
      ...baseSalary,
      source: provinceDoc,
      certainty: 'local',
      scope: { province: '99' },
    } as RuleOverride;
    const countable: RuleOverride = {
      ...extraCriterion,
      id: 'criterion.lao_dong_tien_tien.more',
      criterion: { kind: 'initiatives_in_year', min: 1 },
    };
    expect(validateOverrides([forged, countable], NATIONAL_RULES).map((p) => p.code)).toEqual([
      'RULE_OVERRIDE_NOT_ALLOWED',
      'RULE_OVERRIDE_UNKNOWN_RULE',
    ]);
    expect(() => ruleSetAsOf('2026-12-20', { overrides: [forged], scope: { province: '99' } })).toThrow(
      RangeError,
    );
  });
});

describe('diffRuleSets: a law change is a data diff', () => {
  const changes = diffRuleSets(ruleSetAsOf('2023-12-31'), ruleSetAsOf('2024-01-01'));
  const byId = new Map(changes.map((c) => [c.id, c]));

  it('lists the regime change from Luật 2003 to Luật 2022 on 2024-01-01', () => {
    expect(byId.get('regime')).toMatchObject({
      change: 'changed',
      before: { regime: 'R2003' },
      after: { regime: 'R2024' },
    });
  });

  it('lists the new criterion of Chiến sĩ thi đua cơ sở, the 6 months, the cap turned to a warning, and the new title', () => {
    expect(byId.get('criterion.chien_si_thi_dua_co_so.achievement')?.fields).toContain('criterion');
    expect(byId.get('disqualifier.service_months')?.fields).toContain('rule');
    expect(byId.get('cap.chien_si_thi_dua_co_so')?.fields).toContain('mode');
    expect(byId.get('award.xa_phuong_tieu_bieu')?.change).toBe('added');
  });

  it('on 2025-07-01: the commune chair decides Chiến sĩ thi đua cơ sở and the Giấy khen coefficient doubles', () => {
    const july = new Map(
      diffRuleSets(ruleSetAsOf('2025-06-30'), ruleSetAsOf('2025-07-01')).map((c) => [c.id, c]),
    );
    expect(july.get('authority.chien_si_thi_dua_co_so')).toMatchObject({
      after: { decidedBy: 'commune_chair' },
    });
    expect(july.get('reward.giay_khen_chu_tich_xa.individual')).toMatchObject({
      before: { coefficientHundredths: 15 },
      after: { coefficientHundredths: 30 },
    });
  });

  it('is empty between two days of one regime with no new row, and lists the base salary on its date', () => {
    expect(diffRuleSets(ruleSetAsOf('2025-01-01'), ruleSetAsOf('2025-01-02'))).toEqual([]);
    expect(diffRuleSets(ruleSetAsOf('2026-06-30'), ruleSetAsOf('2026-07-01')).map((c) => c.id)).toEqual([
      'base_salary',
    ]);
  });
});

describe('awardsForSubject: what a subject may register for', () => {
  it('lists titles by subject kind on a date', () => {
    const ids = (subject: 'individual' | 'collective' | 'household', date: string) =>
      awardsForSubject(ruleSetAsOf(date), subject, 'title')
        .map((row) => row.award)
        .sort();
    expect(ids('household', '2025-12-20')).toEqual(['gia_dinh_van_hoa']);
    expect(ids('individual', '2025-12-20')).toEqual([
      'chien_si_thi_dua_cap_tinh',
      'chien_si_thi_dua_co_so',
      'chien_si_thi_dua_toan_quoc',
      'chien_si_tien_tien',
      'lao_dong_tien_tien',
    ]);
    expect(ids('collective', '2023-12-20')).not.toContain('xa_phuong_tieu_bieu');
    expect(ids('collective', '2024-12-20')).toContain('xa_phuong_tieu_bieu');
  });
});
