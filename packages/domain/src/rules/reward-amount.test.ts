import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NATIONAL_RULES } from './rule-book';
import { computeRewardAmount, type PaidReward } from './reward-amount';
import { formatHundredthsAsDong, roundedReward } from './money';
import { ruleSetAsOf } from './rule-set';
import type { AwardId, SubjectKind } from './ids';

const reward = (award: AwardId, subject: SubjectKind, date: string) =>
  computeRewardAmount(award, subject, date, ruleSetAsOf(date));
const paid = (award: AwardId, subject: SubjectKind, date: string) =>
  reward(award, subject, date) as PaidReward;

describe('roundedReward (rounded up to the next 10,000 đồng: Nghị định 91/2017 Điều 68, Nghị định 98/2023 Điều 53)', () => {
  it('keeps an exact multiple and rounds anything above it up', () => {
    expect(roundedReward(30, 1_800_000, 10_000).amount).toBe(540_000n);
    expect(roundedReward(30, 2_340_000, 10_000).amount).toBe(710_000n);
    expect(roundedReward(15, 1_390_000, 10_000)).toEqual({
      unroundedHundredths: 20_850_000n,
      amount: 210_000n,
    });
    expect(formatHundredthsAsDong(20_850_000n)).toBe('208.500');
    expect(formatHundredthsAsDong(20_850_050n)).toBe('208.500,5');
  });

  it('property: a multiple of the unit, never below the exact product, less than one unit above it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000 }),
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.constantFrom(1, 1_000, 10_000, 50_000),
        (hundredths, base, unit) => {
          const { amount, unroundedHundredths } = roundedReward(hundredths, base, unit);
          expect(amount % BigInt(unit)).toBe(0n);
          expect(amount * 100n >= unroundedHundredths).toBe(true);
          expect((amount - BigInt(unit)) * 100n < unroundedHundredths).toBe(true);
          expect(unroundedHundredths).toBe(BigInt(hundredths) * BigInt(base));
        },
      ),
    );
  });

  it('property: the result is the same for the same product, however it is split', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_000 }), fc.integer({ min: 1, max: 50_000 }), (h, base) => {
        expect(roundedReward(h, base * 100, 10_000).amount).toBe(roundedReward(h * 100, base, 10_000).amount);
      }),
    );
  });

  it('refuses fractions and negative numbers (programming errors)', () => {
    expect(() => roundedReward(0.3, 1_800_000, 10_000)).toThrow(RangeError);
    expect(() => roundedReward(30, -1, 10_000)).toThrow(RangeError);
    expect(() => roundedReward(30, 1_800_000, 0)).toThrow(RangeError);
  });
});

