/**
 * The kinds the year's records are stored as (ids) and what users read (labels): registrations,
 * scoring, discipline, initiatives, exemplars, movement reviews and attached files.
 */

/** Who registers a title or holds an achievement: a person or a unit of the commune. */
export const SUBJECT_TYPES = ['person', 'unit'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

/**
 * A registration is submitted by its owner (or the unit head, or the officer), may be returned by
 * the officer with a reason for its owner to complete, and is accepted by the officer.
 */
export const REGISTRATION_STATUSES = ['submitted', 'returned', 'accepted', 'withdrawn'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  submitted: 'Đã đăng ký',
  returned: 'Trả lại để bổ sung',
  accepted: 'Đã duyệt',
  withdrawn: 'Đã rút',
};

/** Sơ kết (giữa kỳ) and tổng kết (cuối kỳ) of a movement. */
export const MOVEMENT_REVIEW_KINDS = ['interim', 'final'] as const;
export type MovementReviewKind = (typeof MOVEMENT_REVIEW_KINDS)[number];

export const MOVEMENT_REVIEW_KIND_LABELS: Record<MovementReviewKind, string> = {
  interim: 'Sơ kết',
  final: 'Tổng kết',
};

/** Hình thức kỷ luật (Luật Cán bộ, công chức; Luật Viên chức; Nghị định 112/2020/NĐ-CP). */
export const DISCIPLINE_FORMS = [
  'khien_trach',
  'canh_cao',
  'ha_bac_luong',
  'giang_chuc',
  'cach_chuc',
  'buoc_thoi_viec',
] as const;
export type DisciplineForm = (typeof DISCIPLINE_FORMS)[number];

export const DISCIPLINE_FORM_LABELS: Record<DisciplineForm, string> = {
  khien_trach: 'Khiển trách',
  canh_cao: 'Cảnh cáo',
  ha_bac_luong: 'Hạ bậc lương',
  giang_chuc: 'Giáng chức',
  cach_chuc: 'Cách chức',
  buoc_thoi_viec: 'Buộc thôi việc',
};

/** The level whose council recognised an initiative (sáng kiến) — what the titles' criteria ask for. */
export const INITIATIVE_LEVELS = ['co_so', 'tinh', 'toan_quoc'] as const;
export type InitiativeLevel = (typeof INITIATIVE_LEVELS)[number];

export const INITIATIVE_LEVEL_LABELS: Record<InitiativeLevel, string> = {
  co_so: 'Cấp cơ sở',
  tinh: 'Cấp tỉnh',
  toan_quoc: 'Toàn quốc',
};

/** Điển hình tiên tiến go through four stages: phát hiện – bồi dưỡng – tổng kết – nhân rộng. */
export const EXEMPLAR_STAGES = ['discovered', 'nurtured', 'summarised', 'replicated'] as const;
export type ExemplarStage = (typeof EXEMPLAR_STAGES)[number];

export const EXEMPLAR_STAGE_LABELS: Record<ExemplarStage, string> = {
  discovered: 'Phát hiện',
  nurtured: 'Bồi dưỡng',
  summarised: 'Tổng kết',
  replicated: 'Nhân rộng',
};

/** Exemplars may be a person, a unit or a household. */
export const EXEMPLAR_SUBJECT_TYPES = ['person', 'unit', 'household'] as const;
export type ExemplarSubjectType = (typeof EXEMPLAR_SUBJECT_TYPES)[number];

/** The records a stored file may be attached to. */
export const FILE_OWNERS = [
  'movement',
  'movement_review',
  'pact',
  'achievement',
  'initiative',
  'exemplar',
] as const;
export type FileOwner = (typeof FILE_OWNERS)[number];
