import {
  ADMIN_LEVEL_LABELS,
  DISCIPLINE_FORM_LABELS,
  EMPLOYMENT_CATEGORY_LABELS,
  EXEMPLAR_STAGE_LABELS,
  EXEMPLAR_SUBJECT_TYPE_LABELS,
  formatDateVi,
  formatNumberVi,
  GENDER_LABELS,
  GRADE_LABELS,
  GROUP_KIND_LABELS,
  INDICATOR_DIRECTION_LABELS,
  INITIATIVE_LEVEL_LABELS,
  LAUNCH_LEVEL_LABELS,
  MOVEMENT_REVIEW_KIND_LABELS,
  MOVEMENT_TYPE_LABELS,
  REGISTRATION_STATUS_LABELS,
  REGISTRATION_TITLE_LABELS,
  ROLE_LABELS,
  UNIT_KIND_LABELS,
  YEAR_STATUS_LABELS,
  DisciplineInputSchema,
  EmulationYearInputSchema,
  HouseholdInputSchema,
  InitiativeInputSchema,
  RuleSettingsInputSchema,
  MovementInputSchema,
  PactInputSchema,
  PersonInputSchema,
  ResidentialGroupInputSchema,
  UnitInputSchema,
  UserCreateInputSchema,
} from '@thidua/domain';
import type * as z from 'zod';
import { schemaLabels } from '../../shell/form-rules';

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  create: 'Tạo',
  update: 'Sửa',
  disable: 'Khóa',
  enable: 'Mở khóa',
  sign_in: 'Đăng nhập',
  sign_out: 'Đăng xuất',
  setup: 'Khởi tạo',
  restore: 'Khôi phục',
  retire: 'Cho thôi',
  reinstate: 'Khôi phục hoạt động',
  import: 'Nhập từ Excel',
  delete: 'Xóa',
};

export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  user: 'Tài khoản',
  admin_unit: 'Đơn vị hành chính',
  demo: 'Dữ liệu demo',
  unit: 'Cơ quan, đơn vị',
  residential_group: 'Khóm, ấp, thôn, tổ dân phố',
  person: 'Nhân sự',
  household: 'Hộ gia đình',
  scoring_sheet: 'Phiếu chấm điểm',
  monthly_score: 'Điểm tháng',
  year_grade: 'Xếp loại cuối năm',
  discipline: 'Kỷ luật',
  emulation_year: 'Năm thi đua',
  indicator: 'Chỉ tiêu',
  period_target: 'Mục tiêu 5 năm',
  achievement: 'Thành tích',
  initiative: 'Sáng kiến',
  exemplar: 'Điển hình tiên tiến',
  registration: 'Đăng ký thi đua',
  movement: 'Phong trào thi đua',
  movement_review: 'Sơ kết, tổng kết phong trào',
  pact: 'Giao ước thi đua',
  rule_settings: 'Cài đặt quy định của tỉnh',
};

