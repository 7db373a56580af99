import { byRegime, type RuleDeclaration, type VersionEntry } from './by-regime';
import type { AwardId, RegimeId, SubjectKind } from './ids';
import type { Criterion } from './rule-row';
import { bothLaws, sameArticleOfBothLaws, underCulturalDecree, version } from './law-versions';
import { cite, CULTURAL_DECREE_START, DOC } from './sources';

type Versions = Partial<Record<RegimeId, VersionEntry<'criterion'>>>;

function criterion(
  award: AwardId,
  slug: string,
  value: Criterion,
  versions: Versions,
  subjects?: SubjectKind[],
): RuleDeclaration {
  return byRegime<'criterion'>(
    `criterion.${award}.${slug}`,
    { table: 'criterion', award, criterion: value, ...(subjects ? { subjects } : {}) },
    versions,
  );
}

/** The draft amending Luật 2022 (legal-rules.md §1): no article numbers are known. */
const AMENDMENT = {
  ...version(cite(DOC.DRAFT_AMENDMENT_2025, 'toàn văn'), 'unconfirmed'),
  note: 'Dự thảo chưa được thông qua; legal-rules.md không nêu số điều.',
};

const judgement = (text: string): Criterion => ({ kind: 'judgement', text });

const ETHICS_TEXT =
  'Có phẩm chất đạo đức tốt; chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước; tự lực, đoàn kết, tương trợ, tích cực tham gia phong trào thi đua';

/** Lao động tiên tiến and Chiến sĩ tiên tiến share Điều 24 khoản 1 of both laws. */
const article24 = bothLaws(
  cite(DOC.LAW_2003, 'Điều 24', 'khoản 1'),
  cite(DOC.LAW_2022, 'Điều 24', 'khoản 1'),
);
const tienTien = (award: AwardId) => [
  criterion(award, 'grade', { kind: 'grade_at_least', grade: 'hoan_thanh_tot' }, article24),
  criterion(award, 'ethics', judgement(ETHICS_TEXT), article24),
];

const UNIT_COHESION =
  'Nội bộ đoàn kết, gương mẫu chấp hành chủ trương, chính sách của Đảng, pháp luật của Nhà nước';

const noMemberDisciplined: Criterion = { kind: 'no_member_disciplined' };

const memberShare = (
  field: 'membersLaoDongTienTien' | 'membersCompletingTasks',
  comparison: 'more_than' | 'at_least',
  percent: number,
): Criterion => ({ kind: 'member_share', field, comparison, share: { num: percent, den: 100 } });

