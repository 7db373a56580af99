import { describe, expect, it } from 'vitest';
import { checkBatch, type BatchNomination } from './batch-checks';
import type { AwardId } from './ids';
import type { RuleOverride } from './overrides';
import { ruleSetAsOf } from './rule-set';

let next = 0;
function aNomination(award: AwardId, overrides: Partial<BatchNomination> = {}): BatchNomination {
  next += 1;
  return {
    id: `n${next}`,
    nomineeId: `p${next}`,
    subjectKind: 'individual',
    unitId: 'u1',
    year: 2023,
    award,
    ...overrides,
  };
}

/** `tienTien` people with Lao động tiên tiến, the first `chienSi` of them also nominated Chiến sĩ thi đua cơ sở. */
function unitList(tienTien: number, chienSi: number, year = 2023): BatchNomination[] {
  const people = Array.from({ length: tienTien }, (_, i) =>
    aNomination('lao_dong_tien_tien', { nomineeId: `u1-${i}`, year }),
  );
  const titles = people
    .slice(0, chienSi)
    .map((p) => aNomination('chien_si_thi_dua_co_so', { nomineeId: p.nomineeId, year }));
  return [...people, ...titles];
}

const capCheck = (list: BatchNomination[], date: string, options = {}) =>
  checkBatch(list, ruleSetAsOf(date), options).checks.find((c) => c.ruleId === 'cap.chien_si_thi_dua_co_so');

describe('cap: Chiến sĩ thi đua cơ sở at most 15 % of Lao động tiên tiến (Nghị định 91/2017 Điều 9 khoản 3)', () => {
  it('20 Lao động tiên tiến, 3 Chiến sĩ thi đua cơ sở: exactly at the cap, passed', () => {
    expect(capCheck(unitList(20, 3), '2023-12-20')).toMatchObject({
      status: 'passed',
      code: 'RULE_CAP_WITHIN',
      params: { max: 3 },
    });
  });

  it('20 Lao động tiên tiến, 4 Chiến sĩ thi đua cơ sở: over the cap, failed, naming the 4 nominations', () => {
    const list = unitList(20, 4);
    const result = checkBatch(list, ruleSetAsOf('2023-12-20'));
    const cap = result.checks.find((c) => c.ruleId === 'cap.chien_si_thi_dua_co_so')!;
    expect(cap).toMatchObject({ status: 'failed', code: 'RULE_CAP_EXCEEDED' });
    const chienSi = list.filter((n) => n.award === 'chien_si_thi_dua_co_so').map((n) => n.id);
    expect(cap.nominationIds).toEqual(chienSi);
    expect(result.offending).toEqual(chienSi);
  });

  it('people already holding Lao động tiên tiến count in the base', () => {
    expect(capCheck(unitList(10, 3), '2023-12-20')?.status).toBe('failed');
    const earlier = {
      alreadyHolding: [{ unitId: 'u1', year: 2023, award: 'lao_dong_tien_tien' as const, count: 10 }],
    };
    expect(capCheck(unitList(10, 3), '2023-12-20', earlier)?.status).toBe('passed');
  });

  it('counts each unit on its own', () => {
    const other = unitList(20, 3).map((n) => ({
      ...n,
      id: `b-${n.id}`,
      unitId: 'u2',
      nomineeId: `b-${n.nomineeId}`,
    }));
    const checks = checkBatch([...unitList(20, 3), ...other], ruleSetAsOf('2023-12-20')).checks;
    expect(checks.filter((c) => c.ruleId === 'cap.chien_si_thi_dua_co_so').map((c) => c.status)).toEqual([
      'passed',
      'passed',
    ]);
  });

  it('from 2024 no national cap (Luật 2022 Điều 23): above 15 % is a warning for the council', () => {
    expect(capCheck(unitList(20, 4, 2024), '2024-12-20')).toMatchObject({
      status: 'needs_judgement',
      code: 'RULE_CAP_WARNING',
    });
    expect(capCheck(unitList(20, 3, 2024), '2024-12-20')?.status).toBe('passed');
  });

  it('a province that keeps a stricter cap enforces it from its own document', () => {
    const stricter: RuleOverride = {
      id: 'cap.chien_si_thi_dua_co_so',
      table: 'cap',
      award: 'chien_si_thi_dua_co_so',
      baseAward: 'lao_dong_tien_tien',
      share: { num: 10, den: 100 },
      mode: 'enforce',
      effectiveFrom: '2025-01-01',
      effectiveTo: null,
      source: { document: 'Quyết định 12/2024/QĐ-UBND tỉnh Minh Họa', article: 'Điều 8' },
      certainty: 'local',
      scope: { province: '99' },
    };
    const ruleSet = ruleSetAsOf('2025-12-20', { overrides: [stricter], scope: { province: '99' } });
    const cap = checkBatch(unitList(20, 3, 2025), ruleSet).checks.find(
      (c) => c.ruleId === 'cap.chien_si_thi_dua_co_so',
    )!;
    expect(cap).toMatchObject({ status: 'failed', params: { max: 2 } });
    expect(cap.citation.document).toBe('Quyết định 12/2024/QĐ-UBND tỉnh Minh Họa');
  });
});

