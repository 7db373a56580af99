import { ADMIN_LEVEL_LABELS, formatDateVi, ROLE_LABELS, type AdminLevel, type Role } from '@thidua/domain';

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  create: 'Tạo',
  update: 'Sửa',
  disable: 'Khóa',
  enable: 'Mở khóa',
  sign_in: 'Đăng nhập',
  sign_out: 'Đăng xuất',
  setup: 'Khởi tạo',
  restore: 'Khôi phục',
};

export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  user: 'Tài khoản',
  admin_unit: 'Đơn vị hành chính',
  demo: 'Dữ liệu demo',
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
};

export const labelOf = (labels: Record<string, string>, key: string) => labels[key] ?? key;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function formatValue(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '(trống)';
  if (key === 'role' && typeof value === 'string' && value in ROLE_LABELS) return ROLE_LABELS[value as Role];
  if (key === 'level' && typeof value === 'string' && value in ADMIN_LEVEL_LABELS)
    return ADMIN_LEVEL_LABELS[value as AdminLevel];
  if (key === 'effectiveDate' && typeof value === 'string') return formatDateVi(value);
  if (Array.isArray(value)) return `[${value.map((item) => formatValue(key, item)).join('; ')}]`;
  if (isRecord(value)) {
    if ('from' in value && 'to' in value)
      return `${formatValue(key, value.from)} → ${formatValue(key, value.to)}`;
    return `{ ${formatChanges(value)} }`;
  }
  return String(value);
}

/** The changes of an audit entry on one line, with Vietnamese field names: «Họ và tên: A → B; Vai trò: …». */
export function formatChanges(changes: Record<string, unknown> | null): string {
  if (!changes) return '';
  return Object.entries(changes)
    .map(([key, value]) => `${labelOf(FIELD_LABELS, key)}: ${formatValue(key, value)}`)
    .join('; ');
}
