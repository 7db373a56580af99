import type { AwardId } from './ids';
import type { Certainty, RowOf, Source } from './rule-row';
import { cite, DOC, PERIODS, versions } from './sources';

type AwardValues = Omit<
  RowOf<'award'>,
  'id' | 'effectiveFrom' | 'effectiveTo' | 'source' | 'certainty' | 'note' | 'scope' | 'table'
>;

/** An award known under both laws: one version citing Luật 2003, one citing Luật 2022. */
function underBothLaws(
  values: AwardValues,
  law2003: Source,
  law2022: Source,
  certainty: Certainty = 'verified',
): RowOf<'award'>[] {
  return versions<'award'>(
    `award.${values.award}`,
    { table: 'award', ...values },
    { period: PERIODS.R2003, source: law2003, certainty },
    { period: PERIODS.LAW_2022, source: law2022, certainty },
  );
}

function titleArticle(award: AwardId, article: string, values: Omit<AwardValues, 'award' | 'kind'>) {
  return underBothLaws(
    { award, kind: 'title', ...values },
    cite(DOC.LAW_2003, article),
    cite(DOC.LAW_2022, article),
  );
}

const individualYearly: Pick<AwardValues, 'subjects' | 'periodYears'> = {
  subjects: ['individual'],
  periodYears: 1,
};

