/**
 * The commune's organisation: its units (cơ quan, ban, ngành, đoàn thể), residential groups
 * (khóm, ấp, thôn, tổ dân phố), people and households. Kinds are stored as these ids; the labels
 * are what users read and what the Excel files contain.
 */
export const UNIT_KINDS = [
  'administrative_body',
  'specialised_department',
  'police',
  'military',
  'fatherland_front',
  'mass_organisation',
  'trade_union',
  'school',
  'health_station',
  'enterprise',
  'other',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  administrative_body: 'Cơ quan hành chính',
  specialised_department: 'Phòng, ban chuyên môn',
  police: 'Công an',
  military: 'Quân sự',
  fatherland_front: 'Mặt trận Tổ quốc',
  mass_organisation: 'Tổ chức chính trị – xã hội',
  trade_union: 'Công đoàn',
  school: 'Trường học',
  health_station: 'Trạm y tế',
  enterprise: 'Doanh nghiệp',
  other: 'Khác',
};

export const GROUP_KINDS = ['to_dan_pho', 'khom', 'ap', 'thon'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

export const GROUP_KIND_LABELS: Record<GroupKind, string> = {
  to_dan_pho: 'Tổ dân phố',
  khom: 'Khóm',
  ap: 'Ấp',
  thon: 'Thôn',
};

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Record<Gender, string> = { male: 'Nam', female: 'Nữ' };

/**
 * Employment categories the Law on Cadres and Civil Servants and the emulation rules tell apart
 * (titles such as Lao động tiên tiến are for cadres, civil servants, public employees and workers).
 */
export const EMPLOYMENT_CATEGORIES = [
  'can_bo',
  'cong_chuc',
  'vien_chuc',
  'nguoi_lao_dong',
  'khong_chuyen_trach',
  'cong_dan',
] as const;
export type EmploymentCategory = (typeof EMPLOYMENT_CATEGORIES)[number];

export const EMPLOYMENT_CATEGORY_LABELS: Record<EmploymentCategory, string> = {
  can_bo: 'Cán bộ',
  cong_chuc: 'Công chức',
  vien_chuc: 'Viên chức',
  nguoi_lao_dong: 'Người lao động',
  khong_chuyen_trach: 'Người hoạt động không chuyên trách',
  cong_dan: 'Công dân',
};
