import { describe, expect, it } from 'vitest';
import type { AwardId } from './ids';
import { ruleSetAsOf } from './rule-set';
import { NATIONAL_RULES } from './rule-book';
import { validateOverrides, type RuleOverride } from './overrides';
import { minimumToMeet, tallyBallot, voteRuleFor } from './tally-ballot';

const tally = (award: AwardId, members: number, present: number, agree: number, date = '2025-12-20') =>
  tallyBallot(
    { members, present, ballots: { agree, against: Math.max(0, members - agree) } },
    award,
    ruleSetAsOf(date),
  );

describe('tallyBallot: the council counts on all its members (legal-rules.md §6)', () => {
  it.each([
    ['chien_si_thi_dua_co_so', 10, 7, 'adopted', 'at least 70 %'],
    ['chien_si_thi_dua_co_so', 10, 6, 'rejected', 'at least 70 %'],
    ['lao_dong_tien_tien', 10, 6, 'adopted', 'more than 50 %'],
    ['lao_dong_tien_tien', 10, 5, 'rejected', 'more than 50 %'],
    ['chien_si_thi_dua_cap_tinh', 10, 9, 'adopted', 'at least 90 % (Nghị định 91/2017 Điều 45 khoản 8)'],
    ['chien_si_thi_dua_cap_tinh', 10, 8, 'rejected', 'at least 90 % (Nghị định 91/2017 Điều 45 khoản 8)'],
    ['chien_si_thi_dua_co_so', 15, 11, 'adopted', '11 of 15 ≥ 70 %'],
    ['chien_si_thi_dua_co_so', 15, 10, 'rejected', '10 of 15 < 70 %'],
  ] as const)('%s: %i members, %i agree → %s (%s)', (award, members, agree, outcome, _why) => {
    expect(tally(award, members, members, agree).outcome).toBe(outcome);
  });

  it('counts on members, not attendees: 6 of 7 present agree, but 6 of 10 members is below 70 %', () => {
    const result = tallyBallot(
      { members: 10, present: 7, ballots: { agree: 6, against: 1 } },
      'chien_si_thi_dua_co_so',
      ruleSetAsOf('2025-12-20'),
    );
    expect(result).toMatchObject({ outcome: 'rejected', required: 7 });
    expect(result.checks.at(-1)).toMatchObject({
      code: 'RULE_VOTE_THRESHOLD_NOT_MET',
      params: { agree: 6, base: 10 },
    });
  });

  it.each([
    [15, 10, 'adopted'],
    [15, 9, 'no_quorum'],
    [9, 6, 'adopted'],
    [9, 5, 'no_quorum'],
  ] as const)(
    'quorum two thirds (Nghị định 98/2023 Điều 47): %i members, %i present → %s',
    (members, present, outcome) => {
      expect(
        tallyBallot(
          { members, present, ballots: { agree: members, against: 0 } },
          'lao_dong_tien_tien',
          ruleSetAsOf('2025-12-20'),
        ).outcome,
      ).toBe(outcome);
    },
  );

  it('Gia đình văn hóa until 2024-01-29: 60 % of those called attend, 60 % of attendees agree (Nghị định 122/2018 Điều 9)', () => {
    const vote = (present: number, agree: number) =>
      tallyBallot(
        { members: 100, present, ballots: { agree, against: present - agree } },
        'gia_dinh_van_hoa',
        ruleSetAsOf('2024-01-29'),
      );
    expect(vote(59, 59).outcome).toBe('no_quorum');
    expect(vote(60, 36).outcome).toBe('adopted');
    expect(vote(60, 35).outcome).toBe('rejected');
  });

  it('Gia đình văn hóa from 2024-01-30: no figure in Nghị định 86/2023, default 50 % of attendees, no quorum', () => {
    const vote = (present: number, agree: number) =>
      tallyBallot(
        { members: 100, present, ballots: { agree, against: present - agree } },
        'gia_dinh_van_hoa',
        ruleSetAsOf('2024-01-30'),
      );
    expect(vote(40, 20)).toMatchObject({ outcome: 'adopted', required: 20 });
    expect(vote(40, 19).outcome).toBe('rejected');
    expect(vote(40, 20).checks[0]!.citation.certainty).toBe('province_default');
  });

  it('refuses counts that cannot be', () => {
    const ruleSet = ruleSetAsOf('2025-12-20');
    expect(
      tallyBallot(
        { members: 10, present: 11, ballots: { agree: 10, against: 0 } },
        'lao_dong_tien_tien',
        ruleSet,
      ).checks[0]!.code,
    ).toBe('RULE_VOTE_BALLOTS_INCONSISTENT');
    expect(
      tallyBallot(
        { members: 10, present: 10, ballots: { agree: 9, against: 2 } },
        'lao_dong_tien_tien',
        ruleSet,
      ).outcome,
    ).toBe('rejected');
  });

  it('minimumToMeet: exact thresholds in integers', () => {
    expect(minimumToMeet({ comparison: 'at_least', share: { num: 70, den: 100 } }, 10)).toBe(7);
    expect(minimumToMeet({ comparison: 'at_least', share: { num: 2, den: 3 } }, 9)).toBe(6);
    expect(minimumToMeet({ comparison: 'more_than', share: { num: 50, den: 100 } }, 10)).toBe(6);
    expect(minimumToMeet({ comparison: 'more_than', share: { num: 50, den: 100 } }, 9)).toBe(5);
  });
});

