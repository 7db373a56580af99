import type { Authority, AwardId } from './ids';
import type { Certainty, RowOf, Source } from './rule-row';
import { cite, DOC, PERIODS, versions } from './sources';

const LAW_2003_AUTHORITY = cite(DOC.LAW_2003, 'Điều 77');
const UNSURE_2003 =
  'legal-rules.md cites Luật 2022 Điều 80 for R2003 too; Luật 2022 was not yet in force, so the row cites Luật 2003 (số điều cần đối chiếu).';

interface Assignment {
  awards: AwardId[];
  r2003: Authority;
  r2024: Authority;
  r2025: Authority;
  source2022: Source;
  source2025?: Source;
  note2025?: string;
  certainty2022?: Certainty;
}

/** One authority row per award and regime; the R2025 row cites Nghị định 129/2025 where it moved. */
function assign(a: Assignment): RowOf<'authority'>[] {
  return a.awards.flatMap((award) =>
    versions<'authority'>(
      `authority.${award}`,
      { table: 'authority', award, decidedBy: a.r2003 },
      { period: PERIODS.R2003, source: LAW_2003_AUTHORITY, certainty: 'unconfirmed', note: UNSURE_2003 },
      {
        period: PERIODS.R2024,
        source: a.source2022,
        certainty: a.certainty2022 ?? 'verified',
        values: { decidedBy: a.r2024 },
      },
      {
        period: PERIODS.R2025,
        source: a.source2025 ?? a.source2022,
        certainty: a.certainty2022 ?? 'verified',
        ...(a.note2025 ? { note: a.note2025 } : {}),
        values: { decidedBy: a.r2025 },
      },
    ),
  );
}

/** legal-rules.md §3: who decides each award in each regime. */
export const AUTHORITY_ROWS: RowOf<'authority'>[] = [
  ...assign({
    awards: ['lao_dong_tien_tien', 'chien_si_tien_tien', 'giay_khen_chu_tich_xa', 'gia_dinh_van_hoa'],
    r2003: 'commune_chair',
    r2024: 'commune_chair',
    r2025: 'commune_chair',
    source2022: cite(DOC.LAW_2022, 'Điều 80', 'khoản 3'),
  }),
  ...assign({
    awards: ['chien_si_thi_dua_co_so', 'tap_the_lao_dong_tien_tien', 'thon_to_dan_pho_van_hoa'],
    r2003: 'district_chair',
    r2024: 'district_chair',
    r2025: 'commune_chair',
    source2022: cite(DOC.LAW_2022, 'Điều 80', 'khoản 2'),
    source2025: cite(DOC.ND_129_2025, 'Điều 13'),
    note2025: 'legal-rules.md names Nghị định 129/2025 without its article; số điều cần đối chiếu.',
  }),
  ...assign({
    awards: [
      'chien_si_thi_dua_cap_tinh',
      'tap_the_lao_dong_xuat_sac',
      'co_thi_dua_cap_tinh',
      'bang_khen_chu_tich_tinh',
      'xa_phuong_tieu_bieu',
    ],
    r2003: 'province_chair',
    r2024: 'province_chair',
    r2025: 'province_chair',
    source2022: cite(DOC.LAW_2022, 'Điều 80', 'khoản 1'),
    certainty2022: 'unconfirmed',
  }),
  ...assign({
    awards: ['bang_khen_thu_tuong', 'co_thi_dua_chinh_phu', 'chien_si_thi_dua_toan_quoc'],
    r2003: 'prime_minister',
    r2024: 'prime_minister',
    r2025: 'prime_minister',
    source2022: cite(DOC.LAW_2022, 'Điều 79'),
    certainty2022: 'unconfirmed',
  }),
  ...assign({
    awards: ['huan_chuong_lao_dong_hang_ba'],
    r2003: 'president',
    r2024: 'president',
    r2025: 'president',
    source2022: cite(DOC.LAW_2022, 'Điều 83'),
  }),
].filter(
  // Xã, phường tiêu biểu exists only from 2024: its R2003 authority row would describe nothing.
  (row) => !(row.award === 'xa_phuong_tieu_bieu' && row.effectiveFrom < PERIODS.LAW_2022.effectiveFrom),
);
