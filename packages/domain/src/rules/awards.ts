import { byRegime, type RegimeVersion, type RowValues, type RuleDeclaration } from './by-regime';
import type { RegimeId } from './ids';
import { bothLaws, sameArticleOfBothLaws, underCulturalDecree, version } from './law-versions';
import type { Source } from './rule-row';
import { cite, DOC } from './sources';

type Version = RegimeVersion<'award'>;

const award = (
  values: Omit<RowValues<'award'>, 'table'>,
  versions: Partial<Record<RegimeId, Version>>,
): RuleDeclaration => byRegime<'award'>(`award.${values.award}`, { table: 'award', ...values }, versions);

/** Cultural titles: Nghị định 122/2018 until Nghị định 86/2023 took effect. */
const cultural = (old: Source, current: Source) => ({
  R2003: version(old, 'unconfirmed'),
  ...underCulturalDecree(current),
});

const individualYearly = { subjects: ['individual' as const], periodYears: 1 };
const anySubject = ['individual' as const, 'collective' as const, 'household' as const];

/** legal-rules.md §2: titles and award forms with their subject, level and achievement period. */
export const AWARD_RULES: RuleDeclaration[] = [
  award(
    {
      award: 'lao_dong_tien_tien',
      kind: 'title',
      name: 'Lao động tiên tiến',
      ...individualYearly,
      population: 'civilian',
      level: 'commune',
    },
    sameArticleOfBothLaws('Điều 24'),
  ),
  award(
    {
      award: 'chien_si_tien_tien',
      kind: 'title',
      name: 'Chiến sĩ tiên tiến',
      ...individualYearly,
      population: 'armed_forces',
      level: 'commune',
    },
    sameArticleOfBothLaws('Điều 24'),
  ),
  award(
    {
      award: 'chien_si_thi_dua_co_so',
      kind: 'title',
      name: 'Chiến sĩ thi đua cơ sở',
      ...individualYearly,
      level: 'district',
    },
    sameArticleOfBothLaws('Điều 23'),
  ),
  award(
    {
      award: 'chien_si_thi_dua_cap_tinh',
      kind: 'title',
      name: 'Chiến sĩ thi đua cấp tỉnh',
      subjects: ['individual'],
      periodYears: 3,
      level: 'province',
    },
    sameArticleOfBothLaws('Điều 22'),
  ),
  award(
    {
      award: 'chien_si_thi_dua_toan_quoc',
      kind: 'title',
      name: 'Chiến sĩ thi đua toàn quốc',
      subjects: ['individual'],
      periodYears: 6,
      level: 'national',
    },
    sameArticleOfBothLaws('Điều 21'),
  ),
  award(
    {
      award: 'tap_the_lao_dong_tien_tien',
      kind: 'title',
      name: 'Tập thể lao động tiên tiến',
      subjects: ['collective'],
      collectiveType: 'unit',
      periodYears: 1,
      level: 'district',
    },
    sameArticleOfBothLaws('Điều 28'),
  ),
  award(
    {
      award: 'tap_the_lao_dong_xuat_sac',
      kind: 'title',
      name: 'Tập thể lao động xuất sắc',
      subjects: ['collective'],
      collectiveType: 'unit',
      periodYears: 1,
      level: 'province',
    },
    sameArticleOfBothLaws('Điều 27'),
  ),
  award(
    {
      award: 'co_thi_dua_cap_tinh',
      kind: 'title',
      name: 'Cờ thi đua cấp tỉnh',
      subjects: ['collective'],
      periodYears: 1,
      level: 'province',
    },
    sameArticleOfBothLaws('Điều 26', 'unconfirmed', 'unconfirmed'),
  ),
  award(
    {
      award: 'co_thi_dua_chinh_phu',
      kind: 'title',
      name: 'Cờ thi đua của Chính phủ',
      subjects: ['collective'],
      periodYears: 1,
      level: 'national',
    },
    sameArticleOfBothLaws('Điều 25', 'unconfirmed', 'unconfirmed'),
  ),
  award(
    {
      award: 'thon_to_dan_pho_van_hoa',
      kind: 'title',
      name: 'Thôn, tổ dân phố văn hóa',
      subjects: ['collective'],
      collectiveType: 'residential_group',
      periodYears: 1,
      level: 'district',
    },
    cultural(cite(DOC.ND_122_2018, 'Điều 8'), cite(DOC.ND_86_2023, 'Phụ lục II')),
  ),
  award(
    {
      award: 'xa_phuong_tieu_bieu',
      kind: 'title',
      name: 'Xã, phường, thị trấn tiêu biểu',
      subjects: ['collective'],
      collectiveType: 'commune',
      periodYears: 1,
      level: 'province',
    },
    // New in Luật 2022: there is no such title before 2024.
    {
      R2024: version(cite(DOC.LAW_2022, 'Điều 29')),
      // No more thị trấn from 2025-07-01, and đặc khu were created.
      R2025: {
        source: cite(DOC.ND_152_2025, 'Điều 50', 'khoản 2 điểm c'),
        certainty: 'verified',
        values: { name: 'Xã, phường, đặc khu tiêu biểu' },
      },
    },
  ),
  award(
    {
      award: 'gia_dinh_van_hoa',
      kind: 'title',
      name: 'Gia đình văn hóa',
      subjects: ['household'],
      periodYears: 1,
      level: 'commune',
    },
    cultural(cite(DOC.ND_122_2018, 'Điều 7'), cite(DOC.ND_86_2023, 'Phụ lục I')),
  ),
  award(
    {
      award: 'giay_khen_chu_tich_xa',
      kind: 'form',
      name: 'Giấy khen của Chủ tịch UBND cấp xã',
      subjects: anySubject,
      periodYears: null,
      level: 'commune',
    },
    sameArticleOfBothLaws('Điều 75'),
  ),
  award(
    {
      award: 'bang_khen_chu_tich_tinh',
      kind: 'form',
      name: 'Bằng khen của Chủ tịch UBND cấp tỉnh',
      subjects: anySubject,
      periodYears: null,
      level: 'province',
    },
    bothLaws(cite(DOC.LAW_2003, 'Điều 72'), cite(DOC.LAW_2022, 'Điều 74')),
  ),
  award(
    {
      award: 'bang_khen_thu_tuong',
      kind: 'form',
      name: 'Bằng khen của Thủ tướng Chính phủ',
      subjects: anySubject,
      periodYears: null,
      level: 'national',
    },
    bothLaws(cite(DOC.LAW_2003, 'Điều 71'), cite(DOC.LAW_2022, 'Điều 73')),
  ),
  award(
    {
      award: 'huan_chuong_lao_dong_hang_ba',
      kind: 'form',
      name: 'Huân chương Lao động hạng ba',
      subjects: ['individual', 'collective'],
      periodYears: null,
      level: 'national',
    },
    bothLaws(cite(DOC.LAW_2003, 'Điều 40'), cite(DOC.LAW_2022, 'Điều 45'), 'unconfirmed', 'unconfirmed'),
  ),
];