describe('one achievement, one award (Luật 2022 Điều 5 khoản 2)', () => {
  it('the same title twice for the same year is named', () => {
    const a = aNomination('lao_dong_tien_tien', { nomineeId: 'x', year: 2025 });
    const b = aNomination('lao_dong_tien_tien', { nomineeId: 'x', year: 2025 });
    const c = aNomination('lao_dong_tien_tien', { nomineeId: 'x', year: 2024 });
    const checks = checkBatch([a, b, c], ruleSetAsOf('2025-12-20')).checks.filter(
      (k) => k.code === 'RULE_DUPLICATE_AWARD',
    );
    expect(checks.map((k) => k.nominationIds)).toEqual([[a.id, b.id]]);
  });

  it('two forms for one achievement fail; one form given again for another achievement does not', () => {
    const giayKhen = aNomination('giay_khen_chu_tich_xa', {
      nomineeId: 'y',
      achievementId: 'flood-2025',
      year: 2025,
    });
    const bangKhen = aNomination('bang_khen_chu_tich_tinh', {
      nomineeId: 'y',
      achievementId: 'flood-2025',
      year: 2025,
    });
    const again = aNomination('giay_khen_chu_tich_xa', {
      nomineeId: 'y',
      achievementId: 'census-2025',
      year: 2025,
    });
    const result = checkBatch([giayKhen, bangKhen, again], ruleSetAsOf('2025-12-20'));
    const several = result.checks.filter((k) => k.code === 'RULE_SEVERAL_FORMS_ONE_ACHIEVEMENT');
    expect(several.map((k) => k.nominationIds)).toEqual([[giayKhen.id, bangKhen.id]]);
    expect(result.offending).toEqual([giayKhen.id, bangKhen.id]);
  });
});

describe('several titles at one time: only the highest is paid (Nghị định 91/2017 Điều 66; Nghị định 98/2023 Điều 53)', () => {
  it('Lao động tiên tiến and Chiến sĩ thi đua cơ sở of one year: the money goes with Chiến sĩ thi đua cơ sở', () => {
    const ldtt = aNomination('lao_dong_tien_tien', {
      nomineeId: 'z',
      nomineeName: 'Nguyễn Văn A',
      year: 2025,
    });
    const cstd = aNomination('chien_si_thi_dua_co_so', {
      nomineeId: 'z',
      nomineeName: 'Nguyễn Văn A',
      year: 2025,
    });
    const check = checkBatch([ldtt, cstd], ruleSetAsOf('2025-12-20')).checks.find(
      (k) => k.code === 'RULE_HIGHEST_TITLE_PAID',
    )!;
    expect(check).toMatchObject({
      status: 'passed',
      params: { paid: 'Chiến sĩ thi đua cơ sở', unpaid: '«Lao động tiên tiến»' },
    });
    expect(check.nominationIds).toEqual([ldtt.id, cstd.id]);
  });

  it('titles for different achievement periods are each paid: no check', () => {
    const yearly = aNomination('chien_si_thi_dua_co_so', { nomineeId: 'w', year: 2025 });
    const threeYears = aNomination('chien_si_thi_dua_cap_tinh', { nomineeId: 'w', year: 2025 });
    expect(
      checkBatch([yearly, threeYears], ruleSetAsOf('2025-12-20')).checks.some(
        (k) => k.code === 'RULE_HIGHEST_TITLE_PAID',
      ),
    ).toBe(false);
  });
});

describe('titles with the same period: only the highest is paid (Nghị định 98/2023 Điều 53 as a default «cần xác nhận»; Nghị định 152/2025 Điều 49)', () => {
  const sameYear = () => [
    aNomination('lao_dong_tien_tien', { nomineeId: 'v', year: 2025 }),
    aNomination('chien_si_thi_dua_co_so', { nomineeId: 'v', year: 2025 }),
  ];
  const highest = (date: string) =>
    checkBatch(sameYear(), ruleSetAsOf(date)).checks.find((k) => k.code === 'RULE_HIGHEST_TITLE_PAID');

  it('on 2025-06-30 the rule is the R2025 behaviour kept as a default, to be confirmed', () => {
    expect(highest('2025-06-30')).toMatchObject({
      status: 'passed',
      params: { paid: 'Chiến sĩ thi đua cơ sở' },
      citation: { document: 'Nghị định 98/2023/NĐ-CP', article: 'Điều 53', certainty: 'unconfirmed' },
    });
  });

  it('from 2025-07-01 it is the law: Nghị định 152/2025 Điều 49', () => {
    expect(highest('2025-07-01')).toMatchObject({
      status: 'passed',
      params: { paid: 'Chiến sĩ thi đua cơ sở' },
      citation: { document: 'Nghị định 152/2025/NĐ-CP', article: 'Điều 49', certainty: 'verified' },
    });
  });

  it('a title and a form at the same time are both paid: no check', () => {
    const list = [
      aNomination('lao_dong_tien_tien', { nomineeId: 'u', year: 2025 }),
      aNomination('giay_khen_chu_tich_xa', { nomineeId: 'u', year: 2025, achievementId: 'flood-2025' }),
    ];
    expect(checkBatch(list, ruleSetAsOf('2025-12-20')).checks).toEqual([]);
  });
});

describe('summary', () => {
  it('reports leaders and direct workers (priority for direct workers is a principle, Luật 2022 Điều 5)', () => {
    const list = [
      aNomination('lao_dong_tien_tien', { isLeader: true }),
      aNomination('lao_dong_tien_tien', { isLeader: false }),
      aNomination('tap_the_lao_dong_tien_tien', { subjectKind: 'collective' }),
    ];
    expect(checkBatch(list, ruleSetAsOf('2025-12-20')).summary).toEqual({
      nominations: 3,
      individuals: 2,
      leaders: 1,
      directWorkers: 1,
    });
  });
});