describe('provincial and national titles: 90 % of members (Nghị định 91/2017 Điều 45 khoản 8), from 2024 a province setting with 90 % as default', () => {
  const higher = (date: string) => voteRuleFor('chien_si_thi_dua_cap_tinh', ruleSetAsOf(date));
  const eighty = (from: string): RuleOverride => ({
    ...higher('2025-12-20'),
    threshold: { base: 'members', comparison: 'at_least', share: { num: 80, den: 100 } },
    effectiveFrom: from,
    effectiveTo: null,
    source: { document: 'Quyết định 07/2025/QĐ-UBND tỉnh Minh Họa', article: 'Điều 12' },
    certainty: 'local',
    scope: { province: '99' },
  });

  it('on 2023-12-31 the law fixes it: verified, and a province cannot lower it', () => {
    expect(higher('2023-12-31')).toMatchObject({
      threshold: { share: { num: 90, den: 100 } },
      certainty: 'verified',
      source: { document: 'Nghị định 91/2017/NĐ-CP', article: 'Điều 45', clause: 'khoản 8' },
    });
    expect(validateOverrides([eighty('2023-12-31')], NATIONAL_RULES).map((p) => p.code)).toEqual([
      'RULE_OVERRIDE_NOT_ALLOWED',
    ]);
  });

  it('from 2024-01-01 it is the province default, not an unconfirmed figure, and a province may set 80 %', () => {
    expect(higher('2024-01-01')).toMatchObject({
      threshold: { share: { num: 90, den: 100 } },
      certainty: 'province_default',
    });
    expect(validateOverrides([eighty('2024-01-01')], NATIONAL_RULES)).toEqual([]);
    const votes = { members: 10, present: 10, ballots: { agree: 8, against: 2 } };
    const province = ruleSetAsOf('2025-12-20', {
      overrides: [eighty('2024-01-01')],
      scope: { province: '99' },
    });
    expect(tallyBallot(votes, 'chien_si_thi_dua_cap_tinh', province).outcome).toBe('adopted');
    expect(tallyBallot(votes, 'chien_si_thi_dua_cap_tinh', ruleSetAsOf('2025-12-20')).outcome).toBe(
      'rejected',
    );
  });
});

describe('Gia đình văn hóa: 60 % / 60 % (Nghị định 122/2018 Điều 9), from 2024-01-30 a province setting, 50 % of attendees', () => {
  const row = (date: string) => voteRuleFor('gia_dinh_van_hoa', ruleSetAsOf(date));

  it('on 2024-01-29 the decree fixes it', () => {
    expect(row('2024-01-29')).toMatchObject({
      certainty: 'verified',
      threshold: { share: { num: 60, den: 100 } },
      source: { document: 'Nghị định 122/2018/NĐ-CP', article: 'Điều 9' },
    });
  });

  it('from 2024-01-30 Nghị định 86/2023 sets no figure: its Điều 6 (the standards) is not cited for the vote', () => {
    const current = row('2024-01-30');
    expect(current).toMatchObject({
      certainty: 'province_default',
      threshold: { share: { num: 50, den: 100 } },
    });
    expect(current.source).toEqual({ document: 'Nghị định 86/2023/NĐ-CP', article: 'toàn văn' });
  });
});
