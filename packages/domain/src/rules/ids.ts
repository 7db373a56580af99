/**
 * The stable ids of legal-rules.md §1–§2: regimes, titles, award forms, subject kinds and grades.
 * They are stored in the database and in case files, so they never change once published.
 */
/** The regimes of the national rule book; `R2022_AMENDED` is the pending amendment of Luật 2022 (§1). */
export const REGIME_IDS = ['R2003', 'R2024', 'R2025', 'R2022_AMENDED'] as const;
export type RegimeId = (typeof REGIME_IDS)[number];

export const TITLE_IDS = [
  'lao_dong_tien_tien',
  'chien_si_tien_tien',
  'chien_si_thi_dua_co_so',
  'chien_si_thi_dua_cap_tinh',
  'chien_si_thi_dua_toan_quoc',
  'tap_the_lao_dong_tien_tien',
  'tap_the_lao_dong_xuat_sac',
  'co_thi_dua_cap_tinh',
  'co_thi_dua_chinh_phu',
  'thon_to_dan_pho_van_hoa',
  'xa_phuong_tieu_bieu',
  'gia_dinh_van_hoa',
] as const;
export type TitleId = (typeof TITLE_IDS)[number];

export const FORM_IDS = [
  'giay_khen_chu_tich_xa',
  'bang_khen_chu_tich_tinh',
  'bang_khen_thu_tuong',
  'huan_chuong_lao_dong_hang_ba',
] as const;
export type FormId = (typeof FORM_IDS)[number];

export const AWARD_IDS = [...TITLE_IDS, ...FORM_IDS] as const;
export type AwardId = TitleId | FormId;

export const SUBJECT_KINDS = ['individual', 'collective', 'household'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** Collectives a title is reserved for: a unit (cơ quan, đơn vị), a residential group, a commune. */
export const COLLECTIVE_TYPES = ['unit', 'residential_group', 'commune'] as const;
export type CollectiveType = (typeof COLLECTIVE_TYPES)[number];

/** Grades of the year, best first (xếp loại mức độ hoàn thành nhiệm vụ). */
export const GRADES = ['hoan_thanh_xuat_sac', 'hoan_thanh_tot', 'hoan_thanh', 'khong_hoan_thanh'] as const;
export type Grade = (typeof GRADES)[number];

/** True when `grade` is `required` or better. */
export function gradeAtLeast(grade: Grade, required: Grade): boolean {
  return GRADES.indexOf(grade) <= GRADES.indexOf(required);
}

export const AUTHORITIES = [
  /** The armed forces' own chain (Luật 2022 Điều 80 khoản 5): Chiến sĩ tiên tiến. */
  'armed_forces',
  'commune_chair',
  'district_chair',
  'province_chair',
  'prime_minister',
  'president',
] as const;
export type Authority = (typeof AUTHORITIES)[number];
