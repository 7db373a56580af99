import { describe, expect, it } from 'vitest';
import { byRegime, ruleRows, type RegimeDefinition, type RuleDeclaration } from './by-regime';
import { diffRuleSets } from './diff';
import { evaluateNomination } from './evaluate-nomination';
import type { RowValues } from './by-regime';
import { NATIONAL_REGIMES } from './regimes';
import { computeRewardAmount, type PaidReward } from './reward-amount';
import { buildRuleBook, NATIONAL_DECLARATIONS, NATIONAL_RULES, pendingRegimeContents } from './rule-book';
import type { RuleTable } from './rule-row';
import { ruleSetAsOf } from './rule-set';
import { tallyBallot } from './tally-ballot';
import { aCase, aYearRecord, titles } from './test-builders';

const LAW_2030 = 'Luật giả định sửa đổi Luật Thi đua, khen thưởng (dữ liệu kiểm thử)';
const R2030: RegimeDefinition = {
  regime: 'R2030',
  start: '2030-01-01',
  name: 'Luật giả định 2030',
  texts: [LAW_2030],
  source: { document: LAW_2030, article: 'toàn văn' },
  certainty: 'verified',
};

/** The national values of a rule, so a new regime's version restates only what it changes. */
const valuesOf = <T extends RuleTable>(id: string) =>
  NATIONAL_DECLARATIONS.find((d) => d.id === id)!.values as RowValues<T>;

const in2030 = <T extends RuleTable>(id: string, article: string, values: Partial<RowValues<T>>) =>
  byRegime<T, 'R2030'>(id, valuesOf<T>(id), {
    R2030: { source: { document: LAW_2030, article }, certainty: 'verified', values },
  });

/** A future law as data only: one more regime and three rules' new versions. */
const R2030_RULES: RuleDeclaration[] = [
  in2030<'vote'>('vote.higher_titles', 'Điều 3', {
    threshold: { base: 'members', comparison: 'at_least', share: { num: 80, den: 100 } },
  }),
  in2030<'reward'>('reward.lao_dong_tien_tien.individual', 'Điều 4', { coefficientHundredths: 40 }),
  in2030<'authority'>('authority.chien_si_thi_dua_co_so', 'Điều 5', { decidedBy: 'province_chair' }),
];
const book2030 = buildRuleBook([...NATIONAL_REGIMES, R2030], [...NATIONAL_DECLARATIONS, ...R2030_RULES]);
const with2030 = (date: string) => ruleSetAsOf(date, { national: book2030 });

