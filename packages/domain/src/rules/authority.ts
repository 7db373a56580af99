import { forAwards, type RegimeVersion, type RuleDeclaration } from './by-regime';
import type { Authority, AwardId } from './ids';
import type { Certainty, Source } from './rule-row';
import { cite, DOC } from './sources';

type Version = RegimeVersion<'authority'>;

const decides = (decidedBy: Authority, source: Source, certainty: Certainty, note?: string): Version => ({
  source,
  certainty,
  ...(note ? { note } : {}),
  values: { decidedBy },
});

const under2003 = (decidedBy: Authority) =>
  decides(
    decidedBy,
    cite(DOC.LAW_2003, 'Điều 77'),
    'unconfirmed',
    'legal-rules.md cites Luật 2022 Điều 80 for R2003 too; Luật 2022 was not yet in force, so the row cites Luật 2003 (số điều cần đối chiếu).',
  );

const authority = (awards: AwardId[], versions: Partial<Record<'R2003' | 'R2024' | 'R2025', Version>>) =>
  forAwards<'authority'>(
    'authority',
    awards,
    (award) => ({ table: 'authority', award, decidedBy: 'commune_chair' }),
    versions,
  );

const COMMUNE_CHAIR_2022 = decides('commune_chair', cite(DOC.LAW_2022, 'Điều 80', 'khoản 3'), 'verified');

// legal-rules.md §3: the province chair's powers are not Điều 80 khoản 1 (heads of bodies under
// ministries and departments), and it gives no article for them or for the Prime Minister's.
const WHOLE_LAW_2022 = (decidedBy: Authority) =>
  decides(
    decidedBy,
    cite(DOC.LAW_2022, 'toàn văn'),
    'unconfirmed',
    'legal-rules.md không nêu điều, khoản giao thẩm quyền này (không phải Điều 80 khoản 1); cần đối chiếu.',
  );

/** legal-rules.md §3: who decides each award in each regime. */
export const AUTHORITY_RULES: RuleDeclaration[] = [
  ...authority(['lao_dong_tien_tien', 'giay_khen_chu_tich_xa', 'gia_dinh_van_hoa'], {
    R2003: under2003('commune_chair'),
    R2024: COMMUNE_CHAIR_2022,
  }),
  // The armed forces' own chain decides Chiến sĩ tiên tiến, never the commune chair.
  ...authority(['chien_si_tien_tien'], {
    R2003: decides(
      'armed_forces',
      cite(DOC.LAW_2003, 'toàn văn'),
      'unconfirmed',
      'legal-rules.md gives only Luật 2022 Điều 80 khoản 5; the article of Luật 2003 is to be checked.',
    ),
    R2024: decides('armed_forces', cite(DOC.LAW_2022, 'Điều 80', 'khoản 5'), 'verified'),
  }),
  ...authority(['chien_si_thi_dua_co_so', 'tap_the_lao_dong_tien_tien', 'thon_to_dan_pho_van_hoa'], {
    R2003: under2003('district_chair'),
    R2024: decides('district_chair', cite(DOC.LAW_2022, 'Điều 80', 'khoản 2'), 'verified'),
    R2025: decides(
      'commune_chair',
      cite(DOC.ND_129_2025, 'toàn văn'),
      'verified',
      'Không còn cấp huyện từ 01/7/2025; legal-rules.md không nêu số điều của Nghị định 129/2025.',
    ),
  }),
  ...authority(
    [
      'chien_si_thi_dua_cap_tinh',
      'tap_the_lao_dong_xuat_sac',
      'co_thi_dua_cap_tinh',
      'bang_khen_chu_tich_tinh',
    ],
    { R2003: under2003('province_chair'), R2024: WHOLE_LAW_2022('province_chair') },
  ),
  // Xã, phường tiêu biểu exists only from 2024.
  ...authority(['xa_phuong_tieu_bieu'], { R2024: WHOLE_LAW_2022('province_chair') }),
  ...authority(['bang_khen_thu_tuong', 'co_thi_dua_chinh_phu', 'chien_si_thi_dua_toan_quoc'], {
    R2003: under2003('prime_minister'),
    R2024: WHOLE_LAW_2022('prime_minister'),
  }),
  ...authority(['huan_chuong_lao_dong_hang_ba'], {
    R2003: under2003('president'),
    R2024: decides('president', cite(DOC.LAW_2022, 'Điều 83'), 'verified'),
  }),
];