/** legal-rules.md §2: titles and award forms with their subject, level and achievement period. */
export const AWARD_ROWS: RowOf<'award'>[] = [
  ...titleArticle('lao_dong_tien_tien', 'Điều 24', {
    name: 'Lao động tiên tiến',
    ...individualYearly,
    population: 'civilian',
    level: 'commune',
  }),
  ...titleArticle('chien_si_tien_tien', 'Điều 24', {
    name: 'Chiến sĩ tiên tiến',
    ...individualYearly,
    population: 'armed_forces',
    level: 'commune',
  }),
  ...titleArticle('chien_si_thi_dua_co_so', 'Điều 23', {
    name: 'Chiến sĩ thi đua cơ sở',
    ...individualYearly,
    level: 'district',
  }),
  ...titleArticle('chien_si_thi_dua_cap_tinh', 'Điều 22', {
    name: 'Chiến sĩ thi đua cấp tỉnh',
    subjects: ['individual'],
    periodYears: 3,
    level: 'province',
  }),
  ...titleArticle('chien_si_thi_dua_toan_quoc', 'Điều 21', {
    name: 'Chiến sĩ thi đua toàn quốc',
    subjects: ['individual'],
    periodYears: 6,
    level: 'national',
  }),
  ...titleArticle('tap_the_lao_dong_tien_tien', 'Điều 28', {
    name: 'Tập thể lao động tiên tiến',
    subjects: ['collective'],
    collectiveType: 'unit',
    periodYears: 1,
    level: 'district',
  }),
  ...titleArticle('tap_the_lao_dong_xuat_sac', 'Điều 27', {
    name: 'Tập thể lao động xuất sắc',
    subjects: ['collective'],
    collectiveType: 'unit',
    periodYears: 1,
    level: 'province',
  }),
  ...underBothLaws(
    {
      award: 'co_thi_dua_cap_tinh',
      kind: 'title',
      name: 'Cờ thi đua cấp tỉnh',
      subjects: ['collective'],
      periodYears: 1,
      level: 'province',
    },
    cite(DOC.LAW_2003, 'Điều 26'),
    cite(DOC.LAW_2022, 'Điều 26'),
    'unconfirmed',
  ),
  ...underBothLaws(
    {
      award: 'co_thi_dua_chinh_phu',
      kind: 'title',
      name: 'Cờ thi đua của Chính phủ',
      subjects: ['collective'],
      periodYears: 1,
      level: 'national',
    },
    cite(DOC.LAW_2003, 'Điều 25'),
    cite(DOC.LAW_2022, 'Điều 25'),
    'unconfirmed',
  ),
  ...versions<'award'>(
    'award.thon_to_dan_pho_van_hoa',
    {
      table: 'award',
      award: 'thon_to_dan_pho_van_hoa',
      kind: 'title',
      name: 'Thôn, tổ dân phố văn hóa',
      subjects: ['collective'],
      collectiveType: 'residential_group',
      periodYears: 1,
      level: 'district',
    },
    { period: PERIODS.CULTURAL_OLD, source: cite(DOC.ND_122_2018, 'Điều 8'), certainty: 'unconfirmed' },
    { period: PERIODS.CULTURAL_NEW, source: cite(DOC.ND_86_2023, 'Phụ lục II'), certainty: 'verified' },
  ),
  ...versions<'award'>(
    'award.xa_phuong_tieu_bieu',
    {
      table: 'award',
      award: 'xa_phuong_tieu_bieu',
      kind: 'title',
      name: 'Xã, phường, thị trấn tiêu biểu',
      subjects: ['collective'],
      collectiveType: 'commune',
      periodYears: 1,
      level: 'province',
    },
    // New in Luật 2022: there is no such title before 2024.
    { period: PERIODS.R2024, source: cite(DOC.LAW_2022, 'Điều 29'), certainty: 'verified' },
    {
      period: PERIODS.R2025,
      source: cite(DOC.LAW_2022, 'Điều 29'),
      certainty: 'unconfirmed',
      note: 'Thị trấn không còn từ 01/7/2025 và đặc khu ra đời; tên mới lấy theo dự thảo sửa Luật 2022 (legal-rules.md §1–§2).',
      values: { name: 'Xã, phường, đặc khu tiêu biểu' },
    },
  ),
  ...versions<'award'>(
    'award.gia_dinh_van_hoa',
    {
      table: 'award',
      award: 'gia_dinh_van_hoa',
      kind: 'title',
      name: 'Gia đình văn hóa',
      subjects: ['household'],
      periodYears: 1,
      level: 'commune',
    },
    { period: PERIODS.CULTURAL_OLD, source: cite(DOC.ND_122_2018, 'Điều 7'), certainty: 'unconfirmed' },
    { period: PERIODS.CULTURAL_NEW, source: cite(DOC.ND_86_2023, 'Phụ lục I'), certainty: 'verified' },
  ),
  ...underBothLaws(
    {
      award: 'giay_khen_chu_tich_xa',
      kind: 'form',
      name: 'Giấy khen của Chủ tịch UBND cấp xã',
      subjects: ['individual', 'collective', 'household'],
      periodYears: null,
      level: 'commune',
    },
    cite(DOC.LAW_2003, 'Điều 75'),
    cite(DOC.LAW_2022, 'Điều 75'),
  ),
  ...underBothLaws(
    {
      award: 'bang_khen_chu_tich_tinh',
      kind: 'form',
      name: 'Bằng khen của Chủ tịch UBND cấp tỉnh',
      subjects: ['individual', 'collective', 'household'],
      periodYears: null,
      level: 'province',
    },
    cite(DOC.LAW_2003, 'Điều 72'),
    cite(DOC.LAW_2022, 'Điều 74'),
  ),
  ...underBothLaws(
    {
      award: 'bang_khen_thu_tuong',
      kind: 'form',
      name: 'Bằng khen của Thủ tướng Chính phủ',
      subjects: ['individual', 'collective', 'household'],
      periodYears: null,
      level: 'national',
    },
    cite(DOC.LAW_2003, 'Điều 71'),
    cite(DOC.LAW_2022, 'Điều 73'),
  ),
  ...underBothLaws(
    {
      award: 'huan_chuong_lao_dong_hang_ba',
      kind: 'form',
      name: 'Huân chương Lao động hạng ba',
      subjects: ['individual', 'collective'],
      periodYears: null,
      level: 'national',
    },
    cite(DOC.LAW_2003, 'Điều 40'),
    cite(DOC.LAW_2022, 'Điều 45'),
    'unconfirmed',
  ),
];