describe('computeRewardAmount (coefficient × base salary on the decision date, legal-rules.md §7)', () => {
  it.each([
    ['2023-06-30', 1_490_000, 450_000, 'Nghị định 38/2019/NĐ-CP'],
    ['2023-07-01', 1_800_000, 540_000, 'Nghị định 24/2023/NĐ-CP'],
    ['2024-06-30', 1_800_000, 540_000, 'Nghị định 24/2023/NĐ-CP'],
    ['2024-07-01', 2_340_000, 710_000, 'Nghị định 73/2024/NĐ-CP'],
    ['2026-06-30', 2_340_000, 710_000, 'Nghị định 73/2024/NĐ-CP'],
    ['2026-07-01', 2_530_000, 760_000, 'Nghị định 161/2026/NĐ-CP'],
  ])('Lao động tiên tiến decided on %s: base salary %i → %i đồng (%s)', (date, base, amount, decree) => {
    const result = paid('lao_dong_tien_tien', 'individual', date);
    expect(result).toMatchObject({
      paid: true,
      amount,
      baseSalary: base,
      coefficient: '0,3',
      roundingUnit: 10_000,
    });
    expect(result.citations.baseSalary.document).toBe(decree);
  });

  it('worked examples of legal-rules.md §7', () => {
    expect(paid('lao_dong_tien_tien', 'individual', '2024-08-01')).toMatchObject({
      unrounded: '702.000',
      amount: 710_000,
    });
    expect(paid('giay_khen_chu_tich_xa', 'individual', '2025-03-01')).toMatchObject({
      unrounded: '351.000',
      amount: 360_000,
    });
    expect(paid('giay_khen_chu_tich_xa', 'individual', '2025-08-01')).toMatchObject({
      unrounded: '702.000',
      amount: 710_000,
    });
    expect(paid('giay_khen_chu_tich_xa', 'collective', '2025-03-01')).toMatchObject({
      coefficient: '0,3',
      unrounded: '702.000',
      amount: 710_000,
    });
  });

  it('Giấy khen of the commune chair: 0,15 on 2025-06-30 (Nghị định 98/2023 Điều 58), 0,3 from 2025-07-01 (Nghị định 152/2025 Điều 54)', () => {
    const before = paid('giay_khen_chu_tich_xa', 'individual', '2025-06-30');
    const after = paid('giay_khen_chu_tich_xa', 'individual', '2025-07-01');
    expect([before.coefficientHundredths, before.amount, before.citations.coefficient.article]).toEqual([
      15,
      360_000,
      'Điều 58',
    ]);
    expect([after.coefficientHundredths, after.amount, after.citations.coefficient.article]).toEqual([
      30,
      710_000,
      'Điều 54',
    ]);
  });

  it('Bằng khen of the province chair: 1,0 until 2025-06-30 and 1,5 from 2025-07-01 (Nghị định 152/2025 Điều 54)', () => {
    expect(paid('bang_khen_chu_tich_tinh', 'individual', '2025-06-30').amount).toBe(2_340_000);
    expect(paid('bang_khen_chu_tich_tinh', 'individual', '2025-07-01').amount).toBe(3_510_000);
  });

  it('explains itself in a sentence with the coefficient, base salary, rounding and sources', () => {
    const result = paid('chien_si_thi_dua_co_so', 'individual', '2023-12-31');
    expect(result.code).toBe('RULE_REWARD_AMOUNT');
    expect(result.params).toMatchObject({
      coefficient: '1,0',
      baseSalary: '1.800.000',
      amount: '1.800.000',
      unit: '10.000',
    });
    expect(String(result.params.citation)).toContain('Nghị định 24/2023/NĐ-CP');
  });

  it('household forms: no known amount until 2025-06-30 («cần xác nhận»), 1,5 × the individual amount from 2025-07-01 (Nghị định 152/2025 Điều 54)', () => {
    const before = reward('giay_khen_chu_tich_xa', 'household', '2025-06-30');
    expect(before).toMatchObject({ paid: false, amount: 0, code: 'RULE_REWARD_NO_MONEY' });
    expect(before.paid === false && before.citation.certainty).toBe('unconfirmed');
    const after = paid('giay_khen_chu_tich_xa', 'household', '2025-07-01');
    expect(after).toMatchObject({ coefficient: '0,45', unrounded: '1.053.000', amount: 1_060_000 });
    expect(after.citations.coefficient).toMatchObject({
      document: 'Nghị định 152/2025/NĐ-CP',
      article: 'Điều 54',
      certainty: 'verified',
    });
    expect(paid('giay_khen_chu_tich_xa', 'household', '2025-08-01').amount).toBe(1_060_000);
    // 2,25 × 2.340.000 = 5.265.000 → 5.270.000; 5,25 × 2.340.000 = 12.285.000 → 12.290.000.
    expect(paid('bang_khen_chu_tich_tinh', 'household', '2025-07-01').amount).toBe(5_270_000);
    expect(paid('bang_khen_thu_tuong', 'household', '2025-07-01').amount).toBe(12_290_000);
    expect(reward('bang_khen_chu_tich_tinh', 'household', '2025-06-30').code).toBe('RULE_REWARD_NO_MONEY');
  });

  it('an award not given to that subject, or not yet in force, carries nothing (Luật 2022 Điều 29: xã, phường tiêu biểu from 2024)', () => {
    expect(reward('lao_dong_tien_tien', 'collective', '2025-08-01').code).toBe('RULE_REWARD_NOT_APPLICABLE');
    expect(reward('xa_phuong_tieu_bieu', 'collective', '2023-12-31').code).toBe('RULE_REWARD_NOT_APPLICABLE');
    expect(paid('xa_phuong_tieu_bieu', 'collective', '2024-01-01').amount).toBe(3_600_000);
  });

  it('refuses a rule set of another date (the base salary of the decision date is the rule)', () => {
    expect(() =>
      computeRewardAmount('lao_dong_tien_tien', 'individual', '2024-07-01', ruleSetAsOf('2024-06-30')),
    ).toThrow(RangeError);
  });

  const rewardRows = NATIONAL_RULES.filter(
    (row) => row.table === 'reward' && row.coefficientHundredths !== null,
  );
  it.each(rewardRows.map((row) => [row.id, row.effectiveFrom, row.source.document, row] as const))(
    '%s on its first day %s (%s): an integer multiple of 10,000 đồng, coefficient × base salary rounded up',
    (_id, from, _doc, row) => {
      if (row.table !== 'reward') throw new Error('reward rows only');
      const result = paid(row.award, row.subject, from);
      const exact = BigInt(row.coefficientHundredths!) * BigInt(result.baseSalary);
      expect(Number.isInteger(result.amount)).toBe(true);
      expect(result.amount % 10_000).toBe(0);
      expect(BigInt(result.amount) * 100n >= exact && BigInt(result.amount - 10_000) * 100n < exact).toBe(
        true,
      );
    },
  );
});