/** legal-rules.md §4: the criteria of each title and form, per regime. */
export const CRITERION_RULES: RuleDeclaration[] = [
  ...tienTien('lao_dong_tien_tien'),
  ...tienTien('chien_si_tien_tien'),

  criterion(
    'chien_si_thi_dua_co_so',
    'tien_tien',
    { kind: 'holds_title_in_year', awards: ['lao_dong_tien_tien', 'chien_si_tien_tien'] },
    bothLaws(cite(DOC.ND_91_2017, 'Điều 9'), cite(DOC.LAW_2022, 'Điều 23')),
  ),
  // R2003: an initiative or research is required; R2024+: an excellent grade is enough.
  criterion(
    'chien_si_thi_dua_co_so',
    'achievement',
    {
      kind: 'any_of',
      of: [
        { kind: 'initiatives_in_year', min: 1 },
        { kind: 'research_in_year', min: 1 },
      ],
    },
    {
      R2003: version(cite(DOC.ND_91_2017, 'Điều 9')),
      R2024: {
        ...version(cite(DOC.LAW_2022, 'Điều 23')),
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
      // The pending amendment asks an excellent grade and an initiative: `excellent_grade` below.
      R2022_AMENDED: { ...AMENDMENT, values: { criterion: { kind: 'initiatives_in_year', min: 1 } } },
    },
  ),
  criterion(
    'chien_si_thi_dua_co_so',
    'excellent_grade',
    { kind: 'grade_at_least', grade: 'hoan_thanh_xuat_sac' },
    { R2022_AMENDED: AMENDMENT },
  ),

  criterion(
    'chien_si_thi_dua_cap_tinh',
    'consecutive',
    { kind: 'consecutive_awards', award: 'chien_si_thi_dua_co_so', years: 3 },
    sameArticleOfBothLaws('Điều 22'),
  ),
  criterion(
    'chien_si_thi_dua_cap_tinh',
    'initiative_effect',
    judgement('Có sáng kiến (hoặc đề tài) có hiệu quả, phạm vi ảnh hưởng trong tỉnh (bộ, ban, ngành)'),
    sameArticleOfBothLaws('Điều 22'),
  ),
  criterion(
    'chien_si_thi_dua_toan_quoc',
    'consecutive',
    { kind: 'consecutive_awards', award: 'chien_si_thi_dua_cap_tinh', years: 2 },
    sameArticleOfBothLaws('Điều 21'),
  ),
  criterion(
    'chien_si_thi_dua_toan_quoc',
    'initiative_effect',
    judgement('Có sáng kiến (hoặc đề tài) có hiệu quả, phạm vi ảnh hưởng toàn quốc'),
    sameArticleOfBothLaws('Điều 21'),
  ),

  // Tập thể lao động tiên tiến: Luật 2003 Điều 28 [V], kept as the default under Luật 2022 [P].
  ...(
    [
      ['grade', { kind: 'grade_at_least', grade: 'hoan_thanh_tot' }],
      ['share_tien_tien', memberShare('membersLaoDongTienTien', 'more_than', 50)],
      ['no_discipline', noMemberDisciplined],
      ['cohesion', judgement('Nội bộ đoàn kết, tích cực tham gia các phong trào thi đua')],
    ] as const
  ).map(([slug, value]) =>
    criterion(
      'tap_the_lao_dong_tien_tien',
      slug,
      value,
      sameArticleOfBothLaws('Điều 28', 'province_default'),
    ),
  ),

  ...(
    [
      ['grade', { kind: 'grade_at_least', grade: 'hoan_thanh_xuat_sac' }],
      ['all_complete', memberShare('membersCompletingTasks', 'at_least', 100)],
      ['share_tien_tien', memberShare('membersLaoDongTienTien', 'at_least', 70)],
      ['has_chien_si', { kind: 'member_count_at_least', field: 'membersChienSiThiDuaCoSo', min: 1 }],
      [
        'cohesion',
        judgement(`Sáng tạo, vượt khó; có nhân tố mới, mô hình mới; ${UNIT_COHESION.toLowerCase()}`),
      ],
    ] as const
  ).map(([slug, value]) =>
    criterion('tap_the_lao_dong_xuat_sac', slug, value, sameArticleOfBothLaws('Điều 27')),
  ),
  // No member disciplined: a province setting under both laws [P].
  criterion(
    'tap_the_lao_dong_xuat_sac',
    'no_discipline',
    noMemberDisciplined,
    sameArticleOfBothLaws('Điều 27', 'province_default', 'province_default'),
  ),

  criterion(
    'co_thi_dua_cap_tinh',
    'exemplary',
    judgement(
      'Tập thể tiêu biểu xuất sắc, dẫn đầu phong trào thi đua của tỉnh (cụm, khối thi đua); có nhân tố mới, mô hình mới để học tập',
    ),
    sameArticleOfBothLaws('Điều 26', 'unconfirmed', 'unconfirmed'),
  ),
  criterion(
    'co_thi_dua_chinh_phu',
    'exemplary',
    judgement(
      'Tập thể tiêu biểu xuất sắc, dẫn đầu phong trào thi đua toàn quốc (cụm, khối, bộ, ngành, tỉnh)',
    ),
    sameArticleOfBothLaws('Điều 25', 'unconfirmed', 'unconfirmed'),
  ),

  criterion(
    'thon_to_dan_pho_van_hoa',
    'criteria_2018',
    judgement(
      'Đạt các tiêu chuẩn của Nghị định 122/2018: đời sống kinh tế ổn định; văn hóa, tinh thần lành mạnh; môi trường sạch đẹp; chấp hành pháp luật; đoàn kết, tương trợ',
    ),
    {
      R2003: version(cite(DOC.ND_122_2018, 'Điều 8'), 'unconfirmed'),
      R2024: { ended: true, from: CULTURAL_DECREE_START },
    },
  ),
  ...[
    ['economy', 'Đời sống kinh tế ổn định và từng bước phát triển'],
    ['culture', 'Đời sống văn hóa, tinh thần lành mạnh, phong phú'],
    ['environment', 'Môi trường an toàn, cảnh quan sạch, đẹp'],
    ['law', 'Chấp hành tốt pháp luật, giữ gìn an ninh, trật tự; tích cực tham gia phong trào thi đua'],
    ['solidarity', 'Có tinh thần đoàn kết, tương trợ, giúp đỡ lẫn nhau trong cộng đồng'],
  ].map(([slug, text]) =>
    criterion(
      'thon_to_dan_pho_van_hoa',
      slug!,
      judgement(text!),
      underCulturalDecree(cite(DOC.ND_86_2023, 'Phụ lục II')),
    ),
  ),

  criterion(
    'xa_phuong_tieu_bieu',
    'leads',
    judgement('Dẫn đầu phong trào thi đua của cấp mình (cụm, khối thi đua)'),
    { R2024: version(cite(DOC.LAW_2022, 'Điều 29')) },
  ),
  criterion(
    'xa_phuong_tieu_bieu',
    'five_groups',
    judgement(
      'Đạt năm nhóm tiêu chí của Phụ lục III Nghị định 86/2023: kinh tế; văn hóa, xã hội; môi trường; an ninh, trật tự và chấp hành pháp luật; xây dựng hệ thống chính trị',
    ),
    underCulturalDecree(cite(DOC.ND_86_2023, 'Phụ lục III')),
  ),

  criterion(
    'gia_dinh_van_hoa',
    'criteria_2018',
    judgement(
      'Đạt các tiêu chuẩn của Nghị định 122/2018: gương mẫu chấp hành pháp luật; tích cực tham gia phong trào thi đua; gia đình hạnh phúc, tiến bộ, tương trợ',
    ),
    {
      R2003: version(cite(DOC.ND_122_2018, 'Điều 7'), 'unconfirmed'),
      R2024: { ended: true, from: CULTURAL_DECREE_START },
    },
  ),
  ...[
    ['law', 'Gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước'],
    ['movements', 'Tích cực tham gia các phong trào thi đua'],
    ['family', 'Gia đình no ấm, tiến bộ, hạnh phúc, văn minh; đoàn kết, tương trợ trong cộng đồng'],
  ].map(([slug, text]) =>
    criterion(
      'gia_dinh_van_hoa',
      slug!,
      judgement(text!),
      underCulturalDecree(cite(DOC.ND_86_2023, 'Phụ lục I')),
    ),
  ),

  criterion(
    'giay_khen_chu_tich_xa',
    'achievement',
    judgement(
      'Có thành tích trong phong trào thi đua, thành tích đột xuất hoặc hoàn thành tốt nhiệm vụ; tiêu chuẩn chi tiết do tỉnh quy định',
    ),
    sameArticleOfBothLaws('Điều 75', 'verified', 'unconfirmed'),
  ),

  criterion(
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
    bothLaws(
      cite(DOC.ND_91_2017, 'Điều 39'),
      cite(DOC.LAW_2022, 'Điều 74', 'khoản 1 điểm d'),
      'verified',
      'unconfirmed',
    ),
    ['individual'],
  ),
  criterion(
    'bang_khen_chu_tich_tinh',
    'collective_record',
    judgement(
      'Tập thể có thành tích xuất sắc theo tiêu chuẩn Bằng khen cấp tỉnh đối với tập thể, hộ gia đình',
    ),
    bothLaws(
      cite(DOC.ND_91_2017, 'Điều 39'),
      cite(DOC.LAW_2022, 'Điều 74', 'khoản 2'),
      'unconfirmed',
      'unconfirmed',
    ),
    ['collective', 'household'],
  ),

  criterion(
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
    bothLaws(
      cite(DOC.ND_91_2017, 'Điều 38'),
      cite(DOC.LAW_2022, 'Điều 73', 'khoản 1 điểm b'),
      'verified',
      'unconfirmed',
    ),
    ['individual'],
  ),
  criterion(
    'bang_khen_thu_tuong',
    'collective_record',
    judgement('Tập thể có thành tích xuất sắc theo tiêu chuẩn Bằng khen của Thủ tướng Chính phủ'),
    bothLaws(
      cite(DOC.ND_91_2017, 'Điều 38'),
      cite(DOC.LAW_2022, 'Điều 73', 'khoản 2'),
      'unconfirmed',
      'unconfirmed',
    ),
    ['collective', 'household'],
  ),

  criterion(
    'huan_chuong_lao_dong_hang_ba',
    'record',
    judgement('Đạt tiêu chuẩn Huân chương Lao động hạng ba (đề nghị lên cấp trên; Chủ tịch nước quyết định)'),
    bothLaws(cite(DOC.LAW_2003, 'Điều 40'), cite(DOC.LAW_2022, 'Điều 45'), 'unconfirmed', 'unconfirmed'),
  ),
];