/** Labels of fields that no entity's input schema describes (or that several entities share). */
const FIELD_LABELS: Record<string, string> = {
  username: 'Tên đăng nhập',
  displayName: 'Họ và tên',
  role: 'Vai trò',
  password: 'Mật khẩu',
  adminUnitId: 'Đơn vị',
  code: 'Mã',
  name: 'Tên',
  level: 'Cấp',
  address: 'Địa chỉ',
  merger: 'Sáp nhập',
  effectiveDate: 'Ngày hiệu lực',
  legalBasis: 'Văn bản',
  formerUnits: 'Đơn vị cũ',
  note: 'Ghi chú',
  provinceCode: 'Mã tỉnh',
  provinceName: 'Tên tỉnh',
  kind: 'Loại',
  parentId: 'Đơn vị cấp trên',
  position: 'Chức vụ',
  unitId: 'Đơn vị',
  groupId: 'Khóm, tổ dân phố',
  retiredOn: 'Ngày thôi',
  reason: 'Lý do',
  fileName: 'Tệp',
  criteria: 'Tiêu chí',
  month: 'Tháng',
  selfPoints: 'Điểm tự chấm theo tiêu chí',
  selfScore: 'Điểm tự chấm',
  headPoints: 'Điểm thủ trưởng chấm theo tiêu chí',
  headScore: 'Điểm thủ trưởng chấm',
  comment: 'Nhận xét',
  headCorrectionReason: 'Lý do sửa điểm',
  sheetVersion: 'Phiên bản phiếu chấm điểm',
  scoringSheetVersion: 'Phiên bản phiếu chấm điểm',
  version: 'Phiên bản',
  thresholds: 'Mức xếp loại',
  minimumMonths: 'Số tháng chấm điểm tối thiểu',
  headScorerUserId: 'Người chấm điểm thủ trưởng thay Chủ tịch',
  grade: 'Xếp loại',
  proposedGrade: 'Xếp loại đề xuất',
  average: 'Điểm trung bình',
  form: 'Hình thức kỷ luật',
  decidedOn: 'Ngày quyết định',
  decisionNumber: 'Số quyết định',
  year: 'Năm',
  direction: 'Cách đánh giá',
  target: 'Chỉ tiêu',
  actual: 'Thực hiện',
  source: 'Nguồn số liệu',
  periodTargetId: 'Mục tiêu 5 năm',
  fromYear: 'Từ năm',
  toYear: 'Đến năm',
  subjectType: 'Đối tượng',
  personId: 'Cá nhân',
  householdId: 'Hộ gia đình',
  title: 'Tên',
  description: 'Nội dung',
  achievedOn: 'Ngày đạt',
  coAuthors: 'Đồng tác giả',
  summary: 'Tóm tắt',
  recognisedOn: 'Ngày công nhận',
  stage: 'Giai đoạn',
  discoveredOn: 'Ngày phát hiện',
  nurturedOn: 'Ngày bồi dưỡng',
  summarisedOn: 'Ngày tổng kết',
  replicatedOn: 'Ngày nhân rộng',
  status: 'Trạng thái',
  returnReason: 'Lý do trả lại',
  type: 'Hình thức',
  startsOn: 'Ngày bắt đầu',
  endsOn: 'Ngày kết thúc',
  reviewedOn: 'Ngày sơ kết, tổng kết',
  results: 'Kết quả',
  figures: 'Số liệu',
  label: 'Nội dung',
  value: 'Số liệu',
  signedOn: 'Ngày ký',
  commitments: 'Cam kết',
  parties: 'Các đơn vị ký kết',
  unit: 'Đơn vị',
  signatory: 'Người ký',
};

/** Internal references (the import run of an entry) that mean nothing to a reader. */
const HIDDEN_FIELDS = new Set(['importId']);

const DATE_FIELDS = new Set([
  'effectiveDate',
  'birthDate',
  'serviceStart',
  'serviceEnd',
  'retiredOn',
  'dissolvedOn',
  'decidedOn',
  'effectiveUntil',
  'registrationDeadline',
  'achievedOn',
  'recognisedOn',
  'discoveredOn',
  'nurturedOn',
  'summarisedOn',
  'replicatedOn',
  'startsOn',
  'endsOn',
  'planDate',
  'reviewedOn',
  'signedOn',
  'amendedLawFrom',
  'documentDate',
]);

/** Numbers read as written: a year is «2026», not «2.026». */
const YEAR_FIELDS = new Set(['year', 'fromYear', 'toYear']);

