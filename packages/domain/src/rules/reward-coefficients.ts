import type { AwardId, RegimeId, SubjectKind } from './ids';
import type { Certainty, RowOf, Source } from './rule-row';
import { cite, DOC, PERIODS, versions } from './sources';

/** A coefficient × 100 per regime; null: no money (a certificate); '?' marks an unconfirmed figure. */
type Cell = number | null | readonly [number | null, '?'];
type Row = readonly [AwardId, SubjectKind, Cell, Cell, Cell];

const SOURCES: Record<RegimeId, Source> = {
  R2003: cite(DOC.ND_91_2017, 'Chương V'),
  R2024: cite(DOC.ND_98_2023, 'Chương V'),
  R2025: cite(DOC.ND_152_2025, 'Điều 54'),
};

const U = '?' as const;

/**
 * legal-rules.md §7, coefficient × 100. A collective gets twice the individual amount of the same
 * Giấy khen or Bằng khen: written out as its own rows so the table is the whole truth.
 */
const TABLE: readonly Row[] = [
  ['chien_si_thi_dua_toan_quoc', 'individual', 450, 450, 450],
  ['chien_si_thi_dua_cap_tinh', 'individual', 300, 300, 300],
  ['chien_si_thi_dua_co_so', 'individual', 100, 100, 100],
  ['lao_dong_tien_tien', 'individual', 30, 30, 30],
  ['chien_si_tien_tien', 'individual', 30, 30, 30],
  ['tap_the_lao_dong_xuat_sac', 'collective', 150, 150, 150],
  ['tap_the_lao_dong_tien_tien', 'collective', 80, 80, 80],
  ['thon_to_dan_pho_van_hoa', 'collective', 150, 150, 150],
  ['co_thi_dua_cap_tinh', 'collective', 800, 800, [800, U]],
  ['co_thi_dua_chinh_phu', 'collective', 1200, 1200, 1200],
  ['bang_khen_thu_tuong', 'individual', 350, [350, U], 350],
  ['bang_khen_thu_tuong', 'collective', 700, [700, U], [700, U]],
  ['bang_khen_thu_tuong', 'household', [null, U], [null, U], [null, U]],
  ['bang_khen_chu_tich_tinh', 'individual', 100, [100, U], 150],
  ['bang_khen_chu_tich_tinh', 'collective', 200, [200, U], [300, U]],
  ['bang_khen_chu_tich_tinh', 'household', [null, U], [null, U], [null, U]],
  ['giay_khen_chu_tich_xa', 'individual', 15, 15, 30],
  ['giay_khen_chu_tich_xa', 'collective', 30, 30, [60, U]],
  ['giay_khen_chu_tich_xa', 'household', [null, U], [null, U], [null, U]],
  ['gia_dinh_van_hoa', 'household', [null, U], [null, U], [null, U]],
  ['huan_chuong_lao_dong_hang_ba', 'individual', 450, 450, 450],
  ['huan_chuong_lao_dong_hang_ba', 'collective', [900, U], [900, U], [900, U]],
];

const REGIME_PERIODS = { R2003: PERIODS.R2003, R2024: PERIODS.R2024, R2025: PERIODS.R2025 } as const;

function version(regime: RegimeId, cell: Cell, award?: AwardId) {
  const [value, mark] = Array.isArray(cell) ? cell : [cell as number | null, undefined];
  const certainty: Certainty = mark === '?' ? 'unconfirmed' : 'verified';
  // legal-rules.md names the article for the commune chair's Giấy khen under Nghị định 98/2023.
  const source =
    regime === 'R2024' && award === 'giay_khen_chu_tich_xa'
      ? cite(DOC.ND_98_2023, 'Điều 58')
      : SOURCES[regime];
  return { period: REGIME_PERIODS[regime], source, certainty, values: { coefficientHundredths: value } };
}

export const REWARD_COEFFICIENT_ROWS: RowOf<'reward'>[] = [
  ...TABLE.flatMap(([award, subject, r2003, r2024, r2025]) =>
    versions<'reward'>(
      `reward.${award}.${subject}`,
      { table: 'reward', award, subject, coefficientHundredths: null },
      version('R2003', r2003, award),
      version('R2024', r2024, award),
      version('R2025', r2025, award),
    ),
  ),
  // Xã, phường tiêu biểu exists from 2024 only.
  ...versions<'reward'>(
    'reward.xa_phuong_tieu_bieu.collective',
    { table: 'reward', award: 'xa_phuong_tieu_bieu', subject: 'collective', coefficientHundredths: 200 },
    version('R2024', 200),
    version('R2025', 200),
  ),
];