describe('adding a regime is data (legal-rules.md §1: a new law is a new set of rows)', () => {
  it('the diff from the last day of R2025 to the first of R2030 is the regime, a threshold, a coefficient and an authority', () => {
    const changes = diffRuleSets(with2030('2029-12-31'), with2030('2030-01-01'));
    expect(changes.map((c) => [c.id, c.change, c.fields])).toEqual([
      ['authority.chien_si_thi_dua_co_so', 'changed', ['decidedBy', 'note', 'source']],
      ['regime', 'changed', ['name', 'regime', 'source', 'texts']],
      ['reward.lao_dong_tien_tien.individual', 'changed', ['coefficientHundredths', 'source']],
      ['vote.higher_titles', 'changed', ['certainty', 'note', 'source', 'threshold']],
    ]);
    const byId = new Map(changes.map((c) => [c.id, c]));
    expect(byId.get('vote.higher_titles')).toMatchObject({
      before: { threshold: { share: { num: 90 } } },
      after: { threshold: { share: { num: 80 } }, source: { document: LAW_2030, article: 'Điều 3' } },
    });
    expect(byId.get('reward.lao_dong_tien_tien.individual')).toMatchObject({
      before: { coefficientHundredths: 30 },
      after: { coefficientHundredths: 40 },
    });
    expect(byId.get('authority.chien_si_thi_dua_co_so')).toMatchObject({
      before: { decidedBy: 'commune_chair' },
      after: { decidedBy: 'province_chair' },
    });
  });

  it('the checks follow the new rows from their first day: 8 of 10 votes, the reward, who signs', () => {
    const vote = { members: 10, present: 10, ballots: { agree: 8, against: 2 } };
    expect(tallyBallot(vote, 'chien_si_thi_dua_cap_tinh', with2030('2029-12-31')).outcome).toBe('rejected');
    expect(tallyBallot(vote, 'chien_si_thi_dua_cap_tinh', with2030('2030-01-01')).outcome).toBe('adopted');
    const reward = (date: string) =>
      (computeRewardAmount('lao_dong_tien_tien', 'individual', date, with2030(date)) as PaidReward).amount;
    // 0,3 × 2.530.000 = 759.000 → 760.000; 0,4 × 2.530.000 = 1.012.000 → 1.020.000.
    expect([reward('2029-12-31'), reward('2030-01-01')]).toEqual([760_000, 1_020_000]);
    const signer = (date: string) =>
      evaluateNomination(aCase('chien_si_thi_dua_co_so', 2029), with2030(date)).checks.find(
        (c) => c.ruleId === 'authority.chien_si_thi_dua_co_so',
      )?.code;
    expect([signer('2029-12-31'), signer('2030-01-01')]).toEqual([
      'RULE_AUTHORITY_COMMUNE_CHAIR',
      'RULE_AUTHORITY_PROPOSE_UPWARD',
    ]);
  });

  it('the national book is untouched: R2025 still answers for 2030', () => {
    expect(ruleSetAsOf('2030-01-01').regime.regime).toBe('R2025');
    expect(diffRuleSets(ruleSetAsOf('2029-12-31'), ruleSetAsOf('2030-01-01'))).toEqual([]);
  });
});

describe('ruleRows: versions per regime become dated rows', () => {
  const regimes: RegimeDefinition[] = [
    { ...R2030, regime: 'RA', start: '2020-01-01' },
    { ...R2030, regime: 'RB', start: '2021-01-01' },
    { ...R2030, regime: 'RC', start: '2022-01-01' },
  ];
  const rounding = (versions: RuleDeclaration<'rounding'>['versions']) =>
    ruleRows([{ id: 'rounding', values: { table: 'rounding', mode: 'up', unit: 10_000 }, versions }], regimes)
      .filter((row) => row.id === 'rounding')
      .map((row) => [row.effectiveFrom, row.effectiveTo, row.table === 'rounding' && row.unit]);
  const source = { document: 'Văn bản kiểm thử', article: 'Điều 1' };

  it('a version lasts until the next one; the same content under the next regime is one row', () => {
    expect(
      rounding({
        RA: { source, certainty: 'verified' },
        RB: { source, certainty: 'verified' },
        RC: { source, certainty: 'verified', values: { unit: 1_000 } },
      }),
    ).toEqual([
      ['2020-01-01', '2021-12-31', 10_000],
      ['2022-01-01', null, 1_000],
    ]);
  });

  it('starts later than its regime with `from`, ends with an ending, and is absent before its first regime', () => {
    expect(
      rounding({
        RB: { source, certainty: 'verified', from: '2021-03-01' },
        RC: { ended: true, from: '2022-02-01' },
      }),
    ).toEqual([['2021-03-01', '2022-01-31', 10_000]]);
  });

  it('refuses two versions under one regime, or a version starting outside its regime (programming errors)', () => {
    const twice = [
      byRegime<'rounding', 'RA'>('rounding', valuesOf('rounding'), { RA: { source, certainty: 'verified' } }),
      byRegime<'rounding', 'RA'>('rounding', valuesOf('rounding'), { RA: { source, certainty: 'verified' } }),
    ];
    expect(() => ruleRows(twice, regimes)).toThrow(/two versions/);
    expect(() => rounding({ RA: { source, certainty: 'verified', from: '2021-01-01' } })).toThrow(/outside/);
  });
});