describe('the articles the coefficients cite (legal-rules.md §7): titles Điều 54 / forms Điều 58 of Nghị định 98/2023, titles Điều 50 / forms Điều 54 of Nghị định 152/2025', () => {
  const coefficient = (award: AwardId, subject: SubjectKind, date: string) => {
    const { document, article, clause, certainty } = paid(award, subject, date).citations.coefficient;
    return [document, article, clause, certainty];
  };

  it.each([
    [
      'lao_dong_tien_tien',
      'individual',
      ['Nghị định 98/2023/NĐ-CP', 'Điều 54', undefined, 'verified'],
      ['Nghị định 152/2025/NĐ-CP', 'Điều 50', undefined, 'verified'],
    ],
    [
      'co_thi_dua_cap_tinh',
      'collective',
      ['Nghị định 98/2023/NĐ-CP', 'Điều 54', undefined, 'verified'],
      ['Nghị định 152/2025/NĐ-CP', 'Điều 50', undefined, 'verified'],
    ],
    [
      'xa_phuong_tieu_bieu',
      'collective',
      ['Nghị định 98/2023/NĐ-CP', 'Điều 54', undefined, 'verified'],
      ['Nghị định 152/2025/NĐ-CP', 'Điều 50', undefined, 'verified'],
    ],
    [
      'giay_khen_chu_tich_xa',
      'individual',
      ['Nghị định 98/2023/NĐ-CP', 'Điều 58', undefined, 'verified'],
      ['Nghị định 152/2025/NĐ-CP', 'Điều 54', undefined, 'verified'],
    ],
    [
      'bang_khen_chu_tich_tinh',
      'individual',
      ['Nghị định 98/2023/NĐ-CP', 'Điều 58', undefined, 'unconfirmed'],
      ['Nghị định 152/2025/NĐ-CP', 'Điều 54', undefined, 'verified'],
    ],
    [
      'giay_khen_chu_tich_xa',
      'collective',
      ['Nghị định 98/2023/NĐ-CP', 'Điều 58', 'khoản 2 điểm c', 'verified'],
      ['Nghị định 152/2025/NĐ-CP', 'Điều 49', undefined, 'unconfirmed'],
    ],
    [
      'bang_khen_thu_tuong',
      'collective',
      ['Nghị định 98/2023/NĐ-CP', 'Điều 58', 'khoản 2 điểm c', 'unconfirmed'],
      ['Nghị định 152/2025/NĐ-CP', 'Điều 49', undefined, 'unconfirmed'],
    ],
  ] as const)('%s (%s): %j on 2025-06-30, %j from 2025-07-01', (award, subject, before, after) => {
    expect(coefficient(award, subject, '2025-06-30')).toEqual(before);
    expect(coefficient(award, subject, '2025-07-01')).toEqual(after);
  });

  it('Cờ thi đua cấp tỉnh: 8,0 confirmed from 2025-07-01 (Nghị định 152/2025 Điều 50)', () => {
    expect(paid('co_thi_dua_cap_tinh', 'collective', '2025-07-01')).toMatchObject({
      coefficient: '8,0',
      amount: 18_720_000,
    });
  });

  it('rounding up to 10.000 đồng: Nghị định 98/2023 Điều 53 until 2025-06-30, Nghị định 152/2025 Điều 49 from 2025-07-01', () => {
    const rounding = (date: string) => {
      const { document, article, certainty } = paid('lao_dong_tien_tien', 'individual', date).citations
        .rounding;
      return [document, article, certainty];
    };
    expect(rounding('2025-06-30')).toEqual(['Nghị định 98/2023/NĐ-CP', 'Điều 53', 'verified']);
    expect(rounding('2025-07-01')).toEqual(['Nghị định 152/2025/NĐ-CP', 'Điều 49', 'verified']);
  });
});

describe('2.340.000 đồng until 2026-06-30, 2.530.000 from 2026-07-01 (Nghị định 161/2026): the worked examples of legal-rules.md §7', () => {
  it.each([
    ['lao_dong_tien_tien', 'individual', 710_000, 760_000],
    ['tap_the_lao_dong_tien_tien', 'collective', 1_880_000, 2_030_000],
    ['thon_to_dan_pho_van_hoa', 'collective', 3_510_000, 3_800_000],
    ['giay_khen_chu_tich_xa', 'household', 1_060_000, 1_140_000],
  ] as const)('%s (%s): %i on 2026-06-30, %i on 2026-07-01', (award, subject, june, july) => {
    expect(paid(award, subject, '2026-06-30')).toMatchObject({ baseSalary: 2_340_000, amount: june });
    expect(paid(award, subject, '2026-07-01')).toMatchObject({ baseSalary: 2_530_000, amount: july });
  });
});
