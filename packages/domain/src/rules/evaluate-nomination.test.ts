import { describe, expect, it } from 'vitest';
import { evaluateNomination } from './evaluate-nomination';
import type { NominationCase } from './nomination-input';
import { ruleSetAsOf } from './rule-set';
import { aCase, aUnitYear, aYearRecord, grades, titles } from './test-builders';
import { messageFor } from '../messages';

const evaluate = (input: NominationCase, date: string) => evaluateNomination(input, ruleSetAsOf(date));
const check = (input: NominationCase, date: string, ruleId: string) => {
  const found = evaluate(input, date).checks.find((c) => c.ruleId === ruleId);
  if (!found) throw new Error(`no check ${ruleId}`);
  return found;
};
const statusOf = (input: NominationCase, date: string, ruleId: string) => check(input, date, ruleId).status;

describe('evaluateNomination: the regime of the decision date', () => {
  // Excellent grade, no initiative: enough from Luật 2022 Điều 23, not under Nghị định 91/2017 Điều 9.
  const excellentNoInitiative = aCase('chien_si_thi_dua_co_so', 2023, {
    history: titles('lao_dong_tien_tien', 2023),
    yearRecords: [aYearRecord(2023, { grade: 'hoan_thanh_xuat_sac' })],
  });

  it('Chiến sĩ thi đua cơ sở on 2023-12-31 needs an initiative (Nghị định 91/2017 Điều 9)', () => {
    const result = evaluate(excellentNoInitiative, '2023-12-31');
    expect(result).toMatchObject({ verdict: 'ineligible', regime: 'R2003', asOf: '2023-12-31' });
    const achievement = result.checks.find(
      (c) => c.ruleId === 'criterion.chien_si_thi_dua_co_so.achievement',
    )!;
    expect(achievement).toMatchObject({ status: 'failed', code: 'RULE_ANY_OF_NOT_MET' });
    expect(achievement.citation).toMatchObject({ document: 'Nghị định 91/2017/NĐ-CP', article: 'Điều 9' });
  });

  it('the same nomination on 2024-01-01 passes on the excellent grade (Luật 2022 Điều 23)', () => {
    const result = evaluate(excellentNoInitiative, '2024-01-01');
    expect(result).toMatchObject({ verdict: 'eligible', regime: 'R2024' });
    const achievement = result.checks.find(
      (c) => c.ruleId === 'criterion.chien_si_thi_dua_co_so.achievement',
    )!;
    expect(achievement).toMatchObject({ status: 'passed', code: 'RULE_ANY_OF_MET' });
    expect(messageFor(achievement.code, achievement.params)).toBe(
      'Đạt điều kiện: xếp loại từ «Hoàn thành xuất sắc nhiệm vụ» trở lên (Điều 23, Luật Thi đua, khen thưởng 2022).',
    );
  });

  it('every check carries a sentence of the catalog with its article', () => {
    for (const c of evaluate(excellentNoInitiative, '2024-01-01').checks) {
      expect(messageFor(c.code, c.params)).toContain(`(${c.citation.text}`);
      expect(messageFor(c.code, c.params)).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('months of service in the year (Nghị định 91/2017 Điều 10: 10 months; Thông tư 01/2024: 6 months)', () => {
  const joined = (start: string, year: number) =>
    aCase('lao_dong_tien_tien', year, { nominee: { kind: 'individual', serviceStart: start } });
  it.each([
    ['2023-03-01', 2023, '2023-12-31', 'passed'],
    ['2023-03-02', 2023, '2023-12-31', 'failed'],
    ['2024-07-01', 2024, '2024-12-31', 'passed'],
    ['2024-07-02', 2024, '2024-12-31', 'failed'],
    ['2023-07-01', 2023, '2023-12-31', 'failed'],
    ['2023-07-01', 2023, '2024-01-01', 'passed'],
  ])('joined %s, year %i, decided %s → %s', (start, year, date, status) => {
    expect(statusOf(joined(start, year), date, 'disqualifier.service_months')).toBe(status);
  });

  it('an unknown start date is left to a person, never passed', () => {
    const unknown = aCase('lao_dong_tien_tien', 2025, { nominee: { kind: 'individual' } });
    expect(check(unknown, '2025-12-20', 'disqualifier.service_months')).toMatchObject({
      status: 'needs_judgement',
      code: 'RULE_FACT_UNKNOWN',
    });
  });
});

describe('Lao động tiên tiến (Luật 2022 Điều 24)', () => {
  it('needs a grade of hoàn thành tốt or better: tốt passes, hoàn thành fails', () => {
    const good = aCase('lao_dong_tien_tien', 2025);
    const plain = aCase('lao_dong_tien_tien', 2025, {
      yearRecords: [aYearRecord(2025, { grade: 'hoan_thanh' })],
    });
    expect(statusOf(good, '2025-12-20', 'criterion.lao_dong_tien_tien.grade')).toBe('passed');
    expect(statusOf(plain, '2025-12-20', 'criterion.lao_dong_tien_tien.grade')).toBe('failed');
  });

  it('ethics and solidarity are judged by the council, so the verdict is needs_judgement, never eligible', () => {
    const result = evaluate(aCase('lao_dong_tien_tien', 2025), '2025-12-20');
    expect(result.verdict).toBe('needs_judgement');
    expect(result.checks.find((c) => c.code === 'RULE_JUDGEMENT')?.params.criterion).toContain(
      'phẩm chất đạo đức',
    );
  });

  it.each([
    [39, 'passed'],
    [40, 'failed'],
  ])('absent %i working days → %s (40 days, province default)', (days, status) => {
    const input = aCase('lao_dong_tien_tien', 2025, {
      yearRecords: [aYearRecord(2025, { absentWorkingDays: days })],
    });
    expect(statusOf(input, '2025-12-20', 'disqualifier.absence')).toBe(status);
  });

  it('disciplined in the year or under review: no title (Nghị định 98/2023 Điều 4)', () => {
    const disciplined = aCase('lao_dong_tien_tien', 2024, {
      yearRecords: [aYearRecord(2024, { disciplined: true })],
    });
    const reviewed = aCase('lao_dong_tien_tien', 2024, {
      yearRecords: [aYearRecord(2024, { underReview: true })],
    });
    expect(evaluate(disciplined, '2024-12-20').verdict).toBe('ineligible');
    expect(check(reviewed, '2024-12-20', 'disqualifier.pending_review').code).toBe('RULE_PENDING_REVIEW');
  });

  it('is for civilians; the armed forces hold Chiến sĩ tiên tiến (Luật 2022 Điều 24)', () => {
    const soldier = {
      nominee: { kind: 'individual' as const, serviceStart: '2010-01-01', armedForces: true },
    };
    expect(evaluate(aCase('lao_dong_tien_tien', 2025, soldier), '2025-12-20').checks[0]!.code).toBe(
      'RULE_SUBJECT_MISMATCH',
    );
    expect(evaluate(aCase('chien_si_tien_tien', 2025, soldier), '2025-12-20').checks[0]!.code).toBe(
      'RULE_SUBJECT_MATCHES',
    );
  });

  it('is not for a collective: the subject check stops the evaluation', () => {
    const result = evaluate(
      aCase('lao_dong_tien_tien', 2025, { nominee: { kind: 'collective' } }),
      '2025-12-20',
    );
    expect(result.verdict).toBe('ineligible');
    expect(result.checks.map((c) => c.code)).toEqual(['RULE_SUBJECT_MISMATCH']);
  });
});

describe('Chiến sĩ thi đua cơ sở needs Lao động tiên tiến of the year (Luật 2022 Điều 23)', () => {
  it('held in the history: passed', () => {
    const input = aCase('chien_si_thi_dua_co_so', 2025, {
      history: titles('lao_dong_tien_tien', 2025),
      yearRecords: [aYearRecord(2025, { recognisedInitiatives: 1 })],
    });
    expect(statusOf(input, '2025-12-20', 'criterion.chien_si_thi_dua_co_so.tien_tien')).toBe('passed');
    expect(evaluate(input, '2025-12-20').verdict).toBe('eligible');
  });

  it('not held yet but within reach: decided in the same round (needs_judgement)', () => {
    const input = aCase('chien_si_thi_dua_co_so', 2025, {
      yearRecords: [aYearRecord(2025, { recognisedInitiatives: 1 })],
    });
    expect(check(input, '2025-12-20', 'criterion.chien_si_thi_dua_co_so.tien_tien').code).toBe(
      'RULE_TITLE_IN_YEAR_PENDING',
    );
  });

  it('out of reach (grade hoàn thành): failed', () => {
    const input = aCase('chien_si_thi_dua_co_so', 2025, {
      yearRecords: [aYearRecord(2025, { grade: 'hoan_thanh', recognisedInitiatives: 1 })],
    });
    expect(check(input, '2025-12-20', 'criterion.chien_si_thi_dua_co_so.tien_tien').code).toBe(
      'RULE_TITLE_IN_YEAR_MISSING',
    );
  });

  it('an officer of the armed forces may hold Chiến sĩ tiên tiến instead', () => {
    const input = aCase('chien_si_thi_dua_co_so', 2025, {
      nominee: { kind: 'individual', serviceStart: '2010-01-01', armedForces: true },
      history: titles('chien_si_tien_tien', 2025),
      yearRecords: [aYearRecord(2025, { recognisedInitiatives: 1 })],
    });
    expect(statusOf(input, '2025-12-20', 'criterion.chien_si_thi_dua_co_so.tien_tien')).toBe('passed');
  });
});

describe('Chiến sĩ thi đua cấp tỉnh: 3 consecutive Chiến sĩ thi đua cơ sở ending in the year (Luật 2022 Điều 22)', () => {
  const records = [aYearRecord(2025, { grade: 'hoan_thanh_xuat_sac', recognisedInitiatives: 1 })];
  const ruleId = 'criterion.chien_si_thi_dua_cap_tinh.consecutive';
  it.each([
    [[2024, 2025], 'failed', 'RULE_CONSECUTIVE_AWARDS_SHORT'],
    [[2023, 2024, 2025], 'passed', 'RULE_CONSECUTIVE_AWARDS_MET'],
    [[2022, 2023, 2025], 'failed', 'RULE_CONSECUTIVE_AWARDS_SHORT'],
    [[2021, 2022, 2024, 2025], 'failed', 'RULE_CONSECUTIVE_AWARDS_SHORT'],
  ])('held in %j → %s', (years, status, code) => {
    const input = aCase('chien_si_thi_dua_cap_tinh', 2025, {
      history: titles('chien_si_thi_dua_co_so', ...years),
      yearRecords: records,
    });
    expect(check(input, '2025-12-20', ruleId)).toMatchObject({ status, code });
  });

  it('two years held and the third being decided in the same round: needs_judgement', () => {
    const input = aCase('chien_si_thi_dua_cap_tinh', 2025, {
      history: [...titles('chien_si_thi_dua_co_so', 2023, 2024), ...titles('lao_dong_tien_tien', 2025)],
      yearRecords: records,
    });
    expect(check(input, '2025-12-20', ruleId).code).toBe('RULE_CONSECUTIVE_AWARDS_PENDING');
  });

  it('years used by an earlier Chiến sĩ thi đua cấp tỉnh do not count again', () => {
    const input = aCase('chien_si_thi_dua_cap_tinh', 2025, {
      history: [
        ...titles('chien_si_thi_dua_co_so', 2021, 2022, 2023, 2024, 2025),
        ...titles('chien_si_thi_dua_cap_tinh', 2023),
      ],
      yearRecords: records,
    });
    expect(check(input, '2025-12-20', ruleId)).toMatchObject({ status: 'failed', params: { count: 2 } });
  });

  it('is proposed upward to the province chair (Luật 2022 Điều 80)', () => {
    const input = aCase('chien_si_thi_dua_cap_tinh', 2025, {
      history: titles('chien_si_thi_dua_co_so', 2023, 2024, 2025),
      yearRecords: records,
    });
    expect(check(input, '2025-12-20', 'authority.chien_si_thi_dua_cap_tinh').code).toBe(
      'RULE_AUTHORITY_PROPOSE_UPWARD',
    );
  });
});

describe('Chiến sĩ thi đua toàn quốc: 2 consecutive Chiến sĩ thi đua cấp tỉnh (Luật 2022 Điều 21)', () => {
  it.each([
    [[2022, 2025], 'passed'],
    [[2021, 2025], 'failed'],
  ])('cấp tỉnh in %j (three-year terms) → %s', (years, status) => {
    const input = aCase('chien_si_thi_dua_toan_quoc', 2025, {
      history: titles('chien_si_thi_dua_cap_tinh', ...years),
    });
    expect(statusOf(input, '2025-12-20', 'criterion.chien_si_thi_dua_toan_quoc.consecutive')).toBe(status);
  });
});

describe('Bằng khen của Chủ tịch UBND tỉnh, individual (Luật 2022 Điều 74 khoản 1 điểm d)', () => {
  const ruleId = 'criterion.bang_khen_chu_tich_tinh.individual_record';
  it.each([
    [
      'two consecutive Chiến sĩ thi đua cơ sở',
      titles('chien_si_thi_dua_co_so', 2024, 2025),
      grades('hoan_thanh_tot', 2024, 2025),
      'passed',
    ],
    [
      'one Chiến sĩ thi đua cơ sở and good years',
      titles('chien_si_thi_dua_co_so', 2025),
      grades('hoan_thanh_tot', 2024, 2025),
      'failed',
    ],
    [
      'two excellent years with two fresh initiatives',
      [],
      [
        aYearRecord(2024, { grade: 'hoan_thanh_xuat_sac', recognisedInitiatives: 1 }),
        aYearRecord(2025, { grade: 'hoan_thanh_xuat_sac', recognisedInitiatives: 1 }),
      ],
      'passed',
    ],
    [
      'two excellent years, but one initiative was spent on Chiến sĩ thi đua cơ sở 2024 (and 2025 is out of reach)',
      titles('chien_si_thi_dua_co_so', 2024),
      [
        aYearRecord(2024, { grade: 'hoan_thanh_xuat_sac', recognisedInitiatives: 1 }),
        aYearRecord(2025, { grade: 'hoan_thanh_xuat_sac', recognisedInitiatives: 1, absentWorkingDays: 45 }),
      ],
      'failed',
    ],
    [
      'Chiến sĩ thi đua cơ sở 2024, and 2025 may come in the same round',
      titles('chien_si_thi_dua_co_so', 2024),
      [
        aYearRecord(2024, { grade: 'hoan_thanh_xuat_sac', recognisedInitiatives: 1 }),
        aYearRecord(2025, { grade: 'hoan_thanh_xuat_sac', recognisedInitiatives: 1 }),
      ],
      'needs_judgement',
    ],
    [
      'one excellent year only',
      [],
      [
        aYearRecord(2024, { grade: 'hoan_thanh_tot', recognisedInitiatives: 1 }),
        aYearRecord(2025, { grade: 'hoan_thanh_xuat_sac', recognisedInitiatives: 1 }),
      ],
      'failed',
    ],
  ])('%s → %s', (_what, history, yearRecords, status) => {
    expect(
      statusOf(aCase('bang_khen_chu_tich_tinh', 2025, { history, yearRecords }), '2025-12-20', ruleId),
    ).toBe(status);
  });

  it('an unrecorded year inside the run is a question, not a failure', () => {
    const input = aCase('bang_khen_chu_tich_tinh', 2025, {
      yearRecords: [aYearRecord(2025, { grade: 'hoan_thanh_xuat_sac', recognisedInitiatives: 2 })],
    });
    expect(check(input, '2025-12-20', ruleId)).toMatchObject({
      status: 'needs_judgement',
      code: 'RULE_ANY_OF_UNKNOWN',
    });
  });
});

describe('Bằng khen của Thủ tướng: after a Bằng khen cấp tỉnh, 5 good years with 3 Chiến sĩ thi đua cơ sở (Luật 2022 Điều 73 khoản 1 điểm b)', () => {
  const ruleId = 'criterion.bang_khen_thu_tuong.individual_record';
  const fiveGood = grades('hoan_thanh_tot', 2021, 2022, 2023, 2024, 2025);
  it.each([
    ['5 years, 3 titles', [2020], [2021, 2023, 2025], fiveGood, 'passed', 'RULE_AFTER_PRIOR_AWARD_MET'],
    ['5 years, 2 titles', [2020], [2021, 2025], fiveGood, 'failed', 'RULE_AWARDS_IN_RUN_SHORT'],
    [
      '4 years after the Bằng khen',
      [2021],
      [2022, 2023, 2025],
      fiveGood,
      'failed',
      'RULE_PRIOR_AWARD_MISSING',
    ],
    ['no Bằng khen cấp tỉnh', [], [2021, 2023, 2025], fiveGood, 'failed', 'RULE_PRIOR_AWARD_MISSING'],
    [
      'a weak year in the five',
      [2020],
      [2021, 2023, 2025],
      [...grades('hoan_thanh_tot', 2021, 2022, 2024, 2025), ...grades('hoan_thanh', 2023)],
      'failed',
      'RULE_CONSECUTIVE_GRADES_SHORT',
    ],
  ])('%s → %s', (_what, prior, chienSi, yearRecords, status, code) => {
    const input = aCase('bang_khen_thu_tuong', 2025, {
      history: [
        ...titles('bang_khen_chu_tich_tinh', ...prior),
        ...titles('chien_si_thi_dua_co_so', ...chienSi),
      ],
      yearRecords,
    });
    expect(check(input, '2025-12-20', ruleId)).toMatchObject({ status, code });
  });
});

describe('Tập thể lao động tiên tiến (Luật 2003 Điều 28, default under Luật 2022)', () => {
  const unit = { kind: 'collective' as const, collectiveType: 'unit' as const };
  const ttldtt = (overrides: Parameters<typeof aUnitYear>[2]) =>
    aCase('tap_the_lao_dong_tien_tien', 2025, {
      nominee: unit,
      yearRecords: [aUnitYear(2025, 10, overrides)],
    });
  it.each([
    [5, 'failed'],
    [6, 'passed'],
  ])('%i of 10 members Lao động tiên tiến → %s (more than 50 %)', (count, status) => {
    expect(
      statusOf(
        ttldtt({ membersLaoDongTienTien: count }),
        '2025-12-20',
        'criterion.tap_the_lao_dong_tien_tien.share_tien_tien',
      ),
    ).toBe(status);
  });

  it('one member disciplined at cảnh cáo or above fails it', () => {
    expect(
      check(
        ttldtt({ membersDisciplinedCanhCaoOrAbove: 1 }),
        '2025-12-20',
        'criterion.tap_the_lao_dong_tien_tien.no_discipline',
      ).code,
    ).toBe('RULE_MEMBER_DISCIPLINED');
  });

  it('is decided by the district until 2025-06-30 and by the commune chair from 2025-07-01 (Nghị định 129/2025)', () => {
    expect(check(ttldtt({}), '2025-06-30', 'authority.tap_the_lao_dong_tien_tien').code).toBe(
      'RULE_AUTHORITY_PROPOSE_UPWARD',
    );
    expect(check(ttldtt({}), '2025-07-01', 'authority.tap_the_lao_dong_tien_tien').code).toBe(
      'RULE_AUTHORITY_COMMUNE_CHAIR',
    );
  });

  it('a commune chair claiming a district award before 2025-07-01 exceeds the authority (Luật 2022 Điều 80 khoản 2)', () => {
    const input = aCase('chien_si_thi_dua_co_so', 2024, { nomination: { decidedBy: 'commune_chair' } });
    expect(check(input, '2024-12-20', 'authority.chien_si_thi_dua_co_so')).toMatchObject({
      status: 'failed',
      code: 'RULE_AUTHORITY_EXCEEDED',
    });
  });

  it('a residential group is not a unit: the title is for cơ quan, đơn vị', () => {
    const input = aCase('tap_the_lao_dong_tien_tien', 2025, {
      nominee: { kind: 'collective', collectiveType: 'residential_group' },
    });
    expect(evaluate(input, '2025-12-20').checks[0]!.code).toBe('RULE_SUBJECT_MISMATCH');
  });
});

describe('Tập thể lao động xuất sắc (Luật 2022 Điều 27)', () => {
  const unit = { kind: 'collective' as const, collectiveType: 'unit' as const };
  const ttldxs = (overrides: Parameters<typeof aUnitYear>[2]) =>
    aCase('tap_the_lao_dong_xuat_sac', 2025, {
      nominee: unit,
      yearRecords: [aUnitYear(2025, 10, overrides)],
    });
  it.each([
    ['membersLaoDongTienTien', 7, 'share_tien_tien', 'passed'],
    ['membersLaoDongTienTien', 6, 'share_tien_tien', 'failed'],
    ['membersCompletingTasks', 10, 'all_complete', 'passed'],
    ['membersCompletingTasks', 9, 'all_complete', 'failed'],
    ['membersChienSiThiDuaCoSo', 1, 'has_chien_si', 'passed'],
    ['membersChienSiThiDuaCoSo', 0, 'has_chien_si', 'failed'],
  ])('%s = %i of 10 → %s %s', (field, count, slug, status) => {
    expect(
      statusOf(ttldxs({ [field]: count }), '2025-12-20', `criterion.tap_the_lao_dong_xuat_sac.${slug}`),
    ).toBe(status);
  });

  it('an unknown member count is a question', () => {
    const input = aCase('tap_the_lao_dong_xuat_sac', 2025, {
      nominee: unit,
      yearRecords: [{ year: 2025, grade: 'hoan_thanh_xuat_sac' }],
    });
    expect(statusOf(input, '2025-12-20', 'criterion.tap_the_lao_dong_xuat_sac.share_tien_tien')).toBe(
      'needs_judgement',
    );
  });
});

describe('titles of a date', () => {
  it('Xã, phường tiêu biểu does not exist before Luật 2022 (Điều 29)', () => {
    const input = aCase('xa_phuong_tieu_bieu', 2023, {
      nominee: { kind: 'collective', collectiveType: 'commune' },
    });
    expect(evaluate(input, '2023-12-31').checks.map((c) => c.code)).toEqual(['RULE_AWARD_NOT_IN_FORCE']);
    expect(
      evaluate({ ...input, nomination: { year: 2024, award: 'xa_phuong_tieu_bieu' } }, '2024-12-20').verdict,
    ).toBe('needs_judgement');
  });

  it('Gia đình văn hóa: the refusal grounds of Nghị định 86/2023 Điều 6 khoản 4 apply from 2024-01-30, not on 2024-01-29', () => {
    const household = aCase('gia_dinh_van_hoa', 2023, {
      nominee: { kind: 'household' },
      yearRecords: [{ year: 2023, householdRefusalGrounds: true, underReview: false }],
    });
    expect(
      evaluate(household, '2024-01-29').checks.some((c) => c.ruleId === 'disqualifier.household_grounds'),
    ).toBe(false);
    expect(check(household, '2024-01-30', 'disqualifier.household_grounds')).toMatchObject({
      status: 'failed',
      code: 'RULE_HOUSEHOLD_REFUSAL_GROUNDS',
    });
  });

  it('Gia đình văn hóa: the three groups of Phụ lục I are judged by people', () => {
    const household = aCase('gia_dinh_van_hoa', 2025, {
      nominee: { kind: 'household' },
      yearRecords: [{ year: 2025, householdRefusalGrounds: false, underReview: false }],
    });
    const judged = evaluate(household, '2025-11-20').checks.filter((c) => c.code === 'RULE_JUDGEMENT');
    expect(judged).toHaveLength(3);
    expect(judged.every((c) => c.citation.article === 'Phụ lục I')).toBe(true);
  });
});

describe('who decides, as legal-rules.md §3 cites it', () => {
  const soldier = { nominee: { kind: 'individual' as const, serviceStart: '2010-01-01', armedForces: true } };
  const citationOf = (input: NominationCase, date: string, ruleId: string) => {
    const { document, article, clause, certainty } = check(input, date, ruleId).citation;
    return [document, article, clause, certainty];
  };

  it.each(['2023-12-31', '2024-01-01', '2025-07-01'])(
    'Chiến sĩ tiên tiến on %s: the armed forces decide it (Luật 2022 Điều 80 khoản 5), not the commune chair',
    (date) => {
      const year = Number(date.slice(0, 4));
      const input = aCase('chien_si_tien_tien', year, soldier);
      expect(check(input, date, 'authority.chien_si_tien_tien')).toMatchObject({
        status: 'passed',
        code: 'RULE_AUTHORITY_ARMED_FORCES',
      });
      const claimed = aCase('chien_si_tien_tien', year, {
        ...soldier,
        nomination: { decidedBy: 'commune_chair' },
      });
      expect(check(claimed, date, 'authority.chien_si_tien_tien')).toMatchObject({
        status: 'failed',
        code: 'RULE_AUTHORITY_EXCEEDED',
      });
    },
  );

  it('Chiến sĩ tiên tiến cites Điều 80 khoản 5 from 2024-01-01; Lao động tiên tiến keeps khoản 3', () => {
    const input = aCase('chien_si_tien_tien', 2024, soldier);
    expect(citationOf(input, '2024-01-01', 'authority.chien_si_tien_tien')).toEqual([
      'Luật Thi đua, khen thưởng 2022',
      'Điều 80',
      'khoản 5',
      'verified',
    ]);
    expect(
      citationOf(aCase('lao_dong_tien_tien', 2024), '2024-01-01', 'authority.lao_dong_tien_tien'),
    ).toEqual(['Luật Thi đua, khen thưởng 2022', 'Điều 80', 'khoản 3', 'verified']);
  });

  it.each([
    ['chien_si_thi_dua_cap_tinh', 'authority.chien_si_thi_dua_cap_tinh'],
    ['bang_khen_chu_tich_tinh', 'authority.bang_khen_chu_tich_tinh'],
    ['bang_khen_thu_tuong', 'authority.bang_khen_thu_tuong'],
  ] as const)(
    '%s: the province chair or Prime Minister is not cited to an article legal-rules.md does not give (not Điều 80 khoản 1): «cần xác nhận»',
    (award, ruleId) => {
      for (const date of ['2024-01-01', '2025-07-01'])
        expect(citationOf(aCase(award, 2024), date, ruleId)).toEqual([
          'Luật Thi đua, khen thưởng 2022',
          'toàn văn',
          undefined,
          'unconfirmed',
        ]);
    },
  );

  it('from 2025-07-01 the commune chair decides Chiến sĩ thi đua cơ sở under Nghị định 129/2025, whose article legal-rules.md does not give', () => {
    const input = aCase('chien_si_thi_dua_co_so', 2025);
    expect(citationOf(input, '2025-06-30', 'authority.chien_si_thi_dua_co_so')).toEqual([
      'Luật Thi đua, khen thưởng 2022',
      'Điều 80',
      'khoản 2',
      'verified',
    ]);
    expect(citationOf(input, '2025-07-01', 'authority.chien_si_thi_dua_co_so')).toEqual([
      'Nghị định 129/2025/NĐ-CP',
      'toàn văn',
      undefined,
      'verified',
    ]);
  });
});

describe('pending review and discipline: Nghị định 98/2023 Điều 4, then Nghị định 152/2025 (no article given)', () => {
  it.each(['disqualifier.pending_review', 'disqualifier.discipline'])('%s', (ruleId) => {
    const input = aCase('lao_dong_tien_tien', 2025);
    expect(check(input, '2025-06-30', ruleId).citation).toMatchObject({
      document: 'Nghị định 98/2023/NĐ-CP',
      article: 'Điều 4',
    });
    expect(check(input, '2025-07-01', ruleId).citation).toMatchObject({
      document: 'Nghị định 152/2025/NĐ-CP',
      article: 'toàn văn',
    });
  });
});

describe('Xã, phường tiêu biểu: «Xã, phường, đặc khu tiêu biểu» from 2025-07-01 (Nghị định 152/2025 Điều 50 khoản 2 điểm c)', () => {
  it('is named and cited by the date', () => {
    const award = (date: string) => ruleSetAsOf(date).awards.get('xa_phuong_tieu_bieu')!;
    expect(award('2025-06-30')).toMatchObject({
      name: 'Xã, phường, thị trấn tiêu biểu',
      source: { document: 'Luật Thi đua, khen thưởng 2022', article: 'Điều 29' },
      certainty: 'verified',
    });
    expect(award('2025-07-01')).toMatchObject({
      name: 'Xã, phường, đặc khu tiêu biểu',
      source: { document: 'Nghị định 152/2025/NĐ-CP', article: 'Điều 50', clause: 'khoản 2 điểm c' },
      certainty: 'verified',
    });
  });
});