describe('the pending amendment of Luật 2022: a regime a province switches on from its date (legal-rules.md §1)', () => {
  const excellentNoInitiative = aCase('chien_si_thi_dua_co_so', 2026, {
    history: titles('lao_dong_tien_tien', 2026),
    yearRecords: [aYearRecord(2026, { grade: 'hoan_thanh_xuat_sac' })],
  });
  const province = { pendingRegimes: { R2022_AMENDED: '2026-09-01' } };

  it('is not in force nationally: the national book stays R2025', () => {
    expect(NATIONAL_RULES.some((row) => row.table === 'regime' && row.regime === 'R2022_AMENDED')).toBe(
      false,
    );
    expect(ruleSetAsOf('2026-12-20').regime.regime).toBe('R2025');
  });

  it('applies from the province date, not the day before', () => {
    expect(ruleSetAsOf('2026-08-31', province).regime.regime).toBe('R2025');
    expect(ruleSetAsOf('2026-09-01', province).regime).toMatchObject({
      regime: 'R2022_AMENDED',
      effectiveFrom: '2026-09-01',
      certainty: 'unconfirmed',
    });
  });

  it('Chiến sĩ thi đua cơ sở then needs an excellent grade and an initiative: an excellent grade alone no longer suffices', () => {
    expect(evaluateNomination(excellentNoInitiative, ruleSetAsOf('2026-08-31', province)).verdict).toBe(
      'eligible',
    );
    const after = evaluateNomination(excellentNoInitiative, ruleSetAsOf('2026-09-01', province));
    expect(after.verdict).toBe('ineligible');
    expect(after.regime).toBe('R2022_AMENDED');
    expect(
      after.checks.find((c) => c.ruleId === 'criterion.chien_si_thi_dua_co_so.achievement'),
    ).toMatchObject({ status: 'failed', citation: { article: 'toàn văn', certainty: 'unconfirmed' } });
    const withInitiative = aCase('chien_si_thi_dua_co_so', 2026, {
      history: titles('lao_dong_tien_tien', 2026),
      yearRecords: [aYearRecord(2026, { grade: 'hoan_thanh_xuat_sac', recognisedInitiatives: 1 })],
    });
    expect(evaluateNomination(withInitiative, ruleSetAsOf('2026-09-01', province)).verdict).toBe('eligible');
  });

  it('changes only the rows the draft changes', () => {
    const changes = diffRuleSets(ruleSetAsOf('2026-08-31', province), ruleSetAsOf('2026-09-01', province));
    expect(changes.map((c) => [c.id, c.change])).toEqual([
      ['criterion.chien_si_thi_dua_co_so.achievement', 'changed'],
      ['criterion.chien_si_thi_dua_co_so.excellent_grade', 'added'],
      ['regime', 'changed'],
    ]);
    expect(
      pendingRegimeContents().map(({ regime, rules }) => [regime.regime, rules.map((r) => r.id)]),
    ).toEqual([
      [
        'R2022_AMENDED',
        [
          'regime',
          'criterion.chien_si_thi_dua_co_so.achievement',
          'criterion.chien_si_thi_dua_co_so.excellent_grade',
        ],
      ],
    ]);
  });

  it('refuses a regime that is not pending, or a date not after R2025 began (caller errors)', () => {
    expect(() => ruleSetAsOf('2026-12-20', { pendingRegimes: { R2025: '2026-01-01' } })).toThrow(RangeError);
    expect(() => ruleSetAsOf('2026-12-20', { pendingRegimes: { R2022_AMENDED: '2025-07-01' } })).toThrow(
      RangeError,
    );
    expect(() => ruleSetAsOf('2026-12-20', { pendingRegimes: { R2022_AMENDED: '2026-02-30' } })).toThrow(
      RangeError,
    );
  });
});
