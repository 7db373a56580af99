import type { AwardId, SubjectKind } from './ids';
import type { Certainty, Criterion, RowOf, Source } from './rule-row';
import { cite, DOC, PERIODS, versions, type Version } from './sources';

function criterion(
  award: AwardId,
  slug: string,
  value: Criterion,
  ...list: Version<'criterion'>[]
): RowOf<'criterion'>[] {
  return versions<'criterion'>(
    `criterion.${award}.${slug}`,
    { table: 'criterion', award, criterion: value },
    ...list,
  );
}

/** The same criterion under Luật 2003 (R2003) and under Luật 2022 (R2024 and R2025). */
function bothLaws(
  award: AwardId,
  slug: string,
  value: Criterion,
  law2003: Source,
  law2022: Source,
  certainty2022: Certainty = 'verified',
  extra: { subjects?: SubjectKind[]; certainty2003?: Certainty } = {},
): RowOf<'criterion'>[] {
  const subjects = extra.subjects ? { subjects: extra.subjects } : {};
  return criterion(
    award,
    slug,
    value,
    {
      period: PERIODS.R2003,
      source: law2003,
      certainty: extra.certainty2003 ?? 'verified',
      values: subjects,
    },
    { period: PERIODS.LAW_2022, source: law2022, certainty: certainty2022, values: subjects },
  );
}

const judgement = (text: string): Criterion => ({ kind: 'judgement', text });

/** Several criteria of one award, all from the same article of both laws. */
function sameArticle(
  award: AwardId,
  article: string,
  certainty2022: Certainty,
  list: readonly (readonly [slug: string, criterion: Criterion, certainty2003?: Certainty])[],
): RowOf<'criterion'>[] {
  return list.flatMap(([slug, value, certainty2003]) =>
    bothLaws(award, slug, value, cite(DOC.LAW_2003, article), cite(DOC.LAW_2022, article), certainty2022, {
      certainty2003: certainty2003 ?? 'verified',
    }),
  );
}

const ETHICS_TEXT =
  'Có phẩm chất đạo đức tốt; chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước; tự lực, đoàn kết, tương trợ, tích cực tham gia phong trào thi đua';

/** Lao động tiên tiến and Chiến sĩ tiên tiến share Điều 24 of both laws. */
const tienTien = (award: AwardId) => [
  ...bothLaws(
    award,
    'grade',
    { kind: 'grade_at_least', grade: 'hoan_thanh_tot' },
    cite(DOC.LAW_2003, 'Điều 24', 'khoản 1'),
    cite(DOC.LAW_2022, 'Điều 24', 'khoản 1'),
  ),
  ...bothLaws(
    award,
    'ethics',
    judgement(ETHICS_TEXT),
    cite(DOC.LAW_2003, 'Điều 24', 'khoản 1'),
    cite(DOC.LAW_2022, 'Điều 24', 'khoản 1'),
  ),
];

const UNIT_COHESION =
  'Nội bộ đoàn kết, gương mẫu chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước';

/** Member counts of a collective's year: legal-rules.md §4. */
const noMemberDisciplined: Criterion = { kind: 'no_member_disciplined' };

