import { byRegime, type RegimeVersion, type RuleDeclaration } from './by-regime';
import { FORM_IDS, type AwardId, type RegimeId, type SubjectKind } from './ids';
import type { Certainty, Source } from './rule-row';
import { cite, DOC } from './sources';

/** A coefficient × 100; null: no money (a certificate); `[value, '?']` marks an unconfirmed figure. */
type Cell = number | null | readonly [number | null, '?'];
type Row = readonly [AwardId, SubjectKind, Partial<Record<RegimeId, Cell>>];

const NOTE_COLLECTIVE_2025 =
  'Nghị định 152/2025 Điều 49 confirms only that a collective gets more than an individual: twice the individual amount is kept as the default.';

/**
 * legal-rules.md §7: R2003 cites Nghị định 91/2017 by chapter; titles and forms have their own
 * articles under Nghị định 98/2023 (54, 58) and 152/2025 (50, 54); a collective's Giấy khen or
 * Bằng khen is twice the individual's (Nghị định 98/2023 Điều 58 khoản 2 điểm c; under Nghị định
 * 152/2025 only the principle of Điều 49 is confirmed).
 */
function sourceOf(regime: RegimeId, award: AwardId, subject: SubjectKind): { source: Source; note?: string } {
  const isForm = (FORM_IDS as readonly AwardId[]).includes(award);
  const doubled = subject === 'collective' && DOUBLED_FOR_COLLECTIVES.includes(award);
  switch (regime) {
    case 'R2003':
      return { source: cite(DOC.ND_91_2017, 'Chương V') };
    case 'R2024':
      if (doubled) return { source: cite(DOC.ND_98_2023, 'Điều 58', 'khoản 2 điểm c') };
      return { source: cite(DOC.ND_98_2023, isForm ? 'Điều 58' : 'Điều 54') };
    default:
      if (doubled) return { source: cite(DOC.ND_152_2025, 'Điều 49'), note: NOTE_COLLECTIVE_2025 };
      return { source: cite(DOC.ND_152_2025, isForm ? 'Điều 54' : 'Điều 50') };
  }
}

const DOUBLED_FOR_COLLECTIVES: AwardId[] = [
  'giay_khen_chu_tich_xa',
  'bang_khen_chu_tich_tinh',
  'bang_khen_thu_tuong',
];

const U = '?' as const;

/**
 * legal-rules.md §7, coefficient × 100 per regime. A collective gets twice the individual amount of
 * the same Giấy khen or Bằng khen: written out as its own rows so the table is the whole truth.
 */
const TABLE: readonly Row[] = [
  ['chien_si_thi_dua_toan_quoc', 'individual', { R2003: 450, R2024: 450, R2025: 450 }],
  ['chien_si_thi_dua_cap_tinh', 'individual', { R2003: 300, R2024: 300, R2025: 300 }],
  ['chien_si_thi_dua_co_so', 'individual', { R2003: 100, R2024: 100, R2025: 100 }],
  ['lao_dong_tien_tien', 'individual', { R2003: 30, R2024: 30, R2025: 30 }],
  ['chien_si_tien_tien', 'individual', { R2003: 30, R2024: 30, R2025: 30 }],
  ['tap_the_lao_dong_xuat_sac', 'collective', { R2003: 150, R2024: 150, R2025: 150 }],
  ['tap_the_lao_dong_tien_tien', 'collective', { R2003: 80, R2024: 80, R2025: 80 }],
  ['thon_to_dan_pho_van_hoa', 'collective', { R2003: 150, R2024: 150, R2025: 150 }],
  // Xã, phường tiêu biểu exists from 2024 only.
  ['xa_phuong_tieu_bieu', 'collective', { R2024: 200, R2025: 200 }],
  ['co_thi_dua_cap_tinh', 'collective', { R2003: 800, R2024: 800, R2025: 800 }],
  ['co_thi_dua_chinh_phu', 'collective', { R2003: 1200, R2024: 1200, R2025: 1200 }],
  ['bang_khen_thu_tuong', 'individual', { R2003: 350, R2024: [350, U], R2025: 350 }],
  ['bang_khen_thu_tuong', 'collective', { R2003: 700, R2024: [700, U], R2025: [700, U] }],
  // A household gets 1,5 × the individual amount of the same form from R2025 (Nghị định 152/2025 Điều 54).
  ['bang_khen_thu_tuong', 'household', { R2003: [null, U], R2024: [null, U], R2025: 525 }],
  ['bang_khen_chu_tich_tinh', 'individual', { R2003: 100, R2024: [100, U], R2025: 150 }],
  ['bang_khen_chu_tich_tinh', 'collective', { R2003: 200, R2024: [200, U], R2025: [300, U] }],
  ['bang_khen_chu_tich_tinh', 'household', { R2003: [null, U], R2024: [null, U], R2025: 225 }],
  ['giay_khen_chu_tich_xa', 'individual', { R2003: 15, R2024: 15, R2025: 30 }],
  ['giay_khen_chu_tich_xa', 'collective', { R2003: 30, R2024: 30, R2025: [60, U] }],
  ['giay_khen_chu_tich_xa', 'household', { R2003: [null, U], R2024: [null, U], R2025: 45 }],
  ['gia_dinh_van_hoa', 'household', { R2003: [null, U], R2024: [null, U], R2025: [null, U] }],
  ['huan_chuong_lao_dong_hang_ba', 'individual', { R2003: 450, R2024: 450, R2025: 450 }],
  ['huan_chuong_lao_dong_hang_ba', 'collective', { R2003: [900, U], R2024: [900, U], R2025: [900, U] }],
];

function version(
  regime: RegimeId,
  cell: Cell,
  award: AwardId,
  subject: SubjectKind,
): RegimeVersion<'reward'> {
  const [value, mark] = Array.isArray(cell) ? cell : [cell as number | null, undefined];
  const certainty: Certainty = mark === '?' ? 'unconfirmed' : 'verified';
  return { ...sourceOf(regime, award, subject), certainty, values: { coefficientHundredths: value } };
}

export const REWARD_COEFFICIENT_RULES: RuleDeclaration[] = TABLE.map(([award, subject, cells]) =>
  byRegime<'reward'>(
    `reward.${award}.${subject}`,
    { table: 'reward', award, subject, coefficientHundredths: null },
    Object.fromEntries(
      Object.entries(cells).map(([regime, cell]) => [
        regime,
        version(regime as RegimeId, cell, award, subject),
      ]),
    ),
  ),
);
