import {
  ADMIN_LEVEL_LABELS,
  EMPLOYMENT_CATEGORY_LABELS,
  formatDateVi,
  formatNumberVi,
  GENDER_LABELS,
  GROUP_KIND_LABELS,
  ROLE_LABELS,
  UNIT_KIND_LABELS,
} from '@thidua/domain';

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
};

export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  user: 'Tài khoản',
  admin_unit: 'Đơn vị hành chính',
  demo: 'Dữ liệu demo',
  unit: 'Cơ quan, đơn vị',
  residential_group: 'Khóm, ấp, thôn, tổ dân phố',
  person: 'Nhân sự',
  household: 'Hộ gia đình',
};

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
  leaderName: 'Tổ trưởng',
  leaderPhone: 'Điện thoại tổ trưởng',
  fullName: 'Họ và tên',
  gender: 'Giới tính',
  birthDate: 'Ngày sinh',
  idNumber: 'Số định danh cá nhân',
  position: 'Chức vụ',
  unitId: 'Đơn vị',
  employmentCategory: 'Loại cán bộ',
  isLeader: 'Lãnh đạo, quản lý',
  serviceStart: 'Ngày bắt đầu công tác',
  serviceEnd: 'Ngày kết thúc công tác',
  groupId: 'Khóm, tổ dân phố',
  headName: 'Chủ hộ',
  memberCount: 'Số nhân khẩu',
  retiredOn: 'Ngày thôi',
  reason: 'Lý do',
  fileName: 'Tệp',
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
]);

/** Choice fields stored as ids, with the labels users read. */
const CHOICE_LABELS: Record<string, Record<string, string>> = {
  role: ROLE_LABELS,
  level: ADMIN_LEVEL_LABELS,
  gender: GENDER_LABELS,
  employmentCategory: EMPLOYMENT_CATEGORY_LABELS,
  kind: { ...UNIT_KIND_LABELS, ...GROUP_KIND_LABELS },
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
  if (typeof value === 'number') return formatNumberVi(value);
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
export function formatChanges(changes: Record<string, unknown> | null, describe?: DescribeValue): string {
  if (!changes) return '';
  return Object.entries(changes)
    .filter(
      ([key, value]) => !HIDDEN_FIELDS.has(key) && value !== null && value !== undefined && value !== '',
    )
    .map(([key, value]) => `${labelOf(FIELD_LABELS, key)}: ${formatValue(key, value, describe)}`)
    .join('; ');
}