/** Choice fields stored as ids, with the labels users read. */
const CHOICE_LABELS: Record<string, Record<string, string>> = {
  role: ROLE_LABELS,
  level: { ...ADMIN_LEVEL_LABELS, ...INITIATIVE_LEVEL_LABELS },
  subjectType: EXEMPLAR_SUBJECT_TYPE_LABELS,
  stage: EXEMPLAR_STAGE_LABELS,
  gender: GENDER_LABELS,
  employmentCategory: EMPLOYMENT_CATEGORY_LABELS,
  kind: { ...UNIT_KIND_LABELS, ...GROUP_KIND_LABELS, ...MOVEMENT_REVIEW_KIND_LABELS },
  launchLevel: LAUNCH_LEVEL_LABELS,
  type: MOVEMENT_TYPE_LABELS,
  grade: GRADE_LABELS,
  proposedGrade: GRADE_LABELS,
  form: DISCIPLINE_FORM_LABELS,
  direction: INDICATOR_DIRECTION_LABELS,
  status: { ...YEAR_STATUS_LABELS, ...REGISTRATION_STATUS_LABELS },
  // Registered titles are stored as ids; an achievement's free-text title matches none of them.
  title: REGISTRATION_TITLE_LABELS,
};

/** The input schema of each entity: its fields' labels are the ones its forms show (written once, in the domain). */
const ENTITY_SCHEMAS: Record<string, z.ZodObject> = {
  user: UserCreateInputSchema,
  unit: UnitInputSchema,
  residential_group: ResidentialGroupInputSchema,
  person: PersonInputSchema,
  household: HouseholdInputSchema,
  discipline: DisciplineInputSchema,
  emulation_year: EmulationYearInputSchema,
  movement: MovementInputSchema,
  pact: PactInputSchema,
  initiative: InitiativeInputSchema,
  rule_settings: RuleSettingsInputSchema,
};

/** Where one entity's field means something else than the same name elsewhere (a person's position is a job). */
const ENTITY_FIELD_LABELS: Record<string, Record<string, string>> = {
  indicator: { position: 'Thứ tự' },
  period_target: { position: 'Thứ tự' },
};

export const labelOf = (labels: Record<string, string>, key: string) => labels[key] ?? key;

/**
 * A caller's own reading of a value (a unit's name for its id, a masked identification number);
 * undefined leaves the value to the default formatting.
 */
export type DescribeValue = (key: string, value: unknown) => string | undefined;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function formatValue(key: string, value: unknown, describe?: DescribeValue): string {
  if (value === null || value === undefined || value === '') return '(trống)';
  const described = describe?.(key, value);
  if (described !== undefined) return described;
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'number') return YEAR_FIELDS.has(key) ? String(value) : formatNumberVi(value);
  if (typeof value === 'string') {
    const choice = CHOICE_LABELS[key]?.[value];
    if (choice) return choice;
    if (DATE_FIELDS.has(key) && /^\d{4}-\d{2}-\d{2}/.test(value)) return formatDateVi(value.slice(0, 10));
  }
  if (Array.isArray(value)) return `[${value.map((item) => formatValue(key, item, describe)).join('; ')}]`;
  if (isRecord(value)) {
    if ('from' in value && 'to' in value)
      return `${formatValue(key, value.from, describe)} → ${formatValue(key, value.to, describe)}`;
    return `{ ${formatChanges(value, describe)} }`;
  }
  return String(value);
}

/** The changes of an audit entry on one line, with Vietnamese field names: «Họ và tên: A → B; Vai trò: …»; blank values left out. */
export function formatChanges(
  changes: Record<string, unknown> | null,
  describe?: DescribeValue,
  entity?: string,
): string {
  if (!changes) return '';
  const schema = entity ? ENTITY_SCHEMAS[entity] : undefined;
  const labels = {
    ...FIELD_LABELS,
    ...(schema && schemaLabels(schema)),
    ...(entity && ENTITY_FIELD_LABELS[entity]),
  };
  return Object.entries(changes)
    .filter(
      ([key, value]) => !HIDDEN_FIELDS.has(key) && value !== null && value !== undefined && value !== '',
    )
    .map(([key, value]) => `${labelOf(labels, key)}: ${formatValue(key, value, describe)}`)
    .join('; ');
}