/** legal-rules.md §4: the criteria of each title and form, per regime. */
export const CRITERION_ROWS: RowOf<'criterion'>[] = [
  ...tienTien('lao_dong_tien_tien'),
  ...tienTien('chien_si_tien_tien'),

  ...bothLaws(
    'chien_si_thi_dua_co_so',
    'tien_tien',
    { kind: 'holds_title_in_year', awards: ['lao_dong_tien_tien', 'chien_si_tien_tien'] },
    cite(DOC.ND_91_2017, 'Điều 9'),
    cite(DOC.LAW_2022, 'Điều 23'),
  ),
  ...criterion(
    'chien_si_thi_dua_co_so',
    'achievement',
    // R2003: an initiative or research is required; R2024+: an excellent grade is enough.
    {
      kind: 'any_of',
      of: [
        { kind: 'initiatives_in_year', min: 1 },
        { kind: 'research_in_year', min: 1 },
      ],
    },
    { period: PERIODS.R2003, source: cite(DOC.ND_91_2017, 'Điều 9'), certainty: 'verified' },
    {
      period: PERIODS.LAW_2022,
      source: cite(DOC.LAW_2022, 'Điều 23'),
      certainty: 'verified',
      values: {
        criterion: {
          kind: 'any_of',
          of: [
            { kind: 'grade_at_least', grade: 'hoan_thanh_xuat_sac' },
            { kind: 'initiatives_in_year', min: 1 },
            { kind: 'research_in_year', min: 1 },
          ],
        },
      },
    },
  ),

  ...bothLaws(
    'chien_si_thi_dua_cap_tinh',
    'consecutive',
    { kind: 'consecutive_awards', award: 'chien_si_thi_dua_co_so', years: 3 },
    cite(DOC.LAW_2003, 'Điều 22'),
    cite(DOC.LAW_2022, 'Điều 22'),
  ),
  ...bothLaws(
    'chien_si_thi_dua_cap_tinh',
    'initiative_effect',
    judgement('Có sáng kiến (hoặc đề tài) có hiệu quả, phạm vi ảnh hưởng trong tỉnh (bộ, ban, ngành)'),
    cite(DOC.LAW_2003, 'Điều 22'),
    cite(DOC.LAW_2022, 'Điều 22'),
  ),
  ...bothLaws(
    'chien_si_thi_dua_toan_quoc',
    'consecutive',
    { kind: 'consecutive_awards', award: 'chien_si_thi_dua_cap_tinh', years: 2 },
    cite(DOC.LAW_2003, 'Điều 21'),
    cite(DOC.LAW_2022, 'Điều 21'),
  ),
  ...bothLaws(
    'chien_si_thi_dua_toan_quoc',
    'initiative_effect',
    judgement('Có sáng kiến (hoặc đề tài) có hiệu quả, phạm vi ảnh hưởng toàn quốc'),
    cite(DOC.LAW_2003, 'Điều 21'),
    cite(DOC.LAW_2022, 'Điều 21'),
  ),

  // Tập thể lao động tiên tiến: Luật 2003 Điều 28 [V], kept as the default under Luật 2022 [P].
  ...sameArticle('tap_the_lao_dong_tien_tien', 'Điều 28', 'province_default', [
    ['grade', { kind: 'grade_at_least', grade: 'hoan_thanh_tot' }],
    [
      'share_tien_tien',
      {
        kind: 'member_share',
        field: 'membersLaoDongTienTien',
        comparison: 'more_than',
        share: { num: 50, den: 100 },
      },
    ],
    ['no_discipline', noMemberDisciplined],
    ['cohesion', judgement('Nội bộ đoàn kết, tích cực tham gia các phong trào thi đua')],
  ]),

  ...sameArticle('tap_the_lao_dong_xuat_sac', 'Điều 27', 'verified', [
    ['grade', { kind: 'grade_at_least', grade: 'hoan_thanh_xuat_sac' }],
    [
      'all_complete',
      {
        kind: 'member_share',
        field: 'membersCompletingTasks',
        comparison: 'at_least',
        share: { num: 100, den: 100 },
      },
    ],
    [
      'share_tien_tien',
      {
        kind: 'member_share',
        field: 'membersLaoDongTienTien',
        comparison: 'at_least',
        share: { num: 70, den: 100 },
      },
    ],
    ['has_chien_si', { kind: 'member_count_at_least', field: 'membersChienSiThiDuaCoSo', min: 1 }],
    [
      'cohesion',
      judgement(`Sáng tạo, vượt khó; có nhân tố mới, mô hình mới; ${UNIT_COHESION.toLowerCase()}`),
    ],
  ]),
  // No member disciplined: a province setting under both laws [P].
  ...sameArticle('tap_the_lao_dong_xuat_sac', 'Điều 27', 'province_default', [
    ['no_discipline', noMemberDisciplined, 'province_default'],
  ]),

  ...bothLaws(
    'co_thi_dua_cap_tinh',
    'exemplary',
    judgement(
      'Tập thể tiêu biểu xuất sắc, dẫn đầu phong trào thi đua của tỉnh (cụm, khối thi đua); có nhân tố mới, mô hình mới để học tập',
    ),
    cite(DOC.LAW_2003, 'Điều 26'),
    cite(DOC.LAW_2022, 'Điều 26'),
    'unconfirmed',
    { certainty2003: 'unconfirmed' },
  ),
  ...bothLaws(
    'co_thi_dua_chinh_phu',
    'exemplary',
    judgement(
      'Tập thể tiêu biểu xuất sắc, dẫn đầu phong trào thi đua toàn quốc (cụm, khối, bộ, ngành, tỉnh)',
    ),
    cite(DOC.LAW_2003, 'Điều 25'),
    cite(DOC.LAW_2022, 'Điều 25'),
    'unconfirmed',
    { certainty2003: 'unconfirmed' },
  ),

  ...criterion(
    'thon_to_dan_pho_van_hoa',
    'criteria_2018',
    judgement(
      'Đạt các tiêu chuẩn của Nghị định 122/2018: đời sống kinh tế ổn định; văn hóa, tinh thần lành mạnh; môi trường sạch đẹp; chấp hành pháp luật; đoàn kết, tương trợ',
    ),
    { period: PERIODS.CULTURAL_OLD, source: cite(DOC.ND_122_2018, 'Điều 8'), certainty: 'unconfirmed' },
  ),
  ...[
    ['economy', 'Đời sống kinh tế ổn định và từng bước phát triển'],
    ['culture', 'Đời sống văn hóa, tinh thần lành mạnh, phong phú'],
    ['environment', 'Môi trường an toàn, cảnh quan sạch, đẹp'],
    ['law', 'Chấp hành tốt pháp luật, giữ gìn an ninh, trật tự; tích cực tham gia phong trào thi đua'],
    ['solidarity', 'Có tinh thần đoàn kết, tương trợ, giúp đỡ lẫn nhau trong cộng đồng'],
  ].flatMap(([slug, text]) =>
    criterion('thon_to_dan_pho_van_hoa', slug!, judgement(text!), {
      period: PERIODS.CULTURAL_NEW,
      source: cite(DOC.ND_86_2023, 'Phụ lục II'),
      certainty: 'verified',
    }),
  ),

  ...criterion(
    'xa_phuong_tieu_bieu',
    'leads',
    judgement('Dẫn đầu phong trào thi đua của cấp mình (cụm, khối thi đua)'),
    { period: PERIODS.LAW_2022, source: cite(DOC.LAW_2022, 'Điều 29'), certainty: 'verified' },
  ),
  ...criterion(
    'xa_phuong_tieu_bieu',
    'five_groups',
    judgement(
      'Đạt năm nhóm tiêu chí của Phụ lục III Nghị định 86/2023: kinh tế; văn hóa, xã hội; môi trường; an ninh, trật tự và chấp hành pháp luật; xây dựng hệ thống chính trị',
    ),
    { period: PERIODS.CULTURAL_NEW, source: cite(DOC.ND_86_2023, 'Phụ lục III'), certainty: 'verified' },
  ),

  ...criterion(
    'gia_dinh_van_hoa',
    'criteria_2018',
    judgement(
      'Đạt các tiêu chuẩn của Nghị định 122/2018: gương mẫu chấp hành pháp luật; tích cực tham gia phong trào thi đua; gia đình hạnh phúc, tiến bộ, tương trợ',
    ),
    { period: PERIODS.CULTURAL_OLD, source: cite(DOC.ND_122_2018, 'Điều 7'), certainty: 'unconfirmed' },
  ),
  ...[
    ['law', 'Gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước'],
    ['movements', 'Tích cực tham gia các phong trào thi đua'],
    ['family', 'Gia đình no ấm, tiến bộ, hạnh phúc, văn minh; đoàn kết, tương trợ trong cộng đồng'],
  ].flatMap(([slug, text]) =>
    criterion('gia_dinh_van_hoa', slug!, judgement(text!), {
      period: PERIODS.CULTURAL_NEW,
      source: cite(DOC.ND_86_2023, 'Phụ lục I'),
      certainty: 'verified',
    }),
  ),

  ...bothLaws(
    'giay_khen_chu_tich_xa',
    'achievement',
    judgement(
      'Có thành tích trong phong trào thi đua, thành tích đột xuất hoặc hoàn thành tốt nhiệm vụ; tiêu chuẩn chi tiết do tỉnh quy định',
    ),
    cite(DOC.LAW_2003, 'Điều 75'),
    cite(DOC.LAW_2022, 'Điều 75'),
    'verified',
    { certainty2003: 'unconfirmed' },
  ),

  ...bothLaws(
    'bang_khen_chu_tich_tinh',
    'individual_record',
    {
      kind: 'any_of',
      of: [
        { kind: 'consecutive_awards', award: 'chien_si_thi_dua_co_so', years: 2 },
        {
          kind: 'consecutive_grades_with_initiatives',
          grade: 'hoan_thanh_xuat_sac',
          years: 2,
          initiatives: 2,
          initiativesUsedBy: 'chien_si_thi_dua_co_so',
        },
      ],
    },
    cite(DOC.ND_91_2017, 'Điều 39'),
    cite(DOC.LAW_2022, 'Điều 74', 'khoản 1 điểm d'),
    'verified',
    { subjects: ['individual'], certainty2003: 'unconfirmed' },
  ),
  ...bothLaws(
    'bang_khen_chu_tich_tinh',
    'collective_record',
    judgement(
      'Tập thể có thành tích xuất sắc theo tiêu chuẩn Bằng khen cấp tỉnh đối với tập thể, hộ gia đình',
    ),
    cite(DOC.ND_91_2017, 'Điều 39'),
    cite(DOC.LAW_2022, 'Điều 74', 'khoản 2'),
    'unconfirmed',
    { subjects: ['collective', 'household'], certainty2003: 'unconfirmed' },
  ),

  ...bothLaws(
    'bang_khen_thu_tuong',
    'individual_record',
    {
      kind: 'after_prior_award',
      prior: 'bang_khen_chu_tich_tinh',
      grade: 'hoan_thanh_tot',
      years: 5,
      award: 'chien_si_thi_dua_co_so',
      count: 3,
    },
    cite(DOC.ND_91_2017, 'Điều 38'),
    cite(DOC.LAW_2022, 'Điều 73', 'khoản 1 điểm b'),
    'verified',
    { subjects: ['individual'], certainty2003: 'unconfirmed' },
  ),
  ...bothLaws(
    'bang_khen_thu_tuong',
    'collective_record',
    judgement('Tập thể có thành tích xuất sắc theo tiêu chuẩn Bằng khen của Thủ tướng Chính phủ'),
    cite(DOC.ND_91_2017, 'Điều 38'),
    cite(DOC.LAW_2022, 'Điều 73', 'khoản 2'),
    'unconfirmed',
    { subjects: ['collective', 'household'], certainty2003: 'unconfirmed' },
  ),

  ...bothLaws(
    'huan_chuong_lao_dong_hang_ba',
    'record',
    judgement('Đạt tiêu chuẩn Huân chương Lao động hạng ba (đề nghị lên cấp trên; Chủ tịch nước quyết định)'),
    cite(DOC.LAW_2003, 'Điều 40'),
    cite(DOC.LAW_2022, 'Điều 45'),
    'unconfirmed',
    { certainty2003: 'unconfirmed' },
  ),
];
